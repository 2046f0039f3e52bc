import { describe, expect, it } from 'vitest';
import {
  canTransition,
  checkHeadsDecision,
  checkRepresentatives,
  checkSettings,
  judgeRound,
  leaderVoteDefaults,
  leadingCandidates,
  planProposals,
  type RoundTally,
} from './leader-vote';

// Seed 001: Khối các huyện, thành phố vùng động lực (Hà Giang), 2019.
const HG = 'tp-ha-giang';
const BQ = 'bac-quang';
const VX = 'vi-xuyen';
const QB = 'quang-binh';
const BM = 'bac-me';
const MEMBERS = [HG, BQ, VX, QB, BM];
const SETTINGS = { thresholdPercent: 80, maxRounds: 2, runnerUpCount: 2 };

const tally = (round: 1 | 2, votes: Record<string, number>, candidates = MEMBERS): RoundTally => ({
  round,
  candidates,
  votes,
  totalVoters: 5,
  ballotsCast: Object.values(votes).reduce((a, b) => a + b, 0),
});

describe('leaderVoteDefaults: the Cờ thi đua bộ/tỉnh threshold of §4.3 is configuration', () => {
  it.each([
    ['the rule set’s 80% of total voters, two rounds', 'RS_2025', undefined, 80, 'rule_set'],
    ['years before 2024 take the earliest rule set', null, undefined, 80, 'rule_set'],
    ['a tenant override wins', 'RS_2025', { co_thi_dua_bo_tinh: 60 }, 60, 'tenant'],
  ] as const)('%s', (_name, ruleSet, overrides, threshold, source) => {
    const d = leaderVoteDefaults(ruleSet, overrides);
    expect([d.thresholdPercent, d.maxRounds, d.runnerUpCount, d.source]).toEqual([threshold, 2, 2, source]);
  });
});

describe('checkSettings', () => {
  it.each([
    ['a bloc of one unit', SETTINGS, 1, 'ít nhất hai'],
    ['threshold 0', { ...SETTINGS, thresholdPercent: 0 }, 5, 'từ 1 đến 100'],
    ['threshold above 100', { ...SETTINGS, thresholdPercent: 101 }, 5, 'từ 1 đến 100'],
    ['a fractional threshold', { ...SETTINGS, thresholdPercent: 66.5 }, 5, 'từ 1 đến 100'],
    ['three rounds', { ...SETTINGS, maxRounds: 3 }, 5, '1 hoặc 2'],
    ['more certificates than other members', { ...SETTINGS, runnerUpCount: 5 }, 5, 'từ 0 đến 4'],
    ['a negative count', { ...SETTINGS, runnerUpCount: -1 }, 5, 'từ 0 đến 4'],
  ])('refuses %s', (_name, settings, members, message) => {
    const r = checkSettings(settings, members);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(message);
  });
  it('accepts the defaults for five members', () => expect(checkSettings(SETTINGS, 5)).toEqual({ ok: true }));
});

describe('checkRepresentatives: one representative per member unit of the bloc-year', () => {
  const all = MEMBERS.map((unitId, i) => ({ unitId, userId: `u${i}` }));
  it('accepts one per member', () => expect(checkRepresentatives(MEMBERS, all)).toEqual({ ok: true }));
  it.each([
    ['a unit outside the bloc', [...all, { unitId: 'khac', userId: 'u9' }], 'thuộc đơn vị thành viên'],
    ['two for one unit', [...all, { unitId: HG, userId: 'u9' }], 'chỉ có một người'],
    ['one person for two units', [...all.slice(1), { unitId: HG, userId: 'u1' }], 'một đơn vị thành viên'],
    ['a member without a representative', all.slice(1), 'phải có một người'],
  ])('refuses %s', (_name, reps, message) => {
    const r = checkRepresentatives(MEMBERS, reps);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(message);
  });
});

