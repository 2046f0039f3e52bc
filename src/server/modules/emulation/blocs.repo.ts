import { and, asc, count, desc, eq, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { BlocKind } from '../../../domain/emulation/bloc';
import type { Executor } from '../../db/client';
import {
  emulationBlocLeaderships as leaderships,
  emulationBlocMeetings as meetings,
  emulationBlocMembers as members,
  emulationBlocs as blocs,
  orgUnits,
} from '../../db/schema';
import { containing } from '../../db/patterns';
import { byteOrder } from './emulation.repo';

export type BlocRow = typeof blocs.$inferSelect;
export type NewBlocRow = typeof blocs.$inferInsert;
export type LeadershipRow = typeof leaderships.$inferSelect;
export type NewLeadershipRow = typeof leaderships.$inferInsert;
export type MeetingRow = typeof meetings.$inferSelect;
export type NewMeetingRow = typeof meetings.$inferInsert;

/** A bloc of the tenant with its organiser unit's name and path. */
export async function findBloc(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ bloc: blocs, organiserName: orgUnits.name, organiserPath: orgUnits.path })
    .from(blocs)
    .innerJoin(orgUnits, eq(orgUnits.id, blocs.organiserUnitId))
    .where(and(eq(blocs.tenantId, tenantId), eq(blocs.id, id)));
  return row;
}

/** Locks the bloc for the transaction: changes to one bloc's years run one at a time. */
export async function lockBloc(tx: Executor, tenantId: string, id: string): Promise<boolean> {
  const rows = await tx
    .select({ id: blocs.id })
    .from(blocs)
    .where(and(eq(blocs.tenantId, tenantId), eq(blocs.id, id)))
    .for('update');
  return rows.length > 0;
}

export async function insertBloc(tx: Executor, row: NewBlocRow) {
  await tx.insert(blocs).values(row);
}

export async function updateBloc(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<NewBlocRow>,
): Promise<boolean> {
  const rows = await tx
    .update(blocs)
    .set({ ...changes, version: sql`${blocs.version} + 1` })
    .where(and(eq(blocs.tenantId, tenantId), eq(blocs.id, id), eq(blocs.version, version)))
    .returning({ id: blocs.id });
  return rows.length > 0;
}

export async function deleteBloc(tx: Executor, tenantId: string, id: string) {
  await tx.delete(blocs).where(and(eq(blocs.tenantId, tenantId), eq(blocs.id, id)));
}

/** Whether the bloc has any year data or meetings (then it is not deleted). */
export async function blocHasHistory(db: Executor, tenantId: string, id: string): Promise<boolean> {
  const result: unknown = await db.execute(sql`
    select exists (select 1 from emulation_bloc_members where tenant_id = ${tenantId} and bloc_id = ${id})
        or exists (select 1 from emulation_bloc_leaderships where tenant_id = ${tenantId} and bloc_id = ${id})
        or exists (select 1 from emulation_bloc_meetings where tenant_id = ${tenantId} and bloc_id = ${id}) as "has"`);
  return Boolean((result as { rows: { has: boolean }[] }).rows[0]?.has);
}

export interface BlocFilter {
  tenantId: string;
  kind?: BlocKind;
  year?: number;
  organiserUnitId?: string;
  foldedQuery?: string;
  page: number;
  pageSize: number;
}

