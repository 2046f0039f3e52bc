import { describe, expect, it } from 'vitest';
import { ballotOutcome, ballotRule } from './council';

describe('ballotRule (law-reference §4.3; ND 98/2023 Điều 30 k7)', () => {
  it.each([
    ['cstd_bo_tinh', 'RS_2025', 90],
    ['cstd_toan_quoc', 'RS_2024', 90],
    ['anh_hung_lao_dong', 'RS_2026', 90],
    ['cstd_co_so', 'RS_2025', 80],
    ['co_thi_dua_chinh_phu', 'RS_2024', 80],
  ] as const)('%s under %s: ballot required, ≥%d%% of total members', (code, rs, percent) => {
    expect(ballotRule(code, rs)).toMatchObject({
      ballotRequired: true,
      thresholdPercent: percent,
      denominator: 'total_members',
      source: 'rule_set',
    });
  });

  it('forms without a national threshold: ballot optional, tenant configuration', () => {
    expect(ballotRule('bang_khen_bo_tinh', 'RS_2025')).toMatchObject({
      ballotRequired: false,
      thresholdPercent: null,
      source: 'none',
    });
    expect(ballotRule('khong_ton_tai', 'RS_2025').source).toBe('none');
  });

  it('a tenant override wins, and can set a threshold where the law has none (e.g. 70%)', () => {
    expect(ballotRule('cstd_co_so', 'RS_2025', { cstd_co_so: 85 })).toMatchObject({
      thresholdPercent: 85,
      source: 'tenant',
    });
    expect(ballotRule('bang_khen_bo_tinh', 'RS_2025', { bang_khen_bo_tinh: 70 })).toMatchObject({
      ballotRequired: true,
      thresholdPercent: 70,
      source: 'tenant',
    });
  });
});

describe('ballotOutcome: ≥ threshold of TOTAL members, integer arithmetic', () => {
  it.each([
    [9, 10, 90, true, 9],
    [8, 10, 90, false, 9],
    [12, 15, 80, true, 12],
    [11, 15, 80, false, 12],
    [10, 11, 90, true, 10], // 90.9%
    [9, 11, 80, true, 9], // 81.8%
    [8, 11, 80, false, 9], // 72.7%
    [7, 7, 90, true, 7],
  ])(
    '%d of %d at %d%% → passed %s (needs %d)',
    (votesFor, totalMembers, thresholdPercent, passed, required) => {
      const r = ballotOutcome({ votesFor, totalMembers, thresholdPercent });
      expect(r).toMatchObject({ ok: true, value: { passed, requiredVotes: required } });
    },
  );

  it('reports the percentage of total members with a Vietnamese decimal comma', () => {
    const r = ballotOutcome({ votesFor: 10, totalMembers: 11, thresholdPercent: 90 });
    expect(r.ok && r.value.percentOfTotal).toBe(90.9);
    expect(r.ok && r.value.message).toContain('90,9%');
  });

  it.each([
    [11, 10, 90],
    [-1, 10, 90],
    [5, 0, 90],
    [1.5, 10, 90],
    [5, 10, 0],
    [5, 10, 101],
  ])('refuses %d of %d at %d%%', (votesFor, totalMembers, thresholdPercent) => {
    const r = ballotOutcome({ votesFor, totalMembers, thresholdPercent });
    expect(r.ok).toBe(false);
  });
});
