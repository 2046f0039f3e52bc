/**
 * What a criteria function works with: the normalised question, the indexed facts, the rule set's
 * parameters, and the list of checks and paths it appends to. Criteria functions are plain
 * `(ctx) => void` so one evaluation allocates only its checks.
 */
import type { LegalSettings } from '../awards/settings';
import type { CheckStatus, IsoDate, RuleSetId, SubjectType } from '../awards/types';
import type { FactsIndex } from './facts-index';
import type { CriteriaParams } from './params';
import type { EligibilityCheck } from './types';

export interface PathDef {
  id: string;
  label: string;
  kind: 'data' | 'judgement';
  citation: string;
}

export interface EvalContext {
  target: string;
  targetName: string;
  subjectType: SubjectType;
  year: number;
  receivedOn: IsoDate;
  judgedOn: IsoDate;
  ruleSet: RuleSetId;
  params: CriteriaParams;
  settings: LegalSettings;
  index: FactsIndex;
  checks: EligibilityCheck[];
  /** Declared alternative paths; none = one data path made of the common checks. */
  paths: PathDef[];
}

export type Criteria = (ctx: EvalContext) => void;

export function addCheck(
  ctx: EvalContext,
  code: string,
  status: CheckStatus,
  message: string,
  citation: string,
  records: string[] = [],
  path?: string,
): void {
  const check: EligibilityCheck = { code, status, message, citation, records };
  if (path !== undefined) check.path = path;
  ctx.checks.push(check);
}

export const passIf = (ok: boolean): CheckStatus => (ok ? 'passed' : 'failed');

export function addPath(ctx: EvalContext, path: PathDef): void {
  ctx.paths.push(path);
}
