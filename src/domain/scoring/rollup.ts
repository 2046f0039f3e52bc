/**
 * Plan-vs-actual roll-ups for the bloc dashboards (issue 5, item 7). law-reference §8.2: a bloc's
 * agreement sets targets (chỉ tiêu kế hoạch) per member; the dashboard shows how far each member is from
 * them. The roll-up is the project's, documented here so that anyone can recompute it from the figures:
 *
 * 1. Ratio of an item for a member (r):
 *    - `fixed` items: r = 1 when achieved, 0 when not; no value → none;
 *    - other base items (`proportional`, `bands`): higher is better r = actual / plan; lower is better
 *      r = plan / actual (actual 0 → r = 1, the best a lower-is-better item can do); plan 0, no plan or no
 *      actual → none (“không có kế hoạch” / not reported);
 *    - `bonus` and `deduction` items have no weight: they move the score, not the progress.
 * 2. Weight of an item: w = its maxPoints (the points the agreement puts on it).
 * 3. A member's weighted progress = Σ w·min(r, 1) / Σ w × 100, over the items with a ratio (completion,
 *    capped at 100 % per item so one overshoot does not hide a shortfall elsewhere); its weighted
 *    achievement = Σ w·r / Σ w × 100 (uncapped); coverage = Σ w (items with a ratio) / Σ w (all base items) × 100.
 * 4. The bloc's progress and achievement: the same sums pooled over every member and item.
 * 5. An item's progress across members: the plain mean of min(r, 1) × 100 over members with a ratio.
 *
 * Every percentage is rounded half up to two decimals at the end only. Pure: no I/O.
 */
import { roundPoints } from './format';
import { BASE_METHODS, type ItemValue, type ScoringItem } from './types';

/** actual / plan × 100 rounded to two decimals; null when either is missing or the plan is 0. */
export function percentOfPlan(
  plan: number | null | undefined,
  actual: number | null | undefined,
): number | null {
  if (typeof plan !== 'number' || typeof actual !== 'number' || plan === 0) return null;
  const p = (actual / plan) * 100;
  return Number.isFinite(p) ? roundPoints(p) : null;
}

/** “124,00%”, “không có kế hoạch” (plan 0), “chưa có kế hoạch”, “chưa có số liệu”. */
export function percentLabel(plan: number | null | undefined, actual: number | null | undefined): string {
  if (plan === 0) return 'không có kế hoạch';
  if (typeof plan !== 'number') return 'chưa có kế hoạch';
  if (typeof actual !== 'number') return 'chưa có số liệu';
  const p = percentOfPlan(plan, actual);
  return p === null
    ? 'không tính được'
    : `${p.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
}

/** The ratio r of step 1, or null when the item has none for these figures. */
export function progressRatio(item: ScoringItem, value: ItemValue | null | undefined): number | null {
  if (!BASE_METHODS.includes(item.method) || !value) return null;
  if (item.method === 'fixed') return typeof value.achieved === 'boolean' ? (value.achieved ? 1 : 0) : null;
  const { plan, actual } = value;
  if (typeof plan !== 'number' || typeof actual !== 'number' || plan <= 0) return null;
  if (item.direction === 'lower_better') return actual === 0 ? 1 : plan / actual;
  return actual / plan;
}

export interface Progress {
  /** Weighted completion (step 3), % with two decimals; null when no item has a ratio. */
  progress: number | null;
  /** Weighted achievement, uncapped. */
  achievement: number | null;
  /** Share of the base weight that has a ratio, %. */
  coverage: number | null;
  /** Base items without a ratio (no plan, plan 0, not reported). */
  itemsWithoutRatio: number;
}

/** Accumulates step 3 (one member) or step 4 (pooled) sums. */
export class ProgressSum {
  private capped = 0;
  private raw = 0;
  private weighted = 0;
  private total = 0;
  private without = 0;

  add(item: ScoringItem, value: ItemValue | null | undefined): number | null {
    if (!BASE_METHODS.includes(item.method)) return null;
    const w = item.maxPoints;
    this.total += w;
    const r = progressRatio(item, value);
    if (r === null || !Number.isFinite(r)) {
      this.without++;
      return null;
    }
    this.weighted += w;
    this.capped += w * Math.min(r, 1);
    this.raw += w * r;
    return r;
  }

  result(): Progress {
    const pct = (x: number, of: number) => (of > 0 ? roundPoints((x / of) * 100) : null);
    return {
      progress: pct(this.capped, this.weighted),
      achievement: pct(this.raw, this.weighted),
      coverage: pct(this.weighted, this.total),
      itemsWithoutRatio: this.without,
    };
  }
}

/** A member's roll-up (step 3) over the table's items. */
export function memberProgress(
  items: readonly ScoringItem[],
  values: Readonly<Record<string, ItemValue | null | undefined>>,
): Progress {
  const sum = new ProgressSum();
  for (const item of items) sum.add(item, Object.hasOwn(values, item.code) ? values[item.code] : undefined);
  return sum.result();
}

/** An item's progress across members (step 5); null when no member has a ratio. */
export function itemProgress(
  item: ScoringItem,
  values: readonly (ItemValue | null | undefined)[],
): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    const r = progressRatio(item, v);
    if (r === null || !Number.isFinite(r)) continue;
    sum += Math.min(r, 1);
    n++;
  }
  return n ? roundPoints((sum / n) * 100) : null;
}
