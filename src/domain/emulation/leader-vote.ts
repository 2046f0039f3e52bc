/**
 * The leader vote (suy tôn đơn vị dẫn đầu) of an emulation bloc's year — law-reference §8.2 ("Year end":
 * secret ballot among the members to rank them; the top unit is proposed for Cờ thi đua bộ/tỉnh, others
 * may be proposed for Bằng khen) and §4.3 (the Cờ thi đua bộ/tỉnh threshold, ≥80% of the TOTAL voters,
 * ND 98/2023 Điều 30 k7 [V historic], a configurable default; at most two ballot rounds, then the bloc's
 * head and deputy decide, preferring the more outstanding candidate [L] S31).
 *
 * Voters are the member units of the bloc-year, one representative each; candidates are the member units.
 * Each ballot names one candidate (or none: a blank ballot). Pure: the server loads the tallies.
 */
import { ballotRule } from '../awards/council';
import { RULE_SETS } from '../awards/rule-sets';
import type { AwardCode } from '../awards/catalogue';
import type { RuleSetId } from '../awards/types';

/** The flag proposed for the leading unit and the certificate proposed for the next units (catalogue codes). */
export const LEADER_AWARD_CODE = 'co_thi_dua_bo_tinh' satisfies AwardCode;
export const RUNNER_UP_AWARD_CODE = 'bang_khen_bo_tinh' satisfies AwardCode;

/**
 * round1 / round2: that round's ballot is open. decided: the leading unit is known. undecided: two rounds
 * without a unit reaching the threshold — the head and deputy decide (§4.3 [L] S31).
 */
export const LEADER_VOTE_STATUSES = ['round1', 'round2', 'undecided', 'decided'] as const;
export type LeaderVoteStatus = (typeof LEADER_VOTE_STATUSES)[number];
export const LEADER_VOTE_STATUS_LABELS: Record<LeaderVoteStatus, string> = {
  round1: 'Đang bỏ phiếu vòng 1',
  round2: 'Đang bỏ phiếu vòng 2',
  undecided: 'Chưa có đơn vị đạt tỷ lệ sau hai vòng: Trưởng khối, Phó khối quyết định',
  decided: 'Đã có đơn vị dẫn đầu',
};

const TRANSITIONS: Record<LeaderVoteStatus, readonly LeaderVoteStatus[]> = {
  round1: ['decided', 'round2'],
  round2: ['decided', 'undecided'],
  undecided: ['decided'],
  decided: [],
};

export const canTransition = (from: LeaderVoteStatus, to: LeaderVoteStatus) => TRANSITIONS[from].includes(to);

export const DECIDED_BY = ['vote', 'head_deputy'] as const;
export type DecidedBy = (typeof DECIDED_BY)[number];

/** Default number of units after the leader proposed for Bằng khen [L] (provinces set it; configuration). */
export const DEFAULT_RUNNER_UP_COUNT = 2;

export interface LeaderVoteSettings {
  /** % of the TOTAL voters (member units), integer 1–100. */
  thresholdPercent: number;
  /** Ballot rounds at most (2 by the rule set). */
  maxRounds: number;
  /** Units after the leader proposed for Bằng khen, 0 or more. */
  runnerUpCount: number;
}

export interface LeaderVoteDefaults extends LeaderVoteSettings {
  citation: string;
  source: 'rule_set' | 'tenant';
}

/**
 * The defaults of a vote: the Cờ thi đua bộ/tỉnh threshold of the rule set (§4.3, 80%) or the tenant's
 * override, the rule set's maximum of ballot rounds (2), `DEFAULT_RUNNER_UP_COUNT` certificates.
 * Years before the first rule set (2024) use the earliest, whose values ND 91/2017 already had.
 */
export function leaderVoteDefaults(
  ruleSetId: RuleSetId | null,
  overrides?: Partial<Record<AwardCode, number>>,
): LeaderVoteDefaults {
  const id = ruleSetId ?? 'RS_2024';
  const rule = ballotRule(LEADER_AWARD_CODE, id, overrides);
  return {
    thresholdPercent: rule.thresholdPercent ?? 80,
    maxRounds: RULE_SETS[id].council.maxBallotRounds,
    runnerUpCount: DEFAULT_RUNNER_UP_COUNT,
    citation: rule.citation,
    source: rule.source === 'tenant' ? 'tenant' : 'rule_set',
  };
}

