import { sql } from 'drizzle-orm';
import {
  bigint,
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
  AWARD_SOURCES,
  AWARD_STATUSES,
  PENDING_CASE_KINDS,
  RATED_SUBJECT_TYPES,
  RATING_SOURCES,
} from '../../../domain/awards/ledger';
import type { LegalSettings } from '../../../domain/awards/settings';
import {
  COMMENDATION_TYPES,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  RATINGS,
  SUBJECT_TYPES,
} from '../../../domain/awards/types';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { households, orgUnits, people, tenants } from './org';

/**
 * The ledger (issue 3 item 3): everything that has happened to a subject and that the eligibility engine
 * reads. Every table is tenant-owned, `tenant_id` first in every index. A subject is a person, a collective
 * (an org unit) or a household; exactly one of the three columns is set, matching `subject_type`.
 */

const SUBJECT_COLUMNS: Record<string, string> = {
  individual: 'person_id',
  collective: 'org_unit_id',
  household: 'household_id',
};

/** Exactly one subject column is set, the one of `subject_type`. */
const subjectCheck = (name: string, types: readonly string[]) => {
  const columns = types.map((t) => SUBJECT_COLUMNS[t]!);
  const branches = types.map((t) => {
    const own = SUBJECT_COLUMNS[t]!;
    const others = columns.filter((c) => c !== own).map((c) => ` and ${c} is null`);
    return `(subject_type = '${t}' and ${own} is not null${others.join('')})`;
  });
  return check(name, sql.raw(branches.join(' or ')));
};

/** The one subject column that is set (for uniqueness across the three kinds). */
const SUBJECT_KEY = sql`coalesce(person_id, org_unit_id, household_id)`;

/**
 * Emulation titles and commendation forms a subject received. `counted_year` is the year the record counts
 * for (evaluation year, else the end of its period, else its decision date — domain `countedYear`).
 *
 * Uniqueness (G7, Law Điều 5 k2c: one achievement → one form, once): a subject holds a given emulation
 * title at most once per evaluation year while it is valid (titles are annual, Law Điều 19–28). Forms
 * (Bằng khen, Giấy khen, orders…) may be received several times a year for different achievements, so for
 * them only the same code twice in the same decision is refused. `is_emulation_title` is set by the
 * service from the catalogue.
 */
export const awardRecords = pgTable(
  'award_records',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    personId: uuid('person_id').references(() => people.id),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    householdId: uuid('household_id').references(() => households.id),
    awardCode: text('award_code').notNull(),
    isEmulationTitle: boolean('is_emulation_title').notNull().default(false),
    evaluationYear: integer('evaluation_year'),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    countedYear: integer('counted_year')
      .notNull()
      .generatedAlwaysAs(
        sql`coalesce(evaluation_year, extract(year from period_to)::int, extract(year from decision_date)::int)`,
      ),
    commendationType: text('commendation_type', { enum: COMMENDATION_TYPES }).notNull().default('cong_trang'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    decisionAuthority: text('decision_authority'),
    achievementSummary: text('achievement_summary'),
    /** The emulation movement it belongs to (movements come with another issue; no foreign key yet). */
    movementId: uuid('movement_id'),
    status: text('status', { enum: AWARD_STATUSES }).notNull().default('valid'),
    revokedOn: date('revoked_on', { mode: 'string' }),
    revokeReason: text('revoke_reason'),
    moneyAmount: bigint('money_amount', { mode: 'number' }),
    source: text('source', { enum: AWARD_SOURCES }).notNull().default('manual'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('award_records_person_idx').on(t.tenantId, t.personId, t.countedYear),
    index('award_records_unit_idx').on(t.tenantId, t.orgUnitId, t.countedYear),
    index('award_records_household_idx').on(t.tenantId, t.householdId, t.countedYear),
    index('award_records_code_idx').on(t.tenantId, t.awardCode, t.countedYear),
    uniqueIndex('award_records_title_once_uq')
      .on(t.tenantId, SUBJECT_KEY, t.awardCode, t.evaluationYear)
      .where(sql`status = 'valid' and is_emulation_title`),
    uniqueIndex('award_records_decision_once_uq')
      .on(t.tenantId, SUBJECT_KEY, t.awardCode, t.decisionNumber)
      .where(sql`status = 'valid' and decision_number is not null`),
    subjectCheck('award_records_subject_ck', SUBJECT_TYPES),
    check('award_records_subject_type_ck', inList('subject_type', SUBJECT_TYPES)),
    check('award_records_code_ck', sql`award_code ~ '^[a-z][a-z0-9_]{1,79}$'`),
    check('award_records_type_ck', inList('commendation_type', COMMENDATION_TYPES)),
    check('award_records_status_ck', inList('status', AWARD_STATUSES)),
    check('award_records_source_ck', inList('source', AWARD_SOURCES)),
    check('award_records_year_ck', sql`evaluation_year is null or evaluation_year between 1945 and 2200`),
    check(
      'award_records_when_ck',
      sql`evaluation_year is not null or period_to is not null or decision_date is not null`,
    ),
    check(
      'award_records_period_ck',
      sql`period_from is null or period_to is null or period_from <= period_to`,
    ),
    check(
      'award_records_revoked_ck',
      sql`(status = 'revoked') = (revoked_on is not null) and (status = 'revoked' or revoke_reason is null)`,
    ),
    check('award_records_money_ck', sql`money_amount is null or money_amount >= 0`),
  ],
);

/** Annual evaluation (HTXS/HTT/HT/KHT) of a person or a collective; one per subject and year. */
export const annualRatings = pgTable(
  'annual_ratings',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    subjectType: text('subject_type', { enum: RATED_SUBJECT_TYPES }).notNull(),
    personId: uuid('person_id').references(() => people.id),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    year: integer('year').notNull(),
    rating: text('rating', { enum: RATINGS }).notNull(),
    source: text('source', { enum: RATING_SOURCES }).notNull().default('manual'),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('annual_ratings_person_uq')
      .on(t.tenantId, t.personId, t.year)
      .where(sql`person_id is not null`),
    uniqueIndex('annual_ratings_unit_uq')
      .on(t.tenantId, t.orgUnitId, t.year)
      .where(sql`org_unit_id is not null`),
    subjectCheck('annual_ratings_subject_ck', RATED_SUBJECT_TYPES),
    check('annual_ratings_subject_type_ck', inList('subject_type', RATED_SUBJECT_TYPES)),
    check('annual_ratings_rating_ck', inList('rating', RATINGS)),
    check('annual_ratings_source_ck', inList('source', RATING_SOURCES)),
    check('annual_ratings_year_ck', sql`year between 1945 and 2200`),
  ],
);

