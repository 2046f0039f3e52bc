/**
 * Dossiers (hồ sơ đề nghị khen thưởng, "nominations") — the state machine of law-reference §7.2 (Law Điều 84;
 * ND 152/2025; QĐ 638/QĐ-BNV 2025 for the commune-level three steps) as pure data. No I/O, no clock.
 *
 *   draft ─submit→ submitted ─receive→ in_appraisal ─approve→ appraised ─open_consultation→ in_consultation
 *     ↑                │  │                │                  │  ↑                               │
 *     │ (returned is   │  └─return→ returned ←─return──────────┘  └──────close_consultation───────┘
 *     │  editable)     │                                          │
 *   returned ─submit→ submitted                                   ├─council_approve→ council_approved ─decide→ decided
 *                                                                 ├─council_reject→ council_rejected       └─forward→ forwarded
 *                                                                 └─decide→ decided (simplified procedure, §7.4)
 *   not_eligible (with a reason) from submitted, in_appraisal, appraised, in_consultation;
 *   withdrawn (by the proposing unit) from draft, returned, submitted, in_appraisal, appraised.
 *
 * `forwarded`: a form the province cannot decide (authority = Prime Minister or President: Bằng khen Thủ
 * tướng, orders, CSTĐ toàn quốc, Cờ thi đua Chính phủ…) leaves the provincial round as the province's own
 * submission upward; the new dossier (in a central-level round) carries `forwarded_from_id`.
 */

import { catalogueEntry } from '../awards/catalogue';
import type { Transition } from './round';

export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'in_appraisal',
  'appraised',
  'not_eligible',
  'withdrawn',
  'in_consultation',
  'council_approved',
  'council_rejected',
  'forwarded',
  'decided',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];
export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã nộp',
  returned: 'Trả lại để bổ sung',
  in_appraisal: 'Đang thẩm định',
  appraised: 'Đã thẩm định, đủ điều kiện',
  not_eligible: 'Không đủ điều kiện',
  withdrawn: 'Đã rút',
  in_consultation: 'Đang lấy ý kiến công khai',
  council_approved: 'Hội đồng đề nghị khen thưởng',
  council_rejected: 'Hội đồng không đề nghị',
  forwarded: 'Đã trình cấp trên',
  decided: 'Đã có quyết định khen thưởng',
};

export const DOSSIER_ACTIONS = [
  'submit',
  'return',
  'receive',
  'approve',
  'mark_not_eligible',
  'withdraw',
  'open_consultation',
  'close_consultation',
  'council_approve',
  'council_reject',
  'forward',
  'decide',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];
export const DOSSIER_ACTION_LABELS: Record<DossierAction, string> = {
  submit: 'Nộp hồ sơ',
  return: 'Trả lại hồ sơ',
  receive: 'Tiếp nhận hồ sơ đầy đủ',
  approve: 'Thẩm định đạt',
  mark_not_eligible: 'Kết luận không đủ điều kiện',
  withdraw: 'Rút hồ sơ',
  open_consultation: 'Mở lấy ý kiến công khai',
  close_consultation: 'Kết thúc lấy ý kiến công khai',
  council_approve: 'Ghi kết quả Hội đồng: đề nghị khen thưởng',
  council_reject: 'Ghi kết quả Hội đồng: không đề nghị',
  forward: 'Trình cấp trên',
  decide: 'Ghi nhận quyết định khen thưởng',
};

/** The transition table: from → action → to. Anything not listed is illegal (409 INVALID_TRANSITION). */
export const DOSSIER_TRANSITIONS: Readonly<
  Record<DossierStatus, Partial<Record<DossierAction, DossierStatus>>>
> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  returned: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: {
    receive: 'in_appraisal',
    return: 'returned',
    mark_not_eligible: 'not_eligible',
    withdraw: 'withdrawn',
  },
  in_appraisal: {
    approve: 'appraised',
    return: 'returned',
    mark_not_eligible: 'not_eligible',
    withdraw: 'withdrawn',
  },
  appraised: {
    open_consultation: 'in_consultation',
    council_approve: 'council_approved',
    council_reject: 'council_rejected',
    return: 'returned',
    mark_not_eligible: 'not_eligible',
    withdraw: 'withdrawn',
    decide: 'decided',
  },
  in_consultation: { close_consultation: 'appraised', mark_not_eligible: 'not_eligible' },
  council_approved: { decide: 'decided', forward: 'forwarded' },
  council_rejected: {},
  not_eligible: {},
  withdrawn: {},
  forwarded: {},
  decided: {},
};

