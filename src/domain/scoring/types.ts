/**
 * The vocabulary of a bloc's scoring table (bảng chấm điểm thi đua) — law-reference §8.2.
 *
 * Clusters and blocs are organised by the emulation councils at each level (Law Điều 16 k2c); the leader of
 * a bloc organised by a ministry or province is proposed for Cờ thi đua bộ/tỉnh (Law Điều 26). There is NO
 * national scoring formula: each bloc signs an agreement (giao ước thi đua) with its own table, following
 * guidance such as HD 1479/HD-BTĐKT (2016) and provincial regulations. This module therefore models a
 * configurable table — groups → items, each with a maximum, a direction and a method — and leaves the
 * numbers to the bloc.
 *
 * Pure: no I/O, no clock. Shared by the preview API, the blocs module and the web.
 */

/**
 * How an item turns reported figures into points (issue 5, item 4):
 * - `fixed`        — achieved → maxPoints, else 0;
 * - `proportional` — maxPoints × min(actual/plan, 1) (higher is better) or × min(plan/actual, 1) (lower is better);
 * - `bands`        — the points of the highest threshold `{ minRatio, points }` the ratio reaches;
 * - `bonus`        — min(cap, perPercent × percent above plan), added to the total;
 * - `deduction`    — −min(cap, perCount × count), taken off the total.
 */
export const SCORING_METHODS = ['fixed', 'proportional', 'bands', 'bonus', 'deduction'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];
export const SCORING_METHOD_LABELS: Record<ScoringMethod, string> = {
  fixed: 'Đạt/không đạt',
  proportional: 'Theo tỷ lệ thực hiện',
  bands: 'Theo mức',
  bonus: 'Điểm thưởng',
  deduction: 'Điểm trừ',
};

/** Methods whose maxPoints make up the table's standard maximum (điểm chuẩn); bonus and deduction move the total around it. */
export const BASE_METHODS: readonly ScoringMethod[] = ['fixed', 'proportional', 'bands'];

export const SCORING_DIRECTIONS = ['higher_better', 'lower_better'] as const;
export type ScoringDirection = (typeof SCORING_DIRECTIONS)[number];
export const SCORING_DIRECTION_LABELS: Record<ScoringDirection, string> = {
  higher_better: 'Càng cao càng tốt',
  lower_better: 'Càng thấp càng tốt',
};

/** One threshold of a `bands` item: from this ratio of plan upwards, this many points. */
export interface ScoreBand {
  minRatio: number;
  points: number;
}

/** Method parameters; which keys a method needs is in {@link METHOD_PARAMS}. */
export interface ScoringItemParams {
  /** `bands`: thresholds, ordered (ascending or descending minRatio, never mixed). */
  bands?: ScoreBand[];
  /** `bonus`: points per 1 % above plan. */
  perPercent?: number;
  /** `bonus`, `deduction`: the most the item can add or take off; ≤ maxPoints. */
  cap?: number;
  /** `deduction`: points taken off per counted case (a disciplined official, a late report…). */
  perCount?: number;
}

/** The params each method requires (every other key is a mistake in the table). */
export const METHOD_PARAMS: Record<ScoringMethod, readonly (keyof ScoringItemParams)[]> = {
  fixed: [],
  proportional: [],
  bands: ['bands'],
  bonus: ['perPercent', 'cap'],
  deduction: ['perCount', 'cap'],
};

export interface ScoringItem {
  /** Unique in the whole table, groups included. */
  code: string;
  name: string;
  maxPoints: number;
  direction: ScoringDirection;
  method: ScoringMethod;
  params?: ScoringItemParams;
  /** Unit of measure of plan and actual ("tỷ đồng", "%", "tiêu chí"…); shown in explanations. */
  unit?: string;
  evidenceRequired?: boolean;
}

export interface ScoringGroup {
  code: string;
  name: string;
  items: ScoringItem[];
}

export interface ScoringTable {
  groups: ScoringGroup[];
}

/** What a member reported for one item; null or absent = not reported. */
export interface ItemValue {
  plan?: number | null;
  actual?: number | null;
  achieved?: boolean | null;
  count?: number | null;
}

export interface ScoringMember {
  id: string;
  name?: string;
  /** Keyed by item code; null or absent = not reported. */
  values: Record<string, ItemValue | null | undefined>;
}

/** A classification level: every total ≥ minTotal (and below the next level) gets this label. */
export interface ClassificationBand {
  minTotal: number;
  label: string;
}

/** Where a problem is (dot path, e.g. `groups.0.items.2.maxPoints`) and what it is, in Vietnamese. */
export interface ScoringProblem {
  path: string;
  message: string;
}

/**
 * Sizes the engine and the preview accept. A year of a bloc is 5–30 members × 20–60 items; the limits leave
 * room for a province-wide table (1,000 members) without letting one request run for seconds.
 */
export const SCORING_LIMITS = {
  groups: 50,
  items: 200,
  members: 1000,
  bands: 20,
  classificationBands: 20,
  codeLength: 32,
  nameLength: 500,
  unitLength: 50,
  /** Points (maxPoints, band points, caps, per-unit points) beyond this are a typing mistake. */
  maxPoints: 1_000_000,
  /** Plans, actuals and counts: room for budget figures in đồng. */
  maxFigure: 1e15,
} as const;
