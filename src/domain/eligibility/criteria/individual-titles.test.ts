import { describe, expect, it } from 'vitest';
import type { Rating, SubjectFacts } from '../../awards/types';
import { ask, check, ratings, statusOf } from '../test-helpers';

const base = (rating: Rating | null, extra: Partial<SubjectFacts> = {}): Partial<SubjectFacts> => ({
  ratings: rating ? ratings({ 2025: rating }) : [],
  recruitedOn: '2015-09-01',
  ...extra,
});

describe('Luật TĐKT 2022 Điều 24 k1 — Lao động tiên tiến: rating ≥ HTT (R1)', () => {
  it.each([
    ['HTXS', 'passed', 'eligible'],
    ['HTT', 'passed', 'eligible'],
    ['HT', 'failed', 'not_eligible'],
    ['KHT', 'failed', 'not_eligible'],
  ] as const)('rating %s → ldtt.rating %s, verdict %s', (rating, status, verdict) => {
    const r = ask({ target: 'lao_dong_tien_tien', facts: base(rating) });
    expect(statusOf(r, 'ldtt.rating', 'k1')).toBe(status);
    expect(r.verdict).toBe(verdict);
  });
  it('the message names the year and the rating', () =>
    expect(check(ask({ target: 'lao_dong_tien_tien', facts: base('HT') }), 'ldtt.rating').message).toBe(
      'Năm 2025 được đánh giá "hoàn thành nhiệm vụ" (HT): chưa đạt mức hoàn thành tốt nhiệm vụ trở lên.',
    ));
  it('R2 (self-reliance, unity, emulation) is listed for a person to judge', () =>
    expect(statusOf(ask({ target: 'lao_dong_tien_tien', facts: base('HTT') }), 'ldtt.conduct', 'k1')).toBe(
      'needs_judgement',
    ));
});

describe('Luật TĐKT 2022 Điều 24 k3 — workers, farmers, other labourers (judgement path)', () => {
  it('no rating for the year → the k3 path stays open → needs_review', () => {
    const r = ask({ target: 'lao_dong_tien_tien', facts: base(null) });
    expect(statusOf(r, 'ldtt.rating', 'k1')).toBe('failed');
    expect(statusOf(r, 'ldtt.k3_applies', 'k3')).toBe('passed');
    expect(r.verdict).toBe('needs_review');
  });
  it('a rating exists → judged under k1, the k3 path is closed', () =>
    expect(statusOf(ask({ target: 'lao_dong_tien_tien', facts: base('HT') }), 'ldtt.k3_applies', 'k3')).toBe(
      'failed',
    ));
});

describe('TT 01/2024/TT-BNV Điều 1 k5 d — recruited less than 6 months before the end of the year', () => {
  it.each([
    ['2025-07-01', 'passed', 'eligible'],
    ['2025-07-02', 'failed', 'not_eligible'],
    ['2025-11-15', 'failed', 'not_eligible'],
  ] as const)('recruited %s → %s', (recruitedOn, status, verdict) => {
    const r = ask({ target: 'lao_dong_tien_tien', facts: base('HTT', { recruitedOn }) });
    expect(statusOf(r, 'ldtt.recruited')).toBe(status);
    expect(r.verdict).toBe(verdict);
  });
  it('unknown recruitment date → a person confirms (needs_judgement), verdict unchanged', () => {
    const r = ask({ target: 'lao_dong_tien_tien', facts: base('HTT', { recruitedOn: null }) });
    expect(statusOf(r, 'ldtt.recruited')).toBe('needs_judgement');
    expect(r.verdict).toBe('eligible');
  });
  it('cites TT 01/2024 under RS_2024', () =>
    expect(
      check(
        ask({
          target: 'lao_dong_tien_tien',
          year: 2024,
          receivedOn: '2025-01-15',
          facts: base('HTT', { ratings: ratings({ 2024: 'HTT' }) }),
        }),
        'ldtt.recruited',
      ).citation,
    ).toBe('TT 01/2024/TT-BNV Điều 1 k5 d'));
});

describe('Luật TĐKT 2022 Điều 24 + G2 — a sanction in the evaluation year', () => {
  it('khiển trách during the year → not eligible', () => {
    const r = ask({
      target: 'lao_dong_tien_tien',
      facts: base('HTXS', { disciplines: [{ form: 'khien_trach', from: '2025-04-01', to: '2025-09-30' }] }),
    });
    expect(statusOf(r, 'G2')).toBe('failed');
    expect(r.verdict).toBe('not_eligible');
  });
});

describe('Luật TĐKT 2022 Điều 24 k2 — Chiến sĩ tiên tiến: the same standards, no k3 path', () => {
  it.each([
    ['HTT', 'eligible'],
    ['HT', 'not_eligible'],
  ] as const)('rating %s → %s', (rating, verdict) =>
    expect(ask({ target: 'chien_si_tien_tien', facts: base(rating) }).verdict).toBe(verdict),
  );
  it('no rating → not eligible (no judgement path for the armed forces)', () =>
    expect(ask({ target: 'chien_si_tien_tien', facts: base(null) }).verdict).toBe('not_eligible'));
});

const initiative = (
  recognizedOn: string,
  usedByAward: string | null = null,
  id = 'SK-1',
): SubjectFacts['initiatives'][number] => ({ id, scope: 'co_so', recognizedOn, usedByAward });

