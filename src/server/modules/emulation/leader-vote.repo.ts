import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { nominations, orgUnits, users } from '../../db/schema';
import {
  blocScoringResults as scoringResults_,
  blocScoringYears as scoringYears,
} from '../../db/schema/bloc-scoring';
import {
  emulationBlocProposals as proposals,
  emulationLeaderVotes as votes,
} from '../../db/schema/leader-vote';

/** The leader vote of a bloc-year and its proposals (the only Drizzle user of these tables). */

export type LeaderVoteRow = typeof votes.$inferSelect;
export type NewLeaderVoteRow = typeof votes.$inferInsert;
export type NewProposalRow = typeof proposals.$inferInsert;

export async function findVote(db: Executor, tenantId: string, blocId: string, year: number) {
  const [row] = await db
    .select()
    .from(votes)
    .where(and(eq(votes.tenantId, tenantId), eq(votes.blocId, blocId), eq(votes.year, year)));
  return row;
}

/** The vote row locked for the rest of the transaction (closing, deciding, voting on its round). */
export async function lockVote(tx: Executor, tenantId: string, blocId: string, year: number) {
  const [row] = await tx
    .select()
    .from(votes)
    .where(and(eq(votes.tenantId, tenantId), eq(votes.blocId, blocId), eq(votes.year, year)))
    .for('update');
  return row;
}

export async function insertVote(tx: Executor, row: NewLeaderVoteRow) {
  await tx.insert(votes).values(row);
}

/** Updates with optimistic concurrency on `version`; false when someone else changed it first. */
export async function updateVote(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  values: Partial<NewLeaderVoteRow>,
): Promise<boolean> {
  const done = await tx
    .update(votes)
    .set({ ...values, version: version + 1 })
    .where(and(eq(votes.tenantId, tenantId), eq(votes.id, id), eq(votes.version, version)))
    .returning({ id: votes.id });
  return done.length === 1;
}

export async function insertProposals(tx: Executor, rows: NewProposalRow[]) {
  if (rows.length > 0) await tx.insert(proposals).values(rows);
}

export async function listProposals(db: Executor, tenantId: string, voteId: string) {
  return db
    .select({
      id: proposals.id,
      unitId: proposals.unitId,
      unitName: orgUnits.name,
      awardCode: proposals.awardCode,
      position: proposals.position,
      nominationId: proposals.nominationId,
      nominationStatus: nominations.status,
    })
    .from(proposals)
    .innerJoin(orgUnits, eq(orgUnits.id, proposals.unitId))
    .leftJoin(
      nominations,
      and(eq(nominations.tenantId, proposals.tenantId), eq(nominations.id, proposals.nominationId)),
    )
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.voteId, voteId)))
    .orderBy(asc(proposals.position));
}

/** Users of the tenant among `ids` (representatives must be accounts of the tenant). */
export async function findUsers(db: Executor, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, label: sql<string>`coalesce(nullif(${users.fullName}, ''), ${users.email})` })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, [...ids])));
}

/** The bloc-year's computed scoring results (totals and ranks from the score engine) with unit names. */
export async function scoringResults(db: Executor, tenantId: string, blocId: string, year: number) {
  const [state] = await db
    .select({ status: scoringYears.status })
    .from(scoringYears)
    .where(
      and(eq(scoringYears.tenantId, tenantId), eq(scoringYears.blocId, blocId), eq(scoringYears.year, year)),
    );
  const rows = await db
    .select({
      unitId: scoringResults_.unitId,
      unitName: orgUnits.name,
      total: scoringResults_.total,
      rank: scoringResults_.rank,
      classification: scoringResults_.classification,
    })
    .from(scoringResults_)
    .innerJoin(orgUnits, eq(orgUnits.id, scoringResults_.unitId))
    .where(
      and(
        eq(scoringResults_.tenantId, tenantId),
        eq(scoringResults_.blocId, blocId),
        eq(scoringResults_.year, year),
      ),
    )
    .orderBy(asc(scoringResults_.rank), asc(orgUnits.sortKey));
  return { status: state?.status ?? null, rows };
}