describe('judgeRound: threshold of the total voters, at most two rounds', () => {
  it.each([
    ['4 of 5 is exactly 80%: elected', tally(1, { [HG]: 4, [BQ]: 1 }), HG],
    ['5 of 5: elected', tally(1, { [BQ]: 5 }), BQ],
    ['a 60% threshold and 3 of 5: elected', tally(1, { [VX]: 3, [HG]: 2 }), VX, 60],
    ['round 2 elects too', tally(2, { [HG]: 4, [BQ]: 1 }, [HG, BQ]), HG],
  ])('%s', (_name, t, leader, threshold = 80) => {
    const r = judgeRound(t, { ...SETTINGS, thresholdPercent: threshold });
    expect(r.kind).toBe('elected');
    if (r.kind === 'elected') expect(r.leaderUnitId).toBe(leader);
  });

  it.each([
    ['3 of 5 at 80%: top two go on', tally(1, { [HG]: 3, [BQ]: 2 }), [HG, BQ]],
    ['absent voters count in the denominator', tally(1, { [HG]: 3 }), MEMBERS],
    ['a tie at the top: the tied units go on', tally(1, { [HG]: 2, [BQ]: 2, [VX]: 1 }), [HG, BQ]],
    ['a tie for second: all of them go on', tally(1, { [HG]: 3, [BQ]: 1, [VX]: 1 }), [HG, BQ, VX]],
  ])('second round: %s', (_name, t, candidates) => {
    const r = judgeRound(t, SETTINGS);
    expect(r.kind).toBe('second_round');
    if (r.kind !== 'elected') expect(r.candidates).toEqual(candidates);
  });

  it.each([
    ['round 2 still under the threshold', tally(2, { [HG]: 3, [BQ]: 2 }, [HG, BQ])],
    ['round 2 tied', tally(2, { [HG]: 2, [BQ]: 2 }, [HG, BQ])],
    ['a one-round vote without a winner', tally(1, { [HG]: 3, [BQ]: 2 }), 1],
  ])('undecided (head and deputy decide): %s', (_name, t, maxRounds = 2) => {
    const r = judgeRound(t, { ...SETTINGS, maxRounds });
    expect(r.kind).toBe('undecided');
    expect(r.message).toContain('Trưởng khối và Phó khối quyết định');
  });

  it('all ballots blank: nobody is elected even at a 1% threshold', () => {
    expect(judgeRound(tally(1, {}), { ...SETTINGS, thresholdPercent: 1 }).kind).toBe('second_round');
  });
});

describe('leadingCandidates', () => {
  it.each([
    ['clear first and second', { [HG]: 3, [BQ]: 1, [VX]: 1, [QB]: 0 }, [HG, BQ, VX]],
    ['single votes everywhere', { [HG]: 1, [BQ]: 1, [VX]: 1, [QB]: 1, [BM]: 1 }, MEMBERS],
    ['first and one second', { [VX]: 3, [QB]: 2 }, [VX, QB]],
  ])('%s', (_name, votes, expected) => expect(leadingCandidates(tally(1, votes))).toEqual(expected));
});

describe('checkHeadsDecision', () => {
  it.each([
    ['a candidate of the last round with a reason', HG, 'Tiêu biểu hơn về thu ngân sách', true],
    ['a unit that was not a candidate', VX, 'Tiêu biểu hơn về thu ngân sách', false],
    ['no reason', HG, '  ', false],
  ])('%s', (_name, unit, reason, accepted) =>
    expect(checkHeadsDecision([HG, BQ], unit, reason).ok).toBe(accepted),
  );
});

describe('planProposals: Cờ for the leader, Bằng khen for the next N units', () => {
  const round1 = tally(1, { [HG]: 4, [BQ]: 1 });
  it.each([
    [
      'two certificates by first-round votes then scoring rank',
      2,
      { [VX]: 2, [QB]: 3, [BM]: 5, [BQ]: 4 },
      [HG, BQ, VX],
    ],
    ['none', 0, {}, [HG]],
    ['one: first-round votes come before the scoring rank', 1, { [VX]: 1, [BQ]: 4 }, [HG, BQ]],
    [
      'equal votes and equal scoring rank at the cut-off are all proposed',
      2,
      { [VX]: 3, [QB]: 3, [BM]: 3 },
      [HG, BQ, VX, QB, BM],
    ],
    ['without scoring ranks, member order among equals, ties included', 1, undefined, [HG, BQ]],
    ['without scoring ranks, equal units at the cut-off all proposed', 2, undefined, [HG, BQ, VX, QB, BM]],
  ])('%s', (_name, count, ranks, expected) => {
    const p = planProposals({ leaderUnitId: HG, round1, runnerUpCount: count, scoreRanks: ranks });
    expect(p.map((x) => x.unitId)).toEqual(expected);
    expect(p[0]!.awardCode).toBe('co_thi_dua_bo_tinh');
    expect(p.slice(1).every((x) => x.awardCode === 'bang_khen_bo_tinh')).toBe(true);
    expect(p.map((x) => x.position)).toEqual(expected.map((_u, i) => i + 1));
  });

  it('a leader decided in round 2 is first even with fewer first-round votes', () => {
    const t = tally(1, { [HG]: 3, [BQ]: 2 });
    expect(planProposals({ leaderUnitId: BQ, round1: t, runnerUpCount: 1 }).map((p) => p.unitId)).toEqual([
      BQ,
      HG,
    ]);
  });
});

describe('status machine', () => {
  it.each([
    ['round1', 'decided', true],
    ['round1', 'round2', true],
    ['round1', 'undecided', false],
    ['round2', 'undecided', true],
    ['round2', 'round1', false],
    ['undecided', 'decided', true],
    ['decided', 'round1', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => expect(canTransition(from, to)).toBe(allowed));
});
