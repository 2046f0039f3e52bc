/**
 * A generic secret ballot (bỏ phiếu kín): used by the emulation & commendation council (law-reference §4.3,
 * ND 98/2023 Điều 30 k7 — per candidate: agree / disagree / propose a lower form) and by the emulation bloc
 * leader vote (law-reference §8, representatives of the member units pick one unit). Pure data and functions:
 * no I/O, no clock.
 *
 * draft (voters and candidates fixed) → open (members vote, each once) → closed (the tally becomes visible).
 * A closed first-round ballot may lead to a second round for the candidates still undecided; there is never a
 * third round (law-reference §4.3: "at most 2 ballot rounds per selection; if still undecided, the competent
 * head decides" [L] S31).
 */

/** Who runs the ballot: a council session, or an emulation bloc electing its head (law-reference §8.2). */
export const BALLOT_KINDS = ['council', 'bloc_leader'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

export const BALLOT_STATUSES = ['draft', 'open', 'closed'] as const;
export type BallotStatus = (typeof BALLOT_STATUSES)[number];
export const BALLOT_STATUS_LABELS: Record<BallotStatus, string> = {
  draft: 'Chưa mở',
  open: 'Đang bỏ phiếu',
  closed: 'Đã kết thúc',
};

export const BALLOT_ACTIONS = ['open', 'vote', 'close', 'tally', 'start_round_2'] as const;
export type BallotAction = (typeof BALLOT_ACTIONS)[number];
export const BALLOT_ACTION_LABELS: Record<BallotAction, string> = {
  open: 'Mở bỏ phiếu',
  vote: 'Bỏ phiếu',
  close: 'Kết thúc bỏ phiếu',
  tally: 'Xem kết quả kiểm phiếu',
  start_round_2: 'Bỏ phiếu vòng 2',
};

/** At most two rounds per selection (law-reference §4.3, [L] S31). */
export const MAX_ROUNDS = 2;

/** The transition table: from → action → to. Anything not listed is illegal. */
export const BALLOT_TRANSITIONS: Readonly<Record<BallotStatus, Partial<Record<BallotAction, BallotStatus>>>> =
  {
    draft: { open: 'open' },
    open: { vote: 'open', close: 'closed' },
    closed: { tally: 'closed', start_round_2: 'closed' },
  };

export type Transition<S> = { ok: true; to: S } | { ok: false; message: string };

/**
 * Where `action` takes a ballot in `status` during `round`, or a Vietnamese message saying why it cannot:
 * votes only while open, the tally only once closed (never a running count), round 2 only after round 1.
 */
export function ballotTransition(
  status: BallotStatus,
  action: BallotAction,
  round = 1,
): Transition<BallotStatus> {
  const to = BALLOT_TRANSITIONS[status]?.[action];
  const label = BALLOT_ACTION_LABELS[action]?.toLowerCase() ?? action;
  if (action === 'start_round_2' && to && round >= MAX_ROUNDS)
    return {
      ok: false,
      message: `Mỗi lần xét chỉ bỏ phiếu tối đa ${MAX_ROUNDS} vòng; trường hợp vẫn chưa xác định được, người đứng đầu có thẩm quyền quyết định`,
    };
  if (to) return { ok: true, to };
  return {
    ok: false,
    message: `Không thể "${label}" khi cuộc bỏ phiếu ở trạng thái "${BALLOT_STATUS_LABELS[status] ?? status}"`,
  };
}

// ── Choice sets ────────────────────────────────────────────────────────────────────────────────────────

/** The council's options per candidate (law-reference §4.3): agree, disagree, propose a lower form. */
export const COUNCIL_OPTIONS = ['agree', 'disagree', 'lower_form'] as const;
/** Every option any ballot may use; `invalid` is only for a written paper the secretary finds invalid. */
export const BALLOT_OPTIONS = ['agree', 'disagree', 'lower_form', 'selected', 'invalid'] as const;
export type BallotOption = (typeof BALLOT_OPTIONS)[number];
export const BALLOT_OPTION_LABELS: Record<BallotOption, string> = {
  agree: 'Đồng ý',
  disagree: 'Không đồng ý',
  lower_form: 'Đề nghị hình thức thấp hơn',
  selected: 'Chọn',
  invalid: 'Phiếu không hợp lệ',
};

export const BALLOT_MODES = ['per_candidate', 'pick'] as const;
export type BallotMode = (typeof BALLOT_MODES)[number];

/**
 * What a voter may mark. `per_candidate`: one option of `options` for every candidate (the council: agree /
 * disagree / lower form; a bloc vote may use agree / disagree). `pick`: choose between 1 and `maxPicks`
 * candidates (the bloc leader vote: one unit among the members).
 */
export type ChoiceSet =
  | { mode: 'per_candidate'; options: readonly Exclude<BallotOption, 'selected' | 'invalid'>[] }
  | { mode: 'pick'; maxPicks: number };

export const COUNCIL_CHOICES: ChoiceSet = { mode: 'per_candidate', options: COUNCIL_OPTIONS };

/** Whether a choice set is well formed (options known and distinct, at least two; 1 ≤ maxPicks). */
export function checkChoiceSet(
  set: ChoiceSet,
  candidateCount: number,
): { ok: true } | { ok: false; message: string } {
  if (set.mode === 'per_candidate') {
    const allowed = new Set<string>(['agree', 'disagree', 'lower_form']);
    if (set.options.length < 2 || new Set(set.options).size !== set.options.length)
      return { ok: false, message: 'Phiếu phải có ít nhất hai phương án khác nhau' };
    if (!set.options.every((o) => allowed.has(o)))
      return { ok: false, message: 'Phương án bỏ phiếu không hợp lệ' };
    if (!set.options.includes('agree')) return { ok: false, message: 'Phiếu phải có phương án "Đồng ý"' };
    return { ok: true };
  }
  if (!Number.isInteger(set.maxPicks) || set.maxPicks < 1 || set.maxPicks > candidateCount)
    return { ok: false, message: 'Số lựa chọn tối đa phải từ 1 đến số ứng viên' };
  return { ok: true };
}

/** A voter's paper: candidate id → option (in `pick` mode only the picked candidates, marked `selected`). */
export type Paper = Readonly<Record<string, string>>;

export type PaperCheck =
  { ok: true; marks: { candidateId: string; option: BallotOption }[] } | { ok: false; message: string };

/**
 * Checks one paper against the ballot and returns the marks to store, one per candidate. `per_candidate`:
 * every candidate marked with one allowed option, nothing else. `pick`: between 1 and maxPicks candidates
 * marked `selected`; the others are stored as not selected (`disagree`) so every paper adds one mark per
 * candidate and papers cannot be told apart by their number of marks. `invalid` (a written paper the
 * secretary rules invalid) marks every candidate invalid.
 */
export function checkPaper(
  set: ChoiceSet,
  candidateIds: readonly string[],
  paper: Paper | 'invalid',
): PaperCheck {
  if (paper === 'invalid')
    return { ok: true, marks: candidateIds.map((candidateId) => ({ candidateId, option: 'invalid' })) };
  const known = new Set(candidateIds);
  const keys = Object.keys(paper);
  const stranger = keys.find((k) => !known.has(k));
  if (stranger) return { ok: false, message: 'Phiếu có ứng viên không thuộc cuộc bỏ phiếu này' };
  if (set.mode === 'per_candidate') {
    const missing = candidateIds.filter((c) => !(c in paper));
    if (missing.length > 0)
      return { ok: false, message: `Phiếu còn ${missing.length} ứng viên chưa chọn phương án` };
    const allowed = new Set<string>(set.options);
    const bad = keys.find((k) => !allowed.has(paper[k] ?? ''));
    if (bad) return { ok: false, message: 'Phương án đã chọn không thuộc phiếu này' };
    return {
      ok: true,
      marks: candidateIds.map((candidateId) => ({ candidateId, option: paper[candidateId] as BallotOption })),
    };
  }
  if (keys.some((k) => paper[k] !== 'selected'))
    return { ok: false, message: 'Phiếu chỉ được đánh dấu "Chọn" cho ứng viên' };
  if (keys.length < 1) return { ok: false, message: 'Phiếu phải chọn ít nhất một ứng viên' };
  if (keys.length > set.maxPicks)
    return { ok: false, message: `Phiếu chỉ được chọn tối đa ${set.maxPicks} ứng viên` };
  return {
    ok: true,
    marks: candidateIds.map((candidateId) => ({
      candidateId,
      option: candidateId in paper ? 'selected' : 'disagree',
    })),
  };
}
