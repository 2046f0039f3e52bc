/**
 * Commendation decisions (quyết định khen thưởng): the state machine, the fund the money comes from and the
 * annex money. The printed wording is in decision-wording.ts. Pure: no I/O, no clock.
 *
 * draft (being prepared, items editable) → issued (signed: number assigned, awards written into the ledger)
 * → revoked (Law Điều 93 k2, k8: the awarding authority cancels the decision; insignia and money are
 * recovered). A draft that will not be signed is cancelled. Nothing leaves revoked or cancelled.
 */
import { computeRewardMoney, type MoneyError } from '../awards/money';
import type { RoundingMode } from '../awards/settings';
import type { IsoDate, SubjectType } from '../awards/types';
import { vndInWords } from '../text/number-words';
import type { Transition } from './round';

export const DECISION_STATUSES = ['draft', 'issued', 'revoked', 'cancelled'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  revoked: 'Đã huỷ bỏ (thu hồi)',
  cancelled: 'Đã huỷ dự thảo',
};

export const DECISION_ACTIONS = ['issue', 'revoke', 'cancel'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];
export const DECISION_ACTION_LABELS: Record<DecisionAction, string> = {
  issue: 'Ban hành quyết định',
  revoke: 'Huỷ bỏ quyết định khen thưởng',
  cancel: 'Huỷ dự thảo',
};

/** from → action → to; anything not listed is illegal (409 INVALID_TRANSITION). */
export const DECISION_TRANSITIONS: Readonly<
  Record<DecisionStatus, Partial<Record<DecisionAction, DecisionStatus>>>
> = {
  draft: { issue: 'issued', cancel: 'cancelled' },
  // Law Điều 93 k2, k8: the authority that awarded cancels the decision.
  issued: { revoke: 'revoked' },
  revoked: {},
  cancelled: {},
};

/** Where `action` takes a decision in `status`, or a Vietnamese message saying why it cannot. */
export function decisionTransition(
  status: DecisionStatus,
  action: DecisionAction,
): Transition<DecisionStatus> {
  const to = DECISION_TRANSITIONS[status]?.[action];
  if (to) return { ok: true, to };
  return {
    ok: false,
    message: `Không thể "${DECISION_ACTION_LABELS[action]?.toLowerCase() ?? action}" khi quyết định ở trạng thái "${DECISION_STATUS_LABELS[status] ?? status}"`,
  };
}

/** The actions open on a decision in `status` (the buttons a manager sees). */
export function decisionActions(status: DecisionStatus): DecisionAction[] {
  return DECISION_ACTIONS.filter((a) => DECISION_TRANSITIONS[status][a] !== undefined);
}

/** Only a draft's fields and items change; an issued decision is a signed legal document. */
export const decisionEditable = (status: DecisionStatus) => status === 'draft';

/** Issued and revoked decisions are public (the portal list); drafts and cancelled drafts are not. */
export const decisionPublic = (status: DecisionStatus) => status === 'issued' || status === 'revoked';

/**
 * Where the money comes from — law-reference §5.4 (TT 28/2025/TT-BTC): the TĐKT fund (Quỹ thi đua, khen
 * thưởng) of the deciding level; `other` for money from another lawful source named in the decision.
 */
export const DECISION_FUNDS = ['province', 'commune', 'agency', 'central', 'other'] as const;
export type DecisionFund = (typeof DECISION_FUNDS)[number];
export const DECISION_FUND_LABELS: Record<DecisionFund, string> = {
  province: 'Quỹ thi đua, khen thưởng cấp tỉnh',
  commune: 'Quỹ thi đua, khen thưởng cấp xã',
  agency: 'Quỹ thi đua, khen thưởng của cơ quan, đơn vị',
  central: 'Quỹ thi đua, khen thưởng trung ương',
  other: 'Nguồn kinh phí khác',
};

export interface DecisionItemMoneyInput {
  subjectType: SubjectType;
}

export type ItemAmount = { ok: true; amount: number; coefficient: number } | { ok: false; error: MoneyError };

/**
 * The reward money of each item: coefficient × base salary in force on the DECISION date, rounded up to
 * 10,000 VND (ND 152/2025 Điều 49 k1–k2, law-reference §5.1) — computed with `computeRewardMoney`.
 */
export function itemAmounts(
  awardCode: string,
  decisionDate: IsoDate,
  items: readonly DecisionItemMoneyInput[],
  roundingMode?: RoundingMode,
): ItemAmount[] {
  const cache = new Map<SubjectType, ItemAmount>();
  return items.map((item) => {
    let hit = cache.get(item.subjectType);
    if (!hit) {
      const r = computeRewardMoney({ awardCode, subjectType: item.subjectType, decisionDate, roundingMode });
      hit = r.ok
        ? { ok: true, amount: r.value.amount, coefficient: r.value.coefficient }
        : { ok: false, error: r.error };
      cache.set(item.subjectType, hit);
    }
    return hit;
  });
}

/** The total in numbers and in words ("Bảy triệu sáu trăm nghìn đồng"), as printed under the annex. */
export function decisionTotal(amounts: readonly number[]): { total: number; inWords: string } {
  const total = amounts.reduce((a, b) => a + b, 0);
  return { total, inWords: vndInWords(total) };
}

/** 3800000 → "3.800.000" (Vietnamese thousands separator). */
export function formatVnd(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** dd/mm/yyyy. */
export const dmy = (iso: IsoDate) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
