import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CERTIFICATE_FORMS } from '../../../domain/commendation/certificate';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { awardRecords } from './ledger';
import { tenants } from './org';

/**
 * Certificates (issue 4 item 7): one per award record, with a registry number (số sổ) counted per tenant,
 * form and year, and a public code for /xac-minh/<code>. What was printed is kept as printed (holder, unit,
 * heading, decision, issuing body); the status shown publicly is the award record's, read live.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    awardRecordId: uuid('award_record_id')
      .notNull()
      .references(() => awardRecords.id),
    /** The decision (decisions module) the certificate was generated for, when generated from one. */
    decisionId: uuid('decision_id'),
    form: text('form', { enum: CERTIFICATE_FORMS }).notNull(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    registryNumber: text('registry_number').notNull(),
    /** 10 characters of RFC 4648 base32 from a CSPRNG (50 bits); unique across tenants. */
    publicCode: text('public_code').notNull(),
    awardCode: text('award_code').notNull(),
    heading: text('heading').notNull(),
    holderName: text('holder_name').notNull(),
    /** "Ông Nguyễn Văn An" as printed. */
    holderLine: text('holder_line').notNull(),
    holderUnit: text('holder_unit'),
    holderPosition: text('holder_position'),
    achievement: text('achievement').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    issuingBody: text('issuing_body').notNull(),
    place: text('place').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    signerTitle: text('signer_title').notNull(),
    signerName: text('signer_name').notNull().default(''),
    createdBy: uuid('created_by'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('certificates_registry_uq').on(t.tenantId, t.form, t.year, t.sequence),
    uniqueIndex('certificates_public_code_uq').on(t.publicCode),
    uniqueIndex('certificates_award_record_uq').on(t.tenantId, t.awardRecordId),
    index('certificates_decision_number_idx').on(t.tenantId, t.decisionNumber),
    index('certificates_decision_idx').on(t.tenantId, t.decisionId),
    check('certificates_form_ck', inList('form', CERTIFICATE_FORMS)),
    check('certificates_sequence_ck', sql`sequence > 0`),
    check('certificates_year_ck', sql`year between 1945 and 2200`),
    check('certificates_public_code_ck', sql`public_code ~ '^[A-Z2-7]{10}$'`),
  ],
);

/** The last registry sequence handed out per tenant, form and year (allocated in blocks, in the transaction). */
export const certificateRegistryCounters = pgTable(
  'certificate_registry_counters',
  {
    tenantId: tenantIdColumn().references(() => tenants.id),
    form: text('form', { enum: CERTIFICATE_FORMS }).notNull(),
    year: integer('year').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.form, t.year] }),
    check('certificate_counters_form_ck', inList('form', CERTIFICATE_FORMS)),
  ],
);
