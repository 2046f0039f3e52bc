import { describe, expect, it } from 'vitest';
import type { SubjectFacts } from '../../awards/types';
import { ask, awards, check, statusOf } from '../test-helpers';

const bo = (recognizedOn = '2025-11-20', extra: Partial<SubjectFacts['initiatives'][number]> = {}) => ({
  id: 'SK-BT',
  scope: 'bo_tinh' as const,
  recognizedOn,
  usedByAward: null,
  ...extra,
});
const cstdBoTinh = (facts: Partial<SubjectFacts>, more: { receivedOn?: string } = {}) =>
  ask({ target: 'cstd_bo_tinh', facts, ...more });

describe('Luật TĐKT 2022 Điều 22 k1 — CSTĐ bộ/tỉnh R1: streak(cstd_co_so, 3) ending in the evaluation year', () => {
  it('2023, 2024, 2025 → passed with the years in the message', () => {
    const r = cstdBoTinh({ awards: awards('cstd_co_so', [2023, 2024, 2025]), initiatives: [bo()] });
    const c = check(r, 'cstd_bo_tinh.streak');
    expect(c.status).toBe('passed');
    expect(c.message).toBe('Đạt Chiến sĩ thi đua cơ sở 3 năm liên tục: 2023, 2024, 2025.');
    expect(c.records).toEqual(['cstd_co_so-2025', 'cstd_co_so-2024', 'cstd_co_so-2023']);
    expect(r.verdict).toBe('eligible');
  });
  it('a gap (2024 missing) → failed, not eligible', () => {
    const r = cstdBoTinh({ awards: awards('cstd_co_so', [2022, 2023, 2025]), initiatives: [bo()] });
    expect(statusOf(r, 'cstd_bo_tinh.streak')).toBe('failed');
    expect(check(r, 'cstd_bo_tinh.streak').message).toContain('năm 2024 không đạt');
    expect(r.verdict).toBe('not_eligible');
  });
  it('the streak must end in the evaluation year', () =>
    expect(
      statusOf(cstdBoTinh({ awards: awards('cstd_co_so', [2022, 2023, 2024]) }), 'cstd_bo_tinh.streak'),
    ).toBe('failed'));
  it('G3: a maternity year without the title is skipped (2022, 2023, [2024 maternity], 2025)', () => {
    const r = cstdBoTinh({
      awards: awards('cstd_co_so', [2022, 2023, 2025]),
      maternityLeaves: [{ from: '2024-03-01', to: '2024-08-31', id: 'TS-1' }],
      initiatives: [bo()],
    });
    const c = check(r, 'cstd_bo_tinh.streak');
    expect(c.status).toBe('passed');
    expect(c.message).toContain('nghỉ thai sản');
    expect(c.records).toContain('TS-1');
    expect(r.verdict).toBe('eligible');
  });
  it('G5: an ad hoc CSTĐ-coded award does not count toward the streak', () => {
    const r = cstdBoTinh({
      awards: [...awards('cstd_co_so', [2023, 2025]), ...awards('cstd_co_so', [2024], 'dot_xuat')],
      initiatives: [bo()],
    });
    expect(statusOf(r, 'cstd_bo_tinh.streak')).toBe('failed');
    expect(check(r, 'cstd_bo_tinh.streak').message).toContain('đột xuất');
  });
  it('revoked awards never count', () => {
    const facts = {
      awards: [
        ...awards('cstd_co_so', [2023, 2025]),
        { code: 'cstd_co_so', year: 2024, type: 'cong_trang' as const, status: 'revoked' as const },
      ],
    };
    expect(check(cstdBoTinh(facts), 'cstd_bo_tinh.streak').message).toContain('đã bị hủy bỏ');
  });
  it('G2: a sanction ending in 2023 resets the count — 2023 no longer counts', () => {
    const r = cstdBoTinh({
      awards: awards('cstd_co_so', [2023, 2024, 2025]),
      disciplines: [{ form: 'khien_trach', from: '2023-01-10', to: '2023-07-09' }],
      initiatives: [bo()],
    });
    expect(statusOf(r, 'G2')).toBe('passed');
    expect(statusOf(r, 'cstd_bo_tinh.streak')).toBe('failed');
    expect(check(r, 'cstd_bo_tinh.streak').message).toContain('kỷ luật');
  });
  it('awards decided before the Law 2022 took effect count (§3.2): 2022–2024 under RS_2024', () =>
    expect(
      statusOf(
        ask({
          target: 'cstd_bo_tinh',
          year: 2024,
          receivedOn: '2025-02-01',
          facts: { awards: awards('cstd_co_so', [2022, 2023, 2024]) },
        }),
        'cstd_bo_tinh.streak',
      ),
    ).toBe('passed'));
});

