/**
 * Quorum, counting and second rounds of a secret ballot — law-reference §4.2 (quorum), §4.3 (thresholds of
 * TOTAL members, at most two rounds), §7.3 (the counting minutes: issued / returned / valid / invalid, votes
 * per candidate, % of total members). Pure functions: no I/O, no clock.
 */
import { ballotOutcome } from '../awards/council';
import { type BallotMode, type BallotOption, MAX_ROUNDS } from './ballot';

// ── Quorum ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The quorum rule of a council session, in % of total members present (absent members' written opinions
 * do not count towards it). Defaults: ≥80% for sessions deciding awards (Bắc Ninh QĐ 86/2025, [L] S30);
 * `null` = the general rule ≥2/3 of members ([L] S30, S31). Local rules: a tenant sets its own.
 */
export const AWARD_SESSION_QUORUM_PERCENT = 80;

export interface QuorumCheck {
  met: boolean;
  /** Smallest number of members present that meets the quorum. */
  required: number;
  present: number;
  totalMembers: number;
  message: string;
}

export function quorumCheck(input: {
  totalMembers: number;
  present: number;
  quorumPercent: number | null;
}): { ok: true; value: QuorumCheck } | { ok: false; message: string } {
  const { totalMembers, present, quorumPercent } = input;
  if (!Number.isInteger(totalMembers) || totalMembers < 1)
    return { ok: false, message: 'Tổng số thành viên Hội đồng phải là số nguyên dương.' };
  if (!Number.isInteger(present) || present < 0 || present > totalMembers)
    return { ok: false, message: 'Số thành viên có mặt phải từ 0 đến tổng số thành viên.' };
  if (
    quorumPercent !== null &&
    (!Number.isInteger(quorumPercent) || quorumPercent < 1 || quorumPercent > 100)
  )
    return { ok: false, message: 'Tỷ lệ có mặt tối thiểu phải là số nguyên từ 1 đến 100 (%).' };
  const [num, den, label] =
    quorumPercent === null ? [2, 3, '2/3'] : [quorumPercent, 100, `${quorumPercent}%`];
  const required = Math.ceil((num * totalMembers) / den);
  const met = present * den >= num * totalMembers;
  return {
    ok: true,
    value: {
      met,
      required,
      present,
      totalMembers,
      message: met
        ? `Đủ điều kiện: ${present}/${totalMembers} thành viên có mặt (yêu cầu từ ${label}, tối thiểu ${required} thành viên).`
        : `Chưa đủ điều kiện: ${present}/${totalMembers} thành viên có mặt, yêu cầu từ ${label} tổng số thành viên (tối thiểu ${required}).`,
    },
  };
}

// ── Counting ───────────────────────────────────────────────────────────────────────────────────────────

export interface TallyCandidate {
  id: string;
  /** % of total voters required; null = more than half of total voters (simple majority). */
  thresholdPercent: number | null;
}

/** Aggregated marks: how many papers gave `option` to `candidateId` (never who). */
export interface MarkCount {
  candidateId: string;
  option: BallotOption;
  count: number;
}

export type CandidateVerdict = 'passed' | 'failed' | 'undecided';

export interface CandidateTally {
  candidateId: string;
  counts: Record<BallotOption, number>;
  /** Votes for the candidate: `agree` (per candidate) or `selected` (pick). */
  votesFor: number;
  /** % of total voters (never of ballots cast), one decimal. */
  percentOfTotal: number;
  requiredVotes: number;
  verdict: CandidateVerdict;
  message: string;
}

export interface Tally {
  totalVoters: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  candidates: CandidateTally[];
}

const emptyCounts = (): Record<BallotOption, number> => ({
  agree: 0,
  disagree: 0,
  lower_form: 0,
  selected: 0,
  invalid: 0,
});

function reaches(votesFor: number, total: number, threshold: number | null) {
  if (threshold === null) {
    const required = Math.floor(total / 2) + 1;
    return { passed: votesFor >= required, required, label: 'quá nửa' };
  }
  const r = ballotOutcome({ votesFor, totalMembers: total, thresholdPercent: threshold });
  if (!r.ok) throw new RangeError(r.message);
  return { passed: r.value.passed, required: r.value.requiredVotes, label: `từ ${threshold}%` };
}

