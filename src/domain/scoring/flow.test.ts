import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  checkScoringWrite,
  nextScoringState,
  SCORING_FLOW_ACTIONS,
  SCORING_FLOW_STATES,
  SCORING_WRITES,
  type ScoringFlowAction,
  type ScoringFlowState,
  type ScoringWrite,
} from './flow';

// Every legal edge; every other (state, action) pair is refused.
const LEGAL: Partial<Record<ScoringFlowState, Partial<Record<ScoringFlowAction, ScoringFlowState>>>> = {
  draft: { open_self_scoring: 'self_scoring' },
  self_scoring: { start_cross_check: 'cross_checking' },
  cross_checking: { return_to_self_scoring: 'self_scoring', confirm: 'confirmed' },
  confirmed: { publish: 'published', reopen: 'cross_checking' },
  published: { reopen: 'cross_checking' },
};
const NEEDS_REASON: ScoringFlowAction[] = ['return_to_self_scoring', 'reopen'];
const pairs = SCORING_FLOW_STATES.flatMap((s) => SCORING_FLOW_ACTIONS.map((a) => [s, a] as const));

describe('scoring flow (law-reference §8.2: self-score → cross-check → confirm → publish)', () => {
  it.each(pairs)('from %s, %s', (state, action) => {
    const to = LEGAL[state]?.[action];
    const outcome = nextScoringState(state, action, { hasTable: true, reason: 'Sai số liệu thu ngân sách' });
    if (to) expect(outcome).toEqual({ ok: true, state: to });
    else {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.reason).toMatch(/Không thể/);
    }
  });

  it.each(pairs.filter(([s, a]) => LEGAL[s]?.[a]))('from %s, %s needs a scoring table', (state, action) => {
    const outcome = nextScoringState(state, action, { hasTable: false, reason: 'x' });
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/chưa có bảng chấm điểm/) });
  });

  it.each(pairs.filter(([s, a]) => LEGAL[s]?.[a]).map(([s, a]) => [s, a, NEEDS_REASON.includes(a)] as const))(
    'from %s, %s without a reason: refused = %s',
    (state, action, refused) => {
      for (const reason of [undefined, null, '', '   ']) {
        const outcome = nextScoringState(state, action, { hasTable: true, reason });
        expect(outcome.ok).toBe(!refused);
        if (!outcome.ok) expect(outcome.reason).toMatch(/lý do/);
      }
    },
  );

  it.each(SCORING_FLOW_STATES)('offers from %s exactly its legal actions', (state) => {
    expect(actionsFrom(state).sort()).toEqual(Object.keys(LEGAL[state] ?? {}).sort());
  });
});

const WRITES: Record<ScoringWrite, ScoringFlowState[]> = {
  table: ['draft', 'self_scoring', 'cross_checking'],
  targets: ['draft', 'self_scoring'],
  self_score: ['self_scoring'],
  cross_check: ['cross_checking'],
  recompute: ['draft', 'self_scoring', 'cross_checking', 'confirmed'],
  evidence: ['self_scoring', 'cross_checking'],
};

describe('writes allowed per step (published = immutable)', () => {
  it.each(SCORING_FLOW_STATES.flatMap((s) => SCORING_WRITES.map((w) => [s, w] as const)))(
    'in %s, %s',
    (state, write) => {
      const check = checkScoringWrite(state, write);
      expect(check.ok).toBe(WRITES[write].includes(state));
      if (!check.ok) expect(check.reason).toMatch(state === 'published' ? /đã công bố/ : /Không .* được/);
    },
  );
});
