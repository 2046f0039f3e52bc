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
  'Tác vụ bị dừng do máy chủ khởi động lại trong khi đang xử lý. Vui lòng thực hiện lại.';
/** A running job updates its row at least this often; older than this, nobody is working on it. */
export const STALE_AFTER_MS = 5 * 60 * 1000;

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
  await repo.insertJob(db, { id, ...owner, kind, status: 'queued', createdAt: now, updatedAt: now });
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

/** On start-up: jobs left queued/running by a process that died are failed with a Vietnamese message. */
export async function failAbandonedJobs(deps: Deps) {
  const now = new Date();
  const staleBefore = deps.database.kind === 'pglite' ? undefined : new Date(now.getTime() - STALE_AFTER_MS);
  await repo.failAbandonedJobs(deps.database.db, ABANDONED_MESSAGE, now, staleBefore);
}
