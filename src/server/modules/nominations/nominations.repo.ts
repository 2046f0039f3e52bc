import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { pathInSubtree } from '../../db/patterns';
import {
  awardRounds,
  emulationBlocMembers,
  emulationBlocs,
  nominationAttachments,
  nominationDocuments,
  nominations,
  orgUnits,
  people,
} from '../../db/schema';
import type { Scopes } from './nominations.policy';
import { scopeCondition } from './rounds.repo';

/** Dossiers: the only Drizzle user for nominations, nomination_documents and nomination_attachments. */

export type NominationRow = typeof nominations.$inferSelect;
export type NewNominationRow = typeof nominations.$inferInsert;
export type DocumentRow = typeof nominationDocuments.$inferSelect;
export type NominationStatus = NominationRow['status'];

const organiser = alias(orgUnits, 'organiser');

/** A dossier with what its checks need: the round (level, status, type, year) and both units' paths. */
const joined = {
  nomination: nominations,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  roundName: awardRounds.name,
  roundStatus: awardRounds.status,
  roundLevel: awardRounds.level,
  roundYear: awardRounds.year,
  roundPeriodTo: awardRounds.periodTo,
  roundType: awardRounds.commendationType,
  organiserId: awardRounds.orgUnitId,
  organiserName: organiser.name,
  organiserPath: organiser.path,
};

export type JoinedNomination = {
  nomination: NominationRow;
  unitName: string;
  unitPath: string;
  roundName: string;
  roundStatus: (typeof awardRounds.$inferSelect)['status'];
  roundLevel: (typeof awardRounds.$inferSelect)['level'];
  roundYear: number | null;
  roundPeriodTo: string | null;
  roundType: (typeof awardRounds.$inferSelect)['commendationType'];
  organiserId: string;
  organiserName: string;
  organiserPath: string;
};

function selectJoined(db: Executor) {
  return db
    .select(joined)
    .from(nominations)
    .innerJoin(orgUnits, eq(orgUnits.id, nominations.proposingUnitId))
    .innerJoin(awardRounds, eq(awardRounds.id, nominations.roundId))
    .innerJoin(organiser, eq(organiser.id, awardRounds.orgUnitId));
}

