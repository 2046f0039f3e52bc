/**
 * One item of one member: points and the arithmetic behind them, in Vietnamese (issue 5, items 4–5;
 * law-reference §8.2 — no national formula, so every rule here is the table's own and is spelled out in the
 * explanation).
 *
 * Decisions (each has its test in methods.test.ts):
 * - Ratios are `actual / plan` for higher-is-better items and `plan / actual` for lower-is-better items
 *   (`bands` and `bonus` included); a lower-is-better actual of 0 is a perfect result (ratio ∞ → full points,
 *   top band, bonus cap).
 * - A plan of 0 means the item was not assigned to the member: ratio methods give status `not_scored`, 0 points,
 *   and say so. `fixed` compares directly and needs no ratio, so a plan of 0 is an ordinary target there.
 * - Missing figures (null or absent) give status `missing`, 0 points, "Chưa có số liệu (…)".
 * - `fixed` uses `achieved` when reported; otherwise, with both plan and actual reported, achieved means
 *   actual ≥ plan (higher is better) or actual ≤ plan (lower is better).
 * - `bands` points above maxPoints are capped at maxPoints.
 * - `bonus` and `deduction` ignore maxPoints for their arithmetic (the table validation keeps cap ≤ maxPoints);
 *   `deduction` ignores the direction.
 * - Item points are never rounded for the total (`exactPoints`); `points` is the same value rounded to two
 *   decimals for display.
 */
import { formatFigure, formatPercent, formatPoints, formatRatio, roundPoints, snap } from './format';
import type { ItemValue, ScoreBand, ScoringItem } from './types';

export type ItemStatus = 'scored' | 'missing' | 'not_scored';
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  scored: 'Đã chấm',
  missing: 'Chưa có số liệu',
  not_scored: 'Không chấm điểm',
};

export interface ItemScore {
  code: string;
  status: ItemStatus;
  /** Rounded to two decimals, for display; totals never add these up. */
  points: number;
  /** Unrounded; the member's total is the sum of these, rounded once. */
  exactPoints: number;
  /** actual / plan × 100 (whatever the direction), two decimals; null without plan and actual or with plan 0. */
  percentOfPlan: number | null;
  explanation: string;
}

const has = (v: number | null | undefined): v is number => typeof v === 'number';

/** "= 10,00 điểm" when the points are exact to the cent, "≈ 6,67 điểm" otherwise. */
function equalsPoints(exact: number, rounded: number): string {
  return `${snap(exact) === rounded ? '=' : '≈'} ${formatPoints(rounded)} điểm`;
}

/**
 * An explanation is built by concatenation (a tree of string pieces in the engine); flattening it once here
 * keeps one string per item alive instead of a dozen pieces, which matters when a province scores 1,000 units.
 */
function flat(s: string): string {
  // Number() of a string makes V8 flatten it; the value is irrelevant.
  void Number(s);
  return s;
}

function result(
  code: string,
  status: ItemStatus,
  exactPoints: number,
  percentOfPlan: number | null,
  explanation: string,
  rounded = roundPoints(exactPoints),
): ItemScore {
  return {
    code,
    status,
    points: rounded,
    exactPoints,
    // A plan of 1e-300 makes the share infinite: no percentage rather than a number JSON cannot carry.
    percentOfPlan:
      percentOfPlan === null || !Number.isFinite(percentOfPlan) ? null : roundPoints(percentOfPlan),
    explanation: flat(explanation),
  };
}

function missing(item: ItemScore['code'], what: string): ItemScore {
  return result(item, 'missing', 0, null, `Chưa có số liệu (${what}): 0 điểm.`);
}

const LOWER_NOTE = ' (chỉ tiêu càng thấp càng tốt)';

/** "Thực hiện 124/100 = 124,0% kế hoạch" (+ unit, + the lower-is-better note). */
function reportLine(item: ScoringItem, plan: number, actual: number, percent: number | null): string {
  const unit = item.unit ? ` ${item.unit}` : '';
  const lower = item.direction === 'lower_better' ? LOWER_NOTE : '';
  const share = percent === null ? '' : ` = ${formatPercent(percent)} kế hoạch`;
  return `Thực hiện ${formatFigure(actual)}/${formatFigure(plan)}${unit}${share}${lower}`;
}

/**
 * The ratio an item is judged on: actual/plan, or plan/actual when lower is better (actual 0 → ∞).
 * Snapped to 12 significant digits so 0.3/0.1 reaches a threshold of 3.
 */
