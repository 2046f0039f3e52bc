import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../lib/context';
import { newId } from '../../lib/ids';
import { createTenant, createTestApp, type TestApp } from '../../test/harness';
import {
  castVote,
  closeBallot,
  createBallot,
  getBallot,
  openBallot,
  startRoundTwo,
  tally,
  voterStatus,
} from './index';

/** The generic ballot API as another module uses it (the bloc leader vote, the council sessions). */

let t: TestApp;
let ctx: Ctx;
let other: Ctx;
const voters = Array.from({ length: 5 }, (_, i) => ({ ref: newId(), label: `Đại diện ${i + 1}` }));
const units = Array.from({ length: 3 }, (_, i) => ({ ref: newId(), label: `Đơn vị ${i + 1}` }));

const ctxFor = (tenantId: string): Ctx => ({
  db: t.deps.database.db,
  actor: { userId: newId(), email: 'x@tdkt.local', label: 'Thư ký', tenantId, grants: [], via: 'session' },
  now: new Date('2026-11-20T08:00:00Z'),
  requestId: 'ballot-test',
  deps: t.deps,
});

/** Raw rows (both drivers answer execute() with { rows }). */
async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await t.deps.database.db.execute(query);
  return (result as { rows: T[] }).rows;
}

const status = async (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: { status?: number; code?: string }) => `${e.status} ${e.code}`,
  );

beforeAll(async () => {
  t = await createTestApp();
  ctx = ctxFor(await createTenant(t.deps, 'BAL'));
  other = ctxFor(await createTenant(t.deps, 'BAL2'));
});
afterAll(() => t.close());

const pickBallot = () =>
  createBallot(ctx, {
    kind: 'bloc_leader',
    ownerId: newId(),
    title: 'Bầu Cụm trưởng năm 2026',
    voters,
    candidates: units.map((u) => ({ ...u, kind: 'org_unit', thresholdPercent: null })),
    choices: { mode: 'pick', maxPicks: 1 },
  });

