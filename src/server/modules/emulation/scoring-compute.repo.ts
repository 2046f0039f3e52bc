import { sql } from 'drizzle-orm';
import type { ClassificationBand, ScoringTable } from '../../../domain/scoring/types';
import type { Executor } from '../../db/client';
import { arrayLiteral } from '../../db/arrays';

/**
 * Set-based reads and writes of a recompute: one query per kind of input for any number of blocs, one
 * DELETE and chunked INSERT … SELECT FROM unnest(…) per computed table (one array parameter per column).
 */

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const texts = (values: readonly (string | null)[]) => sql.param(arrayLiteral(values));
const numbers = (values: readonly (number | null)[]) =>
  sql.param(`{${values.map((v) => (v === null || !Number.isFinite(v) ? 'NULL' : String(v))).join(',')}}`);
/** Rows per INSERT: large enough to amortise the round trip, small enough to keep parameters modest. */
const CHUNK = 20_000;

export interface ComputeYear {
  blocId: string;
  yearId: string;
  status: string;
  tableId: string;
  definition: ScoringTable;
  classificationBands: ClassificationBand[] | null;
}

export interface ComputeMember {
  blocId: string;
  unitId: string;
  name: string;
}

export interface ComputeEntry {
  blocId: string;
  unitId: string;
  itemCode: string;
  plan: number | null;
  actual: number | null;
  achieved: boolean | null;
  count: number | null;
}

const blocFilter = (blocIds: readonly string[] | null, column = sql`bloc_id`) =>
  blocIds ? sql`and ${column} = any(${texts(blocIds)}::uuid[])` : sql``;

/** The years with a table (of one bloc, or every bloc of the tenant for the year). */
export async function loadComputeYears(
  db: Executor,
  tenantId: string,
  year: number,
  blocIds: readonly string[] | null,
): Promise<ComputeYear[]> {
  return rowsOf<ComputeYear>(
    await db.execute(sql`
      select y.bloc_id as "blocId", y.id as "yearId", y.status, t.id as "tableId", t.definition,
        t.classification_bands as "classificationBands"
      from bloc_scoring_years y join bloc_scoring_tables t on t.id = y.table_id
      where y.tenant_id = ${tenantId} and y.year = ${year} ${blocFilter(blocIds, sql`y.bloc_id`)}
      order by y.bloc_id`),
  );
}

export async function loadComputeMembers(
  db: Executor,
  tenantId: string,
  year: number,
  blocIds: readonly string[],
): Promise<ComputeMember[]> {
  return rowsOf<ComputeMember>(
    await db.execute(sql`
      select m.bloc_id as "blocId", m.unit_id as "unitId", u.name
      from emulation_bloc_members m join org_units u on u.id = m.unit_id
      where m.tenant_id = ${tenantId} and m.year = ${year} ${blocFilter(blocIds, sql`m.bloc_id`)}
      order by m.bloc_id, m.position`),
  );
}

export async function loadComputeEntries(
  db: Executor,
  tenantId: string,
  year: number,
  blocIds: readonly string[],
): Promise<ComputeEntry[]> {
  return rowsOf<ComputeEntry>(
    await db.execute(sql`
      select bloc_id as "blocId", unit_id as "unitId", item_code as "itemCode", plan, actual, achieved, count
      from bloc_scoring_entries
      where tenant_id = ${tenantId} and year = ${year} ${blocFilter(blocIds)}`),
  );
}

export interface ResultRow {
  blocId: string;
  unitId: string;
  tableId: string;
  total: number;
  exactTotal: number;
  rank: number;
  classification: string | null;
  missingItems: number;
  explanation: string;
  items: ItemPointRow[];
}

/**
 * One item of a member's stored result, as kept in `bloc_scoring_results.items` (a JSON array of these
 * tuples, 120,000 of them for a province-year): item code, status, points, exact points, % of plan.
 */
export type ItemPointRow = [
  itemCode: string,
  status: string,
  points: number,
  exactPoints: number,
  percentOfPlan: number | null,
];

