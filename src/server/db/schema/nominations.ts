import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { COMMENDATION_TYPES, SUBJECT_TYPES } from '../../../domain/awards/types';
import { DOCUMENT_CODES, DOCUMENT_ITEM_STATUSES } from '../../../domain/commendation/documents';
import { DOSSIER_STATUSES } from '../../../domain/commendation/dossier';
import { ROUND_LEVELS, ROUND_STATUSES } from '../../../domain/commendation/round';
import { movements } from './emulation';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { orgUnits, tenants } from './org';

/**
 * Commendation workflow, first half (issue 4 items 1, 2): award rounds (đợt khen thưởng), their
 * participating units, dossiers (`nominations`) with their §7.1 document checklist and attached files.
 * Every table is tenant-owned, `tenant_id` first in every index. State machines: src/domain/commendation.
 */

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Đợt khen thưởng: the frame units propose in (type, level, year or period, movement, deadlines per step). */
export const awardRounds = pgTable(
  'award_rounds',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    /** The organising unit; the round is visible to grants on its subtree and on the participating units. */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    name: text('name').notNull(),
    commendationType: text('commendation_type', { enum: COMMENDATION_TYPES }).notNull(),
    level: text('level', { enum: ROUND_LEVELS }).notNull(),
    year: integer('year'),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    movementId: uuid('movement_id').references(() => movements.id),
    status: text('status', { enum: ROUND_STATUSES }).notNull().default('draft'),
    proposalDeadline: date('proposal_deadline', { mode: 'string' }),
    appraisalDeadline: date('appraisal_deadline', { mode: 'string' }),
    councilDeadline: date('council_deadline', { mode: 'string' }),
    decisionDeadline: date('decision_deadline', { mode: 'string' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('award_rounds_tenant_year_idx').on(t.tenantId, t.year, t.createdAt),
    index('award_rounds_tenant_unit_idx').on(t.tenantId, t.orgUnitId),
    index('award_rounds_tenant_movement_idx').on(t.tenantId, t.movementId),
    check('award_rounds_type_ck', inList('commendation_type', COMMENDATION_TYPES)),
    check('award_rounds_level_ck', inList('level', ROUND_LEVELS)),
    check('award_rounds_status_ck', inList('status', ROUND_STATUSES)),
    check(
      'award_rounds_when_ck',
      sql`year is not null or (period_from is not null and period_to is not null)`,
    ),
    check('award_rounds_year_ck', sql`year is null or year between 1945 and 2200`),
    check(
      'award_rounds_period_ck',
      sql`period_from is null or period_to is null or period_from <= period_to`,
    ),
  ],
);

/** The units invited to propose in a round. */
export const awardRoundUnits = pgTable(
  'award_round_units',
  {
    tenantId: tenantIdColumn().references(() => tenants.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => awardRounds.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'award_round_units_pk', columns: [t.tenantId, t.roundId, t.unitId] }),
    index('award_round_units_unit_idx').on(t.tenantId, t.unitId),
  ],
);

/**
 * Hồ sơ đề nghị khen thưởng. `subject_id` is a person (individual), an org unit (collective) or a household,
 * checked by the service; `subject_name` / `subject_unit_name` / `subject_position` are snapshots for lists,
 * annexes and documents. `eligibility` keeps the verdict for `award_code` with its failed checks.
 * `forwarded_from_id`: the provincial dossier this central-level submission was made from.
 */
export const nominations = pgTable(
  'nominations',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => awardRounds.id),
    proposingUnitId: uuid('proposing_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    subjectPosition: text('subject_position'),
    subjectUnitName: text('subject_unit_name'),
    awardCode: text('award_code').notNull(),
    status: text('status', { enum: DOSSIER_STATUSES }).notNull().default('draft'),
    /** Structured achievement report: { summary, achievements[], initiatives[], ratings[] } (service zod). */
    report: jsonb('report').$type<Record<string, unknown>>().notNull().default({}),
    reportText: text('report_text'),
    eligibility: jsonb('eligibility').$type<Record<string, unknown> | null>(),
    eligible: boolean('eligible'),
    eligibilityCheckedAt: timestamp('eligibility_checked_at', { withTimezone: true, mode: 'date' }),
    returnReason: text('return_reason'),
    notEligibleReason: text('not_eligible_reason'),
    withdrawReason: text('withdraw_reason'),
    /** The province's own proposal letter (tờ trình) when this dossier is a submission upward. */
    proposalLetterNumber: text('proposal_letter_number'),
    proposalLetterDate: date('proposal_letter_date', { mode: 'string' }),
    forwardedFromId: uuid('forwarded_from_id'),
    /** The decision that decided it (decisions module; no foreign key across modules). */
    decisionId: uuid('decision_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    /** When the board received the full dossier (the appraisal clock starts, law-reference §7.2). */
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('nominations_round_idx').on(t.tenantId, t.roundId, t.status),
    index('nominations_unit_idx').on(t.tenantId, t.proposingUnitId, t.roundId),
    index('nominations_subject_idx').on(t.tenantId, t.subjectId, t.awardCode),
    index('nominations_forwarded_idx').on(t.tenantId, t.forwardedFromId),
    index('nominations_decision_idx').on(t.tenantId, t.decisionId),
    check('nominations_subject_type_ck', inList('subject_type', SUBJECT_TYPES)),
    check('nominations_status_ck', inList('status', DOSSIER_STATUSES)),
    check('nominations_code_ck', sql`award_code ~ '^[a-z][a-z0-9_]{1,79}$'`),
  ],
);

/** The §7.1 checklist of a dossier: one row per document, its state and the file that provides it. */
export const nominationDocuments = pgTable(
  'nomination_documents',
  {
    tenantId: tenantIdColumn().references(() => tenants.id),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    code: text('code', { enum: DOCUMENT_CODES }).notNull(),
    required: boolean('required').notNull(),
    status: text('status', { enum: DOCUMENT_ITEM_STATUSES }).notNull().default('missing'),
    note: text('note'),
    position: integer('position').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'nomination_documents_pk', columns: [t.tenantId, t.nominationId, t.code] }),
    check('nomination_documents_code_ck', inList('code', DOCUMENT_CODES)),
    check('nomination_documents_status_ck', inList('status', DOCUMENT_ITEM_STATUSES)),
  ],
);

/** Files of a dossier (PDF, Word, images; type from the content, size capped by the service). */
export const nominationAttachments = pgTable(
  'nomination_attachments',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    documentCode: text('document_code', { enum: DOCUMENT_CODES }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('nomination_attachments_nomination_idx').on(t.tenantId, t.nominationId),
    check(
      'nomination_attachments_code_ck',
      sql`document_code is null or ${inList('document_code', DOCUMENT_CODES)}`,
    ),
    check('nomination_attachments_size_ck', sql`size_bytes >= 0`),
  ],
);
