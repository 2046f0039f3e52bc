/**
 * Facts about a scoring table that do not depend on any member: its maxima (điểm chuẩn, điểm thưởng tối đa,
 * điểm trừ tối đa) and a flat index of its items. law-reference §8.2: totals are commonly 100 or 1,000
 * points, with bonus and deduction items around them.
 */
import { BASE_METHODS, type ScoringItem, type ScoringTable } from './types';

export interface TableMaxima {
  /** Σ maxPoints of fixed, proportional and bands items: the standard maximum (điểm chuẩn). */
  base: number;
  /** Σ cap of bonus items: the most a member can gain on top. */
  bonus: number;
  /** Σ cap of deduction items: the most a member can lose. */
  deduction: number;
}

export function tableMaxima(table: ScoringTable): TableMaxima {
  let base = 0;
  let bonus = 0;
  let deduction = 0;
  for (const group of table.groups)
    for (const item of group.items) {
      if (BASE_METHODS.includes(item.method)) base += item.maxPoints;
      else if (item.method === 'bonus') bonus += item.params?.cap ?? 0;
      else deduction += item.params?.cap ?? 0;
    }
  return { base, bonus, deduction };
}

export interface IndexedItem {
  item: ScoringItem;
  groupIndex: number;
}

/** The table's items in order with the index of their group. */
export function flattenItems(table: ScoringTable): IndexedItem[] {
  const out: IndexedItem[] = [];
  table.groups.forEach((group, groupIndex) => {
    for (const item of group.items) out.push({ item, groupIndex });
  });
  return out;
}
