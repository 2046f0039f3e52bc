import { describe, expect, it } from 'vitest';
import type { BallotOption } from './ballot';
import { quorumCheck, roundTwoCandidates, tallyBallot } from './tally';

describe('quorumCheck (law-reference §4.2)', () => {
  it.each([
    [10, 8, 80, true, 8],
    [10, 7, 80, false, 8],
    [9, 7, 80, false, 8], // 77.8%
    [9, 8, 80, true, 8],
    [9, 6, null, true, 6], // 2/3 exactly
    [9, 5, null, false, 6],
    [10, 7, null, true, 7], // 70% ≥ 66.7%
    [10, 6, null, false, 7],
    [1, 1, 100, true, 1],
  ])('%d members, %d present, quorum %s%% → met %s (needs %d)', (total, present, q, met, required) => {
    expect(quorumCheck({ totalMembers: total, present, quorumPercent: q })).toMatchObject({
      ok: true,
      value: { met, required },
    });
  });
  it.each([
    [0, 0, 80],
    [5, 6, 80],
    [5, -1, 80],
    [5, 2.5, 80],
    [5, 3, 0],
    [5, 3, 101],
  ])('refuses %d members / %d present / %s%%', (total, present, q) => {
    expect(quorumCheck({ totalMembers: total, present, quorumPercent: q }).ok).toBe(false);
  });
});

const marks = (candidateId: string, counts: Partial<Record<BallotOption, number>>) =>
  Object.entries(counts).map(([option, count]) => ({ candidateId, option: option as BallotOption, count }));

describe('tallyBallot per candidate: thresholds of TOTAL members', () => {
  it('9 members, 5 present + 2 written, 5 agree = 55.6%: fails 80% and 70%, passes simple majority', () => {
    const t = tallyBallot({
      mode: 'per_candidate',
      totalVoters: 9,
      issued: 9,
      returned: 7,
      invalidPapers: 0,
      candidates: [
        { id: 'a', thresholdPercent: 80 },
        { id: 'b', thresholdPercent: 70 },
        { id: 'c', thresholdPercent: null },
      ],
      marks: [
        ...marks('a', { agree: 5, disagree: 1, lower_form: 1 }),
        ...marks('b', { agree: 5, disagree: 2 }),
        ...marks('c', { agree: 5, disagree: 2 }),
      ],
    });
    expect(t).toMatchObject({ issued: 9, returned: 7, valid: 7, invalid: 0 });
    expect(t.candidates.map((c) => [c.votesFor, c.percentOfTotal, c.requiredVotes, c.verdict])).toEqual([
      [5, 55.6, 8, 'failed'],
      [5, 55.6, 7, 'failed'],
      [5, 55.6, 5, 'passed'],
    ]);
    expect(t.candidates[0]!.counts).toMatchObject({ agree: 5, disagree: 1, lower_form: 1 });
    expect(t.candidates[0]!.message).toContain('55,6%');
  });
  it.each([
    [8, 10, 80, 'passed'],
    [7, 10, 80, 'failed'],
    [9, 10, 90, 'passed'],
    [5, 10, null, 'failed'], // exactly half is not a majority
    [6, 10, null, 'passed'],
  ])('%d agree of %d at %s → %s', (agree, total, threshold, verdict) => {
    const t = tallyBallot({
      mode: 'per_candidate',
      totalVoters: total,
      issued: total,
      returned: total,
      invalidPapers: 0,
      candidates: [{ id: 'a', thresholdPercent: threshold }],
      marks: marks('a', { agree, disagree: total - agree }),
    });
    expect(t.candidates[0]!.verdict).toBe(verdict);
  });
  it('invalid papers count as returned, not valid, and never as votes', () => {
    const t = tallyBallot({
      mode: 'per_candidate',
      totalVoters: 5,
      issued: 5,
      returned: 5,
      invalidPapers: 1,
      candidates: [{ id: 'a', thresholdPercent: 80 }],
      marks: marks('a', { agree: 4, invalid: 1 }),
    });
    expect(t).toMatchObject({ valid: 4, invalid: 1 });
    expect(t.candidates[0]).toMatchObject({ votesFor: 4, verdict: 'passed' });
  });
  it('round two takes the candidates that did not pass, and only after round 1', () => {
    const t = tallyBallot({
      mode: 'per_candidate',
      totalVoters: 5,
      issued: 5,
      returned: 5,
      invalidPapers: 0,
      candidates: [
        { id: 'a', thresholdPercent: 80 },
        { id: 'b', thresholdPercent: 80 },
      ],
      marks: [...marks('a', { agree: 4, disagree: 1 }), ...marks('b', { agree: 3, lower_form: 2 })],
    });
    expect(roundTwoCandidates(1, t, 'per_candidate')).toEqual(['b']);
    expect(roundTwoCandidates(2, t, 'per_candidate')).toEqual([]);
  });
});

describe('tallyBallot pick (bloc leader vote)', () => {
  const pick = (counts: Record<string, number>, maxPicks = 1, threshold: number | null = null) =>
    tallyBallot({
      mode: 'pick',
      maxPicks,
      totalVoters: 7,
      issued: 7,
      returned: 7,
      invalidPapers: 0,
      candidates: Object.keys(counts).map((id) => ({ id, thresholdPercent: threshold })),
      marks: Object.entries(counts).map(([id, n]) => ({
        candidateId: id,
        option: 'selected' as const,
        count: n,
      })),
    });
  const verdicts = (t: ReturnType<typeof pick>) =>
    Object.fromEntries(t.candidates.map((c) => [c.candidateId, c.verdict]));

  it.each([
    ['a clear majority wins', { a: 5, b: 2 }, 1, { a: 'passed', b: 'failed' }],
    [
      'no majority: the two best placed go to round 2',
      { a: 3, b: 2, c: 2 },
      1,
      { a: 'undecided', b: 'undecided', c: 'undecided' },
    ],
    [
      'no majority, one vote each for two',
      { a: 3, b: 1, c: 0 },
      1,
      { a: 'undecided', b: 'undecided', c: 'failed' },
    ],
    ['two seats, both with a majority', { a: 4, b: 4, c: 0 }, 2, { a: 'passed', b: 'passed', c: 'failed' }],
    ['no votes at all', { a: 0, b: 0 }, 1, { a: 'failed', b: 'failed' }],
  ])('%s', (_, counts, seats, expected) => {
    expect(verdicts(pick(counts, seats))).toEqual(expected);
  });
  it('a tie above the threshold for one seat is undecided and goes to round 2', () => {
    const t = pick({ a: 3, b: 3, c: 1 }, 1, 40);
    expect(verdicts(t)).toEqual({ a: 'undecided', b: 'undecided', c: 'failed' });
    expect(roundTwoCandidates(1, t, 'pick')).toEqual(['a', 'b']);
    expect(roundTwoCandidates(2, t, 'pick')).toEqual([]);
  });
  it('two seats, three qualified: the top one passes, the tied two are undecided', () => {
    const t = pick({ a: 5, b: 3, c: 3 }, 2, 40);
    expect(verdicts(t)).toEqual({ a: 'passed', b: 'undecided', c: 'undecided' });
  });
});
