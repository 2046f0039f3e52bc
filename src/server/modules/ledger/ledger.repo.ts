import {
  type AnyColumn,
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { SubjectType } from '../../../domain/awards/types';
import type { Executor } from '../../db/client';
import { pathInSubtree } from '../../db/patterns';
import {
  annualRatings,
  awardRecords,
  disciplineRecords,
  households,
  initiativeAuthors,
  initiatives,
  maternityLeaves,
  orgUnits,
  pendingCases,
  people,
} from '../../db/schema';

/**
 * The ledger's database access (CRUD and lists). Every query is scoped by the tenant; lists also by the
 * subtrees the actor may read (the subject's unit path). The eligibility engine's set-based loaders are
 * in ledger-facts.repo.ts.
 */

export type AwardRecord = typeof awardRecords.$inferSelect;
export type NewAwardRecord = typeof awardRecords.$inferInsert;
export type RatingRecord = typeof annualRatings.$inferSelect;
export type DisciplineRecord = typeof disciplineRecords.$inferSelect;
export type NewDisciplineRecord = typeof disciplineRecords.$inferInsert;
export type PendingCaseRecord = typeof pendingCases.$inferSelect;
export type NewPendingCaseRecord = typeof pendingCases.$inferInsert;
export type MaternityRecord = typeof maternityLeaves.$inferSelect;
export type NewMaternityRecord = typeof maternityLeaves.$inferInsert;
export type InitiativeRecord = typeof initiatives.$inferSelect;
export type NewInitiativeRecord = typeof initiatives.$inferInsert;

const COUNT = { n: sql<number>`count(*)::int` };

// ------------------------------------------------------------------------------------------ subjects

/** A subject of the ledger with the unit that scopes it (a collective's unit is itself). */
export interface SubjectRow {
  type: SubjectType;
  id: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  unitPath: string | null;
  recruitedOn: string | null;
}

export async function findSubjects(
  db: Executor,
  tenantId: string,
  type: SubjectType,
  ids: string[],
): Promise<SubjectRow[]> {
  if (ids.length === 0) return [];
  const idList = sql.param(ids);
  if (type === 'individual')
    return db
      .select({
        type: sql<SubjectType>`'individual'`,
        id: people.id,
        name: people.fullName,
        unitId: people.unitId,
        unitName: orgUnits.name,
        unitPath: orgUnits.path,
        recruitedOn: people.recruitedOn,
      })
      .from(people)
      .leftJoin(orgUnits, eq(orgUnits.id, people.unitId))
      .where(and(eq(people.tenantId, tenantId), sql`${people.id} = any(${idList}::uuid[])`));
  if (type === 'collective')
    return db
      .select({
        type: sql<SubjectType>`'collective'`,
        id: orgUnits.id,
        name: orgUnits.name,
        unitId: orgUnits.id,
        unitName: orgUnits.name,
        unitPath: orgUnits.path,
        recruitedOn: sql<string | null>`null`,
      })
      .from(orgUnits)
      .where(and(eq(orgUnits.tenantId, tenantId), sql`${orgUnits.id} = any(${idList}::uuid[])`));
  return db
    .select({
      type: sql<SubjectType>`'household'`,
      id: households.id,
      name: households.name,
      unitId: households.unitId,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      recruitedOn: sql<string | null>`null`,
    })
    .from(households)
    .innerJoin(orgUnits, eq(orgUnits.id, households.unitId))
    .where(and(eq(households.tenantId, tenantId), sql`${households.id} = any(${idList}::uuid[])`));
}

export async function findSubject(db: Executor, tenantId: string, type: SubjectType, id: string) {
  const [row] = await findSubjects(db, tenantId, type, [id]);
  return row;
}

export async function findUnit(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.id, id)))
    .limit(1);
  return row;
}

/** Lists of records scoped like their subjects. */
export interface ScopeWhere {
  tenantId: string;
  /** Subtrees the actor may read; 'all' = the whole tenant. */
  scopes: 'all' | string[];
  /** Only records of subjects in this subtree. */
  unitPath?: string;
  fromYear?: number;
  toYear?: number;
}