export type Check = { ok: true } | { ok: false; reason: string };
const ok: Check = { ok: true };
const fail = (reason: string): Check => ({ ok: false, reason });

/** Settings must make sense for a bloc of `memberCount` units. */
export function checkSettings(settings: LeaderVoteSettings, memberCount: number): Check {
  const { thresholdPercent, maxRounds, runnerUpCount } = settings;
  if (memberCount < 2) return fail('Khối cần ít nhất hai đơn vị thành viên để bỏ phiếu suy tôn');
  if (!Number.isInteger(thresholdPercent) || thresholdPercent < 1 || thresholdPercent > 100)
    return fail('Tỷ lệ phiếu yêu cầu phải là số nguyên từ 1 đến 100 (%)');
  if (maxRounds !== 1 && maxRounds !== 2) return fail('Số vòng bỏ phiếu tối đa là 1 hoặc 2');
  if (!Number.isInteger(runnerUpCount) || runnerUpCount < 0 || runnerUpCount > memberCount - 1)
    return fail(`Số đơn vị đề nghị Bằng khen phải là số nguyên từ 0 đến ${memberCount - 1}`);
  return ok;
}

export interface Representative {
  unitId: string;
  userId: string;
}

/** One representative per member unit, every member represented, and one person represents one unit. */
export function checkRepresentatives(members: readonly string[], reps: readonly Representative[]): Check {
  const memberSet = new Set(members);
  const units = new Set<string>();
  const users = new Set<string>();
  for (const r of reps) {
    if (!memberSet.has(r.unitId))
      return fail('Người đại diện phải thuộc đơn vị thành viên của khối trong năm');
    if (units.has(r.unitId)) return fail('Mỗi đơn vị thành viên chỉ có một người đại diện bỏ phiếu');
    if (users.has(r.userId)) return fail('Một người chỉ đại diện cho một đơn vị thành viên');
    units.add(r.unitId);
    users.add(r.userId);
  }
  if (units.size !== memberSet.size) return fail('Mỗi đơn vị thành viên phải có một người đại diện bỏ phiếu');
  return ok;
}

/** The counted ballots of one round. */
export interface RoundTally {
  round: 1 | 2;
  /** The round's candidates in the bloc's member order. */
  candidates: readonly string[];
  /** Votes per candidate (missing = 0). */
  votes: Readonly<Record<string, number>>;
  /** Denominator: every voter of the round (all member units), voted or not (§4.3 "total members"). */
  totalVoters: number;
  /** Ballots returned (including blank ones). */
  ballotsCast: number;
}

export type RoundOutcome =
  | {
      kind: 'elected';
      leaderUnitId: string;
      votes: number;
      requiredVotes: number;
      percentOfTotal: number;
      message: string;
    }
  | { kind: 'second_round' | 'undecided'; candidates: string[]; requiredVotes: number; message: string };

const votesOf = (tally: RoundTally, unitId: string) => tally.votes[unitId] ?? 0;
const percentOf = (votes: number, total: number) => Math.round((votes * 1000) / total) / 10;
const pct = (n: number) => n.toLocaleString('vi-VN');

/** The candidates by votes, most first, ties in the round's (member) order. */
export function byVotes(tally: RoundTally): string[] {
  return [...tally.candidates].sort((a, b) => votesOf(tally, b) - votesOf(tally, a));
}

/**
 * Who goes to the second round: when two or more share the most votes, all of them; otherwise the first
 * and every candidate sharing the second-highest count.
 */
export function leadingCandidates(tally: RoundTally): string[] {
  const sorted = byVotes(tally);
  const top = votesOf(tally, sorted[0]!);
  const atTop = sorted.filter((c) => votesOf(tally, c) === top);
  if (atTop.length >= 2) return atTop;
  const second = sorted[1] === undefined ? null : votesOf(tally, sorted[1]);
  return second === null ? atTop : sorted.filter((c) => votesOf(tally, c) >= second);
}

/**
 * Judges a closed round: a single candidate with the most votes reaching `thresholdPercent` of the total
 * voters is elected (integer arithmetic, ≥: 4 of 5 at 80% passes). Otherwise a second round between the
 * leading candidates, or — after the last round — undecided (the head and deputy decide among the round's
 * candidates, §4.3 [L]).
 */
