import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../lib/context';
import { createProtector } from '../../lib/crypto';
import { newId } from '../../lib/ids';
import { createTenant, createTestApp, TEST_KEY, type TestApp } from '../../test/harness';
import { castVote, closeBallot, createBallot, getBallot, openBallot, tally } from './index';

/**
 * Issue 11 item 2: the secret ballot stays secret for someone who reads the database (ADR 0011). The queries
 * below are the attacker's: joins on system columns (xmin), physical order (ctid), ids, timestamps and the
 * audit rows. On the old design (marks written with the voter's row) every one of them paired voters and
 * choices; now none may.
 */

let t: TestApp;
let ctx: Ctx;
const VOTERS = 12;
const voters = Array.from({ length: VOTERS }, (_, i) => ({ ref: newId(), label: `Thành viên ${i + 1}` }));
const OPTIONS = ['agree', 'disagree', 'lower_form'] as const;

const ctxAt = (base: Ctx, minutes: number): Ctx => ({
  ...base,
  now: new Date(Date.UTC(2026, 10, 20, 8, minutes)),
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await t.deps.database.db.execute(query);
  return (result as { rows: T[] }).rows;
}

beforeAll(async () => {
  t = await createTestApp();
  ctx = {
    db: t.deps.database.db,
    actor: {
      userId: newId(),
      email: 'thuky@tdkt.local',
      label: 'Thư ký',
      tenantId: await createTenant(t.deps, 'SEC'),
      grants: [],
      via: 'session',
    },
    now: new Date('2026-11-20T08:00:00Z'),
    requestId: 'secrecy-test',
    deps: t.deps,
  };
});
afterAll(() => t.close());

/** A council ballot on two dossiers; voter i marks (OPTIONS[i % 3], OPTIONS[(i + 1) % 3]). */
async function runBallot() {
  const b = await createBallot(ctx, {
    kind: 'council',
    ownerId: newId(),
    title: 'Phiên họp Hội đồng tháng 11',
    voters,
    candidates: ['Hồ sơ A', 'Hồ sơ B'].map((label) => ({
      ref: newId(),
      kind: 'nomination',
      label,
      thresholdPercent: null,
    })),
    choices: { mode: 'per_candidate', options: [...OPTIONS] },
  });
  const [c1, c2] = b.candidates.map((c) => c.id) as [string, string];
  await openBallot(ctx, b.id);
  const papers = voters.map((v, i) => ({
    voter: v.ref,
    marks: [
      [c1, OPTIONS[i % 3]!],
      [c2, OPTIONS[(i + 1) % 3]!],
    ] as [string, string][],
  }));
  // Each paper in its own transaction, one minute apart, as members vote one after another.
  for (const [i, p] of papers.entries())
    await castVote(ctxAt(ctx, i), b.id, p.voter, Object.fromEntries(p.marks));
  return { ballotId: b.id, papers };
}

describe('secret ballot at rest (ADR 0011)', () => {
  it('while open: only sealed papers of one length, no readable mark; a restart keeps the key', async () => {
    const { ballotId, papers } = await runBallot();
    const marks = await rows<{ n: number }>(
      sql`select count(*)::int as n from ballot_votes where ballot_id = ${ballotId}`,
    );
    expect(marks[0]!.n).toBe(0);
    const sealed = await rows<{ sealed: string; id: string }>(
      sql`select sealed, id::text as id from ballot_sealed_papers where ballot_id = ${ballotId}`,
    );
    expect(sealed).toHaveLength(VOTERS);
    expect(new Set(sealed.map((s) => s.sealed.length)).size).toBe(1);
    for (const s of sealed) {
      expect(s.sealed).not.toMatch(/agree|disagree|lower_form/);
      expect(s.id[14]).toBe('4');
    }
    const [key] = await rows<{ sealed_key: string | null }>(
      sql`select sealed_key from ballots where id = ${ballotId}`,
    );
    expect(key!.sealed_key).toMatch(/^v1:/); // wrapped by DATA_KEY, never the raw key

    // Another DATA_KEY cannot open the papers: 409, the ballot stays open with its papers.
    const stranger = { ...ctx, deps: { ...t.deps, protector: createProtector(randomBytes(32)) } };
    await expect(closeBallot(stranger, ballotId)).rejects.toMatchObject({ status: 409 });
    expect((await getBallot(ctx, ballotId)).status).toBe('open');

    // A restarted server (a new protector from the same DATA_KEY) closes and counts every paper.
    const restarted = { ...ctx, deps: { ...t.deps, protector: createProtector(TEST_KEY) } };
    await closeBallot(restarted, ballotId);
    const r = await tally(ctx, ballotId);
    expect(r.returned).toBe(VOTERS);
    const expected = (index: 0 | 1, option: string) =>
      papers.filter((p) => p.marks[index]![1] === option).length;
    for (const [index, c] of r.candidates.entries())
      for (const o of OPTIONS) expect(c.counts[o as keyof typeof c.counts]).toBe(expected(index as 0 | 1, o));
  });

  it("after the close, no attacker's query on xmin, ctid, ids, timestamps or audit rows pairs a voter with a choice", async () => {
    const { ballotId, papers } = await runBallot();
    await closeBallot(ctxAt(ctx, 59), ballotId);

    // 1. The join: marks and voters written by the same transaction.
    const byXmin = await rows<{ voter_ref: string; choice: string }>(sql`
      select bv.voter_ref, v.choice from ballot_votes v
      join ballot_voters bv on bv.xmin = v.xmin and bv.ballot_id = v.ballot_id
      where v.ballot_id = ${ballotId}`);
    expect(byXmin).toEqual([]);

    // 2. Ordering by xmin: every mark was written by the one closing transaction, which wrote no voter row.
    const xmins = await rows<{ x: string }>(
      sql`select distinct xmin::text as x from ballot_votes where ballot_id = ${ballotId}`,
    );
    expect(xmins).toHaveLength(1);
    const voterXmins = await rows<{ x: string }>(
      sql`select xmin::text as x from ballot_voters where ballot_id = ${ballotId}`,
    );
    expect(voterXmins.map((v) => v.x)).not.toContain(xmins[0]!.x);

    // 3. Physical order: the marks in ctid order are not the papers in voting order (nor in id order).
    const votingOrder = papers.flatMap((p) => p.marks.map(([c, o]) => `${c}:${o}`));
    const inOrder = async (order: ReturnType<typeof sql>) =>
      (
        await rows<{ m: string }>(
          sql`select candidate_id::text || ':' || choice as m from ballot_votes where ballot_id = ${ballotId} order by ${order}`,
        )
      ).map((r) => r.m);
    const byCtid = await inOrder(sql`ctid`);
    expect(byCtid).toHaveLength(votingOrder.length);
    expect([...byCtid].sort()).toEqual([...votingOrder].sort());
    expect(byCtid).not.toEqual(votingOrder);
    expect(await inOrder(sql`id`)).not.toEqual(votingOrder);
    // Pairs of consecutive marks in ctid order are not the papers either (not every pair is one paper).
    const paperSet = new Set(papers.map((p) => p.marks.map(([c, o]) => `${c}:${o}`).join('|')));
    const chunks = Array.from({ length: VOTERS }, (_, i) => byCtid.slice(2 * i, 2 * i + 2).join('|'));
    expect(chunks.every((c) => paperSet.has(c))).toBe(false);

    // 4. Ids: random v4, no time order.
    for (const { id } of await rows<{ id: string }>(
      sql`select id::text as id from ballot_votes where ballot_id = ${ballotId}`,
    ))
      expect(id[14]).toBe('4');

    // 5. Timestamps: the marks have none (only the voters' voted_at, which says who, not what).
    const types = await rows<{ data_type: string }>(sql`
      select data_type from information_schema.columns
      where table_name in ('ballot_votes', 'ballot_sealed_papers')`);
    expect(types.map((r) => r.data_type).filter((d) => /time|date/.test(d))).toEqual([]);

    // 6. Audit rows: no vote's audit row was written with a mark.
    const audit = await rows<{ summary: string }>(sql`
      select a.summary from audit_log a join ballot_votes v on v.xmin = a.xmin
      where v.ballot_id = ${ballotId} and a.action = 'ballot.vote'`);
    expect(audit).toEqual([]);

    // 7. Nothing sealed or wrapped is left to open later.
    const left = await rows<{ n: number }>(
      sql`select count(*)::int as n from ballot_sealed_papers where ballot_id = ${ballotId}`,
    );
    expect(left[0]!.n).toBe(0);
    const [key] = await rows<{ sealed_key: string | null }>(
      sql`select sealed_key from ballots where id = ${ballotId}`,
    );
    expect(key!.sealed_key).toBeNull();
  });
});