/** The scope and unit-subtree conditions on the joined org_units row (the subject's unit). */
function unitConds(f: ScopeWhere): (SQL | undefined)[] {
  const conds: (SQL | undefined)[] = [];
  if (f.scopes !== 'all')
    conds.push(
      f.scopes.length === 0 ? sql`false` : or(...f.scopes.map((s) => pathInSubtree(orgUnits.path, s))),
    );
  if (f.unitPath !== undefined) conds.push(pathInSubtree(orgUnits.path, f.unitPath));
  return conds;
}

/** The subject's name: the person's, the household's, else the collective's (its unit). */
const subjectName = sql<string>`coalesce(${people.fullName}, ${households.name}, ${orgUnits.name})`;
const personOrUnitName = sql<string>`coalesce(${people.fullName}, ${orgUnits.name})`;

// -------------------------------------------------------------------------------------------- awards

const awardColumns = {
  award: awardRecords,
  subjectName,
  unitId: orgUnits.id,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type AwardRow = Awaited<ReturnType<typeof findAward>> & object;

const awardsFrom = (db: Executor) =>
  db
    .select(awardColumns)
    .from(awardRecords)
    .leftJoin(people, eq(people.id, awardRecords.personId))
    .leftJoin(households, eq(households.id, awardRecords.householdId))
    .leftJoin(
      orgUnits,
      sql`${orgUnits.id} = coalesce(${awardRecords.orgUnitId}, ${people.unitId}, ${households.unitId})`,
    );
const awardsCount = (db: Executor) =>
  db
    .select(COUNT)
    .from(awardRecords)
    .leftJoin(people, eq(people.id, awardRecords.personId))
    .leftJoin(households, eq(households.id, awardRecords.householdId))
    .leftJoin(
      orgUnits,
      sql`${orgUnits.id} = coalesce(${awardRecords.orgUnitId}, ${people.unitId}, ${households.unitId})`,
    );

export async function findAward(db: Executor, tenantId: string, id: string) {
  const [row] = await awardsFrom(db)
    .where(and(eq(awardRecords.tenantId, tenantId), eq(awardRecords.id, id)))
    .limit(1);
  return row;
}

export interface AwardWhere extends ScopeWhere {
  subject?: { type: SubjectType; id: string };
  subjectType?: SubjectType;
  code?: string;
  status?: string;
}

const subjectColumn = (
  t: { personId: typeof awardRecords.personId; orgUnitId: typeof awardRecords.orgUnitId },
  type: SubjectType,
) => (type === 'individual' ? t.personId : type === 'collective' ? t.orgUnitId : awardRecords.householdId);

export function awardWhere(f: AwardWhere): SQL {
  const conds: (SQL | undefined)[] = [eq(awardRecords.tenantId, f.tenantId), ...unitConds(f)];
  if (f.subject) conds.push(eq(subjectColumn(awardRecords, f.subject.type), f.subject.id));
  if (f.subjectType) conds.push(sql`${awardRecords.subjectType} = ${f.subjectType}`);
  if (f.code) conds.push(eq(awardRecords.awardCode, f.code));
  if (f.status) conds.push(sql`${awardRecords.status} = ${f.status}`);
  if (f.fromYear !== undefined) conds.push(gte(awardRecords.countedYear, f.fromYear));
  if (f.toYear !== undefined) conds.push(lte(awardRecords.countedYear, f.toYear));
  return and(...conds)!;
}

export async function listAwards(db: Executor, where: SQL, limit: number, offset: number) {
  return awardsFrom(db)
    .where(where)
    .orderBy(
      desc(awardRecords.countedYear),
      sql`${awardRecords.decisionDate} desc nulls last`,
      desc(awardRecords.id),
    )
    .limit(limit)
    .offset(offset);
}

export async function countAwards(db: Executor, where: SQL) {
  const [row] = await awardsCount(db).where(where);
  return row?.n ?? 0;
}

export async function insertAward(db: Executor, record: NewAwardRecord) {
  await db.insert(awardRecords).values(record);
}

/** Optimistic update: false when the version moved on (or the record is gone). */
const AWARD_INSERT_CHUNK = 500;

/**
 * Inserts award records set-based (chunks of 500 rows); a record that a unique index refuses (an emulation
 * title already held that year, the same form twice in one decision — written meanwhile by someone else) is
 * left out rather than failing the statement (`on conflict do nothing`). Returns the ids written. Used by the
 * annex commit and by issuing a decision.
 */
export async function insertAwardRecords(db: Executor, rows: NewAwardRecord[]): Promise<Set<string>> {
  const written = new Set<string>();
  for (let i = 0; i < rows.length; i += AWARD_INSERT_CHUNK) {
    const inserted = await db
      .insert(awardRecords)
      .values(rows.slice(i, i + AWARD_INSERT_CHUNK))
      .onConflictDoNothing()
      .returning({ id: awardRecords.id });
    for (const r of inserted) written.add(r.id);
  }
  return written;
}

/**
 * Law Điều 93, set-based: marks the valid records among `ids` revoked (one statement) and frees the
 * initiatives they used. Returns the ids revoked.
 */
export async function revokeAwardRecords(
  db: Executor,
  tenantId: string,
  ids: string[],
  change: { revokedOn: string; reason: string; now: Date },
): Promise<string[]> {
  if (ids.length === 0) return [];
  const idList = sql`${sql.param(ids)}::uuid[]`;
  const rows = await db
    .update(awardRecords)
    .set({
      status: 'revoked',
      revokedOn: change.revokedOn,
      revokeReason: change.reason,
      updatedAt: change.now,
      version: sql`${awardRecords.version} + 1`,
    })
    .where(
      and(
        eq(awardRecords.tenantId, tenantId),
        eq(awardRecords.status, 'valid'),
        sql`${awardRecords.id} = any(${idList})`,
      ),
    )
    .returning({ id: awardRecords.id });
  await db
    .update(initiatives)
    .set({ usedByAwardId: null })
    .where(and(eq(initiatives.tenantId, tenantId), sql`${initiatives.usedByAwardId} = any(${idList})`));
  return rows.map((r) => r.id);
}

export async function updateAward(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<NewAwardRecord>,
): Promise<boolean> {
  const rows = await db
    .update(awardRecords)
    .set({ ...patch, version: sql`${awardRecords.version} + 1` })
    .where(
      and(eq(awardRecords.tenantId, tenantId), eq(awardRecords.id, id), eq(awardRecords.version, version)),
    )
    .returning({ id: awardRecords.id });
  return rows.length === 1;
}

export async function deleteAward(db: Executor, tenantId: string, id: string) {
  await db.delete(awardRecords).where(and(eq(awardRecords.tenantId, tenantId), eq(awardRecords.id, id)));
}

/** The initiatives each award used as its ground. */
export async function listInitiativesUsedBy(db: Executor, tenantId: string, awardIds: string[]) {
  if (awardIds.length === 0) return [];
  return db
    .select({ awardId: initiatives.usedByAwardId, id: initiatives.id, title: initiatives.title })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.tenantId, tenantId),
        sql`${initiatives.usedByAwardId} = any(${sql.param(awardIds)}::uuid[])`,
      ),
    )
    .orderBy(asc(initiatives.decisionDate), asc(initiatives.id));
}