export function judgeRound(tally: RoundTally, settings: LeaderVoteSettings): RoundOutcome {
  const { thresholdPercent, maxRounds } = settings;
  const requiredVotes = Math.ceil((thresholdPercent * tally.totalVoters) / 100);
  const sorted = byVotes(tally);
  const leader = sorted[0]!;
  const votes = votesOf(tally, leader);
  const tied = sorted.filter((c) => votesOf(tally, c) === votes).length > 1;
  const percentOfTotal = percentOf(votes, tally.totalVoters);
  if (!tied && votes > 0 && votes * 100 >= thresholdPercent * tally.totalVoters)
    return {
      kind: 'elected',
      leaderUnitId: leader,
      votes,
      requiredVotes,
      percentOfTotal,
      message: `Vòng ${tally.round}: đơn vị dẫn đầu đạt ${votes}/${tally.totalVoters} phiếu (${pct(percentOfTotal)}%), yêu cầu từ ${thresholdPercent}% tổng số đơn vị bỏ phiếu (${requiredVotes} phiếu).`,
    };
  const why = tied
    ? `có ${sorted.filter((c) => votesOf(tally, c) === votes).length} đơn vị cùng ${votes} phiếu cao nhất`
    : `phiếu cao nhất ${votes}/${tally.totalVoters} (${pct(percentOfTotal)}%) chưa đạt ${thresholdPercent}% (${requiredVotes} phiếu)`;
  if (tally.round < maxRounds)
    return {
      kind: 'second_round',
      candidates: leadingCandidates(tally),
      requiredVotes,
      message: `Vòng ${tally.round}: ${why}; bỏ phiếu vòng 2 giữa các đơn vị dẫn đầu.`,
    };
  return {
    kind: 'undecided',
    candidates: [...sorted],
    requiredVotes,
    message: `Vòng ${tally.round}: ${why}; đã hết số vòng bỏ phiếu, Trưởng khối và Phó khối quyết định, ưu tiên đơn vị tiêu biểu hơn.`,
  };
}

/** The head and deputy's decision after the last round names one of that round's candidates. */
export function checkHeadsDecision(candidates: readonly string[], unitId: string, reason: string): Check {
  if (!candidates.includes(unitId))
    return fail('Đơn vị được chọn phải là một trong các đơn vị của vòng bỏ phiếu cuối');
  if (reason.trim().length < 5) return fail('Cần ghi lý do Trưởng khối, Phó khối chọn đơn vị dẫn đầu');
  return ok;
}

export interface Proposal {
  unitId: string;
  awardCode: typeof LEADER_AWARD_CODE | typeof RUNNER_UP_AWARD_CODE;
  /** 1 = the leader; then the order of the proposed units. */
  position: number;
}

/**
 * The proposals of the vote: Cờ thi đua bộ/tỉnh for the leader, Bằng khen for the next `runnerUpCount`
 * units ranked by their first-round votes, then by the bloc's scoring rank (missing = last), then member
 * order. Units tied with the last proposed one on both votes and scoring rank are proposed too (no equal
 * unit is left out by member order alone), so the count may exceed `runnerUpCount`.
 */
export function planProposals(input: {
  leaderUnitId: string;
  round1: RoundTally;
  runnerUpCount: number;
  scoreRanks?: Readonly<Record<string, number>>;
}): Proposal[] {
  const { leaderUnitId, round1, runnerUpCount } = input;
  const rank = (u: string) => input.scoreRanks?.[u] ?? Number.POSITIVE_INFINITY;
  const order = new Map(round1.candidates.map((u, i) => [u, i]));
  const compare = (a: string, b: string) =>
    votesOf(round1, b) - votesOf(round1, a) || rank(a) - rank(b) || order.get(a)! - order.get(b)!;
  const equal = (a: string, b: string) => votesOf(round1, a) === votesOf(round1, b) && rank(a) === rank(b);
  const others = round1.candidates.filter((u) => u !== leaderUnitId).sort(compare);
  const chosen = others.slice(0, runnerUpCount);
  const last = chosen[chosen.length - 1];
  if (last !== undefined) for (const u of others.slice(runnerUpCount)) if (equal(u, last)) chosen.push(u);
  return [
    { unitId: leaderUnitId, awardCode: LEADER_AWARD_CODE, position: 1 },
    ...chosen.map((unitId, i): Proposal => ({ unitId, awardCode: RUNNER_UP_AWARD_CODE, position: i + 2 })),
  ];
}
