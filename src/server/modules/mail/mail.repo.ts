import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { mailMessages } from '../../db/schema/appraisal';

export type MailRow = typeof mailMessages.$inferSelect;
export type NewMailRow = typeof mailMessages.$inferInsert;

export async function insertMails(tx: Executor, rows: NewMailRow[]) {
  if (rows.length > 0) await tx.insert(mailMessages).values(rows);
}

export async function findMails(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(mailMessages)
    .where(inArray(mailMessages.id, [...ids]));
}

export async function markMail(
  db: Executor,
  id: string,
  status: 'sent' | 'failed',
  at: Date,
  error: string | null,
) {
  await db
    .update(mailMessages)
    .set({ status, sentAt: status === 'sent' ? at : null, error })
    .where(eq(mailMessages.id, id));
}

export async function listMails(
  db: Executor,
  f: { tenantId: string; status?: MailRow['status']; page: number; pageSize: number },
) {
  const where: SQL[] = [eq(mailMessages.tenantId, f.tenantId)];
  if (f.status) where.push(eq(mailMessages.status, f.status));
  const cond = and(...where);
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(mailMessages)
      .where(cond)
      .orderBy(desc(mailMessages.createdAt), desc(mailMessages.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(mailMessages).where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}