/** Initiatives by id with what the award checks need: their register unit, use and authors. */
export async function findInitiativesForUse(db: Executor, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      unitPath: orgUnits.path,
      usedByAwardId: initiatives.usedByAwardId,
      authorIds: sql<string[]>`coalesce((select json_agg(${initiativeAuthors.personId})
        from ${initiativeAuthors} where ${initiativeAuthors.initiativeId} = ${initiatives.id}), '[]'::json)`,
    })
    .from(initiatives)
    .leftJoin(orgUnits, eq(orgUnits.id, initiatives.unitId))
    .where(and(eq(initiatives.tenantId, tenantId), sql`${initiatives.id} = any(${sql.param(ids)}::uuid[])`));
}

/**
 * Links the initiatives to the award, only those still unused (or already its own): the condition in the
 * statement makes single use (G7) hold under concurrent requests. Returns the ids it linked.
 */
export async function linkInitiatives(db: Executor, tenantId: string, awardId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .update(initiatives)
    .set({ usedByAwardId: awardId })
    .where(
      and(
        eq(initiatives.tenantId, tenantId),
        sql`${initiatives.id} = any(${sql.param(ids)}::uuid[])`,
        or(isNull(initiatives.usedByAwardId), eq(initiatives.usedByAwardId, awardId)),
      ),
    )
    .returning({ id: initiatives.id });
  return rows.map((r) => r.id);
}

