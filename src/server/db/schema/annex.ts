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
import { COMMENDATION_TYPES } from '../../../domain/awards/types';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { awardRecords } from './ledger';
import { people, tenants } from './org';

/**
 * Decision-annex imports (issue 3 item 3): an uploaded annex is read into a session of rows, each matched
 * to a person and an award code, reviewed and resolved by a person, then committed to the ledger in one
 * transaction. Nothing reaches award_records before the commit.
 */

/** processing: the job is reading the sheet; ready: rows to review; committed: written; failed: unreadable. */
export const ANNEX_IMPORT_STATUSES = ['processing', 'ready', 'failed', 'committed'] as const;
export type AnnexImportStatus = (typeof ANNEX_IMPORT_STATUSES)[number];

/**
 * What reading a row found, most serious first when several apply: error (the row cannot be read),
 * ambiguous (several people fit), unmatched (nobody fits), unrecognised_award (the wording names no
 * title or form of the catalogue for a person), ok (one person and one award).
 */
export const ANNEX_ROW_STATUSES = ['ok', 'ambiguous', 'unmatched', 'error', 'unrecognised_award'] as const;
export type AnnexRowStatus = (typeof ANNEX_ROW_STATUSES)[number];

/** What the commit did with a row. */
export const ANNEX_ROW_OUTCOMES = ['written', 'duplicate', 'skipped', 'error'] as const;
export type AnnexRowOutcome = (typeof ANNEX_ROW_OUTCOMES)[number];

/** A person the row might be, as shown to the reviewer (a snapshot taken when the sheet was read). */
export interface AnnexCandidateSnapshot {
  personId: string;
  fullName: string;
  birthDate: string | null;
  unitName: string | null;
  byCitizenId: boolean;
}

/** The cells of the row as written in the sheet (the citizen ID only masked). */
export type AnnexCells = Record<string, string>;

export const annexImports = pgTable(
  'annex_imports',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    createdBy: uuid('created_by').notNull(),
    jobId: uuid('job_id'),
    filename: text('filename').notNull(),
    status: text('status', { enum: ANNEX_IMPORT_STATUSES }).notNull().default('processing'),
    /** Năm xét for rows that do not state theirs (annual titles). */
    defaultEvaluationYear: integer('default_evaluation_year'),
    commendationType: text('commendation_type', { enum: COMMENDATION_TYPES }).notNull().default('cong_trang'),
    decisionAuthority: text('decision_authority'),
    error: text('error'),
    /** The commit's outcome counts. */
    result: jsonb('result'),
    committedAt: timestamp('committed_at', { withTimezone: true, mode: 'date' }),
    committedBy: uuid('committed_by'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('annex_imports_tenant_idx').on(t.tenantId, t.createdAt),
    check('annex_imports_status_ck', inList('status', ANNEX_IMPORT_STATUSES)),
    check('annex_imports_type_ck', inList('commendation_type', COMMENDATION_TYPES)),
    check(
      'annex_imports_year_ck',
      sql`default_evaluation_year is null or default_evaluation_year between 1945 and 2200`,
    ),
  ],
);

export const annexImportRows = pgTable(
  'annex_import_rows',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    importId: uuid('import_id')
      .notNull()
      .references(() => annexImports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    status: text('status', { enum: ANNEX_ROW_STATUSES }).notNull(),
    cells: jsonb('cells').$type<AnnexCells>().notNull(),
    fullName: text('full_name'),
    unitName: text('unit_name'),
    awardText: text('award_text'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    birthDate: date('birth_date', { mode: 'string' }),
    /** Năm xét written on the row (the session default applies when null). */
    evaluationYear: integer('evaluation_year'),
    /** Recognised from the wording, or chosen by the reviewer. */
    awardCode: text('award_code'),
    /** Matched, or chosen by the reviewer. */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    /** How the person was found: citizen_id, name_birth_unit, name_unit, name_birth, or chosen. */
    matchHow: text('match_how'),
    candidates: jsonb('candidates').$type<AnnexCandidateSnapshot[]>().notNull().default([]),
    messages: jsonb('messages').$type<string[]>().notNull().default([]),
    skipped: boolean('skipped').notNull().default(false),
    outcome: text('outcome', { enum: ANNEX_ROW_OUTCOMES }),
    outcomeMessage: text('outcome_message'),
    awardRecordId: uuid('award_record_id').references(() => awardRecords.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('annex_import_rows_uq').on(t.tenantId, t.importId, t.rowNumber),
    index('annex_import_rows_status_idx').on(t.tenantId, t.importId, t.status, t.rowNumber),
    check('annex_import_rows_status_ck', inList('status', ANNEX_ROW_STATUSES)),
    check('annex_import_rows_outcome_ck', sql`outcome is null or ${inList('outcome', ANNEX_ROW_OUTCOMES)}`),
  ],
);