describe('Luật TĐKT 2022 Điều 23 — CSTĐ cơ sở: LĐTT standard AND (HTXS OR initiative)', () => {
  it('HTXS, no initiative → eligible via the HTXS path', () => {
    const r = ask({ target: 'cstd_co_so', facts: base('HTXS') });
    expect(r.verdict).toBe('eligible');
    expect(r.paths?.find((p) => p.id === 'xuat_sac')?.status).toBe('passed');
    expect(r.paths?.find((p) => p.id === 'sang_kien')?.status).toBe('failed');
  });
  it('HTT + an initiative recognised in the year → eligible via the initiative path', () => {
    const r = ask({ target: 'cstd_co_so', facts: base('HTT', { initiatives: [initiative('2025-10-20')] }) });
    expect(r.verdict).toBe('eligible');
    expect(check(r, 'cstd_co_so.initiative', 'sang_kien').records).toEqual(['SK-1']);
  });
  it('HTT, no initiative → not eligible', () =>
    expect(ask({ target: 'cstd_co_so', facts: base('HTT') }).verdict).toBe('not_eligible'));
  it('HT + initiative → not eligible (LĐTT standard not met)', () => {
    const r = ask({ target: 'cstd_co_so', facts: base('HT', { initiatives: [initiative('2025-10-20')] }) });
    expect(statusOf(r, 'ldtt.rating', 'sang_kien')).toBe('failed');
    expect(r.verdict).toBe('not_eligible');
  });
  it('G7: an initiative already used by another award does not count', () => {
    const r = ask({
      target: 'cstd_co_so',
      facts: base('HTT', { initiatives: [initiative('2025-10-20', 'KT-7')] }),
    });
    expect(statusOf(r, 'cstd_co_so.initiative', 'sang_kien')).toBe('failed');
    expect(check(r, 'cstd_co_so.initiative', 'sang_kien').message).toContain(
      'SK-1 đã dùng cho khen thưởng KT-7',
    );
  });
  it('G7: an initiative freed by the revocation of the award that used it counts again', () =>
    expect(
      ask({
        target: 'cstd_co_so',
        facts: base('HTT', {
          initiatives: [initiative('2025-10-20', 'KT-7')],
          awards: [{ code: 'cstd_co_so', year: 2024, type: 'cong_trang', id: 'KT-7', status: 'revoked' }],
        }),
      }).verdict,
    ).toBe('eligible'));
  it('an initiative recognised in another year does not count', () =>
    expect(
      statusOf(
        ask({ target: 'cstd_co_so', facts: base('HTT', { initiatives: [initiative('2024-12-20')] }) }),
        'cstd_co_so.initiative',
        'sang_kien',
      ),
    ).toBe('failed'));
  it('recruited less than 6 months → not eligible even with HTXS (LĐTT standard)', () =>
    expect(ask({ target: 'cstd_co_so', facts: base('HTXS', { recruitedOn: '2025-09-01' }) }).verdict).toBe(
      'not_eligible',
    ));
  it('no rating + initiative → needs_review (k3 standard judged by a person)', () =>
    expect(
      ask({ target: 'cstd_co_so', facts: base(null, { initiatives: [initiative('2025-03-03')] }) }).verdict,
    ).toBe('needs_review'));
});

describe('Luật TĐKT 2022 Điều 23 under RS_2026 (§0.4): draft criteria only behind enableRs2026DraftCriteria', () => {
  const rs2026 = { year: 2026, receivedOn: '2026-12-10' };
  it('without the flag RS_2026 uses the RS_2025 criteria: HTXS alone suffices', () => {
    const r = ask({
      target: 'cstd_co_so',
      ...rs2026,
      facts: base(null, { ratings: ratings({ 2026: 'HTXS' }) }),
    });
    expect(r.ruleSet).toBe('RS_2026');
    expect(r.verdict).toBe('eligible');
  });
  it.each([
    ['HTXS without initiative', 'HTXS', false, 'not_eligible'],
    ['HTT with initiative', 'HTT', true, 'not_eligible'],
    ['HTXS with initiative', 'HTXS', true, 'eligible'],
  ] as const)('with the flag (draft [D]): %s → %s', (_label, rating, withInitiative, verdict) => {
    const r = ask({
      target: 'cstd_co_so',
      ...rs2026,
      settings: { enableRs2026DraftCriteria: true },
      facts: base(null, {
        ratings: ratings({ 2026: rating }),
        initiatives: withInitiative ? [initiative('2026-11-02')] : [],
      }),
    });
    expect(r.verdict).toBe(verdict);
    expect(check(r, 'cstd_co_so.htxs').citation).toContain('dự thảo');
  });
  it('with the flag the 6-month rule (an LĐTT exclusion) no longer applies', () => {
    const r = ask({
      target: 'cstd_co_so',
      ...rs2026,
      settings: { enableRs2026DraftCriteria: true },
      facts: base(null, {
        ratings: ratings({ 2026: 'HTXS' }),
        recruitedOn: '2026-09-01',
        initiatives: [initiative('2026-11-02')],
      }),
    });
    expect(r.checks.some((c) => c.code === 'ldtt.recruited')).toBe(false);
    expect(r.verdict).toBe('eligible');
  });
  it('the flag has no effect on RS_2025 dossiers', () =>
    expect(
      ask({ target: 'cstd_co_so', settings: { enableRs2026DraftCriteria: true }, facts: base('HTXS') })
        .verdict,
    ).toBe('eligible'));
});