/** Frees the award's initiatives other than `keep`. */
export async function unlinkInitiatives(db: Executor, tenantId: string, awardId: string, keep: string[]) {
  await db
    .update(initiatives)
    .set({ usedByAwardId: null })
    .where(
      and(
        eq(initiatives.tenantId, tenantId),
        eq(initiatives.usedByAwardId, awardId),
        keep.length ? sql`not (${initiatives.id} = any(${sql.param(keep)}::uuid[]))` : undefined,
      ),
    );
}

// ------------------------------------------------------------------------------------------- ratings

const ratingColumns = {
  rating: annualRatings,
  subjectName: personOrUnitName,
  unitId: orgUnits.id,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type RatingRow = Awaited<ReturnType<typeof findRating>> & object;

const ratingsFrom = (db: Executor) =>
  db
    .select(ratingColumns)
    .from(annualRatings)
    .leftJoin(people, eq(people.id, annualRatings.personId))
    .leftJoin(orgUnits, sql`${orgUnits.id} = coalesce(${annualRatings.orgUnitId}, ${people.unitId})`);
const ratingsCount = (db: Executor) =>
  db
    .select(COUNT)
    .from(annualRatings)
    .leftJoin(people, eq(people.id, annualRatings.personId))
    .leftJoin(orgUnits, sql`${orgUnits.id} = coalesce(${annualRatings.orgUnitId}, ${people.unitId})`);

export async function findRating(db: Executor, tenantId: string, id: string) {
  const [row] = await ratingsFrom(db)
    .where(and(eq(annualRatings.tenantId, tenantId), eq(annualRatings.id, id)))
    .limit(1);
  return row;
}

export interface RatingWhere extends ScopeWhere {
  subject?: { type: SubjectType; id: string };
  subjectType?: SubjectType;
  rating?: string;
}

export function ratingWhere(f: RatingWhere): SQL {
  const conds: (SQL | undefined)[] = [eq(annualRatings.tenantId, f.tenantId), ...unitConds(f)];
  if (f.subject)
    conds.push(
      f.subject.type === 'individual'
        ? eq(annualRatings.personId, f.subject.id)
        : f.subject.type === 'collective'
          ? eq(annualRatings.orgUnitId, f.subject.id)
          : sql`false`,
    );
  if (f.subjectType) conds.push(sql`${annualRatings.subjectType} = ${f.subjectType}`);
  if (f.rating) conds.push(sql`${annualRatings.rating} = ${f.rating}`);
  if (f.fromYear !== undefined) conds.push(gte(annualRatings.year, f.fromYear));
  if (f.toYear !== undefined) conds.push(lte(annualRatings.year, f.toYear));
  return and(...conds)!;
}

export async function listRatings(db: Executor, where: SQL, limit: number, offset: number) {
  return ratingsFrom(db)
    .where(where)
    .orderBy(
      desc(annualRatings.year),
      asc(sql`coalesce(${people.sortKey}, ${orgUnits.sortKey})`),
      asc(annualRatings.id),
    )
    .limit(limit)
    .offset(offset);
}

export async function countRatings(db: Executor, where: SQL) {
  const [row] = await ratingsCount(db).where(where);
  return row?.n ?? 0;
}

export interface RatingUpsert {
  id: string;
  subjectType: 'individual' | 'collective';
  subjectId: string;
  year: number;
  rating: string;
  source: string;
  note: string | null;
}

/** The stored ratings of the given subjects and years (before an upsert, for the audit). */
export async function findRatingsFor(db: Executor, tenantId: string, items: RatingUpsert[]) {
  if (items.length === 0) return [];
  const result: unknown = await db.execute(sql`
    select r.id, coalesce(r.person_id, r.org_unit_id) as "subjectId", r.year, r.rating, r.source, r.note
    from annual_ratings r
    join unnest(${sql.param(items.map((i) => i.subjectId))}::uuid[], ${sql.param(items.map((i) => i.year))}::int[])
      as k(subject_id, year) on coalesce(r.person_id, r.org_unit_id) = k.subject_id and r.year = k.year
    where r.tenant_id = ${tenantId}`);
  return (
    result as {
      rows: {
        id: string;
        subjectId: string;
        year: number;
        rating: string;
        source: string;
        note: string | null;
      }[];
    }
  ).rows;
}

/**
 * Inserts or updates one rating per subject and year, set-based (one statement per subject kind, the
 * partial unique index as arbiter). Returns how many rows were inserted and updated.
 */
export async function upsertRatings(db: Executor, tenantId: string, items: RatingUpsert[], now: Date) {
  let created = 0;
  let updated = 0;
  for (const kind of ['individual', 'collective'] as const) {
    const rows = items.filter((i) => i.subjectType === kind);
    if (rows.length === 0) continue;
    const col = (f: (r: RatingUpsert) => unknown) => sql.param(rows.map(f));
    const subjectColumn = kind === 'individual' ? sql`person_id` : sql`org_unit_id`;
    const at = now.toISOString();
    const result: unknown = await db.execute(sql`
      insert into annual_ratings (id, tenant_id, subject_type, ${subjectColumn}, year, rating, source, note,
        created_at, updated_at)
      select v.id, ${tenantId}, ${kind}, v.subject_id, v.year, v.rating, v.source, v.note, ${at}, ${at}
      from unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.subjectId)}::uuid[], ${col((r) => r.year)}::int[],
        ${col((r) => r.rating)}::text[], ${col((r) => r.source)}::text[], ${col((r) => r.note)}::text[])
        as v(id, subject_id, year, rating, source, note)
      on conflict (tenant_id, ${subjectColumn}, year) where ${subjectColumn} is not null
      do update set rating = excluded.rating, source = excluded.source, note = excluded.note,
        updated_at = excluded.updated_at
      returning (xmax = 0) as inserted`);
    for (const r of (result as { rows: { inserted: boolean }[] }).rows) {
      if (r.inserted) created++;
      else updated++;
    }
  }
  return { created, updated };
}

export async function findRatingBySubjectYear(
  db: Executor,
  tenantId: string,
  type: 'individual' | 'collective',
  subjectId: string,
  year: number,
) {
  const [row] = await ratingsFrom(db)
    .where(
      and(
        eq(annualRatings.tenantId, tenantId),
        eq(type === 'individual' ? annualRatings.personId : annualRatings.orgUnitId, subjectId),
        eq(annualRatings.year, year),
      ),
    )
    .limit(1);
  return row;
}

export async function deleteRating(db: Executor, tenantId: string, id: string) {
  await db.delete(annualRatings).where(and(eq(annualRatings.tenantId, tenantId), eq(annualRatings.id, id)));
}

// --------------------------------------------------------------------------------------- disciplines

const disciplineColumns = {
  discipline: disciplineRecords,
  subjectName: people.fullName,
  unitId: orgUnits.id,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type DisciplineRow = Awaited<ReturnType<typeof findDiscipline>> & object;

const disciplinesFrom = (db: Executor) =>
  db
    .select(disciplineColumns)
    .from(disciplineRecords)
    .innerJoin(people, eq(people.id, disciplineRecords.personId))
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId));
const disciplinesCount = (db: Executor) =>
  db
    .select(COUNT)
    .from(disciplineRecords)
    .innerJoin(people, eq(people.id, disciplineRecords.personId))
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId));

