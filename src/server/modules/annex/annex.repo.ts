import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { pathInSubtree } from '../../db/patterns';
import {
  annexImportRows,
  annexImports,
  type AnnexRowStatus,
  awardRecords,
  orgUnitEvents,
  orgUnits,
  people,
  personUnitMemberships,
} from '../../db/schema';

/**
 * Database access of the annex import: sessions and their rows, the set-based look-ups that find the
 * people a row may be, and the award inserts of the commit (into the ledger's award_records table, written
 * here because the ledger module exports no insert for other modules yet). Every query is scoped by the
 * tenant; people also by the subtrees where the actor may write the ledger.
 */

export type ImportRow = typeof annexImports.$inferSelect;
export type NewImportRow = typeof annexImports.$inferInsert;
export type RowRecord = typeof annexImportRows.$inferSelect;
export type NewRowRecord = typeof annexImportRows.$inferInsert;
export type NewAwardRecord = typeof awardRecords.$inferInsert;

/** Subtrees as a condition on the joined org_units row of the person's unit ('all' = no condition). */
function scopeCond(scopes: 'all' | string[]): SQL | undefined {
  if (scopes === 'all') return undefined;
  if (scopes.length === 0) return sql`false`;
  return or(...scopes.map((s) => pathInSubtree(orgUnits.path, s)));
}

// ------------------------------------------------------------------------------------------ sessions

export async function insertImport(db: Executor, row: NewImportRow) {
  await db.insert(annexImports).values(row);
}

export async function findImport(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(annexImports)
    .where(and(eq(annexImports.tenantId, tenantId), eq(annexImports.id, id)))
    .limit(1);
  return row;
}

export async function updateImport(
  db: Executor,
  tenantId: string,
  id: string,
  patch: Partial<Omit<NewImportRow, 'id' | 'tenantId'>>,
) {
  await db
    .update(annexImports)
    .set(patch)
    .where(and(eq(annexImports.tenantId, tenantId), eq(annexImports.id, id)));
}

/**
 * Marks a ready session committed and returns it; undefined when it is not (or no longer) ready. The
 * row lock this takes makes a second, concurrent commit wait and then find it committed.
 */
export async function claimForCommit(db: Executor, tenantId: string, id: string, by: string, at: Date) {
  const [row] = await db
    .update(annexImports)
    .set({ status: 'committed', committedAt: at, committedBy: by, updatedAt: at })
    .where(
      and(eq(annexImports.tenantId, tenantId), eq(annexImports.id, id), eq(annexImports.status, 'ready')),
    )
    .returning();
  return row;
}

export async function deleteRowsOf(db: Executor, tenantId: string, importId: string) {
  await db
    .delete(annexImportRows)
    .where(and(eq(annexImportRows.tenantId, tenantId), eq(annexImportRows.importId, importId)));
}

/** The actor's recent sessions (or everybody's, for tenant-wide ledger writers), newest first. */
export async function listImports(db: Executor, tenantId: string, createdBy: string | null, limit: number) {
  return db
    .select({
      id: annexImports.id,
      filename: annexImports.filename,
      status: annexImports.status,
      createdAt: annexImports.createdAt,
      committedAt: annexImports.committedAt,
      rows: sql<number>`(select count(*)::int from annex_import_rows r where r.tenant_id = ${annexImports.tenantId} and r.import_id = ${annexImports.id})`,
    })
    .from(annexImports)
    .where(
      and(
        eq(annexImports.tenantId, tenantId),
        createdBy === null ? undefined : eq(annexImports.createdBy, createdBy),
      ),
    )
    .orderBy(sql`${annexImports.createdAt} desc`, sql`${annexImports.id} desc`)
    .limit(limit);
}

export async function deleteImport(db: Executor, tenantId: string, id: string) {
  await db.delete(annexImports).where(and(eq(annexImports.tenantId, tenantId), eq(annexImports.id, id)));
}

// ------------------------------------------------------------------------------------------ rows

const INSERT_CHUNK = 500;

export async function insertRows(db: Executor, rows: NewRowRecord[], onChunk?: (n: number) => Promise<void>) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    await db.insert(annexImportRows).values(chunk);
    await onChunk?.(i + chunk.length);
  }
}

/** Row counts by status, whether skipped, and whether a person and an award are both known. */
export async function countRows(db: Executor, tenantId: string, importId: string) {
  return db
    .select({
      status: annexImportRows.status,
      skipped: annexImportRows.skipped,
      complete: sql<boolean>`(${annexImportRows.personId} is not null and ${annexImportRows.awardCode} is not null)`,
      n: sql<number>`count(*)::int`,
    })
    .from(annexImportRows)
    .where(and(eq(annexImportRows.tenantId, tenantId), eq(annexImportRows.importId, importId)))
    .groupBy(annexImportRows.status, annexImportRows.skipped, sql`3`);
}