export async function findNominationRow(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<JoinedNomination | undefined> {
  const [row] = await selectJoined(db).where(and(eq(nominations.tenantId, tenantId), eq(nominations.id, id)));
  return row;
}

/** Row lock for a transition (two officers acting at once take turns). */
export async function lockNomination(tx: Executor, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(nominations)
    .where(and(eq(nominations.tenantId, tenantId), eq(nominations.id, id)))
    .for('update');
  return row;
}

export async function insertNomination(tx: Executor, row: NewNominationRow) {
  await tx.insert(nominations).values(row);
}

/** Optimistic update (`version` given) or plain update under a row lock; false when nothing matched. */
export async function updateNomination(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number | undefined,
  changes: Partial<NewNominationRow>,
): Promise<boolean> {
  const where = [eq(nominations.tenantId, tenantId), eq(nominations.id, id)];
  if (version !== undefined) where.push(eq(nominations.version, version));
  const rows = await tx
    .update(nominations)
    .set({ ...changes, version: sql`${nominations.version} + 1` })
    .where(and(...where))
    .returning({ id: nominations.id });
  return rows.length > 0;
}

export interface NominationListFilter {
  tenantId: string;
  roundId?: string;
  statuses?: readonly NominationStatus[];
  proposingUnitId?: string;
  awardCode?: string;
  ids?: readonly string[];
  decisionId?: string;
  /** Visible dossiers: proposing unit or organiser within these subtrees. */
  scopes?: Scopes;
}

export async function listNominationRows(db: Executor, f: NominationListFilter): Promise<JoinedNomination[]> {
  const where: SQL[] = [eq(nominations.tenantId, f.tenantId)];
  if (f.roundId) where.push(eq(nominations.roundId, f.roundId));
  if (f.statuses?.length) where.push(inArray(nominations.status, [...f.statuses]));
  if (f.proposingUnitId) where.push(eq(nominations.proposingUnitId, f.proposingUnitId));
  if (f.awardCode) where.push(eq(nominations.awardCode, f.awardCode));
  if (f.ids) where.push(f.ids.length ? inArray(nominations.id, [...f.ids]) : sql`false`);
  if (f.decisionId) where.push(eq(nominations.decisionId, f.decisionId));
  if (f.scopes && f.scopes !== 'all')
    where.push(
      sql`(${scopeCondition(orgUnits.path, f.scopes)} or ${scopeCondition(organiser.path, f.scopes)})`,
    );
  return selectJoined(db)
    .where(and(...where))
    .orderBy(asc(orgUnits.sortKey), asc(nominations.subjectName), asc(nominations.id))
    .limit(10_000);
}

/** Extra facts about people named by dossiers (position for annexes). */
export async function findPersonPositions(db: Executor, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string | null>();
  const rows = await db
    .select({ id: people.id, position: people.position })
    .from(people)
    .where(and(eq(people.tenantId, tenantId), inArray(people.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.position]));
}

// ---------------------------------------------------------------- checklist

export async function insertDocuments(tx: Executor, rows: (typeof nominationDocuments.$inferInsert)[]) {
  if (rows.length) await tx.insert(nominationDocuments).values(rows);
}

export async function deleteDocuments(tx: Executor, tenantId: string, nominationId: string) {
  await tx
    .delete(nominationDocuments)
    .where(
      and(eq(nominationDocuments.tenantId, tenantId), eq(nominationDocuments.nominationId, nominationId)),
    );
}

/** The dossier made from this one when it was forwarded upward. */
export async function findForwardedTo(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(and(eq(nominations.tenantId, tenantId), eq(nominations.forwardedFromId, id)));
  return row?.id ?? null;
}

export async function listDocuments(db: Executor, tenantId: string, nominationId: string) {
  return db
    .select()
    .from(nominationDocuments)
    .where(
      and(eq(nominationDocuments.tenantId, tenantId), eq(nominationDocuments.nominationId, nominationId)),
    )
    .orderBy(asc(nominationDocuments.position));
}

export async function setDocument(
  tx: Executor,
  tenantId: string,
  nominationId: string,
  code: DocumentRow['code'],
  changes: { status: DocumentRow['status']; note?: string | null; updatedAt: Date },
) {
  const rows = await tx
    .update(nominationDocuments)
    .set(changes)
    .where(
      and(
        eq(nominationDocuments.tenantId, tenantId),
        eq(nominationDocuments.nominationId, nominationId),
        eq(nominationDocuments.code, code),
      ),
    )
    .returning({ code: nominationDocuments.code });
  return rows.length > 0;
}

// ---------------------------------------------------------------- attachments

export type NewAttachmentRow = typeof nominationAttachments.$inferInsert;

const attachmentMeta = {
  id: nominationAttachments.id,
  nominationId: nominationAttachments.nominationId,
  documentCode: nominationAttachments.documentCode,
  fileName: nominationAttachments.fileName,
  mediaType: nominationAttachments.mediaType,
  sizeBytes: nominationAttachments.sizeBytes,
  sha256: nominationAttachments.sha256,
  createdAt: nominationAttachments.createdAt,
};

export async function insertAttachment(tx: Executor, row: NewAttachmentRow) {
  await tx.insert(nominationAttachments).values(row);
}

export async function listAttachments(db: Executor, tenantId: string, nominationId: string) {
  return db
    .select(attachmentMeta)
    .from(nominationAttachments)
    .where(
      and(eq(nominationAttachments.tenantId, tenantId), eq(nominationAttachments.nominationId, nominationId)),
    )
    .orderBy(asc(nominationAttachments.createdAt), asc(nominationAttachments.id));
}

export async function findAttachment(db: Executor, tenantId: string, nominationId: string, id: string) {
  const [row] = await db
    .select()
    .from(nominationAttachments)
    .where(
      and(
        eq(nominationAttachments.tenantId, tenantId),
        eq(nominationAttachments.nominationId, nominationId),
        eq(nominationAttachments.id, id),
      ),
    );
  return row;
}

export async function deleteAttachment(tx: Executor, tenantId: string, nominationId: string, id: string) {
  const rows = await tx
    .delete(nominationAttachments)
    .where(
      and(
        eq(nominationAttachments.tenantId, tenantId),
        eq(nominationAttachments.nominationId, nominationId),
        eq(nominationAttachments.id, id),
      ),
    )
    .returning({ id: nominationAttachments.id });
  return rows.length > 0;
}

/** The blocs (cụm, khối thi đua) the units belong to in a year (for "one flag per bloc"). */
export async function blocsOfUnits(db: Executor, tenantId: string, unitIds: readonly string[], year: number) {
  if (unitIds.length === 0) return [];
  return db
    .select({ unitId: emulationBlocMembers.unitId, blocId: emulationBlocs.id, blocName: emulationBlocs.name })
    .from(emulationBlocMembers)
    .innerJoin(emulationBlocs, eq(emulationBlocs.id, emulationBlocMembers.blocId))
    .where(
      and(
        eq(emulationBlocMembers.tenantId, tenantId),
        eq(emulationBlocMembers.year, year),
        inArray(emulationBlocMembers.unitId, [...unitIds]),
      ),
    );
}

/** People of a unit subtree (for the Excel import: matched by staff code, else by name). */
export async function peopleInSubtree(db: Executor, tenantId: string, unitPath: string) {
  return db
    .select({ id: people.id, fullName: people.fullName, externalCode: people.externalCode })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(and(eq(people.tenantId, tenantId), pathInSubtree(orgUnits.path, unitPath)))
    .limit(50_000);
}

/** Which of these ids are dossiers of the tenant. */
export async function nominationIdsOfTenant(db: Executor, tenantId: string, ids: string[]) {
  const rows = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(and(eq(nominations.tenantId, tenantId), inArray(nominations.id, ids)));
  return new Set(rows.map((r) => r.id));
}