export async function findDiscipline(db: Executor, tenantId: string, id: string) {
  const [row] = await disciplinesFrom(db)
    .where(and(eq(disciplineRecords.tenantId, tenantId), eq(disciplineRecords.id, id)))
    .limit(1);
  return row;
}

export interface PersonRecordWhere extends ScopeWhere {
  personId?: string;
}

/** Records with a period (from, to): those overlapping the years. */
function periodConds(from: AnyColumn, to: AnyColumn, f: { fromYear?: number; toYear?: number }) {
  const conds: SQL[] = [];
  if (f.fromYear !== undefined) conds.push(sql`(${to} is null or ${to} >= ${`${f.fromYear}-01-01`}::date)`);
  if (f.toYear !== undefined) conds.push(sql`${from} <= ${`${f.toYear}-12-31`}::date`);
  return conds;
}

export function disciplineWhere(f: PersonRecordWhere): SQL {
  return and(
    eq(disciplineRecords.tenantId, f.tenantId),
    ...unitConds(f),
    f.personId ? eq(disciplineRecords.personId, f.personId) : undefined,
    ...periodConds(disciplineRecords.fromDate, disciplineRecords.toDate, f),
  )!;
}

export async function listDisciplines(db: Executor, where: SQL, limit: number, offset: number) {
  return disciplinesFrom(db)
    .where(where)
    .orderBy(desc(disciplineRecords.fromDate), desc(disciplineRecords.id))
    .limit(limit)
    .offset(offset);
}

