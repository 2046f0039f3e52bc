import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  DECIDED_BY,
  LEADER_VOTE_STATUSES,
  type Representative,
  type RoundTally,
} from '../../../domain/emulation/leader-vote';
import { emulationBlocs } from './emulation';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { orgUnits, tenants } from './org';

/**
 * The leader vote (suy tôn) of a bloc's year (law-reference §8.2, §4.3) and the proposals it makes. The
 * ballots themselves are the generic secret ballot's (`ballots` with kind 'bloc_leader' and owner_id = the
 * vote's id): this table keeps the vote's settings, its representatives, the counted rounds (votes per unit,
 * never per voter) and the result.
 */
export const emulationLeaderVotes = pgTable(
  'emulation_leader_votes',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => emulationBlocs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    status: text('status', { enum: LEADER_VOTE_STATUSES }).notNull().default('round1'),
    /** % of the total voters (member units); configured per vote, default from the rule set (§4.3). */
    thresholdPercent: integer('threshold_percent').notNull(),
    thresholdCitation: text('threshold_citation').notNull(),
    maxRounds: integer('max_rounds').notNull().default(2),
    /** Units after the leader proposed for Bằng khen. */
    runnerUpCount: integer('runner_up_count').notNull(),
    /** One representative (a user) per member unit. */
    representatives: jsonb('representatives').$type<Representative[]>().notNull(),
    /** The date the vote was held (the year-end review meeting). */
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    round1BallotId: uuid('round1_ballot_id').notNull(),
    round2BallotId: uuid('round2_ballot_id'),
    round1Tally: jsonb('round1_tally').$type<RoundTally>(),
    round2Tally: jsonb('round2_tally').$type<RoundTally>(),
    outcomeMessage: text('outcome_message'),
    leaderUnitId: uuid('leader_unit_id').references(() => orgUnits.id),
    decidedBy: text('decided_by', { enum: DECIDED_BY }),
    decisionReason: text('decision_reason'),
    /** The award round the proposals were filed in as nominations, when one was given. */
    awardRoundId: uuid('award_round_id'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('emulation_leader_votes_year_uq').on(t.tenantId, t.blocId, t.year),
    check('emulation_leader_votes_status_ck', inList('status', LEADER_VOTE_STATUSES)),
    check(
      'emulation_leader_votes_decided_by_ck',
      sql`decided_by is null or ${inList('decided_by', DECIDED_BY)}`,
    ),
    check('emulation_leader_votes_threshold_ck', sql`threshold_percent between 1 and 100`),
    check('emulation_leader_votes_rounds_ck', sql`max_rounds between 1 and 2`),
    check('emulation_leader_votes_runner_up_ck', sql`runner_up_count >= 0`),
    check('emulation_leader_votes_year_ck', sql`year between 1945 and 2200`),
  ],
);

/**
 * What the vote proposes: Cờ thi đua bộ/tỉnh for the leader, Bằng khen for the next units. `nomination_id`
 * is set when they were filed as nominations in an award round; otherwise they stay proposals shown on the
 * bloc's page.
 */
export const emulationBlocProposals = pgTable(
  'emulation_bloc_proposals',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    voteId: uuid('vote_id')
      .notNull()
      .references(() => emulationLeaderVotes.id, { onDelete: 'cascade' }),
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => emulationBlocs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    awardCode: text('award_code').notNull(),
    position: integer('position').notNull(),
    nominationId: uuid('nomination_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('emulation_bloc_proposals_unit_uq').on(t.tenantId, t.voteId, t.unitId),
    index('emulation_bloc_proposals_bloc_idx').on(t.tenantId, t.blocId, t.year),
  ],
);
