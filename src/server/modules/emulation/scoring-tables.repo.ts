import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  blocScoringAdjustments as adjustments,
  blocScoringEntries as entries,
  blocScoringEvidence as evidence,
  blocScoringTables as tables,
  blocScoringYears as years,
  emulationBlocs as blocs,
  orgUnits,
} from '../../db/schema';

/** Bloc scoring: the year's state, table versions, entries with their cross-check trail and evidence. */

export type YearRow = typeof years.$inferSelect;
export type TableRow = typeof tables.$inferSelect;
export type EntryRow = typeof entries.$inferSelect;
export type NewEntryRow = typeof entries.$inferInsert;
export type NewAdjustmentRow = typeof adjustments.$inferInsert;
export type NewEvidenceRow = typeof evidence.$inferInsert;

export async function findYear(db: Executor, tenantId: string, blocId: string, year: number) {
  const [row] = await db
    .select()
    .from(years)
    .where(and(eq(years.tenantId, tenantId), eq(years.blocId, blocId), eq(years.year, year)));
  return row;
}

/** The year's row locked for the transaction (changes to one year run one at a time). */
export async function lockYear(tx: Executor, tenantId: string, blocId: string, year: number) {
  const [row] = await tx
    .select()
    .from(years)
    .where(and(eq(years.tenantId, tenantId), eq(years.blocId, blocId), eq(years.year, year)))
    .for('update');
  return row;
}

export async function insertYear(tx: Executor, row: typeof years.$inferInsert) {
  await tx.insert(years).values(row).onConflictDoNothing();
}

export async function updateYear(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<typeof years.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(years)
    .set({ ...changes, version: sql`${years.version} + 1` })
    .where(and(eq(years.tenantId, tenantId), eq(years.id, id), eq(years.version, version)))
    .returning({ id: years.id });
  return rows.length > 0;
}

export async function findTable(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(tables)
    .where(and(eq(tables.tenantId, tenantId), eq(tables.id, id)));
  return row;
}

export async function findTableVersion(
  db: Executor,
  tenantId: string,
  blocId: string,
  year: number,
  versionNo: number,
) {
  const [row] = await db
    .select()
    .from(tables)
    .where(
      and(
        eq(tables.tenantId, tenantId),
        eq(tables.blocId, blocId),
        eq(tables.year, year),
        eq(tables.versionNo, versionNo),
      ),
    );
  return row;
}

export async function listTableVersions(db: Executor, tenantId: string, blocId: string, year: number) {
  return db
    .select({
      id: tables.id,
      versionNo: tables.versionNo,
      note: tables.note,
      usedAt: tables.usedAt,
      createdAt: tables.createdAt,
      createdByLabel: tables.createdByLabel,
    })
    .from(tables)
    .where(and(eq(tables.tenantId, tenantId), eq(tables.blocId, blocId), eq(tables.year, year)))
    .orderBy(desc(tables.versionNo));
}

export async function insertTable(tx: Executor, row: typeof tables.$inferInsert) {
  await tx.insert(tables).values(row);
}

export async function replaceUnusedTable(
  tx: Executor,
  tenantId: string,
  id: string,
  changes: Partial<typeof tables.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(tables)
    .set(changes)
    .where(and(eq(tables.tenantId, tenantId), eq(tables.id, id), isNull(tables.usedAt)))
    .returning({ id: tables.id });
  return rows.length > 0;
}

/** Marks a version used (from then on it is immutable; edits make a new version). */
export async function markTableUsed(tx: Executor, tenantId: string, id: string, at: Date) {
  await tx
    .update(tables)
    .set({ usedAt: at })
    .where(and(eq(tables.tenantId, tenantId), eq(tables.id, id), isNull(tables.usedAt)));
}

/** The year's entries (optionally one member's), in unit then item order of insertion. */
export async function listEntries(
  db: Executor,
  tenantId: string,
  blocId: string,
  year: number,
  unitId?: string,
) {
  const where = [eq(entries.tenantId, tenantId), eq(entries.year, year), eq(entries.blocId, blocId)];
  if (unitId) where.push(eq(entries.unitId, unitId));
  return db
    .select()
    .from(entries)
    .where(and(...where))
    .orderBy(asc(entries.unitId), asc(entries.itemCode));
}

/** Inserts new entries and updates changed ones (one statement each way per call). */
export async function upsertEntries(tx: Executor, rows: NewEntryRow[]) {
  if (rows.length === 0) return;
  await tx
    .insert(entries)
    .values(rows)
    .onConflictDoUpdate({
      target: [entries.tenantId, entries.year, entries.blocId, entries.unitId, entries.itemCode],
      set: {
        tableId: sql`excluded.table_id`,
        plan: sql`excluded.plan`,
        actual: sql`excluded.actual`,
        achieved: sql`excluded.achieved`,
        count: sql`excluded.count`,
        note: sql`excluded.note`,
        enteredByLabel: sql`excluded.entered_by_label`,
        updatedAt: sql`excluded.updated_at`,
        version: sql`${entries.version} + 1`,
      },
    });
}

export async function insertAdjustments(tx: Executor, rows: NewAdjustmentRow[]) {
  if (rows.length) await tx.insert(adjustments).values(rows);
}

export async function listAdjustments(db: Executor, tenantId: string, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return db
    .select()
    .from(adjustments)
    .where(and(eq(adjustments.tenantId, tenantId), inArray(adjustments.entryId, [...entryIds])))
    .orderBy(asc(adjustments.createdAt));
}

const evidenceMeta = {
  id: evidence.id,
  entryId: evidence.entryId,
  fileName: evidence.fileName,
  mediaType: evidence.mediaType,
  sizeBytes: evidence.sizeBytes,
  sha256: evidence.sha256,
  createdAt: evidence.createdAt,
};
export type EvidenceMetaRow = { [K in keyof typeof evidenceMeta]: (typeof evidence.$inferSelect)[K] };

export async function listEvidence(db: Executor, tenantId: string, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return db
    .select(evidenceMeta)
    .from(evidence)
    .where(and(eq(evidence.tenantId, tenantId), inArray(evidence.entryId, [...entryIds])))
    .orderBy(asc(evidence.createdAt));
}

export async function insertEvidence(tx: Executor, row: NewEvidenceRow) {
  await tx.insert(evidence).values(row);
}

/** An evidence file with where it belongs (bloc, year, member unit) and the bloc's organiser path. */
export async function findEvidence(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({
      ...evidenceMeta,
      blocId: entries.blocId,
      year: entries.year,
      unitId: entries.unitId,
      unitPath: orgUnits.path,
      itemCode: entries.itemCode,
      organiserUnitId: blocs.organiserUnitId,
    })
    .from(evidence)
    .innerJoin(entries, eq(entries.id, evidence.entryId))
    .innerJoin(orgUnits, eq(orgUnits.id, entries.unitId))
    .innerJoin(blocs, eq(blocs.id, entries.blocId))
    .where(and(eq(evidence.tenantId, tenantId), eq(evidence.id, id)));
  return row;
}

export async function readEvidenceContent(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ content: evidence.content })
    .from(evidence)
    .where(and(eq(evidence.tenantId, tenantId), eq(evidence.id, id)));
  return row ? Buffer.from(row.content) : undefined;
}

export async function deleteEvidence(tx: Executor, tenantId: string, id: string) {
  await tx.delete(evidence).where(and(eq(evidence.tenantId, tenantId), eq(evidence.id, id)));
}
