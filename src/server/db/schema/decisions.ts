import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { COMMENDATION_TYPES, SUBJECT_TYPES } from '../../../domain/awards/types';
import { DECISION_FUNDS, DECISION_STATUSES } from '../../../domain/commendation/decision';
import { users } from './auth';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { awardRecords } from './ledger';
import { awardRounds, nominations } from './nominations';
import { households, orgUnits, people, tenants } from './org';

/**
 * Commendation decisions (issue 4 items 6, 8): the decision with its Decree 30 parts (issuing body, number
 * and symbol, place, date, authority, legal bases, articles, recipients, signer), its annex rows with the
 * reward money, the tenant's numbering scheme and one counter per tenant and year. Issuing writes
 * `award_records` (ledger) and links each item to its record; revocation (Law Điều 93) keeps the rows and
 * records the money to recover per item. State machine: src/domain/commendation/decision.ts.
 */
export const decisions = pgTable(
  'decisions',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    /** The unit whose authority issues it: who may manage it (decisions.manage on its subtree). */
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The award round it was drafted from, if any. */
    roundId: uuid('round_id').references(() => awardRounds.id),
    status: text('status', { enum: DECISION_STATUSES }).notNull().default('draft'),
    awardCode: text('award_code').notNull(),
    commendationType: text('commendation_type', { enum: COMMENDATION_TYPES }).notNull().default('cong_trang'),
    /** For emulation titles: the year the titles count for (ledger `evaluation_year`). */
    evaluationYear: integer('evaluation_year'),
    /** Số và ký hiệu, assigned at issue from the tenant's pattern ("125/QĐ-UBND"). */
    number: text('number'),
    numberYear: integer('number_year'),
    numberSeq: integer('number_seq'),
    /** Planned date while a draft; the signing date once issued (base salary of the money, §5.1 k1). */
    decisionDate: date('decision_date', { mode: 'string' }),
    summary: text('summary').notNull(),
    issuingSuperior: text('issuing_superior'),
    issuingBody: text('issuing_body').notNull(),
    /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG". */
    authorityLine: text('authority_line').notNull(),
    place: text('place').notNull(),
    legalBases: jsonb('legal_bases').$type<string[]>().notNull().default([]),
    /** Điều 1 (awarding), then the further articles (money, execution). */
    articles: jsonb('articles').$type<string[]>().notNull().default([]),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    signerCapacity: text('signer_capacity'),
    signerTitle: text('signer_title').notNull(),
    signerName: text('signer_name').notNull(),
    /** Where the money comes from (law-reference §5.4). */
    fund: text('fund', { enum: DECISION_FUNDS }).notNull().default('province'),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }),
    issuedBy: uuid('issued_by').references(() => users.id),
    revokedOn: date('revoked_on', { mode: 'string' }),
    revokeReason: text('revoke_reason'),
    /** The number of the decision that revoked it, as printed. */
    revokeDocument: text('revoke_document'),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // Decree 30: numbers restart every year, so a number is unique per tenant and year.
    uniqueIndex('decisions_number_uq')
      .on(t.tenantId, t.numberYear, t.number)
      .where(sql`number is not null`),
    index('decisions_tenant_status_idx').on(t.tenantId, t.status, t.decisionDate),
    index('decisions_tenant_round_idx').on(t.tenantId, t.roundId),
    check('decisions_status_ck', inList('status', DECISION_STATUSES)),
    check('decisions_fund_ck', inList('fund', DECISION_FUNDS)),
    check('decisions_type_ck', inList('commendation_type', COMMENDATION_TYPES)),
    check('decisions_code_ck', sql`award_code ~ '^[a-z][a-z0-9_]{1,79}$'`),
    check(
      'decisions_issued_ck',
      sql`status not in ('issued', 'revoked') or (number is not null and decision_date is not null)`,
    ),
  ],
);

/** The annex rows (STT, Họ và tên, Chức vụ/Đơn vị, Thành tích, Tiền thưởng) as printed. */
export const decisionItems = pgTable(
  'decision_items',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    personId: uuid('person_id').references(() => people.id),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    householdId: uuid('household_id').references(() => households.id),
    nominationId: uuid('nomination_id').references(() => nominations.id),
    displayName: text('display_name').notNull(),
    positionUnit: text('position_unit'),
    achievement: text('achievement'),
    /** VND; null when the money of this form cannot be determined (shown, and refused at issue). */
    amount: bigint('amount', { mode: 'number' }),
    awardRecordId: uuid('award_record_id').references(() => awardRecords.id),
    /** Law Điều 93: the money to recover once the decision is revoked. */
    recoverAmount: bigint('recover_amount', { mode: 'number' }),
    ...timestamps,
  },
  (t) => [
    index('decision_items_decision_idx').on(t.tenantId, t.decisionId, t.position),
    uniqueIndex('decision_items_subject_uq').on(
      t.tenantId,
      t.decisionId,
      sql`coalesce(person_id, org_unit_id, household_id)`,
    ),
    check('decision_items_subject_type_ck', inList('subject_type', SUBJECT_TYPES)),
    check(
      'decision_items_subject_ck',
      sql`num_nonnulls(person_id, org_unit_id, household_id) = 1 and (
        (subject_type = 'individual' and person_id is not null) or
        (subject_type = 'collective' and org_unit_id is not null) or
        (subject_type = 'household' and household_id is not null))`,
    ),
    check('decision_items_amount_ck', sql`amount is null or amount >= 0`),
  ],
);

/** The tenant's numbering scheme and the defaults of a new draft. */
export const decisionSettings = pgTable('decision_settings', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  numberPattern: text('number_pattern').notNull(),
  issuingSuperior: text('issuing_superior'),
  issuingBody: text('issuing_body').notNull(),
  authorityLine: text('authority_line').notNull(),
  place: text('place').notNull(),
  legalBases: jsonb('legal_bases').$type<string[]>().notNull().default([]),
  recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
  signerCapacity: text('signer_capacity'),
  signerTitle: text('signer_title').notNull(),
  signerName: text('signer_name').notNull(),
  fund: text('fund', { enum: DECISION_FUNDS }).notNull().default('province'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** One sequence per tenant and year (Decree 30: numbers restart on 1 January). */
export const decisionCounters = pgTable(
  'decision_counters',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);