export async function listBlocs(db: Executor, f: BlocFilter) {
  const where: SQL[] = [eq(blocs.tenantId, f.tenantId)];
  if (f.kind) where.push(eq(blocs.kind, f.kind));
  if (f.organiserUnitId) where.push(eq(blocs.organiserUnitId, f.organiserUnitId));
  if (f.foldedQuery) where.push(like(blocs.searchText, containing(f.foldedQuery)));
  if (f.year !== undefined)
    where.push(
      sql`exists (select 1 from emulation_bloc_members m where m.tenant_id = ${blocs.tenantId} and m.bloc_id = ${blocs.id} and m.year = ${f.year})`,
    );
  const cond = and(...where);
  const [items, totals] = await Promise.all([
    db
      .select({ bloc: blocs, organiserName: orgUnits.name })
      .from(blocs)
      .innerJoin(orgUnits, eq(orgUnits.id, blocs.organiserUnitId))
      .where(cond)
      .orderBy(byteOrder(blocs.sortKey), asc(blocs.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(blocs).where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

/** A year's members, in the order they were entered. */
export async function listMembers(db: Executor, tenantId: string, blocId: string, year: number) {
  return db
    .select({ id: orgUnits.id, name: orgUnits.name, code: orgUnits.code })
    .from(members)
    .innerJoin(orgUnits, eq(orgUnits.id, members.unitId))
    .where(and(eq(members.tenantId, tenantId), eq(members.blocId, blocId), eq(members.year, year)))
    .orderBy(asc(members.position));
}

export async function replaceMembers(
  tx: Executor,
  tenantId: string,
  blocId: string,
  year: number,
  unitIds: readonly string[],
) {
  await tx
    .delete(members)
    .where(and(eq(members.tenantId, tenantId), eq(members.blocId, blocId), eq(members.year, year)));
  if (unitIds.length)
    await tx
      .insert(members)
      .values(unitIds.map((unitId, position) => ({ tenantId, blocId, year, unitId, position })));
}

/** Member counts per year. */
export async function memberCounts(db: Executor, tenantId: string, blocId: string) {
  return db
    .select({ year: members.year, n: count() })
    .from(members)
    .where(and(eq(members.tenantId, tenantId), eq(members.blocId, blocId)))
    .groupBy(members.year);
}

const head = alias(orgUnits, 'head_unit');
const deputy = alias(orgUnits, 'deputy_unit');

/** Leaderships with their units' names: one year, or the whole history (latest first). */
export async function listLeaderships(db: Executor, tenantId: string, blocId: string, year?: number) {
  const where = [eq(leaderships.tenantId, tenantId), eq(leaderships.blocId, blocId)];
  if (year !== undefined) where.push(eq(leaderships.year, year));
  return db
    .select({ leadership: leaderships, headName: head.name, deputyName: deputy.name })
    .from(leaderships)
    .innerJoin(head, eq(head.id, leaderships.headUnitId))
    .leftJoin(deputy, eq(deputy.id, leaderships.deputyUnitId))
    .where(and(...where))
    .orderBy(desc(leaderships.year));
}

export async function insertLeadership(tx: Executor, row: NewLeadershipRow) {
  await tx.insert(leaderships).values(row);
}

export async function updateLeadership(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<NewLeadershipRow>,
): Promise<boolean> {
  const rows = await tx
    .update(leaderships)
    .set({ ...changes, version: sql`${leaderships.version} + 1` })
    .where(and(eq(leaderships.tenantId, tenantId), eq(leaderships.id, id), eq(leaderships.version, version)))
    .returning({ id: leaderships.id });
  return rows.length > 0;
}

export async function listMeetings(db: Executor, tenantId: string, blocId: string, year?: number) {
  const where = [eq(meetings.tenantId, tenantId), eq(meetings.blocId, blocId)];
  if (year !== undefined)
    where.push(gte(meetings.date, `${year}-01-01`), lt(meetings.date, `${year + 1}-01-01`));
  return db
    .select()
    .from(meetings)
    .where(and(...where))
    .orderBy(desc(meetings.date), desc(meetings.createdAt));
}

export async function findMeeting(db: Executor, tenantId: string, blocId: string, id: string) {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.tenantId, tenantId), eq(meetings.blocId, blocId), eq(meetings.id, id)));
  return row;
}

export async function insertMeeting(tx: Executor, row: NewMeetingRow) {
  await tx.insert(meetings).values(row);
}

export async function updateMeeting(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<NewMeetingRow>,
): Promise<boolean> {
  const rows = await tx
    .update(meetings)
    .set({ ...changes, version: sql`${meetings.version} + 1` })
    .where(and(eq(meetings.tenantId, tenantId), eq(meetings.id, id), eq(meetings.version, version)))
    .returning({ id: meetings.id });
  return rows.length > 0;
}

export async function deleteMeeting(tx: Executor, tenantId: string, id: string) {
  await tx.delete(meetings).where(and(eq(meetings.tenantId, tenantId), eq(meetings.id, id)));
}