export function itemRatio(direction: ScoringItem['direction'], plan: number, actual: number): number {
  if (direction === 'lower_better') return actual === 0 ? Infinity : snap(plan / actual);
  return snap(actual / plan);
}

/** "tỷ lệ 1,24" or "tỷ lệ kế hoạch/thực hiện 1,25" — what the ratio is, for the explanation. */
function ratioName(item: ScoringItem, ratio: number): string {
  const label = item.direction === 'lower_better' ? 'tỷ lệ kế hoạch/thực hiện' : 'tỷ lệ thực hiện/kế hoạch';
  return `${label} ${ratio === Infinity ? '∞ (thực hiện bằng 0)' : formatRatio(ratio)}`;
}

interface PlanActual {
  plan: number;
  actual: number;
  percent: number | null;
}

/** Plan and actual, or the reason there is no score: missing figures, or a plan of 0 (not assigned). */
function planActual(item: ScoringItem, value: ItemValue | undefined): PlanActual | ItemScore {
  const plan = value?.plan;
  const actual = value?.actual;
  if (!has(plan) || !has(actual)) {
    const lacking = [!has(plan) && 'kế hoạch', !has(actual) && 'thực hiện'].filter(Boolean).join(', ');
    return missing(item.code, `thiếu ${lacking}`);
  }
  if (plan === 0)
    return result(
      item.code,
      'not_scored',
      0,
      null,
      `Kế hoạch bằng 0 (chỉ tiêu không được giao): không tính được tỷ lệ thực hiện, chỉ tiêu không chấm điểm — 0 điểm.`,
    );
  return { plan, actual, percent: (actual / plan) * 100 };
}

function scoreFixed(item: ScoringItem, value: ItemValue | undefined): ItemScore {
  const max = item.maxPoints;
  const plan = value?.plan;
  const actual = value?.actual;
  const percent = has(plan) && has(actual) && plan !== 0 ? (actual / plan) * 100 : null;
  if (typeof value?.achieved === 'boolean') {
    const points = value.achieved ? max : 0;
    return result(
      item.code,
      'scored',
      points,
      percent,
      value.achieved ? `Đạt: ${formatPoints(points)} điểm (điểm tối đa).` : 'Không đạt: 0,00 điểm.',
    );
  }
  if (!has(plan) || !has(actual))
    return missing(item.code, 'thiếu kết quả đạt/không đạt, hoặc kế hoạch và thực hiện');
  const achieved = item.direction === 'lower_better' ? actual <= plan : actual >= plan;
  const comparison = item.direction === 'lower_better' ? (achieved ? '≤' : '>') : achieved ? '≥' : '<';
  const lead = `${reportLine(item, plan, actual, percent)}; thực hiện ${comparison} kế hoạch`;
  return result(
    item.code,
    'scored',
    achieved ? max : 0,
    percent,
    achieved ? `${lead} → đạt: ${formatPoints(max)} điểm.` : `${lead} → không đạt: 0,00 điểm.`,
  );
}

function scoreProportional(item: ScoringItem, value: ItemValue | undefined): ItemScore {
  const pa = planActual(item, value);
  if ('status' in pa) return pa;
  const { plan, actual, percent } = pa;
  const max = item.maxPoints;
  const lead = reportLine(item, plan, actual, percent);
  if (item.direction === 'lower_better' && actual === 0)
    return result(
      item.code,
      'scored',
      max,
      percent,
      `${lead}; thực hiện bằng 0 là kết quả tốt nhất → ${formatPoints(max)} điểm (điểm tối đa).`,
    );
  const ratio = itemRatio(item.direction, plan, actual);
  const share = Math.min(ratio, 1);
  const points = max * share;
  const formula =
    item.direction === 'lower_better'
      ? `${formatFigure(max)} × min(${formatFigure(plan)}/${formatFigure(actual)}; 1) = ${formatFigure(max)} × min(${formatRatio(ratio)}; 1)`
      : `${formatFigure(max)} × min(${formatRatio(ratio)}; 1)`;
  const rounded = roundPoints(points);
  return result(
    item.code,
    'scored',
    points,
    percent,
    `${lead}; ${formula} ${equalsPoints(points, rounded)}.`,
    rounded,
  );
}

/** The band with the highest minRatio not above `ratio` (bands may be listed in either order). */
export function bandFor(bands: readonly ScoreBand[], ratio: number): ScoreBand | undefined {
  let best: ScoreBand | undefined;
  for (const band of bands)
    if (band.minRatio <= ratio && (!best || band.minRatio > best.minRatio)) best = band;
  return best;
}

