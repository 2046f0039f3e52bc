/**
 * The eligibility engine: for a target code, a subject's facts and dates, every data-checkable criterion of
 * law-reference §2–§3 as explained checks, and a verdict (verdict.ts). Pure and allocation-light: facts are
 * indexed once per call (`evaluateMany` indexes once for many targets), no Date objects, no regex.
 *
 * Rule set (law-reference §0.3): the one in force on `receivedOn`. Transitional rule (Law 06/2026/QH16 [V2]
 * S46): a dossier received before 01/10/2026 and judged on or after it is judged under both its rule set and
 * RS_2026, and the more favourable verdict is kept (eligible > needs_review > not_eligible; on a tie the
 * rule set of the reception date), reported in `transitional`.
 */
import { ruleSetsForNomination } from '../awards/rule-sets';
import { DEFAULT_LEGAL_SETTINGS, type LegalSettings } from '../awards/settings';
import { SUBJECT_TYPE_LABELS, VERDICT_LABELS, type RuleSetId } from '../awards/types';
import type { EvalContext, PathDef } from './context';
import { evaluationYearStart, formatDate, isIsoDate } from './dates';
import { type FactsIndex, indexFacts } from './facts-index';
import { criteriaParams } from './params';
import { eligibilityTarget } from './targets';
import type {
  EligibilityCheck,
  EligibilityError,
  EligibilityErrorCode,
  EligibilityInput,
  EligibilityOutcome,
  EligibilityResult,
} from './types';
import { decideVerdict, VERDICT_RANK } from './verdict';

/** The earliest evaluation year accepted (the ledger's first year). */
export const FIRST_EVALUATION_YEAR = 1945;

const fail = (code: EligibilityErrorCode, message: string, field: string): EligibilityError => ({
  error: { code, message, field },
});

type Common = Omit<EligibilityInput, 'target' | 'settings'> & {
  judgedOn: string;
  settings: LegalSettings;
  ruleSet: RuleSetId;
  moreFavourable: RuleSetId | null;
};

function prepare(input: Omit<EligibilityInput, 'target'>): Common | EligibilityError {
  const { receivedOn, evaluationYear } = input;
  if (!isIsoDate(receivedOn))
    return fail(
      'INVALID_DATE',
      `Ngày nhận hồ sơ "${receivedOn}" không phải ngày hợp lệ (YYYY-MM-DD).`,
      'receivedOn',
    );
  const judgedOn = input.judgedOn ?? receivedOn;
  if (!isIsoDate(judgedOn))
    return fail('INVALID_DATE', `Ngày xét "${judgedOn}" không phải ngày hợp lệ (YYYY-MM-DD).`, 'judgedOn');
  if (judgedOn < receivedOn)
    return fail(
      'INVALID_DATE',
      `Ngày xét ${formatDate(judgedOn)} trước ngày nhận hồ sơ ${formatDate(receivedOn)}.`,
      'judgedOn',
    );
  const sets = ruleSetsForNomination(receivedOn, judgedOn);
  if (!sets)
    return fail(
      'NO_RULE_SET',
      `Ngày nhận hồ sơ ${formatDate(receivedOn)} trước 01/01/2024: chưa có bộ quy tắc (Luật Thi đua, khen thưởng 2022 có hiệu lực từ 01/01/2024).`,
      'receivedOn',
    );
  const settings = input.settings ? { ...DEFAULT_LEGAL_SETTINGS, ...input.settings } : DEFAULT_LEGAL_SETTINGS;
  if (
    !Number.isInteger(evaluationYear) ||
    evaluationYear < FIRST_EVALUATION_YEAR ||
    evaluationYearStart(evaluationYear, settings.evaluationCalendar) > receivedOn
  )
    return fail(
      'EVALUATION_YEAR_OUT_OF_RANGE',
      Number.isInteger(evaluationYear) && evaluationYear >= FIRST_EVALUATION_YEAR
        ? `Năm đánh giá ${evaluationYear} chưa bắt đầu vào ngày nhận hồ sơ ${formatDate(receivedOn)}.`
        : `Năm đánh giá phải là số nguyên từ ${FIRST_EVALUATION_YEAR} đến năm nhận hồ sơ.`,
      'evaluationYear',
    );
  return {
    ...input,
    judgedOn,
    settings,
    ruleSet: sets.ruleSet.id,
    moreFavourable: sets.moreFavourable?.id ?? null,
  };
}