export async function countDisciplines(db: Executor, where: SQL) {
  const [row] = await disciplinesCount(db).where(where);
  return row?.n ?? 0;
}

export async function insertDiscipline(db: Executor, record: NewDisciplineRecord) {
  await db.insert(disciplineRecords).values(record);
}

export async function updateDiscipline(
  db: Executor,
  tenantId: string,
  id: string,
  patch: Partial<NewDisciplineRecord>,
) {
  await db
    .update(disciplineRecords)
    .set(patch)
    .where(and(eq(disciplineRecords.tenantId, tenantId), eq(disciplineRecords.id, id)));
}

export async function deleteDiscipline(db: Executor, tenantId: string, id: string) {
  await db
    .delete(disciplineRecords)
    .where(and(eq(disciplineRecords.tenantId, tenantId), eq(disciplineRecords.id, id)));
}

// ------------------------------------------------------------------------------------- pending cases

const pendingColumns = {
  pendingCase: pendingCases,
  subjectName: personOrUnitName,
  unitId: orgUnits.id,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type PendingCaseRow = Awaited<ReturnType<typeof findPendingCase>> & object;

const pendingFrom = (db: Executor) =>
  db
    .select(pendingColumns)
    .from(pendingCases)
    .leftJoin(people, eq(people.id, pendingCases.personId))
    .leftJoin(orgUnits, sql`${orgUnits.id} = coalesce(${pendingCases.orgUnitId}, ${people.unitId})`);
const pendingCount = (db: Executor) =>
  db
    .select(COUNT)
    .from(pendingCases)
    .leftJoin(people, eq(people.id, pendingCases.personId))
    .leftJoin(orgUnits, sql`${orgUnits.id} = coalesce(${pendingCases.orgUnitId}, ${people.unitId})`);

export async function findPendingCase(db: Executor, tenantId: string, id: string) {
  const [row] = await pendingFrom(db)
    .where(and(eq(pendingCases.tenantId, tenantId), eq(pendingCases.id, id)))
    .limit(1);
  return row;
}

export interface PendingWhere extends ScopeWhere {
  subject?: { type: SubjectType; id: string };
  subjectType?: SubjectType;
  open?: boolean;
}

export function pendingWhere(f: PendingWhere): SQL {
  const conds: (SQL | undefined)[] = [eq(pendingCases.tenantId, f.tenantId), ...unitConds(f)];
  if (f.subject)
    conds.push(
      f.subject.type === 'individual'
        ? eq(pendingCases.personId, f.subject.id)
        : f.subject.type === 'collective'
          ? eq(pendingCases.orgUnitId, f.subject.id)
          : sql`false`,
    );
  if (f.subjectType) conds.push(sql`${pendingCases.subjectType} = ${f.subjectType}`);
  if (f.open === true) conds.push(isNull(pendingCases.closedOn));
  if (f.open === false) conds.push(isNotNull(pendingCases.closedOn));
  return and(...conds)!;
}

export async function listPendingCases(db: Executor, where: SQL, limit: number, offset: number) {
  return pendingFrom(db)
    .where(where)
    .orderBy(desc(pendingCases.openedOn), desc(pendingCases.id))
    .limit(limit)
    .offset(offset);
}

export async function countPendingCases(db: Executor, where: SQL) {
  const [row] = await pendingCount(db).where(where);
  return row?.n ?? 0;
}

export async function insertPendingCase(db: Executor, record: NewPendingCaseRecord) {
  await db.insert(pendingCases).values(record);
}

export async function updatePendingCase(
  db: Executor,
  tenantId: string,
  id: string,
  patch: Partial<NewPendingCaseRecord>,
) {
  await db
    .update(pendingCases)
    .set(patch)
    .where(and(eq(pendingCases.tenantId, tenantId), eq(pendingCases.id, id)));
}

export async function deletePendingCase(db: Executor, tenantId: string, id: string) {
  await db.delete(pendingCases).where(and(eq(pendingCases.tenantId, tenantId), eq(pendingCases.id, id)));
}

// ----------------------------------------------------------------------------------- maternity leave

const maternityColumns = {
  leave: maternityLeaves,
  subjectName: people.fullName,
  unitId: orgUnits.id,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
};
export type MaternityRow = Awaited<ReturnType<typeof findMaternity>> & object;

const maternityFrom = (db: Executor) =>
  db
    .select(maternityColumns)
    .from(maternityLeaves)
    .innerJoin(people, eq(people.id, maternityLeaves.personId))
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId));
const maternityCount = (db: Executor) =>
  db
    .select(COUNT)
    .from(maternityLeaves)
    .innerJoin(people, eq(people.id, maternityLeaves.personId))
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId));