/** Replaces the computed results (with their item points) of `blocIds` for the year; marks their tables used. */
export async function replaceResults(
  tx: Executor,
  tenantId: string,
  year: number,
  blocIds: readonly string[],
  results: readonly ResultRow[],
  now: Date,
) {
  const at = now.toISOString();
  const ids = texts(blocIds);
  await tx.execute(
    sql`delete from bloc_scoring_results where tenant_id = ${tenantId} and year = ${year} and bloc_id = any(${ids}::uuid[])`,
  );
  for (let i = 0; i < results.length; i += CHUNK) {
    const c = results.slice(i, i + CHUNK);
    await tx.execute(sql`
      insert into bloc_scoring_results (tenant_id, bloc_id, year, unit_id, table_id, total, exact_total, rank,
        classification, missing_items, explanation, items, computed_at)
      select ${tenantId}, v.bloc_id, ${year}, v.unit_id, v.table_id, v.total, v.exact_total, v.rank,
        v.classification, v.missing_items, v.explanation, v.items::jsonb, ${at}
      from unnest(${texts(c.map((r) => r.blocId))}::uuid[], ${texts(c.map((r) => r.unitId))}::uuid[],
        ${texts(c.map((r) => r.tableId))}::uuid[], ${numbers(c.map((r) => r.total))}::float8[],
        ${numbers(c.map((r) => r.exactTotal))}::float8[], ${numbers(c.map((r) => r.rank))}::int[],
        ${texts(c.map((r) => r.classification))}::text[], ${numbers(c.map((r) => r.missingItems))}::int[],
        ${texts(c.map((r) => r.explanation))}::text[], ${texts(c.map((r) => JSON.stringify(r.items)))}::text[])
        as v(bloc_id, unit_id, table_id, total, exact_total, rank, classification, missing_items, explanation, items)`);
  }
  await tx.execute(sql`
    update bloc_scoring_years set computed_table_id = table_id, computed_at = ${at}, updated_at = ${at}
    where tenant_id = ${tenantId} and year = ${year} and bloc_id = any(${ids}::uuid[])`);
  await tx.execute(sql`
    update bloc_scoring_tables set used_at = ${at}
    where tenant_id = ${tenantId} and used_at is null
      and id in (select table_id from bloc_scoring_years
                 where tenant_id = ${tenantId} and year = ${year} and bloc_id = any(${ids}::uuid[]))`);
}

export interface StoredResult extends ResultRow {
  unitName: string;
  computedAt: Date | string;
}

export async function listResults(db: Executor, tenantId: string, blocId: string, year: number) {
  return rowsOf<StoredResult>(
    await db.execute(sql`
      select r.bloc_id as "blocId", r.unit_id as "unitId", u.name as "unitName", r.table_id as "tableId",
        r.total, r.exact_total as "exactTotal", r.rank, r.classification, r.missing_items as "missingItems",
        r.explanation, r.items, r.computed_at as "computedAt"
      from bloc_scoring_results r join org_units u on u.id = r.unit_id
      where r.tenant_id = ${tenantId} and r.year = ${year} and r.bloc_id = ${blocId}
      order by r.rank, u.sort_key collate "C"`),
  );
}

export interface UnitYearRow {
  blocId: string;
  blocName: string;
  year: number;
  status: string;
  definition: ScoringTable | null;
  total: number | null;
  rank: number | null;
  classification: string | null;
}

/** Every bloc year the unit is a member of, with the year's table and the unit's stored result. */
export async function listUnitYears(db: Executor, tenantId: string, unitId: string) {
  return rowsOf<UnitYearRow>(
    await db.execute(sql`
      select m.bloc_id as "blocId", b.name as "blocName", m.year, coalesce(y.status, 'draft') as status,
        t.definition, r.total, r.rank, r.classification
      from emulation_bloc_members m
      join emulation_blocs b on b.id = m.bloc_id
      left join bloc_scoring_years y on y.tenant_id = m.tenant_id and y.bloc_id = m.bloc_id and y.year = m.year
      left join bloc_scoring_tables t on t.id = y.table_id
      left join bloc_scoring_results r on r.tenant_id = m.tenant_id and r.year = m.year
        and r.bloc_id = m.bloc_id and r.unit_id = m.unit_id
      where m.tenant_id = ${tenantId} and m.unit_id = ${unitId}
      order by m.year desc, b.sort_key collate "C"`),
  );
}

export async function listUnitEntries(db: Executor, tenantId: string, unitId: string) {
  return rowsOf<ComputeEntry & { year: number }>(
    await db.execute(sql`
      select bloc_id as "blocId", unit_id as "unitId", year, item_code as "itemCode", plan, actual, achieved, count
      from bloc_scoring_entries where tenant_id = ${tenantId} and unit_id = ${unitId}`),
  );
}
