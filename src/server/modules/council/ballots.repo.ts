import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { BallotOption } from '../../../domain/ballot/ballot';
import type { Executor } from '../../db/client';
import {
  ballotCandidates,
  ballots,
  ballotSealedPapers,
  ballotVoters,
  ballotVotes,
} from '../../db/schema/council';

/**
 * The only Drizzle user of the ballot tables. Reads of `ballot_votes` are aggregates (GROUP BY candidate and
 * option) and only the service's tally calls them; no function returns a single mark.
 */

export type BallotRow = typeof ballots.$inferSelect;
export type NewBallotRow = typeof ballots.$inferInsert;
export type CandidateRow = typeof ballotCandidates.$inferSelect;
export type NewCandidateRow = typeof ballotCandidates.$inferInsert;
export type NewVoterRow = typeof ballotVoters.$inferInsert;

export async function findBallot(db: Executor, tenantId: string, id: string, lock?: 'share' | 'update') {
  const q = db
    .select()
    .from(ballots)
    .where(and(eq(ballots.tenantId, tenantId), eq(ballots.id, id)));
  const [row] = lock ? await q.for(lock) : await q;
  return row;
}

export function listBallotsOf(db: Executor, tenantId: string, kind: string, ownerId: string) {
  return db
    .select()
    .from(ballots)
    .where(
      and(
        eq(ballots.tenantId, tenantId),
        eq(ballots.kind, kind as BallotRow['kind']),
        eq(ballots.ownerId, ownerId),
      ),
    )
    .orderBy(asc(ballots.createdAt), asc(ballots.id));
}

export async function insertBallot(
  tx: Executor,
  row: NewBallotRow,
  candidates: NewCandidateRow[],
  voters: NewVoterRow[],
) {
  await tx.insert(ballots).values(row);
  if (candidates.length > 0) await tx.insert(ballotCandidates).values(candidates);
  if (voters.length > 0) await tx.insert(ballotVoters).values(voters);
}

export async function setStatus(
  tx: Executor,
  tenantId: string,
  id: string,
  values: Partial<Pick<BallotRow, 'status' | 'openedAt' | 'closedAt'>> & { updatedAt: Date },
) {
  await tx
    .update(ballots)
    .set({ ...values, version: sql`${ballots.version} + 1` })
    .where(and(eq(ballots.tenantId, tenantId), eq(ballots.id, id)));
}

export function candidatesOf(db: Executor, tenantId: string, ballotId: string) {
  return db
    .select()
    .from(ballotCandidates)
    .where(and(eq(ballotCandidates.tenantId, tenantId), eq(ballotCandidates.ballotId, ballotId)))
    .orderBy(asc(ballotCandidates.position), asc(ballotCandidates.id));
}

/** Voters with whether they voted (and when, in writing or not) — the table has no choice to return. */
export function votersOf(db: Executor, tenantId: string, ballotId: string) {
  return db
    .select({
      voterRef: ballotVoters.voterRef,
      voterLabel: ballotVoters.voterLabel,
      votedAt: ballotVoters.votedAt,
      written: ballotVoters.written,
    })
    .from(ballotVoters)
    .where(and(eq(ballotVoters.tenantId, tenantId), eq(ballotVoters.ballotId, ballotId)))
    .orderBy(asc(ballotVoters.voterLabel), asc(ballotVoters.voterRef));
}

export async function findVoter(db: Executor, tenantId: string, ballotId: string, voterRef: string) {
  const [row] = await db
    .select({
      votedAt: ballotVoters.votedAt,
      written: ballotVoters.written,
      voterLabel: ballotVoters.voterLabel,
    })
    .from(ballotVoters)
    .where(
      and(
        eq(ballotVoters.tenantId, tenantId),
        eq(ballotVoters.ballotId, ballotId),
        eq(ballotVoters.voterRef, voterRef),
      ),
    );
  return row;
}

/** Marks the voter as having voted, only if they had not: false = already voted (or not a voter). */
export async function markVoted(
  tx: Executor,
  key: { tenantId: string; ballotId: string; voterRef: string },
  at: Date,
  written: boolean,
  enteredBy: string | null,
): Promise<boolean> {
  const rows = await tx
    .update(ballotVoters)
    .set({ votedAt: at, written, enteredBy })
    .where(
      and(
        eq(ballotVoters.tenantId, key.tenantId),
        eq(ballotVoters.ballotId, key.ballotId),
        eq(ballotVoters.voterRef, key.voterRef),
        sql`${ballotVoters.votedAt} is null`,
      ),
    )
    .returning({ ref: ballotVoters.voterRef });
  return rows.length === 1;
}

