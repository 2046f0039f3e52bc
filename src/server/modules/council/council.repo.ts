import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgUnits, users } from '../../db/schema';
import {
  councilAgendaItems as agenda,
  councilAttendance as attendance,
  councilMembers as members,
  councils,
  councilSessions as sessions,
} from '../../db/schema/council';
import { containing } from '../../db/patterns';

export type CouncilRow = typeof councils.$inferSelect;
export type NewCouncilRow = typeof councils.$inferInsert;
export type MemberRow = typeof members.$inferSelect;
export type NewMemberRow = typeof members.$inferInsert;
export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = typeof sessions.$inferInsert;
export type AgendaRow = typeof agenda.$inferSelect;
export type NewAgendaRow = typeof agenda.$inferInsert;

export async function findCouncil(db: Executor, tenantId: string, id: string, lock = false) {
  const q = db
    .select({ council: councils, unitName: orgUnits.name, unitPath: orgUnits.path })
    .from(councils)
    .innerJoin(orgUnits, eq(orgUnits.id, councils.orgUnitId))
    .where(and(eq(councils.tenantId, tenantId), eq(councils.id, id)));
  const [row] = lock ? await q.for('update', { of: councils }) : await q;
  return row;
}

export async function listCouncils(
  db: Executor,
  tenantId: string,
  q: string | undefined,
  page: number,
  size: number,
) {
  const where = and(
    eq(councils.tenantId, tenantId),
    q ? sql`${councils.name} ilike ${containing(q)}` : undefined,
  );
  const [items, totals] = await Promise.all([
    db
      .select({ council: councils, unitName: orgUnits.name, unitPath: orgUnits.path })
      .from(councils)
      .innerJoin(orgUnits, eq(orgUnits.id, councils.orgUnitId))
      .where(where)
      .orderBy(asc(councils.name), asc(councils.id))
      .limit(size)
      .offset((page - 1) * size),
    db.select({ n: count() }).from(councils).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

export async function insertCouncil(tx: Executor, row: NewCouncilRow) {
  await tx.insert(councils).values(row);
}

export async function updateCouncil(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  values: Partial<NewCouncilRow>,
): Promise<boolean> {
  const rows = await tx
    .update(councils)
    .set({ ...values, version: sql`${councils.version} + 1` })
    .where(and(eq(councils.tenantId, tenantId), eq(councils.id, id), eq(councils.version, version)))
    .returning({ id: councils.id });
  return rows.length === 1;
}

export function membersOf(db: Executor, tenantId: string, councilIds: string[]) {
  if (councilIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(members)
    .where(and(eq(members.tenantId, tenantId), inArray(members.councilId, councilIds)))
    .orderBy(asc(members.sortOrder), asc(members.id));
}

export async function replaceMembers(
  tx: Executor,
  tenantId: string,
  councilId: string,
  rows: NewMemberRow[],
) {
  const keep = rows.map((r) => r.userId);
  const existing = await tx
    .select({ id: members.id, userId: members.userId })
    .from(members)
    .where(and(eq(members.tenantId, tenantId), eq(members.councilId, councilId)));
  const byUser = new Map(existing.map((m) => [m.userId, m.id]));
  const gone = existing.filter((m) => !keep.includes(m.userId)).map((m) => m.id);
  if (gone.length > 0)
    await tx.delete(members).where(and(eq(members.tenantId, tenantId), inArray(members.id, gone)));
  for (const r of rows) {
    const id = byUser.get(r.userId);
    if (id)
      await tx
        .update(members)
        .set({
          fullName: r.fullName,
          position: r.position,
          role: r.role,
          sortOrder: r.sortOrder,
          updatedAt: r.updatedAt,
        })
        .where(and(eq(members.tenantId, tenantId), eq(members.id, id)));
    else await tx.insert(members).values(r);
  }
}

/** Ids of `userIds` that are active users of the tenant. */
export async function tenantUsers(db: Executor, tenantId: string, userIds: string[]) {
  if (userIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, userIds)));
  return new Set(rows.map((r) => r.id));
}

/** Active users of the tenant matching `q` (name or e-mail), for choosing council members. */
export function searchUsers(db: Executor, tenantId: string, q: string | undefined) {
  return db
    .select({ id: users.id, fullName: users.fullName, email: users.email })
    .from(users)
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.isActive, true),
        q
          ? sql`(${users.fullName} ilike ${containing(q)} or ${users.email} ilike ${containing(q)})`
          : undefined,
      ),
    )
    .orderBy(asc(users.fullName), asc(users.id))
    .limit(50);
}

