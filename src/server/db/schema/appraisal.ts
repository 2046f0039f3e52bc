import { sql } from 'drizzle-orm';
import {
  boolean,
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
  APPRAISAL_STEPS,
  CLEARANCE_RESULTS,
  REMINDER_KINDS,
  type WorkflowSettings,
} from '../../../domain/commendation/appraisal';
import { COMMENT_STATUSES, CONSULTATION_STATUSES } from '../../../domain/commendation/consultation';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { tenants } from './org';

/**
 * Appraisal, public consultation and mail (issue 4 items 3–4). Every table is tenant-owned, `tenant_id` first
 * in every index. `nomination_id` names a dossier of the nominations module; its status is changed only through
 * that module's transition function.
 */

const day = (name: string) => date(name, { mode: 'string' });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The tenant's workflow configuration: holiday calendar, appraisal limits and clearance bodies, consultation forms. */
export const workflowSettings = pgTable('workflow_settings', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  settings: jsonb('settings').$type<WorkflowSettings>().notNull(),
  updatedBy: uuid('updated_by'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

export const APPRAISAL_CONCLUSIONS = ['approved', 'returned', 'not_eligible'] as const;

/** The clock of one dossier's appraisal: receipt of the full dossier, completeness, conclusion. */
export const appraisals = pgTable(
  'appraisals',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    nominationId: uuid('nomination_id').notNull(),
    receivedOn: day('received_on').notNull(),
    receivedBy: uuid('received_by'),
    completenessDoneOn: day('completeness_done_on'),
    concludedOn: day('concluded_on'),
    conclusion: text('conclusion', { enum: APPRAISAL_CONCLUSIONS }),
    conclusionReason: text('conclusion_reason'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('appraisals_tenant_nomination_uq').on(t.tenantId, t.nominationId),
    index('appraisals_tenant_open_idx').on(t.tenantId, t.concludedOn, t.receivedOn),
    check(
      'appraisals_conclusion_ck',
      sql`conclusion is null or ${inList('conclusion', APPRAISAL_CONCLUSIONS)}`,
    ),
  ],
);

/** The board officer's checklist of a dossier: §7.1 document items, standard judgements and free items. */
export const appraisalChecklistItems = pgTable(
  'appraisal_checklist_items',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    nominationId: uuid('nomination_id').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    required: boolean('required').notNull().default(true),
    free: boolean('free').notNull().default(false),
    position: integer('position').notNull().default(0),
    checked: boolean('checked').notNull().default(false),
    note: text('note'),
    checkedBy: uuid('checked_by'),
    checkedByLabel: text('checked_by_label'),
    checkedAt: at('checked_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('appraisal_checklist_tenant_nomination_code_uq').on(t.tenantId, t.nominationId, t.code),
  ],
);

/** Clearance checks (§7.2 provincial pre-clearance): the body asked, who answered, when, result, note. */
export const clearanceChecks = pgTable(
  'clearance_checks',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    nominationId: uuid('nomination_id').notNull(),
    bodyCode: text('body_code').notNull(),
    bodyLabel: text('body_label').notNull(),
    requestedOn: day('requested_on').notNull(),
    requestedBy: uuid('requested_by'),
    requestedByLabel: text('requested_by_label'),
    result: text('result', { enum: CLEARANCE_RESULTS }).notNull().default('pending'),
    answeredOn: day('answered_on'),
    answeredBy: text('answered_by'),
    documentRef: text('document_ref'),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedByLabel: text('recorded_by_label'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('clearance_checks_tenant_nomination_body_uq').on(t.tenantId, t.nominationId, t.bodyCode),
    check('clearance_checks_result_ck', inList('result', CLEARANCE_RESULTS)),
    check(
      'clearance_checks_answer_ck',
      sql`(result = 'pending' and answered_on is null) or (result <> 'pending' and answered_on is not null)`,
    ),
  ],
);

/** Appraisal opinions: author, text, time (append-only). */
export const appraisalOpinions = pgTable(
  'appraisal_opinions',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    nominationId: uuid('nomination_id').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    authorLabel: text('author_label').notNull(),
    text: text('text').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('appraisal_opinions_tenant_nomination_idx').on(t.tenantId, t.nominationId, t.createdAt)],
);

/** Reminders sent: one row per dossier, step, kind and due day — the sweep never sends the same one twice. */
export const deadlineReminders = pgTable(
  'deadline_reminders',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    nominationId: uuid('nomination_id').notNull(),
    step: text('step', { enum: APPRAISAL_STEPS }).notNull(),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    dueOn: day('due_on').notNull(),
    recipients: integer('recipients').notNull().default(0),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [
    uniqueIndex('deadline_reminders_once_uq').on(t.tenantId, t.nominationId, t.step, t.kind, t.dueOn),
    check('deadline_reminders_step_ck', inList('step', APPRAISAL_STEPS)),
    check('deadline_reminders_kind_ck', inList('kind', REMINDER_KINDS)),
  ],
);

export const MAIL_STATUSES = ['outbox', 'sent', 'failed'] as const;

/** Every mail the platform sends: kept here; delivered over SMTP when configured, else left in the outbox. */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    status: text('status', { enum: MAIL_STATUSES }).notNull(),
    error: text('error'),
    relatedType: text('related_type'),
    relatedId: text('related_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    sentAt: at('sent_at'),
  },
  (t) => [
    index('mail_messages_tenant_time_idx').on(t.tenantId, t.createdAt),
    check('mail_messages_status_ck', inList('status', MAIL_STATUSES)),
  ],
);

