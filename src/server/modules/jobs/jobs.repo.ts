import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { jobs } from '../../db/schema';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(db: Executor, row: typeof jobs.$inferInsert) {
  await db.insert(jobs).values(row);
}

/** A job of the tenant (never another tenant's). */
export async function findJob(db: Executor, tenantId: string, id: string): Promise<JobRow | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.id, id)))
    .limit(1);
  return row;
}

export async function updateJob(
  db: Executor,
  id: string,
  patch: Partial<Pick<JobRow, 'status' | 'total' | 'processed' | 'result' | 'error' | 'finishedAt'>> & {
    updatedAt: Date;
  },
) {
  await db.update(jobs).set(patch).where(eq(jobs.id, id));
}

/**
 * Marks as failed the queued/running jobs that no live process is working on: all of them (PGlite: one
 * process owns the data) or those whose heartbeat (updated_at) is older than `staleBefore`.
 */
export async function failAbandonedJobs(db: Executor, message: string, now: Date, staleBefore?: Date) {
  const unfinished = inArray(jobs.status, ['queued', 'running']);
  await db
    .update(jobs)
    .set({ status: 'failed', error: message, finishedAt: now, updatedAt: now })
    .where(staleBefore ? and(unfinished, lt(jobs.updatedAt, staleBefore)) : unfinished);
}

export async function countJobs(db: Executor, tenantId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(jobs)
    .where(eq(jobs.tenantId, tenantId));
  return row?.n ?? 0;
}