export async function findUnit(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.id, id)));
  return row;
}

// ── Sessions ───────────────────────────────────────────────────────────────────────────────────────────

export async function findSession(db: Executor, tenantId: string, id: string, lock = false) {
  const q = db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function listSessions(
  db: Executor,
  tenantId: string,
  councilId: string | undefined,
  page: number,
  size: number,
) {
  const where = and(
    eq(sessions.tenantId, tenantId),
    councilId ? eq(sessions.councilId, councilId) : undefined,
  );
  const [items, totals] = await Promise.all([
    db
      .select({ session: sessions, councilName: councils.name })
      .from(sessions)
      .innerJoin(councils, eq(councils.id, sessions.councilId))
      .where(where)
      .orderBy(desc(sessions.heldOn), desc(sessions.id))
      .limit(size)
      .offset((page - 1) * size),
    db.select({ n: count() }).from(sessions).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

export async function insertSession(tx: Executor, row: NewSessionRow, items: NewAgendaRow[]) {
  await tx.insert(sessions).values(row);
  if (items.length > 0) await tx.insert(agenda).values(items);
}

export async function updateSession(
  tx: Executor,
  tenantId: string,
  id: string,
  values: Partial<NewSessionRow>,
  version?: number,
): Promise<boolean> {
  const rows = await tx
    .update(sessions)
    .set({ ...values, version: sql`${sessions.version} + 1` })
    .where(
      and(
        eq(sessions.tenantId, tenantId),
        eq(sessions.id, id),
        version === undefined ? undefined : eq(sessions.version, version),
      ),
    )
    .returning({ id: sessions.id });
  return rows.length === 1;
}

export function agendaOf(db: Executor, tenantId: string, sessionId: string) {
  return db
    .select()
    .from(agenda)
    .where(and(eq(agenda.tenantId, tenantId), eq(agenda.sessionId, sessionId)))
    .orderBy(asc(agenda.position), asc(agenda.id));
}

export async function setAgendaResult(
  tx: Executor,
  tenantId: string,
  sessionId: string,
  nominationId: string,
  result: 'approved' | 'rejected',
  at: Date,
) {
  await tx
    .update(agenda)
    .set({ result, updatedAt: at })
    .where(
      and(
        eq(agenda.tenantId, tenantId),
        eq(agenda.sessionId, sessionId),
        eq(agenda.nominationId, nominationId),
      ),
    );
}

export function attendanceOf(db: Executor, tenantId: string, sessionId: string) {
  return db
    .select()
    .from(attendance)
    .where(and(eq(attendance.tenantId, tenantId), eq(attendance.sessionId, sessionId)));
}

export async function replaceAttendance(
  tx: Executor,
  tenantId: string,
  sessionId: string,
  rows: { memberId: string; status: (typeof attendance.$inferInsert)['status']; note: string | null }[],
) {
  await tx
    .delete(attendance)
    .where(and(eq(attendance.tenantId, tenantId), eq(attendance.sessionId, sessionId)));
  if (rows.length > 0) await tx.insert(attendance).values(rows.map((r) => ({ ...r, tenantId, sessionId })));
}

/** Sessions (of the tenant) whose ids are given: for the voter's own list of ballots. */
export async function sessionsByIds(db: Executor, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: sessions.id, title: sessions.title })
    .from(sessions)
    .where(and(eq(sessions.tenantId, tenantId), inArray(sessions.id, ids)));
}
