import type { CheckStatus, RuleSetId, SubjectType, Verdict } from '../../../domain/awards/types';

/** One criterion the engine checked, as the API reports it. */
export interface CheckView {
  code: string;
  status: CheckStatus;
  message: string;
  citation: string;
  /** The alternative path the check belongs to; absent = every path. */
  path?: string;
  /** Ids of the ledger records (or facts) the check used. */
  records: string[];
}

export interface PathView {
  id: string;
  label: string;
  kind: 'data' | 'judgement';
  status: CheckStatus;
  citation: string;
}

export interface TransitionalView {
  ruleSetOnReceipt: RuleSetId;
  alternative: RuleSetId;
  verdictOnReceipt: Verdict;
  alternativeVerdict: Verdict;
  chosen: RuleSetId;
  message: string;
  citation: string;
}

/** The answer for one title or form: POST /api/rules/evaluate, and each result of /api/eligibility/check. */
export interface EvaluateResult {
  verdict: Verdict;
  verdictLabel: string;
  ruleSet: RuleSetId;
  target: string;
  targetName: string;
  subjectType: SubjectType;
  evaluationYear: number;
  checks: CheckView[];
  paths?: PathView[];
  transitional?: TransitionalView;
}

/** POST /api/eligibility/check: every title and form (no `targets`) for one ledger subject. */
export interface SubjectCheckResult {
  subject: { type: SubjectType; id: string; name: string; unit: { id: string; name: string } | null };
  evaluationYear: number;
  receivedOn: string;
  judgedOn: string;
  counts: Record<Verdict, number>;
  results: EvaluateResult[];
}

export const eligibilityKeys = {
  all: ['eligibility'] as const,
  subject: (type: SubjectType, id: string, year: number, receivedOn: string) =>
    ['eligibility', 'subject', type, id, year, receivedOn] as const,
};
