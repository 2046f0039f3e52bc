import { and, count, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { OrgUnitType } from '../../../domain/org/org-unit';
import type { Executor } from '../../db/client';
import { orgUnits } from '../../db/schema';
import { containing, startingWith } from '../../db/patterns';

export type OrgUnitRow = typeof orgUnits.$inferSelect;
export type NewOrgUnitRow = typeof orgUnits.$inferInsert;

const INSERT_CHUNK = 5000;

/** Byte order of the application-computed sort key, whatever the database's default collation. */
const bySortKey = sql`${orgUnits.sortKey} collate "C"`;

/** In force on `asOf` (validity bounds inclusive; null = open). */
export function inForceOn(asOf: string): SQL {
  return sql`(${orgUnits.validFrom} is null or ${orgUnits.validFrom} <= ${asOf}::date) and (${orgUnits.validTo} is null or ${orgUnits.validTo} >= ${asOf}::date)`;
}

/** A unit of the tenant, or undefined (also for another tenant's id). */
export async function findUnitInTenant(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<OrgUnitRow | undefined> {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.id, id)))
    .limit(1);
  return row;
}

export interface UnitListFilter {
  mode: 'roots' | 'children' | 'search';
  parent?: { id: string; path: string };
  foldedQuery?: string;
  asOf?: string;
  childrenAsOf: string;
  type?: OrgUnitType;
  page: number;
  pageSize: number;
}

/** One page of units with `hasChildren` (in-force children on `childrenAsOf`), sorted by the Vietnamese sort key. */
export async function listUnits(db: Executor, tenantId: string, f: UnitListFilter) {
  const where: SQL[] = [eq(orgUnits.tenantId, tenantId)];
  if (f.mode === 'roots') where.push(isNull(orgUnits.parentId));
  if (f.mode === 'children' && f.parent) where.push(eq(orgUnits.parentId, f.parent.id));
  if (f.mode === 'search') {
    where.push(like(orgUnits.searchText, containing(f.foldedQuery ?? '')));
    if (f.parent) where.push(like(orgUnits.path, startingWith(f.parent.path + '/')));
  }
  if (f.asOf) where.push(inForceOn(f.asOf));
  if (f.type) where.push(eq(orgUnits.type, f.type));
  const cond = and(...where);
  const d = f.childrenAsOf;
  const hasChildren = sql<boolean>`exists (select 1 from org_units c where c.tenant_id = org_units.tenant_id and c.parent_id = org_units.id and (c.valid_from is null or c.valid_from <= ${d}::date) and (c.valid_to is null or c.valid_to >= ${d}::date))`;
  const [items, totals] = await Promise.all([
    db
      .select({
        id: orgUnits.id,
        name: orgUnits.name,
        type: orgUnits.type,
        code: orgUnits.code,
        validFrom: orgUnits.validFrom,
        validTo: orgUnits.validTo,
        parentId: orgUnits.parentId,
        depth: orgUnits.depth,
        path: orgUnits.path,
        hasChildren,
      })
      .from(orgUnits)
      .where(cond)
      .orderBy(bySortKey, orgUnits.id)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(orgUnits).where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

/** Names of the given units (one query for a whole page's ancestors). */
export async function findUnitNames(db: Executor, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), inArray(orgUnits.id, [...ids])));
}

/**
 * All descendants of a unit in force on `asOf`, in tree order, in one statement: the root's path is read
 * by a CTE and the descendants are the index range [path || '/', path || '0') on (tenant_id, path
 * text_pattern_ops) — '0' is the character after '/', and paths hold only ids and '/'. Undefined when the
 * unit is not in the tenant.
 */
export async function listSubtreeAsOf(db: Executor, tenantId: string, unitId: string, asOf: string) {
  const result: unknown = await db.execute(sql`
    with root as (select path from org_units where tenant_id = ${tenantId} and id = ${unitId})
    select u.id, u.name, u.type, u.code, u.valid_from as "validFrom", u.valid_to as "validTo",
           u.parent_id as "parentId", u.depth
    from root
    left join org_units u
      on u.tenant_id = ${tenantId}
     and u.path ~>=~ (root.path || '/') and u.path ~<~ (root.path || '0')
     and (u.valid_from is null or u.valid_from <= ${asOf}::date)
     and (u.valid_to is null or u.valid_to >= ${asOf}::date)
    order by u.depth, u.sort_key collate "C", u.id`);
  const rows = (result as { rows: SubtreeRow[] }).rows;
  if (rows.length === 0) return undefined;
  return rows
    .filter((r) => r.id !== null)
    .map((r) => ({ ...r, validFrom: isoDate(r.validFrom), validTo: isoDate(r.validTo) }));
}

interface SubtreeRow {
  id: string;
  name: string;
  type: OrgUnitType;
  code: string | null;
  validFrom: string | Date | null;
  validTo: string | Date | null;
  parentId: string | null;
  depth: number;
}

/** node-postgres parses `date` columns of raw statements into local Dates; PGlite gives strings. */
function isoDate(value: string | Date | null): string | null {
  if (value === null || typeof value === 'string') return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** Descendants whose validity reaches `date` or later (the ones a rename, move or end must carry along). */
export async function listDescendantsFrom(db: Executor, tenantId: string, path: string, date: string) {
  return db
    .select()
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.tenantId, tenantId),
        like(orgUnits.path, startingWith(path + '/')),
        sql`(${orgUnits.validTo} is null or ${orgUnits.validTo} >= ${date}::date)`,
      ),
    );
}

