import { describe, expect, it } from 'vitest';
import {
  checkDeadlineOrder,
  ROUND_ACTIONS,
  ROUND_STATUS_LABELS,
  ROUND_STATUSES,
  roundAcceptsProposals,
  roundEditable,
  roundTransition,
  type RoundAction,
  type RoundStatus,
} from './round';

/** The whole expected table, written out: every state × every action. */
const EXPECTED: Record<RoundStatus, Partial<Record<RoundAction, RoundStatus>>> = {
  draft: { open: 'open' },
  open: { close: 'closed' },
  closed: { reopen: 'open', decide: 'decided' },
  decided: {},
};

const cases = ROUND_STATUSES.flatMap((s) =>
  ROUND_ACTIONS.map((a) => [s, a, EXPECTED[s][a] ?? null] as const),
);

describe('roundTransition: every state × every action', () => {
  it('covers 4 × 4 cases', () => expect(cases).toHaveLength(16));
  it.each(cases)('%s --%s--> %s', (from, action, to) => {
    const r = roundTransition(from, action);
    if (to) expect(r).toEqual({ ok: true, to });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(ROUND_STATUS_LABELS[from]);
    }
  });
});

describe('round helpers', () => {
  it.each([
    ['draft', false, true],
    ['open', true, true],
    ['closed', false, true],
    ['decided', false, false],
  ] as const)('%s: accepts proposals %s, editable %s', (s, accepts, editable) => {
    expect(roundAcceptsProposals(s)).toBe(accepts);
    expect(roundEditable(s)).toBe(editable);
  });
});

describe('checkDeadlineOrder: proposal ≤ appraisal ≤ council ≤ decision', () => {
  it.each([
    ['none', {}, true],
    [
      'in order',
      { proposal: '2025-12-10', appraisal: '2025-12-20', council: '2025-12-25', decision: '2025-12-31' },
      true,
    ],
    ['same day', { proposal: '2025-12-10', appraisal: '2025-12-10' }, true],
    ['gap skipped', { proposal: '2025-12-10', decision: '2025-12-31' }, true],
    ['appraisal before proposal', { proposal: '2025-12-10', appraisal: '2025-12-09' }, false],
    [
      'decision before council across a gap',
      { proposal: '2025-12-01', council: '2025-12-20', decision: '2025-12-19' },
      false,
    ],
  ])('%s → %s', (_n, d, ok) => {
    const r = checkDeadlineOrder(d);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.message).toMatch(/không được trước .*\d{2}\/\d{2}\/\d{4}/);
  });
});
