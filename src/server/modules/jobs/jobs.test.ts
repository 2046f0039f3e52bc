import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../../db/schema';
import { newId } from '../../lib/ids';
import { createTenant, createTestApp, type TestApp } from '../../test/harness';
import {
  enqueueJob,
  failAbandonedJobs,
  HEARTBEAT_MS,
  NODE_ID,
  STALE_AFTER_MS,
  startJobHeartbeat,
  waitForJobs,
} from './jobs.runner';
import { touchJobs } from './jobs.repo';

/**
 * A job whose process died is failed within the heartbeat window (seconds), not after five minutes
 * (issue 11, item 11). On both databases (TEST_DATABASE_URL for PostgreSQL).
 */
let t: TestApp;
let tenantId: string;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  tenantId = await createTenant(t.deps, 'tq');
});
afterAll(() => t.close());

async function insertRunning(nodeId: string | null, heartbeatAgoMs: number) {
  const id = newId();
  await t.deps.database.db.insert(jobs).values({
    id,
    tenantId,
    kind: 'people.import',
    status: 'running',
    nodeId,
    heartbeatAt: new Date(Date.now() - heartbeatAgoMs),
  });
  return id;
}

async function statusOf(id: string) {
  const [row] = await t.deps.database.db.select().from(jobs).where(eq(jobs.id, id));
  return row!;
}

describe('job heartbeat', () => {
  it('is seconds, not minutes', () => {
    expect(HEARTBEAT_MS).toBeLessThanOrEqual(10_000);
    expect(STALE_AFTER_MS).toBeLessThanOrEqual(30_000);
  });

  it("fails a dead node's running job within the window; a live node's and this node's jobs keep running", async () => {
    const interval = 100;
    const staleAfter = 4 * interval;
    const otherNode = newId();
    const dead = await insertRunning(newId(), 1_000); // its node stopped beating a second ago
    const orphan = await insertRunning(null, 1_000); // no node recorded (a row from before heartbeats)
    const alive = await insertRunning(otherNode, 0);
    // This test is the other live node: it renews its job's heartbeat as a server would.
    const otherBeat = setInterval(() => void touchJobs(t.deps.database.db, otherNode), interval);
    let finish!: () => void;
    const own = await enqueueJob(t.deps, { tenantId, userId: null }, 'test.slow', async () => {
      await new Promise<void>((resolve) => (finish = resolve));
      return { ok: true };
    });
    const stop = startJobHeartbeat(
      t.deps,
      (error) => {
        throw error;
      },
      interval,
      staleAfter,
    );
    const started = Date.now();
    try {
      let deadRow = await statusOf(dead);
      while (deadRow.status === 'running' && Date.now() - started < 5_000) {
        await new Promise((r) => setTimeout(r, 50));
        deadRow = await statusOf(dead);
      }
      expect(deadRow.status).toBe('failed');
      expect(Date.now() - started).toBeLessThan(staleAfter + 5 * interval + 1_000);
      expect(deadRow.error).toContain('máy chủ xử lý nó đã ngừng hoạt động');
      expect(deadRow.finishedAt).not.toBeNull();
      expect((await statusOf(orphan)).status).toBe('failed');

      // Several windows later the live jobs still run: their heartbeats are renewed.
      await new Promise((r) => setTimeout(r, 3 * staleAfter));
      expect((await statusOf(alive)).status).toBe('running');
      const ownRow = await statusOf(own);
      expect(ownRow).toMatchObject({ status: 'running', nodeId: NODE_ID });
      expect(Date.now() - ownRow.heartbeatAt.getTime()).toBeLessThan(staleAfter);
      finish();
      await waitForJobs();
      expect((await statusOf(own)).status).toBe('succeeded');
    } finally {
      clearInterval(otherBeat);
      finish?.();
      await stop();
    }
  });

  it('at start-up: PGlite fails every unfinished job; PostgreSQL those whose heartbeat is stale', async () => {
    const stale = await insertRunning(newId(), STALE_AFTER_MS + 5_000); // well under five minutes
    const fresh = await insertRunning(newId(), 0);
    const failed = await failAbandonedJobs(t.deps);
    expect(failed).toContain(stale);
    expect((await statusOf(stale)).status).toBe('failed');
    if (t.deps.database.kind === 'pglite') {
      // One process owns a PGlite directory: a job still "running" at start-up belongs to a dead process.
      expect((await statusOf(fresh)).status).toBe('failed');
    } else {
      expect((await statusOf(fresh)).status).toBe('running');
    }
  });
});