/** A public consultation of one dossier: the published summary and its window in working days. */
export const consultations = pgTable(
  'consultations',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    nominationId: uuid('nomination_id').notNull(),
    status: text('status', { enum: CONSULTATION_STATUSES }).notNull(),
    startsOn: day('starts_on').notNull(),
    endsOn: day('ends_on').notNull(),
    workingDays: integer('working_days').notNull(),
    nomineeName: text('nominee_name').notNull(),
    unitName: text('unit_name').notNull(),
    awardName: text('award_name').notNull(),
    summary: text('summary').notNull(),
    openedBy: uuid('opened_by'),
    closedBy: uuid('closed_by'),
    closedAt: at('closed_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('consultations_tenant_nomination_idx').on(t.tenantId, t.nominationId),
    index('consultations_tenant_status_idx').on(t.tenantId, t.status, t.endsOn),
    uniqueIndex('consultations_one_open_uq')
      .on(t.tenantId, t.nominationId)
      .where(sql`status = 'open'`),
    check('consultations_status_ck', inList('status', CONSULTATION_STATUSES)),
    check('consultations_window_ck', sql`starts_on <= ends_on`),
  ],
);

/** Citizens' comments: pending until an officer publishes or hides them (with a reason). */
export const consultationComments = pgTable(
  'consultation_comments',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id),
    nominationId: uuid('nomination_id').notNull(),
    authorName: text('author_name'),
    contact: text('contact'),
    text: text('text').notNull(),
    status: text('status', { enum: COMMENT_STATUSES }).notNull().default('pending'),
    moderationReason: text('moderation_reason'),
    moderatedBy: uuid('moderated_by'),
    moderatedByLabel: text('moderated_by_label'),
    moderatedAt: at('moderated_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('consultation_comments_tenant_consultation_idx').on(t.tenantId, t.consultationId, t.createdAt),
    index('consultation_comments_tenant_nomination_idx').on(t.tenantId, t.nominationId),
    index('consultation_comments_tenant_status_idx').on(t.tenantId, t.status, t.createdAt),
    check('consultation_comments_status_ck', inList('status', COMMENT_STATUSES)),
    check('consultation_comments_hidden_reason_ck', sql`status <> 'hidden' or moderation_reason is not null`),
  ],
);
