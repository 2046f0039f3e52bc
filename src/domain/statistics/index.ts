/**
 * Award statistics and the statutory statistical forms of thi đua, khen thưởng (Thông tư 02/2023/TT-BNV,
 * biểu 0601–0605.N/BNV-TĐKT; room for Thông tư 18/2025/TT-BNV as data). Pure: no I/O, no clock.
 *
 * The pipeline the server, the forms and the dashboards share:
 *   ledger rows (AwardRecordInput) ──awardFactsInPeriod(records, period, yearStart)──▶ AwardFacts[]
 *     ├─ countAwards(facts, groupBy)            → lượt and distinct subjects per group (the statistics API)
 *     └─ evaluateForm(formLayout(code), facts)  → a filled form; cellRecords(…) → the records of one cell
 * with `resolvePeriod(spec, yearStart)` turning a period choice into dates (or Vietnamese errors) and
 * `tallyAwards` doing the first two steps at once.
 */
export {
  AWARD_KIND_LABELS,
  AWARD_KINDS,
  AWARD_LEVEL_LABELS,
  AWARD_LEVELS,
  type AwardClass,
  type AwardKind,
  type AwardLevel,
  classifyAward,
  isStateLevel,
  STATE_LEVELS,
} from './classification';
export {
  ethnicMinority,
  INDIVIDUAL_CLASS_LABELS,
  INDIVIDUAL_CLASSES,
  type IndividualAttributes,
  type IndividualClass,
  individualClass,
  isDirectWorker,
  isEnterprise,
  isWoman,
  LEADER_LEVEL_LABELS,
  LEADER_LEVELS,
  type LeaderLevel,
} from './subjects';
export {
  FORM_COMMENDATION_TYPE_LABELS,
  FORM_COMMENDATION_TYPES,
  FORM_TYPE_OF,
  type FormCommendationType,
  formCommendationType,
  ledgerTypesOf,
} from './commendation-types';
export {
  checkRange,
  checkStatisticalYearStart,
  countingDate,
  DEFAULT_STATISTICAL_YEAR_START,
  inPeriod,
  MAX_PERIOD_YEARS,
  PERIOD_KIND_LABELS,
  type PeriodKind,
  type PeriodResult,
  type PeriodSpec,
  quarterOf,
  type ReportingPeriod,
  resolvePeriod,
  statisticalYear,
  type StatisticalYearStart,
  statisticalYearOf,
} from './period';
export {
  type AwardFacts,
  awardFacts,
  awardFactsInPeriod,
  type AwardRecordInput,
  type Proposer,
  PROPOSERS,
} from './facts';
export {
  type AwardCounts,
  countAwards,
  type CountRow,
  type Counts,
  GROUP_BY_LABELS,
  type GroupByField,
  type GroupKey,
  parseGroupBy,
  type StatisticsAnswer,
  STATISTICS_GROUP_BY,
  tallyAwards,
} from './counting';
export { all, any, is, matches, not, type Predicate, type Scalar } from './predicate';
export {
  type MovementFacts,
  movementFacts,
  movementFactsInPeriod,
  type MovementInput,
  MOVEMENT_DURATIONS,
  MOVEMENT_ORGANISER_LEVELS,
  MOVEMENT_SCOPES,
} from './movements';
export {
  checkStaffMember,
  type OrganisationFacts,
  organisationFacts,
  type StaffFacts,
  staffFactsAt,
  type TdktAnnualReturn,
  type TdktOrganisation,
  TDKT_ORG_STRUCTURE_LABELS,
  TDKT_ORG_STRUCTURES,
  type TdktStaffMember,
  TRAINING_LEVEL_LABELS,
  TRAINING_LEVELS,
} from './tdkt-bodies';
export type { FormColumn, FormColumnGroup, FormLayout, FormRow, FormSubject } from './forms/layout';
export {
  cellRecords,
  evaluateForm,
  type FilledColumn,
  type FilledForm,
  type FilledRow,
  type FormRecord,
} from './forms/evaluate';
export {
  checkFormLayout,
  FORM_FIELDS,
  FORM_LAYOUTS,
  FORM_VERSIONS,
  formLayout,
  type FormVersion,
} from './forms/registry';
