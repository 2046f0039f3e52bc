import { describe, expect, it } from 'vitest';
import {
  BALLOT_ACTIONS,
  BALLOT_STATUSES,
  type BallotAction,
  type BallotStatus,
  ballotTransition,
  checkChoiceSet,
  checkPaper,
  COUNCIL_CHOICES,
} from './ballot';

const LEGAL: Record<BallotStatus, Partial<Record<BallotAction, BallotStatus>>> = {
  draft: { open: 'open' },
  open: { vote: 'open', close: 'closed' },
  closed: { tally: 'closed', start_round_2: 'closed' },
};

describe('ballotTransition: every status × action (exhaustive)', () => {
  const cases = BALLOT_STATUSES.flatMap((s) =>
    BALLOT_ACTIONS.map((a) => [s, a, LEGAL[s][a] ?? null] as const),
  );
  it.each(cases)('%s + %s → %s', (status, action, to) => {
    const r = ballotTransition(status, action, 1);
    if (to) expect(r).toEqual({ ok: true, to });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^Không thể "/);
    }
  });

  it.each([2, 3])('round %d cannot start another round (at most two rounds)', (round) => {
    const r = ballotTransition('closed', 'start_round_2', round);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('tối đa 2 vòng');
  });

  it('round 2 ballots still open, take votes, close and tally', () => {
    expect(ballotTransition('draft', 'open', 2)).toEqual({ ok: true, to: 'open' });
    expect(ballotTransition('open', 'vote', 2)).toEqual({ ok: true, to: 'open' });
    expect(ballotTransition('open', 'close', 2)).toEqual({ ok: true, to: 'closed' });
    expect(ballotTransition('closed', 'tally', 2)).toEqual({ ok: true, to: 'closed' });
  });
});

describe('checkChoiceSet', () => {
  it.each([
    [COUNCIL_CHOICES, 3, true],
    [{ mode: 'per_candidate', options: ['agree', 'disagree'] }, 1, true],
    [{ mode: 'per_candidate', options: ['agree'] }, 1, false],
    [{ mode: 'per_candidate', options: ['agree', 'agree'] }, 1, false],
    [{ mode: 'per_candidate', options: ['disagree', 'lower_form'] }, 1, false],
    [{ mode: 'per_candidate', options: ['agree', 'selected'] }, 1, false],
    [{ mode: 'pick', maxPicks: 1 }, 3, true],
    [{ mode: 'pick', maxPicks: 0 }, 3, false],
    [{ mode: 'pick', maxPicks: 4 }, 3, false],
    [{ mode: 'pick', maxPicks: 1.5 }, 3, false],
  ] as const)('%j with %d candidates → %s', (set, n, ok) => {
    expect(checkChoiceSet(set as never, n).ok).toBe(ok);
  });
});

describe('checkPaper', () => {
  const ids = ['a', 'b', 'c'];
  it('council paper: one option per candidate, one mark each', () => {
    const r = checkPaper(COUNCIL_CHOICES, ids, { a: 'agree', b: 'disagree', c: 'lower_form' });
    expect(r).toEqual({
      ok: true,
      marks: [
        { candidateId: 'a', option: 'agree' },
        { candidateId: 'b', option: 'disagree' },
        { candidateId: 'c', option: 'lower_form' },
      ],
    });
  });
  it.each([
    ['a candidate missing', { a: 'agree', b: 'agree' }, /chưa chọn/],
    ['a stranger candidate', { a: 'agree', b: 'agree', c: 'agree', x: 'agree' }, /không thuộc cuộc bỏ phiếu/],
    ['an unknown option', { a: 'agree', b: 'agree', c: 'maybe' }, /không thuộc phiếu/],
    ['"selected" on a council paper', { a: 'agree', b: 'agree', c: 'selected' }, /không thuộc phiếu/],
    ['"invalid" as an option', { a: 'invalid', b: 'agree', c: 'agree' }, /không thuộc phiếu/],
  ])('council paper refused: %s', (_, paper, message) => {
    const r = checkPaper(COUNCIL_CHOICES, ids, paper);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
  it('a two-option set refuses the lower form', () => {
    const r = checkPaper({ mode: 'per_candidate', options: ['agree', 'disagree'] }, ['a'], {
      a: 'lower_form',
    });
    expect(r.ok).toBe(false);
  });
  it('pick paper: the picked candidate selected, the others stored as not selected', () => {
    expect(checkPaper({ mode: 'pick', maxPicks: 1 }, ids, { b: 'selected' })).toEqual({
      ok: true,
      marks: [
        { candidateId: 'a', option: 'disagree' },
        { candidateId: 'b', option: 'selected' },
        { candidateId: 'c', option: 'disagree' },
      ],
    });
  });
  it.each([
    ['nothing picked', {}, /ít nhất một/],
    ['two picked of one', { a: 'selected', b: 'selected' }, /tối đa 1/],
    ['agree instead of selected', { a: 'agree' }, /"Chọn"/],
    ['a stranger', { z: 'selected' }, /không thuộc/],
  ])('pick paper refused: %s', (_, paper, message) => {
    const r = checkPaper({ mode: 'pick', maxPicks: 1 }, ids, paper);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
  it('an invalid written paper marks every candidate invalid', () => {
    expect(checkPaper(COUNCIL_CHOICES, ['a', 'b'], 'invalid')).toEqual({
      ok: true,
      marks: [
        { candidateId: 'a', option: 'invalid' },
        { candidateId: 'b', option: 'invalid' },
      ],
    });
  });
});
