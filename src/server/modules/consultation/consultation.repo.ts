import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { tenants } from '../../db/schema';
import { consultationComments, consultations } from '../../db/schema/appraisal';

export type ConsultationRow = typeof consultations.$inferSelect;
export type CommentRow = typeof consultationComments.$inferSelect;

export async function insertConsultation(tx: Executor, row: typeof consultations.$inferInsert) {
  await tx.insert(consultations).values(row);
}

export async function findConsultation(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(consultations)
    .where(and(eq(consultations.tenantId, tenantId), eq(consultations.id, id)))
    .limit(1);
  return row;
}

export async function updateConsultation(
  tx: Executor,
  tenantId: string,
  id: string,
  set: Partial<typeof consultations.$inferInsert>,
) {
  await tx
    .update(consultations)
    .set({ ...set, version: sql`${consultations.version} + 1` })
    .where(and(eq(consultations.tenantId, tenantId), eq(consultations.id, id)));
}

const pendingCount = sql<number>`(select count(*)::int from ${consultationComments} c where c.consultation_id = "consultations"."id" and c.status = 'pending')`;
const totalCount = sql<number>`(select count(*)::int from ${consultationComments} c where c.consultation_id = "consultations"."id")`;

export async function listConsultations(
  db: Executor,
  f: {
    tenantId: string;
    status?: ConsultationRow['status'];
    nominationId?: string;
    page: number;
    pageSize: number;
  },
) {
  const where: SQL[] = [eq(consultations.tenantId, f.tenantId)];
  if (f.status) where.push(eq(consultations.status, f.status));
  if (f.nominationId) where.push(eq(consultations.nominationId, f.nominationId));
  const cond = and(...where);
  const [items, totals] = await Promise.all([
    db
      .select({ c: consultations, pending: pendingCount, comments: totalCount })
      .from(consultations)
      .where(cond)
      .orderBy(desc(consultations.startsOn), desc(consultations.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(consultations).where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

export async function listComments(
  db: Executor,
  tenantId: string,
  by: { consultationId?: string; nominationId?: string; status?: CommentRow['status'] },
) {
  const where: SQL[] = [eq(consultationComments.tenantId, tenantId)];
  if (by.consultationId) where.push(eq(consultationComments.consultationId, by.consultationId));
  if (by.nominationId) where.push(eq(consultationComments.nominationId, by.nominationId));
  if (by.status) where.push(eq(consultationComments.status, by.status));
  return db
    .select()
    .from(consultationComments)
    .where(and(...where))
    .orderBy(asc(consultationComments.createdAt), asc(consultationComments.id))
    .limit(2000);
}

export async function findComment(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(consultationComments)
    .where(and(eq(consultationComments.tenantId, tenantId), eq(consultationComments.id, id)))
    .limit(1);
  return row;
}

export async function updateComment(
  tx: Executor,
  tenantId: string,
  id: string,
  set: Partial<typeof consultationComments.$inferInsert>,
) {
  await tx
    .update(consultationComments)
    .set(set)
    .where(and(eq(consultationComments.tenantId, tenantId), eq(consultationComments.id, id)));
}

export async function insertComment(tx: Executor, row: typeof consultationComments.$inferInsert) {
  await tx.insert(consultationComments).values(row);
}

// ── public portal: by id, across tenants (the id is the public key) ─────────────────────────────────
const publicColumns = {
  id: consultations.id,
  tenantId: consultations.tenantId,
  tenantName: tenants.name,
  status: consultations.status,
  startsOn: consultations.startsOn,
  endsOn: consultations.endsOn,
  nomineeName: consultations.nomineeName,
  unitName: consultations.unitName,
  awardName: consultations.awardName,
  summary: consultations.summary,
  nominationId: consultations.nominationId,
};

/** Consultations open on `day` (Việt Nam date), every tenant, most recent first. */
export async function listPublicOpen(db: Executor, day: string, limit: number) {
  return db
    .select(publicColumns)
    .from(consultations)
    .innerJoin(tenants, eq(tenants.id, consultations.tenantId))
    .where(
      and(eq(consultations.status, 'open'), lte(consultations.startsOn, day), gte(consultations.endsOn, day)),
    )
    .orderBy(asc(consultations.endsOn), asc(consultations.nomineeName))
    .limit(limit);
}

export async function findPublic(db: Executor, id: string) {
  const [row] = await db
    .select(publicColumns)
    .from(consultations)
    .innerJoin(tenants, eq(tenants.id, consultations.tenantId))
    .where(eq(consultations.id, id))
    .limit(1);
  return row;
}

export async function listPublishedComments(db: Executor, tenantId: string, consultationId: string) {
  return db
    .select({
      authorName: consultationComments.authorName,
      text: consultationComments.text,
      createdAt: consultationComments.createdAt,
    })
    .from(consultationComments)
    .where(
      and(
        eq(consultationComments.tenantId, tenantId),
        eq(consultationComments.consultationId, consultationId),
        eq(consultationComments.status, 'published'),
      ),
    )
    .orderBy(asc(consultationComments.createdAt))
    .limit(500);
}
