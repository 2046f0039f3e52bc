/**
 * Ranking of a bloc's members by total (issue 5, item 5): highest first; equal totals — compared after
 * rounding to two decimals — share a rank and the next rank skips ("1, 2, 2, 4", standard competition
 * ranking). The ballot (suy tôn) decides the leader, not this rank (law-reference §8.2); the rank is the
 * scored order the bloc reviews before voting.
 */
import { roundPoints } from './format';

export interface Ranked<T> {
  entry: T;
  rank: number;
}

/** Entries sorted by total (highest first, equal totals in input order) with their shared ranks. */
export function rankByTotal<T>(entries: readonly T[], totalOf: (entry: T) => number): Ranked<T>[] {
  const keyed = entries.map((entry, index) => ({
    entry,
    index,
    cents: Math.round(roundPoints(totalOf(entry)) * 100),
  }));
  keyed.sort((a, b) => b.cents - a.cents || a.index - b.index);
  const out: Ranked<T>[] = [];
  let rank = 0;
  keyed.forEach((k, i) => {
    if (i === 0 || k.cents !== keyed[i - 1]?.cents) rank = i + 1;
    out.push({ entry: k.entry, rank });
  });
  return out;
}
