import { describe, expect, it } from 'vitest';
import type { SubjectFacts } from '../../awards/types';
import { ask, statusOf } from '../test-helpers';

const flag = (target: string, facts: Partial<SubjectFacts>) =>
  ask({ target, subjectType: 'collective', facts });

describe('Luật TĐKT 2022 Điều 26 — Cờ thi đua bộ, ban, ngành, tỉnh', () => {
  it.each([
    [true, 'passed'],
    [false, 'failed'],
    [undefined, 'failed'],
  ] as const)('path A: isBlocLeader %s → %s', (isBlocLeader, status) =>
    expect(
      statusOf(
        flag('co_thi_dua_bo_tinh', isBlocLeader === undefined ? {} : { isBlocLeader }),
        'co_thi_dua.bloc_leader',
        'A',
      ),
    ).toBe(status),
  );
  it.each([
    [3, 'passed'],
    [2, 'failed'],
    [null, 'failed'],
  ] as const)('path B: thematic movement of %s years → %s (≥ 3)', (movementYears, status) =>
    expect(statusOf(flag('co_thi_dua_bo_tinh', { movementYears }), 'co_thi_dua.movement_years', 'B')).toBe(
      status,
    ),
  );
  it('bloc leader → eligible, the outstanding/unity items left to judgement', () => {
    const r = flag('co_thi_dua_bo_tinh', { isBlocLeader: true });
    expect(r.verdict).toBe('eligible');
    expect(statusOf(r, 'co_thi_dua_bo_tinh.targets', 'A')).toBe('needs_judgement');
    expect(r.paths?.map((p) => [p.id, p.status])).toEqual([
      ['A', 'passed'],
      ['B', 'failed'],
    ]);
  });
  it('movement of 3 years → eligible through path B', () =>
    expect(flag('co_thi_dua_bo_tinh', { isBlocLeader: false, movementYears: 3 }).verdict).toBe('eligible'));
  it('neither path → not eligible', () =>
    expect(flag('co_thi_dua_bo_tinh', { isBlocLeader: false, movementYears: 2 }).verdict).toBe(
      'not_eligible',
    ));
});

describe('Luật TĐKT 2022 Điều 25 — Cờ thi đua của Chính phủ', () => {
  it('path A/B: bloc leader → eligible; the choice among bloc leaders is judgement', () => {
    const r = flag('co_thi_dua_chinh_phu', { isBlocLeader: true });
    expect(r.verdict).toBe('eligible');
    expect(statusOf(r, 'co_thi_dua_chinh_phu.outstanding', 'A')).toBe('needs_judgement');
    expect(statusOf(r, 'co_thi_dua_chinh_phu.central_bloc', 'B')).toBe('needs_judgement');
  });
  it.each([
    [5, 'passed', 'eligible'],
    [4, 'failed', 'not_eligible'],
  ] as const)('path C: Prime-Minister movement of %i years → %s (≥ 5)', (movementYears, status, verdict) => {
    const r = flag('co_thi_dua_chinh_phu', { isBlocLeader: false, movementYears });
    expect(statusOf(r, 'co_thi_dua.movement_years', 'C')).toBe(status);
    expect(r.verdict).toBe(verdict);
  });
  it('G1 fails every path', () =>
    expect(flag('co_thi_dua_chinh_phu', { isBlocLeader: true, pendingInvestigation: true }).verdict).toBe(
      'not_eligible',
    ));
});