/** Sets (or clears) the ballot's wrapped paper key; with `onlyIfAbsent`, never replaces one. */
export async function setSealedKey(
  tx: Executor,
  tenantId: string,
  id: string,
  wrapped: string | null,
  onlyIfAbsent = false,
) {
  await tx
    .update(ballots)
    .set({ sealedKey: wrapped })
    .where(
      and(
        eq(ballots.tenantId, tenantId),
        eq(ballots.id, id),
        onlyIfAbsent ? sql`${ballots.sealedKey} is null` : undefined,
      ),
    );
}

/** Stores one sealed paper with a random v4 id (no voter, no time, no order). */
export async function insertSealedPaper(tx: Executor, tenantId: string, ballotId: string, sealed: string) {
  await tx.insert(ballotSealedPapers).values({ id: randomUUID(), tenantId, ballotId, sealed });
}

/** Every sealed paper of a ballot (read only by the close, which opens and deletes them). */
export async function sealedPapersOf(db: Executor, tenantId: string, ballotId: string) {
  const rows = await db
    .select({ sealed: ballotSealedPapers.sealed })
    .from(ballotSealedPapers)
    .where(and(eq(ballotSealedPapers.tenantId, tenantId), eq(ballotSealedPapers.ballotId, ballotId)));
  return rows.map((r) => r.sealed);
}

export async function deleteSealedPapers(tx: Executor, tenantId: string, ballotId: string) {
  await tx
    .delete(ballotSealedPapers)
    .where(and(eq(ballotSealedPapers.tenantId, tenantId), eq(ballotSealedPapers.ballotId, ballotId)));
}

/** Stores marks, each with a random v4 id (no order, no time, no voter), in the order given. */
export async function insertMarks(
  tx: Executor,
  tenantId: string,
  ballotId: string,
  marks: { candidateId: string; option: BallotOption }[],
) {
  if (marks.length === 0) return;
  await tx.insert(ballotVotes).values(
    marks.map((m) => ({
      id: randomUUID(),
      tenantId,
      ballotId,
      candidateId: m.candidateId,
      choice: m.option,
    })),
  );
}

/** Aggregated marks of a ballot: (candidate, option, count). */
export async function markCounts(db: Executor, tenantId: string, ballotId: string) {
  const rows = await db
    .select({ candidateId: ballotVotes.candidateId, option: ballotVotes.choice, n: count() })
    .from(ballotVotes)
    .where(and(eq(ballotVotes.tenantId, tenantId), eq(ballotVotes.ballotId, ballotId)))
    .groupBy(ballotVotes.candidateId, ballotVotes.choice);
  return rows.map((r) => ({ candidateId: r.candidateId, option: r.option, count: Number(r.n) }));
}

/** How many papers were cast (voters marked as voted), and how many of them were written opinions. */
export async function castCounts(db: Executor, tenantId: string, ballotId: string) {
  const [row] = await db
    .select({
      cast: count(),
      written: sql<number>`count(*) filter (where ${ballotVoters.written})`,
    })
    .from(ballotVoters)
    .where(
      and(
        eq(ballotVoters.tenantId, tenantId),
        eq(ballotVoters.ballotId, ballotId),
        isNotNull(ballotVoters.votedAt),
      ),
    );
  return { cast: Number(row?.cast ?? 0), written: Number(row?.written ?? 0) };
}

export async function findRoundTwo(db: Executor, tenantId: string, ballotId: string) {
  const [row] = await db
    .select({ id: ballots.id })
    .from(ballots)
    .where(and(eq(ballots.tenantId, tenantId), eq(ballots.previousBallotId, ballotId)));
  return row;
}

/** Open ballots of `kind` on which `voterRef` is a voter, with whether they voted (never what). */
export async function openBallotsOfVoter(
  db: Executor,
  tenantId: string,
  kind: BallotRow['kind'],
  voterRef: string,
) {
  const rows = await db
    .select({
      ballotId: ballots.id,
      ownerId: ballots.ownerId,
      title: ballots.title,
      round: ballots.round,
      votedAt: ballotVoters.votedAt,
      candidateCount: sql<number>`(select count(*) from ballot_candidates c where c.tenant_id = ${ballots.tenantId} and c.ballot_id = ${ballots.id})`,
    })
    .from(ballotVoters)
    .innerJoin(
      ballots,
      and(eq(ballots.tenantId, ballotVoters.tenantId), eq(ballots.id, ballotVoters.ballotId)),
    )
    .where(
      and(
        eq(ballotVoters.tenantId, tenantId),
        eq(ballotVoters.voterRef, voterRef),
        eq(ballots.kind, kind),
        eq(ballots.status, 'open'),
      ),
    )
    .orderBy(asc(ballots.createdAt), asc(ballots.id));
  return rows.map((r) => ({ ...r, candidateCount: Number(r.candidateCount) }));
}