describe('generic ballot API', () => {
  it('draft → open → votes → closed → tally; each guard answers the right status', async () => {
    const b = await pickBallot();
    expect(b).toMatchObject({ status: 'draft', round: 1, issued: 5, cast: 0, totalVoters: 5 });
    const [c1, c2, c3] = b.candidates.map((c) => c.id) as [string, string, string];
    expect(await status(castVote(ctx, b.id, voters[0]!.ref, { [c1]: 'selected' }))).toBe(
      '409 INVALID_TRANSITION',
    );
    expect(await status(tally(ctx, b.id))).toBe('409 INVALID_TRANSITION');
    await openBallot(ctx, b.id);
    expect(await status(openBallot(ctx, b.id))).toBe('409 INVALID_TRANSITION');
    await castVote(ctx, b.id, voters[0]!.ref, { [c1]: 'selected' });
    expect(await status(castVote(ctx, b.id, voters[0]!.ref, { [c2]: 'selected' }))).toBe('409 CONFLICT');
    expect(await status(castVote(ctx, b.id, newId(), { [c2]: 'selected' }))).toBe('403 FORBIDDEN');
    expect(await status(castVote(ctx, b.id, voters[1]!.ref, { [c1]: 'selected', [c2]: 'selected' }))).toBe(
      '400 BAD_REQUEST',
    );
    expect(await status(castVote(ctx, b.id, voters[1]!.ref, 'invalid'))).toBe('400 BAD_REQUEST');
    expect(await voterStatus(ctx, b.id, voters[1]!.ref)).toEqual({ eligible: true, voted: false });
    await castVote(ctx, b.id, voters[1]!.ref, { [c1]: 'selected' });
    await castVote(ctx, b.id, voters[2]!.ref, { [c2]: 'selected' });
    await castVote(ctx, b.id, voters[3]!.ref, 'invalid', { written: true });
    expect(await voterStatus(ctx, b.id, voters[1]!.ref)).toEqual({ eligible: true, voted: true });
    expect(await status(tally(ctx, b.id))).toBe('409 INVALID_TRANSITION');
    expect(await status(tally(other, b.id))).toBe('404 NOT_FOUND');
    expect(await status(castVote(other, b.id, voters[4]!.ref, { [c3]: 'selected' }))).toBe('404 NOT_FOUND');
    const closed = await closeBallot(ctx, b.id);
    expect(closed).toMatchObject({ status: 'closed', cast: 4, issued: 5 });
    expect(await status(castVote(ctx, b.id, voters[4]!.ref, { [c3]: 'selected' }))).toBe(
      '409 INVALID_TRANSITION',
    );
    const r = await tally(ctx, b.id);
    expect(r).toMatchObject({ issued: 5, returned: 4, valid: 3, invalid: 1, written: 1 });
    expect(r.candidates.map((c) => [c.label, c.votesFor, c.verdict])).toEqual([
      ['Đơn vị 1', 2, 'undecided'],
      ['Đơn vị 2', 1, 'undecided'],
      ['Đơn vị 3', 0, 'failed'],
    ]);
    const sum = r.candidates.reduce(
      (s, c) => s + c.counts.selected + c.counts.disagree + c.counts.invalid,
      0,
    );
    expect(sum).toBe(r.returned * r.candidates.length);

    // Round 2 for the undecided; no round 3; no second round 2.
    const r2 = await startRoundTwo(ctx, b.id);
    expect(r2).toMatchObject({
      round: 2,
      previousBallotId: b.id,
      status: 'draft',
      issued: 5,
      totalVoters: 5,
    });
    expect(r2.candidates.map((c) => c.label)).toEqual(['Đơn vị 1', 'Đơn vị 2']);
    expect(await status(startRoundTwo(ctx, b.id))).toBe('409 INVALID_TRANSITION');
    await openBallot(ctx, r2.id);
    await castVote(ctx, r2.id, voters[0]!.ref, { [r2.candidates[0]!.id]: 'selected' });
    await closeBallot(ctx, r2.id);
    expect(await status(startRoundTwo(ctx, r2.id))).toBe('409 INVALID_TRANSITION');
  });

  it('bad input is refused with 400, never stored', async () => {
    const base = {
      kind: 'council' as const,
      ownerId: newId(),
      title: 'x',
      voters,
      candidates: [{ ...units[0]!, kind: 'nomination', thresholdPercent: 80 }],
      choices: { mode: 'per_candidate' as const, options: ['agree', 'disagree', 'lower_form'] as const },
    };
    expect(await status(createBallot(ctx, { ...base, voters: [] }))).toBe('400 BAD_REQUEST');
    expect(await status(createBallot(ctx, { ...base, candidates: [] }))).toBe('400 BAD_REQUEST');
    expect(await status(createBallot(ctx, { ...base, voters: [voters[0]!, voters[0]!] }))).toBe(
      '400 BAD_REQUEST',
    );
    expect(await status(createBallot(ctx, { ...base, totalVoters: 4 }))).toBe('400 BAD_REQUEST');
    expect(
      await status(
        createBallot(ctx, { ...base, candidates: [{ ...units[0]!, kind: 'n', thresholdPercent: 0 }] }),
      ),
    ).toBe('400 BAD_REQUEST');
    expect(await status(createBallot(ctx, { ...base, choices: { mode: 'pick', maxPicks: 2 } }))).toBe(
      '400 BAD_REQUEST',
    );
    expect(await status(getBallot(ctx, newId()))).toBe('404 NOT_FOUND');
  });

  it('the tables hold no link between a voter and a mark, and the audit has no choice', async () => {
    const cols = async (table: string) =>
      (
        await rows<{ column_name: string }>(
          sql`select column_name from information_schema.columns where table_name = ${table} order by column_name`,
        )
      ).map((r) => r.column_name);
    expect(await cols('ballot_votes')).toEqual(['ballot_id', 'candidate_id', 'choice', 'id', 'tenant_id']);
    expect(await cols('ballot_voters')).not.toContain('choice');
    const audit = await rows<{ row: string }>(
      sql`select row_to_json(a)::text as row from audit_log a where action = 'ballot.vote'`,
    );
    expect(audit.length).toBeGreaterThan(0);
    for (const { row } of audit) expect(row).not.toMatch(/selected|agree|disagree|lower_form|invalid"/);
    // The marks' ids are random v4 (no time order), unlike the time-ordered v7 ids everywhere else.
    const ids = await rows<{ id: string }>(sql`select id::text from ballot_votes`);
    expect(ids.length).toBeGreaterThan(0);
    for (const { id } of ids) expect(id[14]).toBe('4');
  });
});
