/**
 * Council (Hội đồng Thi đua - Khen thưởng) secret-ballot thresholds — law-reference §4.3. The denominator is
 * the council's TOTAL members per its founding decision (absent members vote in writing), never the members
 * present. Values are the rule set's defaults (ND 98/2023 Điều 30 k7); a tenant may override them.
 */
import { type AwardCode, catalogueEntry, type Confidence } from './catalogue';
import { RULE_SETS } from './rule-sets';
import type { RuleSetId } from './types';

export interface BallotRule {
  /** A secret ballot with a national threshold is required for this title. */
  ballotRequired: boolean;
  /** Approval threshold in % of total members; null = no national threshold (tenant configuration). */
  thresholdPercent: number | null;
  denominator: 'total_members';
  citation: string;
  confidence: Confidence;
  /** Where the threshold came from. */
  source: 'rule_set' | 'tenant' | 'none';
}

/**
 * The ballot rule for `code` under `ruleSetId`. `overrides` (tenant configuration, % of total members) win
 * over the defaults, and may also set a threshold for forms that have none nationally (e.g. 70%).
 */
export function ballotRule(
  code: string,
  ruleSetId: RuleSetId,
  overrides?: Partial<Record<AwardCode, number>>,
): BallotRule {
  const council = RULE_SETS[ruleSetId].council;
  const known = catalogueEntry(code)?.code;
  const override = known ? overrides?.[known] : undefined;
  if (override !== undefined)
    return {
      ballotRequired: true,
      thresholdPercent: override,
      denominator: 'total_members',
      citation: 'Cấu hình của đơn vị',
      confidence: 'L',
      source: 'tenant',
    };
  const threshold = known ? council.thresholds[known] : undefined;
  if (threshold !== undefined)
    return {
      ballotRequired: true,
      thresholdPercent: threshold,
      denominator: 'total_members',
      citation: council.citation,
      confidence: council.confidence,
      source: 'rule_set',
    };
  return {
    ballotRequired: false,
    thresholdPercent: null,
    denominator: 'total_members',
    citation: `${council.citation} — không quy định tỷ lệ chung cho hình thức này`,
    confidence: 'L',
    source: 'none',
  };
}

export interface BallotOutcome {
  passed: boolean;
  /** The smallest number of votes that reaches the threshold: ceil(threshold × total / 100). */
  requiredVotes: number;
  /** Approval as a % of total members, one decimal (for the counting minutes). */
  percentOfTotal: number;
  message: string;
}

export type BallotResult = { ok: true; value: BallotOutcome } | { ok: false; message: string };

/**
 * Whether `votesFor` out of `totalMembers` reaches `thresholdPercent` (≥, ND 98/2023 Điều 30 k7). Integer
 * arithmetic: 9 of 10 members at 90% passes, 8 of 10 does not; 12 of 15 at 80% passes (exactly 80%).
 */
export function ballotOutcome(input: {
  votesFor: number;
  totalMembers: number;
  thresholdPercent: number;
}): BallotResult {
  const { votesFor, totalMembers, thresholdPercent } = input;
  if (!Number.isInteger(totalMembers) || totalMembers < 1)
    return { ok: false, message: 'Tổng số thành viên Hội đồng phải là số nguyên dương.' };
  if (!Number.isInteger(votesFor) || votesFor < 0 || votesFor > totalMembers)
    return {
      ok: false,
      message: 'Số phiếu đồng ý phải là số nguyên từ 0 đến tổng số thành viên Hội đồng.',
    };
  if (!Number.isInteger(thresholdPercent) || thresholdPercent < 1 || thresholdPercent > 100)
    return { ok: false, message: 'Tỷ lệ phiếu yêu cầu phải là số nguyên từ 1 đến 100 (%).' };
  const requiredVotes = Math.ceil((thresholdPercent * totalMembers) / 100);
  const passed = votesFor * 100 >= thresholdPercent * totalMembers;
  const percentOfTotal = Math.round((votesFor * 1000) / totalMembers) / 10;
  const pct = percentOfTotal.toLocaleString('vi-VN');
  return {
    ok: true,
    value: {
      passed,
      requiredVotes,
      percentOfTotal,
      message: passed
        ? `Đạt: ${votesFor}/${totalMembers} thành viên đồng ý (${pct}%), yêu cầu từ ${thresholdPercent}% tổng số thành viên (${requiredVotes} phiếu).`
        : `Không đạt: ${votesFor}/${totalMembers} thành viên đồng ý (${pct}%), yêu cầu từ ${thresholdPercent}% tổng số thành viên (${requiredVotes} phiếu).`,
    },
  };
}