export async function countChildren(db: Executor, tenantId: string, id: string, asOf: string) {
  const [row] = await db
    .select({
      total: count(),
      inForce: sql<number>`count(*) filter (where ${inForceOn(asOf)})`,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.parentId, id)));
  return { total: Number(row?.total ?? 0), inForce: Number(row?.inForce ?? 0) };
}

type ColumnValue = string | number | null;
const UNIT_COLUMNS: readonly (readonly [string, string, (r: NewOrgUnitRow) => ColumnValue])[] = [
  ['id', 'uuid', (r: NewOrgUnitRow) => r.id],
  ['tenant_id', 'uuid', (r: NewOrgUnitRow) => r.tenantId],
  ['parent_id', 'uuid', (r: NewOrgUnitRow) => r.parentId ?? null],
  ['path', 'text', (r: NewOrgUnitRow) => r.path],
  ['depth', 'int', (r: NewOrgUnitRow) => r.depth],
  ['code', 'text', (r: NewOrgUnitRow) => r.code ?? null],
  ['external_key', 'text', (r: NewOrgUnitRow) => r.externalKey ?? null],
  ['name', 'text', (r: NewOrgUnitRow) => r.name],
  ['type', 'text', (r: NewOrgUnitRow) => r.type],
  ['valid_from', 'date', (r: NewOrgUnitRow) => r.validFrom ?? null],
  ['valid_to', 'date', (r: NewOrgUnitRow) => r.validTo ?? null],
  ['note', 'text', (r: NewOrgUnitRow) => r.note ?? null],
  ['search_text', 'text', (r: NewOrgUnitRow) => r.searchText],
  ['sort_key', 'text', (r: NewOrgUnitRow) => r.sortKey],
  ['created_at', 'timestamptz', (r: NewOrgUnitRow) => (r.createdAt ?? new Date()).toISOString()],
  [
    'updated_at',
    'timestamptz',
    (r: NewOrgUnitRow) => (r.updatedAt ?? r.createdAt ?? new Date()).toISOString(),
  ],
];

/**
 * Set-based insert: each chunk is ONE statement with one array parameter per column (`unnest`), which
 * is far cheaper to build and send than thousands of bound values. Rows whose external key already
 * exists in the tenant are skipped. Returns the inserted ids.
 */
export async function insertUnits(db: Executor, rows: readonly NewOrgUnitRow[]): Promise<string[]> {
  const ids: string[] = [];
  const columns = sql.raw(UNIT_COLUMNS.map(([name]) => name).join(', '));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const arrays = UNIT_COLUMNS.map(([, type, get]) => sql`${sql.param(chunk.map(get))}::${sql.raw(type)}[]`);
    // Both drivers (PGlite, node-postgres) answer execute() with { rows }.
    const result: unknown = await db.execute<{ id: string }>(
      sql`insert into org_units (${columns}) select * from unnest(${sql.join(arrays, sql`, `)}) on conflict do nothing returning id`,
    );
    ids.push(...(result as { rows: { id: string }[] }).rows.map((r) => r.id));
  }
  return ids;
}

/** Corrects a unit in place when `version` matches; undefined on a version mismatch. */
export async function updateUnit(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<
    Pick<OrgUnitRow, 'name' | 'code' | 'note' | 'validFrom' | 'validTo' | 'searchText' | 'sortKey'>
  >,
  now: Date,
) {
  const [row] = await db
    .update(orgUnits)
    .set({ ...patch, updatedAt: now, version: sql`${orgUnits.version} + 1` })
    .where(and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.id, id), eq(orgUnits.version, version)))
    .returning();
  return row;
}

/** Ends the given units on `validTo` (set-based). */
export async function endUnits(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
  validTo: string,
  now: Date,
) {
  if (ids.length === 0) return;
  await db
    .update(orgUnits)
    .set({ validTo, updatedAt: now, version: sql`${orgUnits.version} + 1` })
    .where(and(eq(orgUnits.tenantId, tenantId), inArray(orgUnits.id, [...ids])));
}

/** id and path of the tenant's units whose external key starts with one of `prefixes`. */
export async function listExternalKeys(db: Executor, tenantId: string, prefixes: readonly string[]) {
  return db
    .select({ id: orgUnits.id, path: orgUnits.path, externalKey: orgUnits.externalKey })
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.tenantId, tenantId),
        sql`(${sql.join(
          prefixes.map((p) => sql`${orgUnits.externalKey} like ${startingWith(p)}`),
          sql` or `,
        )})`,
      ),
    );
}

/** Candidate units for matching imported rows: by code or by folded name (exact). */
export async function findUnitsByCodesOrNames(
  db: Executor,
  tenantId: string,
  codes: readonly string[],
  foldedNames: readonly string[],
) {
  const any: SQL[] = [];
  if (codes.length) any.push(inArray(orgUnits.code, [...codes]));
  if (foldedNames.length) any.push(inArray(orgUnits.searchText, [...foldedNames]));
  if (any.length === 0) return [];
  return db
    .select({
      id: orgUnits.id,
      name: orgUnits.name,
      code: orgUnits.code,
      path: orgUnits.path,
      searchText: orgUnits.searchText,
      validFrom: orgUnits.validFrom,
      validTo: orgUnits.validTo,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), sql`(${sql.join(any, sql` or `)})`));
}