function scoreBands(item: ScoringItem, value: ItemValue | undefined): ItemScore {
  const pa = planActual(item, value);
  if ('status' in pa) return pa;
  const { plan, actual, percent } = pa;
  const bands = item.params?.bands ?? [];
  const ratio = itemRatio(item.direction, plan, actual);
  const lead = `${reportLine(item, plan, actual, percent)}; ${ratioName(item, ratio)}`;
  const band = bandFor(bands, ratio);
  if (!band) {
    const lowest = bands.reduce((m, b) => Math.min(m, b.minRatio), Infinity);
    return result(
      item.code,
      'scored',
      0,
      percent,
      `${lead} chưa đạt mức thấp nhất (≥ ${formatRatio(lowest)}) → 0,00 điểm.`,
    );
  }
  const reached = `${lead} đạt mức ≥ ${formatRatio(band.minRatio)}`;
  if (band.points > item.maxPoints)
    return result(
      item.code,
      'scored',
      item.maxPoints,
      percent,
      `${reached} (${formatFigure(band.points)} điểm), vượt điểm tối đa nên tính ${formatPoints(item.maxPoints)} điểm.`,
    );
  return result(item.code, 'scored', band.points, percent, `${reached} → ${formatPoints(band.points)} điểm.`);
}

function scoreBonus(item: ScoringItem, value: ItemValue | undefined): ItemScore {
  const pa = planActual(item, value);
  if ('status' in pa) return pa;
  const { plan, actual, percent } = pa;
  const perPercent = item.params?.perPercent ?? 0;
  const cap = item.params?.cap ?? 0;
  const ratio = itemRatio(item.direction, plan, actual);
  const lead = `${reportLine(item, plan, actual, percent)}; ${ratioName(item, ratio)}`;
  if (ratio <= 1)
    return result(item.code, 'scored', 0, percent, `${lead}, không vượt kế hoạch → 0,00 điểm thưởng.`);
  if (ratio === Infinity)
    return result(
      item.code,
      'scored',
      cap,
      percent,
      `${lead} → điểm thưởng tối đa ${formatPoints(cap)} điểm.`,
    );
  const above = snap((ratio - 1) * 100);
  const raw = perPercent * above;
  const computed = `vượt ${formatRatio(above)}% × ${formatFigure(perPercent)} điểm/1%`;
  if (raw > cap)
    return result(
      item.code,
      'scored',
      cap,
      percent,
      `${lead}; ${computed} = ${formatPoints(raw)} điểm, vượt mức trần ${formatFigure(cap)} → cộng ${formatPoints(cap)} điểm.`,
    );
  const rounded = roundPoints(raw);
  return result(
    item.code,
    'scored',
    raw,
    percent,
    `${lead}; ${computed} ${equalsPoints(raw, rounded)} (cộng thêm).`,
    rounded,
  );
}

function scoreDeduction(item: ScoringItem, value: ItemValue | undefined): ItemScore {
  const count = value?.count;
  if (!has(count)) return missing(item.code, 'thiếu số trường hợp');
  const perCount = item.params?.perCount ?? 0;
  const cap = item.params?.cap ?? 0;
  if (count === 0)
    return result(item.code, 'scored', 0, null, 'Không có trường hợp nào → không trừ điểm (0,00 điểm).');
  const raw = perCount * count;
  const computed = `${formatFigure(count)} trường hợp × ${formatFigure(perCount)} điểm = ${formatPoints(raw)} điểm`;
  if (raw > cap)
    return result(
      item.code,
      'scored',
      -cap,
      null,
      `${computed}, vượt mức trần ${formatFigure(cap)} → trừ ${formatPoints(cap)} điểm.`,
    );
  return result(item.code, 'scored', -raw, null, `${computed} → trừ ${formatPoints(roundPoints(raw))} điểm.`);
}

/** Points of one item for one member's reported value (undefined = nothing reported). The table must be valid. */
export function scoreItem(item: ScoringItem, value: ItemValue | undefined): ItemScore {
  switch (item.method) {
    case 'fixed':
      return scoreFixed(item, value);
    case 'proportional':
      return scoreProportional(item, value);
    case 'bands':
      return scoreBands(item, value);
    case 'bonus':
      return scoreBonus(item, value);
    case 'deduction':
      return scoreDeduction(item, value);
  }
}
