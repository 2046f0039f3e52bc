/**
 * The eligibility engine's contract: what it is asked (a target code, a subject's facts, dates) and what it
 * answers (a verdict, the rule set used and every check with its status, Vietnamese explanation, citation
 * and the fact records it used). The vocabulary (ratings, forms, scopes, SubjectFacts…) is shared with the
 * rest of the legal core in src/domain/awards/types.ts.
 */
import type { LegalSettings } from '../awards/settings';
import type { CheckStatus, IsoDate, RuleSetId, SubjectFacts, SubjectType, Verdict } from '../awards/types';

export interface EligibilityInput {
  /** Catalogue code of the title or form asked about, e.g. `cstd_bo_tinh`. */
  target: string;
  subjectType: SubjectType;
  /** The year whose achievements are judged (calendar or school year per settings; an integer either way). */
  evaluationYear: number;
  /** Date the competent body received the complete dossier: selects the rule set (law-reference §0.3). */
  receivedOn: IsoDate;
  /** Date of judgement; defaults to `receivedOn`. Drives the §0.3 transitional rule and which sanctions are known. */
  judgedOn?: IsoDate;
  facts: SubjectFacts;
  /** Tenant legal settings; missing keys take DEFAULT_LEGAL_SETTINGS. */
  settings?: Partial<LegalSettings>;
}

export interface EligibilityCheck {
  /** Stable code, e.g. `G1`, `ldtt.rating`, `cstd_bo_tinh.streak`. */
  code: string;
  status: CheckStatus;
  /** Vietnamese explanation with the figures it used. */
  message: string;
  /** e.g. "Luật TĐKT 2022 Điều 22 k1". */
  citation: string;
  /** The alternative path the check belongs to; absent = applies to every path. */
  path?: string;
  /** Ids of the facts' ratings, awards, initiatives, disciplines and leaves the check used (when they have ids). */
  records: string[];
}

/**
 * An alternative way of meeting the target. `data` paths are decided by the facts (their judgement items are
 * listed but do not hold the verdict back); `judgement` paths exist because a person may find the subject
 * meets a criterion the data cannot show.
 */
export interface PathSummary {
  id: string;
  label: string;
  kind: 'data' | 'judgement';
  /** failed: a check of the path failed; passed: open on the data; needs_judgement: open, a person decides. */
  status: CheckStatus;
  citation: string;
}

export interface TransitionalNote {
  /** The rule set of the reception date. */
  ruleSetOnReceipt: RuleSetId;
  /** The amended rule set the transitional rule lets the nominee benefit from. */
  alternative: RuleSetId;
  verdictOnReceipt: Verdict;
  alternativeVerdict: Verdict;
  chosen: RuleSetId;
  message: string;
  citation: string;
}

export interface EligibilityResult {
  verdict: Verdict;
  ruleSet: RuleSetId;
  target: string;
  targetName: string;
  subjectType: SubjectType;
  evaluationYear: number;
  checks: EligibilityCheck[];
  /** Per-path summaries, for targets with several alternative paths. */
  paths?: PathSummary[];
  /** Present when the §0.3 transitional rule applied (received before 01/10/2026, judged on or after). */
  transitional?: TransitionalNote;
}

export const ELIGIBILITY_ERROR_CODES = [
  'UNKNOWN_TARGET',
  'SUBJECT_TYPE_NOT_ALLOWED',
  'NO_RULE_SET',
  'INVALID_DATE',
  'EVALUATION_YEAR_OUT_OF_RANGE',
] as const;
export type EligibilityErrorCode = (typeof ELIGIBILITY_ERROR_CODES)[number];

/** A question the engine cannot answer (the route turns it into a 4xx with the Vietnamese message). */
export interface EligibilityError {
  error: { code: EligibilityErrorCode; message: string; field: string };
}

export type EligibilityOutcome = EligibilityResult | EligibilityError;

export const isEligibilityError = (o: EligibilityOutcome): o is EligibilityError => 'error' in o;
