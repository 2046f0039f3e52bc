import type { Ctx } from '../../lib/context';
import { notFound } from '../../lib/errors';
import * as repo from './jobs.repo';

export interface JobView {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  total: number;
  processed: number;
  result: unknown;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** Administrators of the tenant see every job; others only their own. */
function mayWatch(ctx: Ctx, job: repo.JobRow): boolean {
  if (job.userId !== null && job.userId === ctx.actor.userId) return true;
  return ctx.actor.grants.some(
    (g) =>
      g.role === 'system_admin' ||
      (g.role === 'tenant_admin' && g.tenantId === job.tenantId && g.orgUnitId === null),
  );
}

/** Loads a job the actor may watch (404 otherwise, as for another tenant's job). */
export async function findJobForActor(ctx: Ctx, id: string): Promise<repo.JobRow> {
  const job = await repo.findJob(ctx.db, ctx.actor.tenantId, id);
  if (!job || !mayWatch(ctx, job)) throw notFound('Tác vụ');
  return job;
}

/** The job's status; bulky details kept for reports (result.detail) are not sent. */
export async function getJob(ctx: Ctx, id: string): Promise<JobView> {
  const job = await findJobForActor(ctx, id);
  let result = job.result;
  if (result && typeof result === 'object' && !Array.isArray(result) && 'detail' in result) {
    const { detail: _detail, ...rest } = result as Record<string, unknown>;
    result = rest;
  }
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    total: job.total,
    processed: job.processed,
    result: result ?? null,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