export type RowFilter = AnnexRowStatus | 'pending' | 'skipped' | undefined;

function rowWhere(tenantId: string, importId: string, filter: RowFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    eq(annexImportRows.tenantId, tenantId),
    eq(annexImportRows.importId, importId),
  ];
  if (filter === 'pending')
    conds.push(
      sql`not ${annexImportRows.skipped} and ${annexImportRows.status} <> 'error'`,
      or(isNull(annexImportRows.personId), isNull(annexImportRows.awardCode)),
    );
  else if (filter === 'skipped') conds.push(eq(annexImportRows.skipped, true));
  else if (filter) conds.push(eq(annexImportRows.status, filter));
  return and(...conds);
}

export async function listRows(
  db: Executor,
  tenantId: string,
  importId: string,
  filter: RowFilter,
  limit: number,
  offset: number,
) {
  const where = rowWhere(tenantId, importId, filter);
  const [items, total] = await Promise.all([
    db
      .select()
      .from(annexImportRows)
      .where(where)
      .orderBy(asc(annexImportRows.rowNumber))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(annexImportRows)
      .where(where),
  ]);
  return { items, total: total[0]?.n ?? 0 };
}

/** Every row of a session, in sheet order (the commit). */
export async function allRows(db: Executor, tenantId: string, importId: string) {
  return db
    .select()
    .from(annexImportRows)
    .where(and(eq(annexImportRows.tenantId, tenantId), eq(annexImportRows.importId, importId)))
    .orderBy(asc(annexImportRows.rowNumber));
}

export async function findRow(db: Executor, tenantId: string, importId: string, rowId: string) {
  const [row] = await db
    .select()
    .from(annexImportRows)
    .where(
      and(
        eq(annexImportRows.tenantId, tenantId),
        eq(annexImportRows.importId, importId),
        eq(annexImportRows.id, rowId),
      ),
    )
    .limit(1);
  return row;
}

export async function updateRow(
  db: Executor,
  tenantId: string,
  rowId: string,
  patch: Partial<Omit<NewRowRecord, 'id' | 'tenantId' | 'importId'>>,
) {
  const [row] = await db
    .update(annexImportRows)
    .set(patch)
    .where(and(eq(annexImportRows.tenantId, tenantId), eq(annexImportRows.id, rowId)))
    .returning();
  return row;
}

/** Records what the commit did with each row, in one statement. */
export async function setOutcomes(
  db: Executor,
  tenantId: string,
  outcomes: { id: string; outcome: string; message: string | null; awardRecordId: string | null }[],
  at: Date,
) {
  if (outcomes.length === 0) return;
  const col = <K extends keyof (typeof outcomes)[number]>(k: K) => sql.param(outcomes.map((o) => o[k]));
  await db.execute(sql`
    update annex_import_rows r
       set outcome = o.outcome, outcome_message = o.message, award_record_id = o.award_id, updated_at = ${at}
      from unnest(${col('id')}::uuid[], ${col('outcome')}::text[], ${col('message')}::text[],
                  ${col('awardRecordId')}::uuid[]) as o(id, outcome, message, award_id)
     where r.tenant_id = ${tenantId} and r.id = o.id`);
}

// ------------------------------------------------------------------------------------------ people

export interface PersonFound {
  id: string;
  fullName: string;
  birthDate: string | null;
  unitId: string | null;
  unitName: string | null;
  unitPath: string | null;
  citizenIdHash: string | null;
}

const PERSON_COLUMNS = {
  id: people.id,
  fullName: people.fullName,
  birthDate: people.birthDate,
  unitId: people.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  citizenIdHash: people.citizenIdHash,
};

function selectPeople(db: Executor, tenantId: string, scopes: 'all' | string[], cond: SQL) {
  return db
    .select(PERSON_COLUMNS)
    .from(people)
    .leftJoin(orgUnits, and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.id, people.unitId)))
    .where(and(eq(people.tenantId, tenantId), cond, scopeCond(scopes)));
}

/** People in scope whose citizen-ID blind index is one of `hashes`. */
export async function peopleByCitizenHashes(
  db: Executor,
  tenantId: string,
  scopes: 'all' | string[],
  hashes: string[],
): Promise<PersonFound[]> {
  if (hashes.length === 0) return [];
  return selectPeople(db, tenantId, scopes, sql`${people.citizenIdHash} = any(${sql.param(hashes)}::text[])`);
}

/**
 * People in scope whose accent-folded name is one of `foldedNames`, in one statement: people.search_text
 * is the folded name, followed by " " and the staff code when there is one; with the code taken off it is
 * compared with the names by a hash join (one pass over the tenant's people, whatever the number of rows
 * in the annex — a trigram index probe per name costs far more for common family names). The caller
 * keeps the exact matches of the folded full name.
 */