function run(
  target: string,
  common: Common,
  index: FactsIndex,
  ruleSet: RuleSetId,
): EligibilityResult | EligibilityError {
  const found = eligibilityTarget(target);
  if (!found)
    return fail(
      'UNKNOWN_TARGET',
      `Mã danh hiệu, hình thức khen thưởng "${target}" không có trong danh mục.`,
      'target',
    );
  if (!found.subjectTypes.includes(common.subjectType))
    return fail(
      'SUBJECT_TYPE_NOT_ALLOWED',
      `${found.name} không xét tặng cho đối tượng "${SUBJECT_TYPE_LABELS[common.subjectType].toLowerCase()}" (chỉ xét cho: ${found.subjectTypes
        .map((t) => SUBJECT_TYPE_LABELS[t].toLowerCase())
        .join(', ')}).`,
      'subjectType',
    );
  const checks: EligibilityCheck[] = [];
  const paths: PathDef[] = [];
  const ctx: EvalContext = {
    target,
    targetName: found.name,
    subjectType: common.subjectType,
    year: common.evaluationYear,
    receivedOn: common.receivedOn,
    judgedOn: common.judgedOn,
    ruleSet,
    params: criteriaParams(ruleSet, common.settings.enableRs2026DraftCriteria),
    settings: common.settings,
    index,
    checks,
    paths,
  };
  found.criteria(ctx);
  const { verdict, summaries } = decideVerdict(checks, paths);
  const result: EligibilityResult = {
    verdict,
    ruleSet,
    target,
    targetName: found.name,
    subjectType: common.subjectType,
    evaluationYear: common.evaluationYear,
    checks,
  };
  if (summaries) result.paths = summaries;
  return result;
}

function evaluateOne(target: string, common: Common, index: FactsIndex): EligibilityOutcome {
  const onReceipt = run(target, common, index, common.ruleSet);
  if ('error' in onReceipt || common.moreFavourable === null) return onReceipt;
  const alternative = run(target, common, index, common.moreFavourable);
  if ('error' in alternative) return onReceipt;
  const better = VERDICT_RANK[alternative.verdict] > VERDICT_RANK[onReceipt.verdict];
  const chosen = better ? alternative : onReceipt;
  chosen.transitional = {
    ruleSetOnReceipt: onReceipt.ruleSet,
    alternative: alternative.ruleSet,
    verdictOnReceipt: onReceipt.verdict,
    alternativeVerdict: alternative.verdict,
    chosen: chosen.ruleSet,
    message: `Hồ sơ nhận ngày ${formatDate(common.receivedOn)} (trước 01/10/2026), xét ngày ${formatDate(common.judgedOn)}: theo quy định chuyển tiếp, áp dụng quy định chưa sửa đổi (${onReceipt.ruleSet}: ${VERDICT_LABELS[onReceipt.verdict]}) trừ khi quy định mới có lợi hơn (${alternative.ruleSet}: ${VERDICT_LABELS[alternative.verdict]}) — áp dụng ${chosen.ruleSet}.`,
    citation: 'Luật 06/2026/QH16 (quy định chuyển tiếp)',
  };
  return chosen;
}

/** Evaluates one target for one subject. Unknown target, disallowed subject type or bad dates → an error result. */
export function evaluateEligibility(input: EligibilityInput): EligibilityOutcome {
  const common = prepare(input);
  if ('error' in common) return common;
  const index = indexFacts(input.facts, common.settings.evaluationCalendar, common.judgedOn);
  return evaluateOne(input.target, common, index);
}

/**
 * Evaluates several targets for one subject, indexing its facts once (the eligibility panel: "đủ điều kiện
 * gì?"). One outcome per target, in order.
 */
export function evaluateMany(
  targets: readonly string[],
  input: Omit<EligibilityInput, 'target'>,
): EligibilityOutcome[] {
  const common = prepare(input);
  if ('error' in common) return targets.map(() => common);
  const index = indexFacts(input.facts, common.settings.evaluationCalendar, common.judgedOn);
  return targets.map((t) => evaluateOne(t, common, index));
}

/**
 * One target for many subjects (a batch over a unit or a province): the dates, rule sets and settings are
 * checked once, then each subject's facts are indexed and judged. `each` receives every outcome in the
 * order of `subjects`; an error in the common input is returned instead (nothing is judged).
 */
export function evaluateSubjects<K>(
  target: string,
  input: Omit<EligibilityInput, 'target' | 'facts'>,
  subjects: Iterable<[K, EligibilityInput['facts']]>,
  each: (key: K, outcome: EligibilityOutcome) => void,
): EligibilityError | null {
  const common = prepare({ ...input, facts: EMPTY_FACTS });
  if ('error' in common) return common;
  for (const [key, facts] of subjects) {
    const index = indexFacts(facts, common.settings.evaluationCalendar, common.judgedOn);
    each(key, evaluateOne(target, common, index));
  }
  return null;
}

const EMPTY_FACTS: EligibilityInput['facts'] = {
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
  maternityLeaves: [],
  pendingInvestigation: false,
};
