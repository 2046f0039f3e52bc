import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { BALLOT_KINDS, BALLOT_MODES, BALLOT_OPTIONS, BALLOT_STATUSES } from '../../../domain/ballot/ballot';
import {
  ATTENDANCE_STATUSES,
  COUNCIL_LEVELS,
  COUNCIL_ROLES,
  SESSION_STATUSES,
} from '../../../domain/ballot/council';
import { users } from './auth';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { orgUnits, tenants } from './org';

/**
 * Councils (Hội đồng Thi đua - Khen thưởng, law-reference §4) and the generic secret ballot (issue 4 items 5
 * and 9). Secrecy by construction (ADR 0011): `ballot_voters` says who voted and when, never what;
 * `ballot_votes` holds the marks, one row per paper and candidate with a random (v4) id, no voter, no time,
 * no sequence — nothing links a mark to a voter.
 */

/** A council per tenant and level, set up by a founding decision (its members are the denominator). */
export const councils = pgTable(
  'councils',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    level: text('level', { enum: COUNCIL_LEVELS }).notNull(),
    name: text('name').notNull(),
    foundingDecisionNumber: text('founding_decision_number').notNull(),
    foundingDecisionDate: date('founding_decision_date', { mode: 'string' }),
    /** % of members present for a session deciding awards; null = the general rule of 2/3 (§4.2). */
    quorumPercent: integer('quorum_percent').default(80),
    /** % of total members for forms without a national threshold; null = more than half (§4.3). */
    defaultThresholdPercent: integer('default_threshold_percent'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('councils_tenant_unit_idx').on(t.tenantId, t.orgUnitId),
    check('councils_level_ck', inList('level', COUNCIL_LEVELS)),
    check('councils_quorum_ck', sql`quorum_percent is null or quorum_percent between 1 and 100`),
    check(
      'councils_threshold_ck',
      sql`default_threshold_percent is null or default_threshold_percent between 1 and 100`,
    ),
  ],
);

/** A member: a user account with the name and position the founding decision gives. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    fullName: text('full_name').notNull(),
    position: text('position'),
    role: text('role', { enum: COUNCIL_ROLES }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('council_members_user_uq').on(t.tenantId, t.councilId, t.userId),
    index('council_members_user_idx').on(t.tenantId, t.userId),
    check('council_members_role_ck', inList('role', COUNCIL_ROLES)),
  ],
);

/** A session (phiên họp): date, place, the round it takes up, discussion and conclusion for the minutes. */
export const councilSessions = pgTable(
  'council_sessions',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    /** The award round (nominations module); no foreign key so the modules stay independent. */
    roundId: uuid('round_id'),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    chairedBy: text('chaired_by'),
    secretary: text('secretary'),
    discussion: text('discussion'),
    conclusion: text('conclusion'),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('planned'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('council_sessions_council_idx').on(t.tenantId, t.councilId, t.heldOn),
    check('council_sessions_status_ck', inList('status', SESSION_STATUSES)),
  ],
);

/** The agenda: the nominations a session takes up (a snapshot of their labels for the minutes). */
export const councilAgendaItems = pgTable(
  'council_agenda_items',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id, { onDelete: 'cascade' }),
    nominationId: uuid('nomination_id').notNull(),
    subjectName: text('subject_name').notNull(),
    unitName: text('unit_name'),
    awardCode: text('award_code').notNull(),
    awardName: text('award_name').notNull(),
    position: integer('position').notNull().default(0),
    /** Final council result once a ballot decides it: approved / rejected; null while open. */
    result: text('result'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('council_agenda_items_uq').on(t.tenantId, t.sessionId, t.nominationId),
    check('council_agenda_items_result_ck', sql`result is null or result in ('approved', 'rejected')`),
  ],
);

/** Attendance of each member at a session (absent members may give a written opinion). */
export const councilAttendance = pgTable(
  'council_attendance',
  {
    tenantId: tenantIdColumn().references(() => tenants.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ name: 'council_attendance_pk', columns: [t.tenantId, t.sessionId, t.memberId] }),
    check('council_attendance_status_ck', inList('status', ATTENDANCE_STATUSES)),
  ],
);

// ── The generic secret ballot ──────────────────────────────────────────────────────────────────────────