export async function findMaternity(db: Executor, tenantId: string, id: string) {
  const [row] = await maternityFrom(db)
    .where(and(eq(maternityLeaves.tenantId, tenantId), eq(maternityLeaves.id, id)))
    .limit(1);
  return row;
}

export function maternityWhere(f: PersonRecordWhere): SQL {
  return and(
    eq(maternityLeaves.tenantId, f.tenantId),
    ...unitConds(f),
    f.personId ? eq(maternityLeaves.personId, f.personId) : undefined,
    ...periodConds(maternityLeaves.fromDate, maternityLeaves.toDate, f),
  )!;
}

export async function listMaternity(db: Executor, where: SQL, limit: number, offset: number) {
  return maternityFrom(db)
    .where(where)
    .orderBy(desc(maternityLeaves.fromDate), desc(maternityLeaves.id))
    .limit(limit)
    .offset(offset);
}

export async function countMaternity(db: Executor, where: SQL) {
  const [row] = await maternityCount(db).where(where);
  return row?.n ?? 0;
}

export async function insertMaternity(db: Executor, record: NewMaternityRecord) {
  await db.insert(maternityLeaves).values(record);
}

export async function updateMaternity(
  db: Executor,
  tenantId: string,
  id: string,
  patch: Partial<NewMaternityRecord>,
) {
  await db
    .update(maternityLeaves)
    .set(patch)
    .where(and(eq(maternityLeaves.tenantId, tenantId), eq(maternityLeaves.id, id)));
}

export async function deleteMaternity(db: Executor, tenantId: string, id: string) {
  await db
    .delete(maternityLeaves)
    .where(and(eq(maternityLeaves.tenantId, tenantId), eq(maternityLeaves.id, id)));
}

// --------------------------------------------------------------------------------------- initiatives

const initiativeColumns = {
  initiative: initiatives,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  usedAwardCode: awardRecords.awardCode,
  usedCountedYear: awardRecords.countedYear,
};
export type InitiativeRow = Awaited<ReturnType<typeof findInitiative>> & object;

const initiativesFrom = (db: Executor) =>
  db
    .select(initiativeColumns)
    .from(initiatives)
    .leftJoin(orgUnits, eq(orgUnits.id, initiatives.unitId))
    .leftJoin(awardRecords, eq(awardRecords.id, initiatives.usedByAwardId));
const initiativesCount = (db: Executor) =>
  db
    .select(COUNT)
    .from(initiatives)
    .leftJoin(orgUnits, eq(orgUnits.id, initiatives.unitId))
    .leftJoin(awardRecords, eq(awardRecords.id, initiatives.usedByAwardId));

export async function findInitiative(db: Executor, tenantId: string, id: string) {
  const [row] = await initiativesFrom(db)
    .where(and(eq(initiatives.tenantId, tenantId), eq(initiatives.id, id)))
    .limit(1);
  return row;
}

export interface InitiativeWhere extends ScopeWhere {
  authorId?: string;
  scope?: string;
  used?: boolean;
}