/** Actions that must carry a reason (kept on the dossier and in the audit row). */
export const DOSSIER_ACTIONS_WITH_REASON: readonly DossierAction[] = ['return', 'mark_not_eligible'];

/** Actions the proposing unit takes (`nominations.propose`); the others belong to the board and council. */
export const PROPOSER_ACTIONS: readonly DossierAction[] = ['submit', 'withdraw'];

/** Where `action` takes a dossier in `status`, or a Vietnamese message saying why it cannot. */
export function dossierTransition(status: DossierStatus, action: DossierAction): Transition<DossierStatus> {
  const to = DOSSIER_TRANSITIONS[status]?.[action];
  if (to) return { ok: true, to };
  return {
    ok: false,
    message: `Không thể "${DOSSIER_ACTION_LABELS[action]?.toLowerCase() ?? action}" khi hồ sơ ở trạng thái "${DOSSIER_STATUS_LABELS[status] ?? status}"`,
  };
}

/** `transition(state, action)`: the generic name other modules use. */
export const transition = dossierTransition;

/** The proposing unit may edit the report, checklist and attachments only in these states (submit locks). */
export function dossierEditable(status: DossierStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** No action leads anywhere from these. */
export function dossierFinal(status: DossierStatus): boolean {
  return Object.keys(DOSSIER_TRANSITIONS[status]).length === 0;
}

/** Still in the round's running list (counted for batch checks such as ratios and duplicates). */
export function dossierActive(status: DossierStatus): boolean {
  return status !== 'withdrawn' && status !== 'not_eligible' && status !== 'council_rejected';
}

/**
 * The title or form is decided only at central level (Prime Minister or President, law-reference §1.3):
 * a province's round cannot decide it, it forwards the dossier upward (Law Điều 84; QĐ 311/QĐ-BNV 2025).
 */
export function requiresCentralDecision(awardCode: string): boolean {
  const entry = catalogueEntry(awardCode);
  if (!entry) return false;
  return entry.authorities.every((a) => a === 'president' || a === 'prime_minister');
}

export type Check = { ok: true } | { ok: false; message: string };

/**
 * Guards beyond the table: a round below central level cannot record a decision for a central form (it
 * forwards it), and only central forms are forwarded.
 */
export function checkDecisionLevel(
  action: 'decide' | 'forward',
  awardCode: string,
  roundLevel: string,
): Check {
  const central = requiresCentralDecision(awardCode);
  if (action === 'decide' && central && roundLevel !== 'central')
    return {
      ok: false,
      message:
        'Hình thức này do Thủ tướng Chính phủ hoặc Chủ tịch nước quyết định: hãy trình cấp trên thay vì ghi quyết định tại đợt này',
    };
  if (action === 'forward' && !central)
    return {
      ok: false,
      message: 'Hình thức này thuộc thẩm quyền quyết định của cấp này, không cần trình cấp trên',
    };
  if (action === 'forward' && roundLevel === 'central')
    return { ok: false, message: 'Hồ sơ trong đợt cấp trung ương không trình tiếp lên cấp trên' };
  return { ok: true };
}

/**
 * The actions the state machine opens on a dossier in `status`, less the level guards above: a central form
 * in a round below central level is forwarded, not decided; only central forms are forwarded, and never
 * from a central round. Who may take each one is the server's (permissions).
 */
export function dossierActions(
  status: DossierStatus,
  awardCode: string,
  roundLevel: string,
): DossierAction[] {
  return (Object.keys(DOSSIER_TRANSITIONS[status]) as DossierAction[]).filter(
    (a) => (a !== 'decide' && a !== 'forward') || checkDecisionLevel(a, awardCode, roundLevel).ok,
  );
}