describe('Luật TĐKT 2022 Điều 22 k1 — CSTĐ bộ/tỉnh R2: initiative of ministry/province scope, unused (G7)', () => {
  const streak = awards('cstd_co_so', [2023, 2024, 2025]);
  it.each([
    ['bo_tinh scope recognised in the window', bo(), 'passed'],
    ['toan_quoc scope (wider) counts', bo('2024-05-05', { scope: 'toan_quoc' }), 'passed'],
    ['co_so scope only → failed', bo('2025-05-05', { scope: 'co_so' }), 'failed'],
    ['already used by another award → failed (G7)', bo('2025-05-05', { usedByAward: 'KT-1' }), 'failed'],
    ['recognised before the streak (2022) → failed', bo('2022-12-01'), 'failed'],
    ['recognised after the year but before the dossier was received → passed', bo('2026-02-10'), 'passed'],
    ['recognised after the dossier was received → failed', bo('2026-03-10'), 'failed'],
  ] as const)('%s', (_label, initiative, status) =>
    expect(
      statusOf(cstdBoTinh({ awards: streak, initiatives: [initiative] }), 'cstd_bo_tinh.initiative'),
    ).toBe(status),
  );
  it('no initiative → not eligible', () =>
    expect(cstdBoTinh({ awards: streak }).verdict).toBe('not_eligible'));
  it('the recognition document (Điều 22 k2) and the selection are judgement items', () => {
    const r = cstdBoTinh({ awards: streak, initiatives: [bo()] });
    expect(statusOf(r, 'cstd_bo_tinh.recognition')).toBe('needs_judgement');
    expect(check(r, 'cstd_bo_tinh.recognition').citation).toBe('Luật TĐKT 2022 Điều 22 k2');
    expect(statusOf(r, 'cstd_bo_tinh.outstanding')).toBe('needs_judgement');
  });
});

describe('Luật TĐKT 2022 Điều 21 — CSTĐ toàn quốc', () => {
  const nat = { id: 'SK-TQ', scope: 'toan_quoc' as const, recognizedOn: '2025-09-09', usedByAward: null };
  const toanQuoc = (facts: Partial<SubjectFacts>, receivedOn = '2026-03-02') =>
    ask({ target: 'cstd_toan_quoc', facts, receivedOn });
  it('R1: streak(cstd_bo_tinh, 2) ending in the evaluation year → passed', () => {
    const r = toanQuoc({ awards: awards('cstd_bo_tinh', [2024, 2025]), initiatives: [nat] });
    expect(check(r, 'cstd_toan_quoc.streak').message).toBe(
      'Đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh 2 năm liên tục: 2024, 2025.',
    );
    expect(r.verdict).toBe('eligible');
  });
  it('R1: a single CSTĐ bộ/tỉnh → failed', () =>
    expect(
      statusOf(
        toanQuoc({ awards: awards('cstd_bo_tinh', [2025]), initiatives: [nat] }),
        'cstd_toan_quoc.streak',
      ),
    ).toBe('failed'));
  it.each([
    ['toan_quoc initiative', nat, 'passed'],
    ['bo_tinh initiative only', { ...nat, scope: 'bo_tinh' as const }, 'failed'],
    ['toan_quoc initiative already used', { ...nat, usedByAward: 'KT-2' }, 'failed'],
  ] as const)('R2: %s → %s', (_l, initiative, status) =>
    expect(
      statusOf(
        toanQuoc({ awards: awards('cstd_bo_tinh', [2024, 2025]), initiatives: [initiative] }),
        'cstd_toan_quoc.initiative',
      ),
    ).toBe(status),
  );
  it.each([
    ['received in the following year (2026)', '2026-03-02', 'passed'],
    ['received in the achievement year itself', '2025-12-20', 'needs_judgement'],
    ['received after 31/12 of the following year', '2027-01-05', 'needs_judgement'],
  ] as const)('timing (ND 98/2023 Điều 32, old rule): %s → %s', (_l, receivedOn, status) =>
    expect(
      statusOf(
        toanQuoc({ awards: awards('cstd_bo_tinh', [2024, 2025]), initiatives: [nat] }, receivedOn),
        'cstd_toan_quoc.timing',
      ),
    ).toBe(status),
  );
});
