/** The scoring table, its checks and the score engine (issue 5, items 4–5; law-reference §8.2). */
export * from './types';
export { formatNumberVi, formatPercent, formatPoints, roundHalfUp, roundPoints, snap } from './format';
export {
  bandFor,
  ITEM_STATUS_LABELS,
  itemRatio,
  type ItemScore,
  type ItemStatus,
  scoreItem,
} from './methods';
export { rankByTotal, type Ranked } from './ranking';
export { flattenItems, type IndexedItem, type TableMaxima, tableMaxima } from './table';
export {
  classify,
  DEFAULT_CLASSIFICATION_SHARES,
  DEFAULT_LOWEST_LABEL,
  defaultClassificationBands,
} from './classification';
export { MAX_PROBLEMS, validateClassificationBands, validateMembers, validateScoringTable } from './validate';
export {
  evaluateScoring,
  type GroupScore,
  type MemberScore,
  type RankedMemberScore,
  scoreMember,
  scoreMembers,
  type ScoringInput,
  type ScoringOutcome,
  type ScoringResult,
} from './engine';
