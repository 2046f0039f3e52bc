import type { Deps } from '../../lib/context';
import { newId } from '../../lib/ids';
import * as repo from './jobs.repo';

/** What a running job may report: its total once known, and progress as it goes (also its heartbeat). */
export interface JobHandle {
  id: string;
  setTotal(total: number): Promise<void>;
  progress(processed: number): Promise<void>;
}

export type JobWork = (job: JobHandle) => Promise<unknown>;

export const ABANDONED_MESSAGE =
  'Tác vụ bị dừng vì máy chủ xử lý nó đã ngừng hoạt động (khởi động lại hoặc gặp sự cố). Vui lòng thực hiện lại.';

/** This server process as the jobs it runs record it (jobs.node_id). */
export const NODE_ID = newId();
/** How often a node renews the heartbeat of its queued and running jobs, and sweeps other nodes' jobs. */
export const HEARTBEAT_MS = 5_000;
/** Four heartbeats missed: the node running the job is gone (dead, killed, cut off from the database). */
export const STALE_AFTER_MS = 4 * HEARTBEAT_MS;

// One queue per process: jobs run one after another so an import never competes with another for the
// database (PGlite serves one query at a time anyway).
let tail: Promise<void> = Promise.resolve();

/** Records a queued job and schedules `work` in this process; returns the job id at once. */
export async function enqueueJob(
  deps: Deps,
  owner: { tenantId: string; userId: string | null },
  kind: string,
  work: JobWork,
): Promise<string> {
  const db = deps.database.db;
  const id = newId();
  const now = new Date();
  await repo.insertJob(db, {
    id,
    ...owner,
    kind,
    status: 'queued',
    nodeId: NODE_ID,
    createdAt: now,
    updatedAt: now,
  });
  tail = tail.then(() => runJob(deps, id, work));
  return id;
}

async function runJob(deps: Deps, id: string, work: JobWork) {
  const db = deps.database.db;
  let total = 0;
  const handle: JobHandle = {
    id,
    setTotal: async (n) => {
      total = n;
      await repo.updateJob(db, id, { total: n, updatedAt: new Date() });
    },
    progress: async (processed) => {
      await repo.updateJob(db, id, { processed, total: Math.max(total, processed), updatedAt: new Date() });
    },
  };
  try {
    await repo.updateJob(db, id, { status: 'running', updatedAt: new Date() });
    const result = await work(handle);
    const now = new Date();
    await repo.updateJob(db, id, { status: 'succeeded', result, finishedAt: now, updatedAt: now });
  } catch (error) {
    const message =
      error instanceof Error && /[àáảãạăâđêôơư]/i.test(error.message)
        ? error.message
        : 'Tác vụ gặp lỗi hệ thống và đã dừng. Vui lòng thử lại hoặc báo quản trị viên.';
    const now = new Date();
    await repo
      .updateJob(db, id, { status: 'failed', error: message, finishedAt: now, updatedAt: now })
      .catch(() => undefined);
  }
}

/** Resolves when every job queued so far has finished (tests, graceful shutdown). */
export function waitForJobs(): Promise<void> {
  return tail;
}

/**
 * On start-up: jobs left queued/running by a process that died are failed with a Vietnamese message — on
 * PGlite all of them (one process owns the data), on PostgreSQL those of other nodes whose heartbeat stopped.
 */
export async function failAbandonedJobs(deps: Deps, staleAfterMs = STALE_AFTER_MS): Promise<string[]> {
  const single = deps.database.kind === 'pglite';
  return repo.failAbandonedJobs(
    deps.database.db,
    ABANDONED_MESSAGE,
    NODE_ID,
    single ? undefined : staleAfterMs,
  );
}

/**
 * Starts this node's heartbeat: every `intervalMs` its queued and running jobs are touched, and other
 * nodes' jobs whose heartbeat is older than `staleAfterMs` are failed. Returns the function that stops it
 * (waiting for a beat under way, so the database can be closed after).
 */
export function startJobHeartbeat(
  deps: Deps,
  onError: (error: unknown) => void,
  intervalMs = HEARTBEAT_MS,
  staleAfterMs = 4 * intervalMs,
): () => Promise<void> {
  const db = deps.database.db;
  let beating: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    beating = (async () => {
      await repo.touchJobs(db, NODE_ID);
      await repo.failAbandonedJobs(db, ABANDONED_MESSAGE, NODE_ID, staleAfterMs);
    })().catch(onError);
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await beating;
  };
}