/** Disciplinary sanctions of people (G2: achievements count again only after the sanction period). */
export const disciplineRecords = pgTable(
  'discipline_records',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    form: text('form', { enum: DISCIPLINE_FORMS }).notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    decisionNumber: text('decision_number'),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('discipline_records_person_idx').on(t.tenantId, t.personId, t.fromDate),
    check('discipline_records_form_ck', inList('form', DISCIPLINE_FORMS)),
    check('discipline_records_period_ck', sql`to_date is null or from_date <= to_date`),
  ],
);

/** Gate G1: open reviews, investigations, inspections, audits, complaints or press allegations. */
export const pendingCases = pgTable(
  'pending_cases',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    subjectType: text('subject_type', { enum: RATED_SUBJECT_TYPES }).notNull(),
    personId: uuid('person_id').references(() => people.id),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    kind: text('kind', { enum: PENDING_CASE_KINDS }).notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('pending_cases_person_idx').on(t.tenantId, t.personId, t.openedOn),
    index('pending_cases_unit_idx').on(t.tenantId, t.orgUnitId, t.openedOn),
    subjectCheck('pending_cases_subject_ck', RATED_SUBJECT_TYPES),
    check('pending_cases_subject_type_ck', inList('subject_type', RATED_SUBJECT_TYPES)),
    check('pending_cases_kind_ck', inList('kind', PENDING_CASE_KINDS)),
    check('pending_cases_period_ck', sql`closed_on is null or opened_on <= closed_on`),
  ],
);

/** Maternity leave (G3: counts as working time; it does not break a streak). */
export const maternityLeaves = pgTable(
  'maternity_leaves',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('maternity_leaves_person_idx').on(t.tenantId, t.personId, t.fromDate),
    check('maternity_leaves_period_ck', sql`from_date <= to_date`),
  ],
);

/**
 * Initiatives (law-reference §2.6). `unit_id` is the unit whose register keeps it (scoping); null =
 * tenant-wide. `used_by_award_id` is the award that used it as its ground: one column, so an initiative
 * supports one award only (G7); an award may rest on several initiatives (Bằng khen: two).
 */
export const initiatives = pgTable(
  'initiatives',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    unitId: uuid('unit_id').references(() => orgUnits.id),
    title: text('title').notNull(),
    recognizingBody: text('recognizing_body').notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    scope: text('scope', { enum: INITIATIVE_SCOPES }).notNull(),
    appliedFrom: date('applied_from', { mode: 'string' }),
    summary: text('summary'),
    usedByAwardId: uuid('used_by_award_id').references(() => awardRecords.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('initiatives_tenant_date_idx').on(t.tenantId, t.decisionDate),
    index('initiatives_unit_idx').on(t.tenantId, t.unitId),
    index('initiatives_award_idx').on(t.tenantId, t.usedByAwardId),
    check('initiatives_scope_ck', inList('scope', INITIATIVE_SCOPES)),
  ],
);

export const initiativeAuthors = pgTable(
  'initiative_authors',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** Percent of the contribution; null when not stated. */
    sharePercent: integer('share_percent'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('initiative_authors_uq').on(t.tenantId, t.initiativeId, t.personId),
    index('initiative_authors_person_idx').on(t.tenantId, t.personId),
    check('initiative_authors_share_ck', sql`share_percent is null or share_percent between 1 and 100`),
  ],
);

/** Per-tenant legal configuration (src/domain/awards/settings.ts), validated by the settings module. */
export const tenantSettings = pgTable('tenant_settings', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  legal: jsonb('legal').$type<LegalSettings>().notNull(),
  updatedBy: uuid('updated_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
