import { evaluateEligibility, isEligibilityError } from '../../../domain/eligibility';
import type { EligibilityErrorCode } from '../../../domain/eligibility';
import { VERDICT_LABELS } from '../../../domain/awards/types';
import { AppError } from '../../lib/errors';
import type { EvaluateBody, EvaluateResult } from './evaluate.schemas';

const REASONS: Record<EligibilityErrorCode, string> = {
  UNKNOWN_TARGET: 'unknown_target',
  SUBJECT_TYPE_NOT_ALLOWED: 'subject_not_allowed',
  NO_RULE_SET: 'no_rule_set',
  INVALID_DATE: 'invalid_date',
  EVALUATION_YEAR_OUT_OF_RANGE: 'evaluation_year_out_of_range',
};

/**
 * POST /api/rules/evaluate: the eligibility engine on facts given in the request (reads no data). A question
 * the engine cannot answer is a 400 VALIDATION_ERROR with its Vietnamese message, `details.reason` and the
 * body field at fault.
 */
export function evaluateRules(body: EvaluateBody): EvaluateResult {
  const facts = body.facts ?? {
    ratings: [],
    awards: [],
    initiatives: [],
    disciplines: [],
    maternityLeaves: [],
    pendingInvestigation: false,
  };
  const outcome = evaluateEligibility({
    target: body.target,
    subjectType: body.subjectType,
    evaluationYear: body.evaluationYear,
    receivedOn: body.receivedOn,
    ...(body.judgedOn ? { judgedOn: body.judgedOn } : {}),
    facts,
    ...(body.settings ? { settings: definedOnly(body.settings) } : {}),
  });
  if (isEligibilityError(outcome)) {
    const { code, message, field } = outcome.error;
    throw new AppError('VALIDATION_ERROR', message, { reason: REASONS[code], path: `body.${field}` });
  }
  return { ...outcome, verdictLabel: VERDICT_LABELS[outcome.verdict] };
}

function definedOnly<T extends object>(o: T): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Partial<{ [K in keyof T]: Exclude<T[K], undefined> }>;
}
