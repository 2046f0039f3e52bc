/**
 * The scoring flow of a bloc's year (issue 5, item 4; law-reference §8.2): the agreement's table and the
 * members' targets are set (`draft`), members score themselves (`self_scoring`), the head and the deputy of
 * the bloc cross-check the figures (`cross_checking`; any change carries a reason), the bloc confirms the
 * results at its review meeting (`confirmed`) and publishes them (`published`, immutable). Reopening a
 * confirmed or published year needs a reason and is audited by the service.
 *
 * No law fixes these steps: HD 1479/HD-BTĐKT (2016) and provincial regulations describe blocs scoring their
 * members, cross-checking (chấm chéo) and agreeing the results at the year-end review before the secret
 * ballot (suy tôn). Pure: no I/O, no clock.
 */

export const SCORING_FLOW_STATES = [
  'draft',
  'self_scoring',
  'cross_checking',
  'confirmed',
  'published',
] as const;
export type ScoringFlowState = (typeof SCORING_FLOW_STATES)[number];

export const SCORING_FLOW_STATE_LABELS: Record<ScoringFlowState, string> = {
  draft: 'Đang xây dựng bảng điểm, chỉ tiêu',
  self_scoring: 'Thành viên tự chấm',
  cross_checking: 'Trưởng, Phó khối chấm chéo',
  confirmed: 'Khối đã thống nhất kết quả',
  published: 'Đã công bố',
};

export const SCORING_FLOW_ACTIONS = [
  'open_self_scoring',
  'start_cross_check',
  'return_to_self_scoring',
  'confirm',
  'publish',
  'reopen',
] as const;
export type ScoringFlowAction = (typeof SCORING_FLOW_ACTIONS)[number];

export const SCORING_FLOW_ACTION_LABELS: Record<ScoringFlowAction, string> = {
  open_self_scoring: 'Mở tự chấm điểm',
  start_cross_check: 'Chuyển sang chấm chéo',
  return_to_self_scoring: 'Trả lại cho thành viên tự chấm',
  confirm: 'Khối thống nhất kết quả',
  publish: 'Công bố kết quả',
  reopen: 'Mở lại để chấm chéo',
};

interface Edge {
  from: readonly ScoringFlowState[];
  to: ScoringFlowState;
  /** The action needs a written reason (kept in the audit trail). */
  needsReason: boolean;
  /** The action needs a scoring table for the year. */
  needsTable: boolean;
}

const EDGES: Record<ScoringFlowAction, Edge> = {
  open_self_scoring: { from: ['draft'], to: 'self_scoring', needsReason: false, needsTable: true },
  start_cross_check: { from: ['self_scoring'], to: 'cross_checking', needsReason: false, needsTable: true },
  return_to_self_scoring: {
    from: ['cross_checking'],
    to: 'self_scoring',
    needsReason: true,
    needsTable: true,
  },
  confirm: { from: ['cross_checking'], to: 'confirmed', needsReason: false, needsTable: true },
  publish: { from: ['confirmed'], to: 'published', needsReason: false, needsTable: true },
  reopen: { from: ['confirmed', 'published'], to: 'cross_checking', needsReason: true, needsTable: true },
};

export interface FlowFacts {
  hasTable: boolean;
  /** The reason given with the action (blank = none). */
  reason?: string | null;
}

export type FlowOutcome = { ok: true; state: ScoringFlowState } | { ok: false; reason: string };

const label = (s: ScoringFlowState) => `“${SCORING_FLOW_STATE_LABELS[s]}”`;

/** The state after `action` from `state`, or why it is refused (a Vietnamese sentence without a final dot). */
export function nextScoringState(
  state: ScoringFlowState,
  action: ScoringFlowAction,
  facts: FlowFacts,
): FlowOutcome {
  const edge = EDGES[action];
  if (!edge.from.includes(state))
    return {
      ok: false,
      reason: `Không thể “${SCORING_FLOW_ACTION_LABELS[action].toLowerCase()}” khi năm chấm điểm đang ở bước ${label(state)}`,
    };
  if (edge.needsTable && !facts.hasTable)
    return { ok: false, reason: 'Năm này chưa có bảng chấm điểm: hãy nhập bảng chấm điểm trước' };
  if (edge.needsReason && !facts.reason?.trim())
    return {
      ok: false,
      reason: `“${SCORING_FLOW_ACTION_LABELS[action]}” cần ghi rõ lý do`,
    };
  return { ok: true, state: edge.to };
}

/** The actions possible from a state (what the page offers). */
export const actionsFrom = (state: ScoringFlowState): ScoringFlowAction[] =>
  SCORING_FLOW_ACTIONS.filter((a) => EDGES[a].from.includes(state));

/** Whether an action needs a reason (the page asks for one). */
export const actionNeedsReason = (action: ScoringFlowAction) => EDGES[action].needsReason;

/**
 * The writes of a year:
 * - `table`       — the scoring table (a new version once used) — before the bloc confirms;
 * - `targets`     — members' plans (chỉ tiêu kế hoạch) — while the table and targets are set or members score;
 * - `self_score`  — a member's own results — while members score themselves;
 * - `cross_check` — the head's or deputy's corrections (with a reason) — while cross-checking;
 * - `recompute`   — storing computed totals — any time before publication;
 * - `evidence`    — adding or removing evidence files — while members score or results are cross-checked.
 */
export const SCORING_WRITES = [
  'table',
  'targets',
  'self_score',
  'cross_check',
  'recompute',
  'evidence',
] as const;
export type ScoringWrite = (typeof SCORING_WRITES)[number];

const WRITES: Record<ScoringWrite, readonly ScoringFlowState[]> = {
  table: ['draft', 'self_scoring', 'cross_checking'],
  targets: ['draft', 'self_scoring'],
  self_score: ['self_scoring'],
  cross_check: ['cross_checking'],
  recompute: ['draft', 'self_scoring', 'cross_checking', 'confirmed'],
  evidence: ['self_scoring', 'cross_checking'],
};

const WRITE_LABELS: Record<ScoringWrite, string> = {
  table: 'sửa bảng chấm điểm',
  targets: 'giao chỉ tiêu kế hoạch',
  self_score: 'tự chấm (nhập kết quả thực hiện)',
  cross_check: 'chấm chéo',
  recompute: 'tính lại điểm',
  evidence: 'sửa minh chứng',
};

/** Whether `write` is allowed in `state`, or why not (published years are immutable). */
export function checkScoringWrite(
  state: ScoringFlowState,
  write: ScoringWrite,
): { ok: true } | { ok: false; reason: string } {
  if (WRITES[write].includes(state)) return { ok: true };
  if (state === 'published')
    return {
      ok: false,
      reason: `Kết quả chấm điểm năm này đã công bố, không ${WRITE_LABELS[write]} được nữa; cần mở lại (kèm lý do) trước`,
    };
  return {
    ok: false,
    reason: `Không ${WRITE_LABELS[write]} được khi năm chấm điểm đang ở bước ${label(state)}`,
  };
}
