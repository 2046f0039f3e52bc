import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { households, orgUnits, people, personUnitMemberships } from '../../db/schema';
import { containing, pathInSubtree as subtreeOf } from '../../db/patterns';

export type PersonRecord = typeof people.$inferSelect;
export type NewPersonRecord = typeof people.$inferInsert;

/** A unit of the tenant (own small query until the org module exports one). */
export interface UnitRef {
  id: string;
  name: string;
  path: string;
  type: string;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
}

const unitColumns = {
  id: orgUnits.id,
  name: orgUnits.name,
  path: orgUnits.path,
  type: orgUnits.type,
  code: orgUnits.code,
  validFrom: orgUnits.validFrom,
  validTo: orgUnits.validTo,
};

export async function findUnit(db: Executor, tenantId: string, id: string): Promise<UnitRef | undefined> {
  const [row] = await db
    .select(unitColumns)
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.id, id)))
    .limit(1);
  return row;
}

/** Units of the tenant in force on `asOf`, ordered by path (parents first). */
export async function listUnitsInForce(db: Executor, tenantId: string, asOf: string): Promise<UnitRef[]> {
  return db
    .select(unitColumns)
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.tenantId, tenantId),
        sql`(${orgUnits.validFrom} is null or ${orgUnits.validFrom} <= ${asOf})`,
        sql`(${orgUnits.validTo} is null or ${orgUnits.validTo} >= ${asOf})`,
      ),
    )
    .orderBy(asc(orgUnits.depth), asc(orgUnits.sortKey));
}

/** `unit path lies in the subtree at scope` for the joined org_units row. */
export const pathInSubtree = (scope: string): SQL => subtreeOf(orgUnits.path, scope);

export interface PersonWhere {
  tenantId: string;
  /** 'all' or the subtrees the actor may read (empty = nothing). */
  scopes: 'all' | string[];
  /** Folded search text, and the blind index when q is a full citizen ID. */
  q?: string;
  qHash?: string;
  qCode?: string;
  unit?: { id: string; path: string; includeSubunits: boolean };
  gender?: string;
  ethnicity?: string;
  occupationGroup?: string;
  isLeader?: boolean;
}

export function personWhere(f: PersonWhere): SQL {
  const conds: (SQL | undefined)[] = [eq(people.tenantId, f.tenantId)];
  if (f.scopes !== 'all')
    conds.push(f.scopes.length === 0 ? sql`false` : or(...f.scopes.map((s) => pathInSubtree(s))));
  if (f.q !== undefined) {
    const text = sql`${people.id} in (select person_id from person_search
      where tenant_id = ${f.tenantId} and search_text like ${likePattern(f.q)})`;
    const exact = [
      f.qHash ? eq(people.citizenIdHash, f.qHash) : undefined,
      f.qCode ? eq(people.externalCode, f.qCode) : undefined,
    ].filter((c): c is SQL => c !== undefined);
    conds.push(exact.length ? or(text, ...exact) : text);
  }
  if (f.unit) conds.push(f.unit.includeSubunits ? pathInSubtree(f.unit.path) : eq(people.unitId, f.unit.id));
  if (f.gender) conds.push(sql`${people.gender} = ${f.gender}`);
  if (f.ethnicity) conds.push(eq(people.ethnicity, f.ethnicity));
  if (f.occupationGroup) conds.push(sql`${people.occupationGroup} = ${f.occupationGroup}`);
  if (f.isLeader !== undefined) conds.push(eq(people.isLeader, f.isLeader));
  return and(...conds)!;
}

const likePattern = containing;

/**
 * Name search over the whole tenant with no other filter, on the narrow person_search table (kept by
 * triggers, migration 0004): the count, stopping at `cap` + 1.
 */