export async function peopleByFoldedNames(
  db: Executor,
  tenantId: string,
  scopes: 'all' | string[],
  foldedNames: string[],
): Promise<PersonFound[]> {
  if (foldedNames.length === 0) return [];
  const nameOnly = sql`(case when ${people.externalCode} is not null
      and right(${people.searchText}, length(${people.externalCode}) + 1) = ' ' || lower(${people.externalCode})
    then left(${people.searchText}, length(${people.searchText}) - length(${people.externalCode}) - 1)
    else ${people.searchText} end)`;
  return selectPeople(
    db,
    tenantId,
    scopes,
    sql`${nameOnly} in (select n.name from unnest(${sql.param(foldedNames)}::text[]) as n(name))`,
  );
}

/** One person of the tenant in scope (a reviewer's choice), or undefined. */
export async function personInScope(
  db: Executor,
  tenantId: string,
  scopes: 'all' | string[],
  id: string,
): Promise<PersonFound | undefined> {
  const [row] = await selectPeople(db, tenantId, scopes, eq(people.id, id)).limit(1);
  return row;
}

/** People of the tenant by id, whatever the scope (the commit checks the scope itself). */
export async function peopleByIds(db: Executor, tenantId: string, ids: string[]): Promise<PersonFound[]> {
  if (ids.length === 0) return [];
  return selectPeople(db, tenantId, 'all', sql`${people.id} = any(${sql.param(ids)}::uuid[])`);
}

/**
 * The names a person's units are known by, for matching the annex's "Đơn vị": every unit the person
 * belongs or belonged to, their ancestors, and the units they were formed from (a merged commune's old
 * name still appears on old decisions). Three statements for the whole set of people.
 */
export async function unitNamesOfPeople(
  db: Executor,
  tenantId: string,
  personIds: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (personIds.length === 0) return out;
  const ids = sql.param(personIds);
  const paths = await db
    .select({ personId: personUnitMemberships.personId, path: orgUnits.path })
    .from(personUnitMemberships)
    .innerJoin(orgUnits, eq(orgUnits.id, personUnitMemberships.unitId))
    .where(
      and(
        eq(personUnitMemberships.tenantId, tenantId),
        sql`${personUnitMemberships.personId} = any(${ids}::uuid[])`,
      ),
    )
    .union(
      db
        .select({ personId: people.id, path: orgUnits.path })
        .from(people)
        .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
        .where(and(eq(people.tenantId, tenantId), sql`${people.id} = any(${ids}::uuid[])`)),
    );
  const unitIds = new Set<string>();
  const byPerson = new Map<string, Set<string>>();
  for (const p of paths) {
    const set = byPerson.get(p.personId) ?? new Set<string>();
    for (const id of p.path.split('/')) {
      set.add(id);
      unitIds.add(id);
    }
    byPerson.set(p.personId, set);
  }
  if (unitIds.size === 0) return out;
  const unitList = sql.param([...unitIds]);
  const [names, formerNames] = await Promise.all([
    db
      .select({ id: orgUnits.id, name: orgUnits.name })
      .from(orgUnits)
      .where(and(eq(orgUnits.tenantId, tenantId), sql`${orgUnits.id} = any(${unitList}::uuid[])`)),
    db
      .select({ id: orgUnitEvents.toUnitId, name: orgUnits.name })
      .from(orgUnitEvents)
      .innerJoin(orgUnits, eq(orgUnits.id, orgUnitEvents.fromUnitId))
      .where(
        and(eq(orgUnitEvents.tenantId, tenantId), sql`${orgUnitEvents.toUnitId} = any(${unitList}::uuid[])`),
      ),
  ]);
  const nameOf = new Map<string, string[]>();
  for (const n of [...names, ...formerNames]) nameOf.set(n.id, [...(nameOf.get(n.id) ?? []), n.name]);
  for (const [personId, set] of byPerson)
    out.set(personId, [...new Set([...set].flatMap((id) => nameOf.get(id) ?? []))]);
  return out;
}

// ------------------------------------------------------------------------------------------ awards

/** Valid awards of these people with these codes: what a new record could duplicate. */
export async function existingAwards(db: Executor, tenantId: string, personIds: string[], codes: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({
      personId: awardRecords.personId,
      awardCode: awardRecords.awardCode,
      evaluationYear: awardRecords.evaluationYear,
      decisionNumber: awardRecords.decisionNumber,
    })
    .from(awardRecords)
    .where(
      and(
        eq(awardRecords.tenantId, tenantId),
        eq(awardRecords.status, 'valid'),
        sql`${awardRecords.personId} = any(${sql.param(personIds)}::uuid[])`,
        inArray(awardRecords.awardCode, codes),
      ),
    );
}

/** Inserts award records set-based, leaving out what a unique index refuses (the ledger's insert). */
export { insertAwardRecords as insertAwards } from '../ledger';