export function initiativeWhere(f: InitiativeWhere): SQL {
  const conds: (SQL | undefined)[] = [eq(initiatives.tenantId, f.tenantId), ...unitConds(f)];
  if (f.authorId)
    conds.push(sql`exists (select 1 from ${initiativeAuthors} where ${initiativeAuthors.tenantId} = ${f.tenantId}
      and ${initiativeAuthors.initiativeId} = ${initiatives.id} and ${initiativeAuthors.personId} = ${f.authorId})`);
  if (f.scope) conds.push(sql`${initiatives.scope} = ${f.scope}`);
  if (f.used === true) conds.push(isNotNull(initiatives.usedByAwardId));
  if (f.used === false) conds.push(isNull(initiatives.usedByAwardId));
  if (f.fromYear !== undefined) conds.push(gte(initiatives.decisionDate, `${f.fromYear}-01-01`));
  if (f.toYear !== undefined) conds.push(lte(initiatives.decisionDate, `${f.toYear}-12-31`));
  return and(...conds)!;
}

export async function listInitiatives(db: Executor, where: SQL, limit: number, offset: number) {
  return initiativesFrom(db)
    .where(where)
    .orderBy(desc(initiatives.decisionDate), desc(initiatives.id))
    .limit(limit)
    .offset(offset);
}

export async function countInitiatives(db: Executor, where: SQL) {
  const [row] = await initiativesCount(db).where(where);
  return row?.n ?? 0;
}

export async function listAuthors(db: Executor, tenantId: string, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .select({
      initiativeId: initiativeAuthors.initiativeId,
      personId: initiativeAuthors.personId,
      fullName: people.fullName,
      sharePercent: initiativeAuthors.sharePercent,
    })
    .from(initiativeAuthors)
    .innerJoin(people, eq(people.id, initiativeAuthors.personId))
    .where(
      and(eq(initiativeAuthors.tenantId, tenantId), inArray(initiativeAuthors.initiativeId, initiativeIds)),
    )
    .orderBy(sql`${initiativeAuthors.sharePercent} desc nulls last`, asc(people.sortKey));
}

export async function insertInitiative(db: Executor, record: NewInitiativeRecord) {
  await db.insert(initiatives).values(record);
}

export async function updateInitiative(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<NewInitiativeRecord>,
): Promise<boolean> {
  const rows = await db
    .update(initiatives)
    .set({ ...patch, version: sql`${initiatives.version} + 1` })
    .where(and(eq(initiatives.tenantId, tenantId), eq(initiatives.id, id), eq(initiatives.version, version)))
    .returning({ id: initiatives.id });
  return rows.length === 1;
}

export async function replaceAuthors(
  db: Executor,
  tenantId: string,
  initiativeId: string,
  authors: { id: string; personId: string; sharePercent: number | null }[],
  now: Date,
) {
  // The initiative's row lock makes concurrent replacements take turns (each sees the other's authors).
  await db.execute(
    sql`select 1 from ${initiatives} where ${initiatives.tenantId} = ${tenantId} and ${initiatives.id} = ${initiativeId} for update`,
  );
  await db
    .delete(initiativeAuthors)
    .where(and(eq(initiativeAuthors.tenantId, tenantId), eq(initiativeAuthors.initiativeId, initiativeId)));
  if (authors.length)
    await db
      .insert(initiativeAuthors)
      .values(authors.map((a) => ({ ...a, tenantId, initiativeId, createdAt: now, updatedAt: now })));
}

export async function deleteInitiative(db: Executor, tenantId: string, id: string) {
  await db.delete(initiatives).where(and(eq(initiatives.tenantId, tenantId), eq(initiatives.id, id)));
}

/** Initiatives a person authored (for the achievement file), newest first. */
export async function listInitiativeIdsOfAuthor(db: Executor, tenantId: string, personId: string) {
  const rows = await db
    .select({ id: initiativeAuthors.initiativeId })
    .from(initiativeAuthors)
    .where(and(eq(initiativeAuthors.tenantId, tenantId), eq(initiativeAuthors.personId, personId)));
  return rows.map((r) => r.id);
}

export async function findInitiativesByIds(db: Executor, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return initiativesFrom(db)
    .where(and(eq(initiatives.tenantId, tenantId), inArray(initiatives.id, ids)))
    .orderBy(desc(initiatives.decisionDate), desc(initiatives.id));
}