/**
 * Counts a closed ballot. `totalVoters` is the denominator (all members of the council per its founding
 * decision, law-reference §4.3), `issued` the papers handed out (members on the ballot), `returned` the
 * papers cast (in person or in writing) and `invalidPapers` those ruled invalid. Per candidate: passed when
 * its votes reach its threshold of TOTAL voters. In `pick` mode the top `maxPicks` candidates that reach
 * their threshold win; a tie at the boundary leaves the tied candidates undecided (a second round, or the
 * competent head, decides); when nobody reaches it, the two best placed (with ties) are undecided.
 */
export function tallyBallot(input: {
  mode: BallotMode;
  maxPicks?: number;
  totalVoters: number;
  issued: number;
  returned: number;
  invalidPapers: number;
  candidates: readonly TallyCandidate[];
  marks: readonly MarkCount[];
}): Tally {
  const { totalVoters, candidates } = input;
  const counts = new Map(candidates.map((c) => [c.id, emptyCounts()]));
  for (const m of input.marks) {
    const c = counts.get(m.candidateId);
    if (c) c[m.option] += m.count;
  }
  const rows = candidates.map((c) => {
    const cc = counts.get(c.id) ?? emptyCounts();
    const votesFor = input.mode === 'pick' ? cc.selected : cc.agree;
    const reach = reaches(votesFor, totalVoters, c.thresholdPercent);
    return { c, cc, votesFor, reach };
  });
  const verdicts = new Map<string, CandidateVerdict>();
  if (input.mode === 'per_candidate') {
    for (const r of rows) verdicts.set(r.c.id, r.reach.passed ? 'passed' : 'failed');
  } else {
    const seats = input.maxPicks ?? 1;
    const qualified = rows.filter((r) => r.reach.passed).sort((a, b) => b.votesFor - a.votesFor);
    for (const r of rows) verdicts.set(r.c.id, 'failed');
    if (qualified.length === 0) {
      // Nobody reached the threshold: the two best-placed (with ties) go to a second round.
      const distinct = [...new Set(rows.map((r) => r.votesFor).filter((v) => v > 0))].sort((a, b) => b - a);
      const floor = distinct[Math.min(1, distinct.length - 1)];
      if (floor !== undefined)
        for (const r of rows) if (r.votesFor >= floor) verdicts.set(r.c.id, 'undecided');
    } else if (qualified.length <= seats) for (const r of qualified) verdicts.set(r.c.id, 'passed');
    else {
      const boundary = qualified[seats - 1]!.votesFor;
      const above = qualified.filter((r) => r.votesFor > boundary);
      const tied = qualified.filter((r) => r.votesFor === boundary);
      for (const r of above) verdicts.set(r.c.id, 'passed');
      if (above.length + tied.length <= seats) for (const r of tied) verdicts.set(r.c.id, 'passed');
      else for (const r of tied) verdicts.set(r.c.id, 'undecided');
    }
  }
  return {
    totalVoters,
    issued: input.issued,
    returned: input.returned,
    valid: input.returned - input.invalidPapers,
    invalid: input.invalidPapers,
    candidates: rows.map(({ c, cc, votesFor, reach }) => {
      const percentOfTotal = Math.round((votesFor * 1000) / totalVoters) / 10;
      const verdict = verdicts.get(c.id) ?? 'failed';
      const pct = percentOfTotal.toLocaleString('vi-VN');
      const head =
        verdict === 'passed' ? 'Đạt' : verdict === 'undecided' ? 'Chưa xác định (bằng phiếu)' : 'Không đạt';
      return {
        candidateId: c.id,
        counts: cc,
        votesFor,
        percentOfTotal,
        requiredVotes: reach.required,
        verdict,
        message: `${head}: ${votesFor}/${totalVoters} phiếu (${pct}% tổng số), yêu cầu ${reach.label} tổng số (${reach.required} phiếu).`,
      };
    }),
  };
}

/**
 * The candidates a second round may take up after `round` (law-reference §4.3, at most two rounds): none
 * after round 2; in `pick` mode the undecided (tied) candidates; per candidate those that did not pass.
 */
export function roundTwoCandidates(round: number, tally: Tally, mode: BallotMode): string[] {
  if (round >= MAX_ROUNDS) return [];
  const wanted: CandidateVerdict = mode === 'pick' ? 'undecided' : 'failed';
  return tally.candidates.filter((c) => c.verdict === wanted).map((c) => c.candidateId);
}
