/**
 * Counting rules of the award statistics — the semantics the SQL of the statistics API must reproduce
 * (its tests compare with these functions):
 *
 * - **lượt** (`awards`): the number of valid award records — one per subject per decision; a person with
 *   two Giấy khen counts twice. Five-year reports count lượt (seed 004, "05 lượt Cờ thi đua").
 * - **subjects**: the number of distinct subjects (`subjectType` + `subjectId`) among those records. In a
 *   group, a subject counts once however many awards it has there; the total counts it once overall, so
 *   the total of subjects is not the sum of the rows'.
 * - A revoked award never counts (Luật Thi đua, khen thưởng 06/2022/QH15 Điều 93); a record counts in a
 *   period when its counting date lies in it (period.ts `countingDate`).
 * - Rows come sorted by the group-by fields in the order asked: false before true, numbers ascending,
 *   text by code point (PostgreSQL: `ORDER BY … COLLATE "C"`), null last (`NULLS LAST`). Groups with no
 *   record are absent.
 */
import type { Problem } from '../awards/ledger';
import type { IsoDate } from '../awards/types';
import { type AwardFacts, type AwardRecordInput, awardFactsInPeriod } from './facts';
import { DEFAULT_STATISTICAL_YEAR_START, type StatisticalYearStart } from './period';

/** The fields `groupBy` may name (GET /api/statistics/awards). */
export const STATISTICS_GROUP_BY = [
  'awardCode',
  'level',
  'kind',
  'subjectType',
  'commendationType',
  'year',
  'unit',
  'gender',
  'ethnicMinority',
  'leader',
  'occupationGroup',
] as const;
export type GroupByField = (typeof STATISTICS_GROUP_BY)[number];
export const GROUP_BY_LABELS: Record<GroupByField, string> = {
  awardCode: 'Danh hiệu, hình thức',
  level: 'Cấp khen thưởng',
  kind: 'Loại hình thức',
  subjectType: 'Đối tượng',
  commendationType: 'Phương thức khen thưởng',
  year: 'Năm thống kê',
  unit: 'Đơn vị',
  gender: 'Giới tính',
  ethnicMinority: 'Dân tộc thiểu số',
  leader: 'Lãnh đạo',
  occupationGroup: 'Nhóm đối tượng',
};

export type GroupValue = string | number | boolean | null;
export type GroupKey = Partial<Record<GroupByField, GroupValue>>;
export interface Counts {
  awards: number;
  subjects: number;
}
export type CountRow = GroupKey & Counts;
export interface AwardCounts {
  rows: CountRow[];
  total: Counts;
}
/** The answer of GET /api/statistics/awards. */
export interface StatisticsAnswer extends AwardCounts {
  period: { from: IsoDate; to: IsoDate };
}

/**
 * `groupBy` as the query string gives it ("level,kind" or repeated parameters): known fields only, each
 * once, in the order given; empty → no grouping (one total row).
 */
export function parseGroupBy(
  input: string | readonly string[] | undefined | null,
): { ok: true; fields: GroupByField[] } | { ok: false; problems: Problem[] } {
  const parts = (typeof input === 'string' ? [input] : (input ?? []))
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = parts.filter((p) => !(STATISTICS_GROUP_BY as readonly string[]).includes(p));
  if (unknown.length)
    return {
      ok: false,
      problems: [
        {
          path: 'groupBy',
          message: `Không nhóm được theo "${unknown.join('", "')}"; chỉ nhóm theo: ${STATISTICS_GROUP_BY.join(', ')}`,
        },
      ],
    };
  return { ok: true, fields: [...new Set(parts)] as GroupByField[] };
}

function compareValues(a: GroupValue, b: GroupValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1;
  return String(a) < String(b) ? -1 : 1;
}

/** Counts lượt and distinct subjects of already-counted facts, grouped by `groupBy` (may be empty). */
export function countAwards(facts: readonly AwardFacts[], groupBy: readonly GroupByField[]): AwardCounts {
  const groups = new Map<string, { key: GroupKey; awards: number; subjects: Set<string> }>();
  const everyone = new Set<string>();
  for (const f of facts) {
    const key: GroupKey = {};
    for (const field of groupBy) key[field] = f[field];
    const id = JSON.stringify(groupBy.map((g) => key[g]));
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, awards: 0, subjects: new Set() }));
    g.awards++;
    g.subjects.add(f.subjectKey);
    everyone.add(f.subjectKey);
  }
  const rows = [...groups.values()]
    .sort((x, y) => {
      for (const field of groupBy) {
        const c = compareValues(x.key[field] ?? null, y.key[field] ?? null);
        if (c !== 0) return c;
      }
      return 0;
    })
    .map((g) => ({ ...g.key, awards: g.awards, subjects: g.subjects.size }));
  return { rows, total: { awards: facts.length, subjects: everyone.size } };
}

/** The whole statistic over ledger records: count what is valid in the period, grouped. */
export function tallyAwards(
  records: readonly AwardRecordInput[],
  options: {
    period: { from: IsoDate; to: IsoDate };
    groupBy: readonly GroupByField[];
    statisticalYearStart?: StatisticalYearStart;
  },
): StatisticsAnswer {
  const start = options.statisticalYearStart ?? DEFAULT_STATISTICAL_YEAR_START;
  const facts = awardFactsInPeriod(records, options.period, start);
  return {
    period: { from: options.period.from, to: options.period.to },
    ...countAwards(facts, options.groupBy),
  };
}