export async function countTextMatches(db: Executor, tenantId: string, folded: string, cap: number) {
  const result: unknown = await db.execute(sql`select count(*)::int as n from (
      select 1 from person_search where tenant_id = ${tenantId} and search_text like ${likePattern(folded)}
      limit ${cap + 1}) as matches`);
  return Number((result as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}

/** The ids of a page of a name search with many matches, walking the name index of person_search. */
export async function pageTextMatches(
  db: Executor,
  tenantId: string,
  folded: string,
  page: { descending: boolean; limit: number; offset: number },
) {
  const direction = page.descending ? sql`desc` : sql`asc`;
  const result: unknown = await db.execute(sql`select person_id as id from person_search
      where tenant_id = ${tenantId} and search_text like ${likePattern(folded)}
      order by sort_key ${direction}, person_id ${direction} limit ${page.limit} offset ${page.offset}`);
  return (result as { rows: { id: string }[] }).rows.map((r) => r.id);
}

/**
 * One pass over at most `cap` + 1 matches: their number and, when they are all there (≤ cap), the page
 * sorted from them. `counted` is null when the page is past the end (no row to carry the count).
 */
export async function pageAndCountTextMatches(
  db: Executor,
  tenantId: string,
  folded: string,
  page: { descending: boolean; limit: number; offset: number; cap: number },
) {
  const direction = page.descending ? sql`desc` : sql`asc`;
  const result: unknown = await db.execute(sql`with m as (
      select person_id, sort_key from person_search
      where tenant_id = ${tenantId} and search_text like ${likePattern(folded)} limit ${page.cap + 1})
    select person_id as id, count(*) over ()::int as n from m
    order by sort_key ${direction}, person_id ${direction} limit ${page.limit} offset ${page.offset}`);
  const rows = (result as { rows: { id: string; n: number }[] }).rows;
  return { ids: rows.map((r) => r.id), counted: rows[0] ? Number(rows[0].n) : null };
}

/** List rows of the given people, in the order of `ids`. */
export async function listPeopleByIds(db: Executor, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select(personListColumns)
    .from(people)
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(and(eq(people.tenantId, tenantId), inArray(people.id, ids)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const SORTS: Record<string, SQL[]> = {
  name: [asc(people.sortKey), asc(people.id)],
  '-name': [desc(people.sortKey), desc(people.id)],
  birthDate: [sql`${people.birthDate} asc nulls last`, asc(people.id)],
  '-birthDate': [sql`${people.birthDate} desc nulls last`, desc(people.id)],
  createdAt: [asc(people.createdAt), asc(people.id)],
  '-createdAt': [desc(people.createdAt), desc(people.id)],
};

export const personListColumns = {
  id: people.id,
  fullName: people.fullName,
  gender: people.gender,
  birthDate: people.birthDate,
  ethnicity: people.ethnicity,
  citizenIdCipher: people.citizenIdCipher,
  citizenIdMasked: people.citizenIdMasked,
  position: people.position,
  isLeader: people.isLeader,
  occupationGroup: people.occupationGroup,
  recruitedOn: people.recruitedOn,
  unitId: people.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  unitCode: orgUnits.code,
  externalCode: people.externalCode,
  phone: people.phone,
  email: people.email,
  version: people.version,
};
export type PersonListRow = Awaited<ReturnType<typeof listPeople>>[number];

// The same orders, written so that no index can serve them: the planner then fetches the few matches
// through the trigram index and sorts them, instead of walking the whole name index filtering rows.
const SORTS_FOR_FEW: Record<string, SQL[]> = {
  name: [sql`${people.sortKey} || ''`, asc(people.id)],
  '-name': [sql`${people.sortKey} || '' desc`, desc(people.id)],
};

/**
 * A page of people. `fewMatches`: the caller counted few matches, so the page is taken from them
 * rather than by walking the name index (pg_trgm selectivity estimates are often far off).
 */
export async function listPeople(
  db: Executor,
  where: SQL,
  sort: string,
  limit: number,
  offset: number,
  fewMatches = false,
) {
  const order = (fewMatches ? SORTS_FOR_FEW[sort] : undefined) ?? SORTS[sort] ?? SORTS.name!;
  return db
    .select(personListColumns)
    .from(people)
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
}

/**
 * Counts matches, stopping at `cap` + 1 when a cap is given (a count of a large match set costs as much
 * as reading it; past the cap the list says "more than").
 */
export async function countPeople(db: Executor, where: SQL, scoped: boolean, cap?: number): Promise<number> {
  // The join is only needed when a condition reads the unit's path.
  const from = scoped ? sql`people left join org_units on org_units.id = people.unit_id` : sql`people`;
  const inner = cap === undefined ? sql`` : sql` limit ${cap + 1}`;
  const result = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from ${from} where ${where}${inner}) as matches`,
  );
  return Number((result as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}

export async function findPerson(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ person: people, unitName: orgUnits.name, unitPath: orgUnits.path })
    .from(people)
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(and(eq(people.tenantId, tenantId), eq(people.id, id)))
    .limit(1);
  return row;
}

export async function listMemberships(db: Executor, tenantId: string, personId: string) {
  return db
    .select({
      id: personUnitMemberships.id,
      unitId: personUnitMemberships.unitId,
      unitName: orgUnits.name,
      position: personUnitMemberships.position,
      fromDate: personUnitMemberships.fromDate,
      toDate: personUnitMemberships.toDate,
    })
    .from(personUnitMemberships)
    .innerJoin(orgUnits, eq(orgUnits.id, personUnitMemberships.unitId))
    .where(and(eq(personUnitMemberships.tenantId, tenantId), eq(personUnitMemberships.personId, personId)))
    .orderBy(sql`${personUnitMemberships.fromDate} asc nulls first`, asc(personUnitMemberships.createdAt));
}

export async function listHouseholdsHeadedBy(db: Executor, tenantId: string, personId: string) {
  return db
    .select({ id: households.id, name: households.name })
    .from(households)
    .where(and(eq(households.tenantId, tenantId), eq(households.headPersonId, personId)))
    .orderBy(asc(households.sortKey));
}

/** Ids of other people of the tenant holding this citizen ID (blind index) or staff code. */
export async function findClashes(
  db: Executor,
  tenantId: string,
  keys: { hash?: string | null; code?: string | null },
  exceptId?: string,
) {
  const keyConds = [
    keys.hash ? eq(people.citizenIdHash, keys.hash) : undefined,
    keys.code ? eq(people.externalCode, keys.code) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  if (keyConds.length === 0) return [];
  return db
    .select({ id: people.id, hash: people.citizenIdHash, code: people.externalCode })
    .from(people)
    .where(
      and(
        eq(people.tenantId, tenantId),
        or(...keyConds),
        exceptId ? sql`${people.id} <> ${exceptId}` : undefined,
      ),
    );
}

export async function insertPerson(db: Executor, row: NewPersonRecord) {
  await db.insert(people).values(row);
}

/** Updates when the version matches; returns false on a concurrent change. */
export async function updatePerson(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<NewPersonRecord>,
): Promise<boolean> {
  const rows = await db
    .update(people)
    .set({ ...patch, version: sql`${people.version} + 1` })
    .where(and(eq(people.tenantId, tenantId), eq(people.id, id), eq(people.version, version)))
    .returning({ id: people.id });
  return rows.length === 1;
}

export async function deletePerson(db: Executor, tenantId: string, id: string) {
  await db.delete(people).where(and(eq(people.tenantId, tenantId), eq(people.id, id)));
}

export async function insertMemberships(db: Executor, rows: (typeof personUnitMemberships.$inferInsert)[]) {
  if (rows.length) await db.insert(personUnitMemberships).values(rows);
}

/** Ends the open memberships of these people on `toDate` (set-based). */
export async function closeOpenMemberships(
  db: Executor,
  tenantId: string,
  personIds: string[],
  toDate: string,
) {
  if (personIds.length === 0) return;
  await db
    .update(personUnitMemberships)
    .set({ toDate, updatedAt: sql`now()` })
    .where(
      and(
        eq(personUnitMemberships.tenantId, tenantId),
        inArray(personUnitMemberships.personId, personIds),
        isNull(personUnitMemberships.toDate),
      ),
    );
}

export async function findOpenMembership(db: Executor, tenantId: string, personId: string) {
  const [row] = await db
    .select()
    .from(personUnitMemberships)
    .where(
      and(
        eq(personUnitMemberships.tenantId, tenantId),
        eq(personUnitMemberships.personId, personId),
        isNull(personUnitMemberships.toDate),
      ),
    )
    .orderBy(desc(personUnitMemberships.fromDate))
    .limit(1);
  return row;
}

export async function setOpenMembershipPosition(
  db: Executor,
  tenantId: string,
  personId: string,
  position: string | null,
) {
  await db
    .update(personUnitMemberships)
    .set({ position })
    .where(
      and(
        eq(personUnitMemberships.tenantId, tenantId),
        eq(personUnitMemberships.personId, personId),
        isNull(personUnitMemberships.toDate),
      ),
    );
}

export async function countPeopleOfTenant(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(eq(people.tenantId, tenantId));
  return row?.n ?? 0;
}
