/**
 * Award rounds (đợt khen thưởng) — the frame in which units propose dossiers: a commendation type (Law Điều 8,
 * law-reference §6), a level, a year or period, deadlines per step (law-reference §7.2) and a small state
 * machine. Pure data and functions: no I/O, no clock.
 *
 * draft (being prepared) → open (units propose) → closed (proposals stop, the board appraises, the council
 * votes) → decided (the decision is issued). A closed round may be reopened while nothing is decided.
 */

/** The level of the body that organises the round (who decides the forms it collects). */
export const ROUND_LEVELS = ['commune', 'agency', 'province', 'central'] as const;
export type RoundLevel = (typeof ROUND_LEVELS)[number];
export const ROUND_LEVEL_LABELS: Record<RoundLevel, string> = {
  commune: 'Cấp xã',
  agency: 'Cơ quan, đơn vị',
  province: 'Cấp tỉnh',
  central: 'Trung ương (trình Thủ tướng Chính phủ, Chủ tịch nước)',
};

export const ROUND_STATUSES = ['draft', 'open', 'closed', 'decided'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  draft: 'Đang chuẩn bị',
  open: 'Đang nhận hồ sơ',
  closed: 'Đã khoá nhận hồ sơ',
  decided: 'Đã có quyết định',
};

export const ROUND_ACTIONS = ['open', 'close', 'reopen', 'decide'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];
export const ROUND_ACTION_LABELS: Record<RoundAction, string> = {
  open: 'Mở nhận hồ sơ',
  close: 'Khoá nhận hồ sơ',
  reopen: 'Mở lại nhận hồ sơ',
  decide: 'Ghi nhận đã có quyết định',
};

/** The steps with a deadline (law-reference §7.2: proposal, appraisal, council, decision). */
export const ROUND_DEADLINE_STEPS = ['proposal', 'appraisal', 'council', 'decision'] as const;
export type RoundDeadlineStep = (typeof ROUND_DEADLINE_STEPS)[number];
export const ROUND_DEADLINE_LABELS: Record<RoundDeadlineStep, string> = {
  proposal: 'Hạn nộp hồ sơ đề nghị',
  appraisal: 'Hạn thẩm định',
  council: 'Hạn họp Hội đồng',
  decision: 'Hạn ban hành quyết định',
};

/** The transition table: from → action → to. Anything not listed is illegal. */
export const ROUND_TRANSITIONS: Readonly<Record<RoundStatus, Partial<Record<RoundAction, RoundStatus>>>> = {
  draft: { open: 'open' },
  open: { close: 'closed' },
  closed: { reopen: 'open', decide: 'decided' },
  decided: {},
};

export type Transition<S> = { ok: true; to: S } | { ok: false; message: string };

/** Where `action` takes a round in `status`, or a Vietnamese message saying why it cannot. */
export function roundTransition(status: RoundStatus, action: RoundAction): Transition<RoundStatus> {
  const to = ROUND_TRANSITIONS[status]?.[action];
  if (to) return { ok: true, to };
  return {
    ok: false,
    message: `Không thể "${ROUND_ACTION_LABELS[action]?.toLowerCase() ?? action}" khi đợt khen thưởng ở trạng thái "${ROUND_STATUS_LABELS[status] ?? status}"`,
  };
}

/** Units may add or change dossiers only while the round is open. */
export function roundAcceptsProposals(status: RoundStatus): boolean {
  return status === 'open';
}

/** Round details (name, type, deadlines, units) may change until a decision closes it. */
export function roundEditable(status: RoundStatus): boolean {
  return status !== 'decided';
}

export type DeadlineCheck = { ok: true } | { ok: false; message: string };

/**
 * Deadlines (ISO dates, any may be missing) follow the order of the steps: proposal ≤ appraisal ≤ council ≤
 * decision.
 */
export function checkDeadlineOrder(
  deadlines: Partial<Record<RoundDeadlineStep, string | null>>,
): DeadlineCheck {
  let prev: { step: RoundDeadlineStep; date: string } | null = null;
  for (const step of ROUND_DEADLINE_STEPS) {
    const date = deadlines[step];
    if (!date) continue;
    if (prev && date < prev.date)
      return {
        ok: false,
        message: `${ROUND_DEADLINE_LABELS[step]} (${dmy(date)}) không được trước ${ROUND_DEADLINE_LABELS[prev.step].toLowerCase()} (${dmy(prev.date)})`,
      };
    prev = { step, date };
  }
  return { ok: true };
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
