import { describe, expect, it } from 'vitest';
import {
  mayVote,
  SESSION_ACTIONS,
  SESSION_STATUSES,
  type SessionAction,
  type SessionStatus,
  sessionTransition,
} from './council';

const LEGAL: Record<SessionStatus, Partial<Record<SessionAction, SessionStatus>>> = {
  planned: { start: 'in_progress' },
  in_progress: { conclude: 'concluded' },
  concluded: {},
};

describe('sessionTransition: every status × action (exhaustive)', () => {
  const cases = SESSION_STATUSES.flatMap((s) =>
    SESSION_ACTIONS.map((a) => [s, a, LEGAL[s][a] ?? null] as const),
  );
  it.each(cases)('%s + %s → %s', (status, action, to) => {
    const r = sessionTransition(status, action);
    if (to) expect(r).toEqual({ ok: true, to });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^Không thể "/);
    }
  });
});

describe('mayVote (law-reference §4.2: absentees vote in writing)', () => {
  it.each([
    ['present', true],
    ['absent_written', true],
    ['absent', false],
    [undefined, false],
  ] as const)('%s → %s', (status, expected) => {
    expect(mayVote(status)).toBe(expected);
  });
});
