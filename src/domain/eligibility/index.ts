/** The eligibility engine (issue 3 item 4): public API. */
export { evaluateEligibility, evaluateMany, evaluateSubjects, FIRST_EVALUATION_YEAR } from './engine';
export { ELIGIBILITY_TARGETS, eligibilityTarget, type EligibilityTarget } from './targets';
export { criteriaParams, type CriteriaParams } from './params';
export { memberTitleShareMet } from './criteria/collective-titles';
export { evaluationYearEnd, evaluationYearOf, evaluationYearStart, isIsoDate } from './dates';
export { NON_LADDER_TYPES } from './facts-index';
export * from './types';