/**
 * One ballot (one round). `owner_id` = the session or bloc year that runs it; `total_voters` the
 * denominator (all members per the founding decision), fixed when the ballot is created.
 */
export const ballots = pgTable(
  'ballots',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    kind: text('kind', { enum: BALLOT_KINDS }).notNull(),
    ownerId: uuid('owner_id').notNull(),
    title: text('title').notNull(),
    round: integer('round').notNull().default(1),
    previousBallotId: uuid('previous_ballot_id'),
    mode: text('mode', { enum: BALLOT_MODES }).notNull(),
    options: text('options').array().notNull(),
    maxPicks: integer('max_picks'),
    totalVoters: integer('total_voters').notNull(),
    status: text('status', { enum: BALLOT_STATUSES }).notNull().default('draft'),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    /**
     * The ballot's own paper key while it is open (ADR 0011), wrapped by the server's DATA_KEY (never in the
     * database in plaintext); null before the opening and after the close, when the sealed papers are gone.
     */
    sealedKey: text('sealed_key'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('ballots_owner_idx').on(t.tenantId, t.kind, t.ownerId, t.round),
    uniqueIndex('ballots_one_round_two_uq')
      .on(t.tenantId, t.previousBallotId)
      .where(sql`previous_ballot_id is not null`),
    check('ballots_kind_ck', inList('kind', BALLOT_KINDS)),
    check('ballots_mode_ck', inList('mode', BALLOT_MODES)),
    check('ballots_status_ck', inList('status', BALLOT_STATUSES)),
    check('ballots_round_ck', sql`round between 1 and 2`),
    check('ballots_total_ck', sql`total_voters >= 1`),
  ],
);

/** A candidate on a ballot: a nomination (council) or a member unit (bloc leader vote). */
export const ballotCandidates = pgTable(
  'ballot_candidates',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    candidateRef: uuid('candidate_ref').notNull(),
    candidateKind: text('candidate_kind').notNull(),
    label: text('label').notNull(),
    detail: text('detail'),
    /** % of total voters required; null = more than half. */
    thresholdPercent: integer('threshold_percent'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('ballot_candidates_ref_uq').on(t.tenantId, t.ballotId, t.candidateRef),
    check(
      'ballot_candidates_threshold_ck',
      sql`threshold_percent is null or threshold_percent between 1 and 100`,
    ),
  ],
);

/** Who may vote and who has voted (and when) — NEVER the choice. */
export const ballotVoters = pgTable(
  'ballot_voters',
  {
    tenantId: tenantIdColumn().references(() => tenants.id),
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    voterRef: uuid('voter_ref').notNull(),
    voterLabel: text('voter_label').notNull(),
    votedAt: timestamp('voted_at', { withTimezone: true, mode: 'date' }),
    /** The paper was a written opinion of an absent member, entered by the secretary. */
    written: boolean('written').notNull().default(false),
    enteredBy: uuid('entered_by'),
  },
  (t) => [primaryKey({ name: 'ballot_voters_pk', columns: [t.tenantId, t.ballotId, t.voterRef] })],
);

/**
 * The papers of an OPEN ballot, each sealed (AES-256-GCM, random nonce, padded to one length) with the
 * ballot's key: no voter, no time, a random (v4) id. At the close they are opened, their marks shuffled and
 * written to `ballot_votes` in the closing transaction, and these rows deleted (ADR 0011).
 */
export const ballotSealedPapers = pgTable(
  'ballot_sealed_papers',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    sealed: text('sealed').notNull(),
  },
  (t) => [index('ballot_sealed_papers_ballot_idx').on(t.tenantId, t.ballotId)],
);

/** The marks: per paper and candidate, a random id and the option — NO voter, NO time, NO sequence. */
export const ballotVotes = pgTable(
  'ballot_votes',
  {
    id: uuid('id').primaryKey(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => ballotCandidates.id, { onDelete: 'cascade' }),
    choice: text('choice', { enum: BALLOT_OPTIONS }).notNull(),
  },
  (t) => [
    index('ballot_votes_ballot_idx').on(t.tenantId, t.ballotId, t.candidateId, t.choice),
    check('ballot_votes_choice_ck', inList('choice', BALLOT_OPTIONS)),
  ],
);
