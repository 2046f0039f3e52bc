import { and, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
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

const unfinished = inArray(jobs.status, ['queued', 'running']);

/** The node's heartbeat: its queued and running jobs get heartbeat_at = now() (database clock). */
export async function touchJobs(db: Executor, nodeId: string) {
  await db
    .update(jobs)
    .set({ heartbeatAt: sql`now()` })
    .where(and(unfinished, eq(jobs.nodeId, nodeId)));
}

/**
 * Marks as failed the queued/running jobs that no live process is working on: all of them (`staleAfterMs`
 * undefined: PGlite at start-up, one process owns the data) or those of other nodes whose heartbeat is older
 * than `staleAfterMs` (database clock, so the nodes' clocks do not matter). Returns the ids failed.
 */
export async function failAbandonedJobs(
  db: Executor,
  message: string,
  exceptNodeId: string,
  staleAfterMs?: number,
): Promise<string[]> {
  const stale =
    staleAfterMs === undefined
      ? unfinished
      : and(
          unfinished,
          or(isNull(jobs.nodeId), ne(jobs.nodeId, exceptNodeId)),
          lt(jobs.heartbeatAt, sql`now() - (${staleAfterMs / 1000}::double precision * interval '1 second')`),
        );
  const rows = await db
    .update(jobs)
    .set({ status: 'failed', error: message, finishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(stale)
    .returning({ id: jobs.id });
  return rows.map((r) => r.id);
}

export async function countJobs(db: Executor, tenantId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(jobs)
    .where(eq(jobs.tenantId, tenantId));
  return row?.n ?? 0;
}
