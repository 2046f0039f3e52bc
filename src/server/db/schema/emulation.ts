import { sql } from 'drizzle-orm';
import {
  check,
  customType,
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
import { BLOC_KINDS, LEADERSHIP_SOURCES, MEETING_KINDS } from '../../../domain/emulation/bloc';
import { MOVEMENT_KINDS, MOVEMENT_LEVELS, MOVEMENT_STAGES } from '../../../domain/emulation/movement';
import { REGISTRABLE_CODES, REGISTRATION_SUBJECTS } from '../../../domain/emulation/registration';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { orgUnits, people, tenants } from './org';

/**
 * Emulation (issue 5 items 1–3): movements and their stages, annual registrations, clusters and blocs with
 * their yearly membership, leadership and meetings, and the files attached to stages and meetings. Every
 * table is tenant-owned, `tenant_id` first in every index.
 */

/** Raw bytes (PGlite hands back Uint8Array, node-postgres a Buffer: both are Uint8Array). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** Phong trào thi đua (law-reference §8.1, Law Điều 16–18). */
export const movements = pgTable(
  'movements',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    name: text('name').notNull(),
    level: text('level', { enum: MOVEMENT_LEVELS }).notNull(),
    kind: text('kind', { enum: MOVEMENT_KINDS }).notNull(),
    launcherUnitId: uuid('launcher_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    launcherPersonId: uuid('launcher_person_id').references(() => people.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    theme: text('theme'),
    slogan: text('slogan'),
    objectives: text('objectives'),
    criteria: text('criteria'),
    participants: text('participants'),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('movements_tenant_start_idx').on(t.tenantId, t.startDate, t.endDate),
    index('movements_tenant_level_idx').on(t.tenantId, t.level, t.startDate),
    index('movements_tenant_launcher_idx').on(t.tenantId, t.launcherUnitId),
    index('movements_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('movements_level_ck', inList('level', MOVEMENT_LEVELS)),
    check('movements_kind_ck', inList('kind', MOVEMENT_KINDS)),
    check('movements_period_ck', sql`start_date <= end_date`),
  ],
);

/** The units a movement is addressed to (its scope). */
export const movementScopeUnits = pgTable(
  'movement_scope_units',
  {
    tenantId: tenantIdColumn().references(() => tenants.id),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'movement_scope_units_pk', columns: [t.tenantId, t.movementId, t.unitId] }),
    index('movement_scope_units_unit_idx').on(t.tenantId, t.unitId),
  ],
);

/**
 * Launch, mid-term reviews (sơ kết, any number) and the final review (tổng kết) of a movement (Law Điều 17).
 * `award_record_ids` are the ledger's award_records given at that stage (no foreign key on array elements;
 * the service checks they exist in the tenant).
 */
export const movementStages = pgTable(
  'movement_stages',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    stage: text('stage', { enum: MOVEMENT_STAGES }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    report: text('report'),
    awardRecordIds: uuid('award_record_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('movement_stages_movement_idx').on(t.tenantId, t.movementId, t.date),
    uniqueIndex('movement_stages_once_uq')
      .on(t.tenantId, t.movementId, t.stage)
      .where(sql`stage in ('launch', 'final')`),
    check('movement_stages_stage_ck', inList('stage', MOVEMENT_STAGES)),
  ],
);

/** Cụm, khối thi đua (law-reference §8.2). `rotation_order` = the agreed order of the head's rotation. */
export const emulationBlocs = pgTable(
  'emulation_blocs',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    kind: text('kind', { enum: BLOC_KINDS }).notNull(),
    name: text('name').notNull(),
    organiserUnitId: uuid('organiser_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    rotationOrder: uuid('rotation_order')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    note: text('note'),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('emulation_blocs_name_uq').on(t.tenantId, t.searchText),
    index('emulation_blocs_organiser_idx').on(t.tenantId, t.organiserUnitId),
    check('emulation_blocs_kind_ck', inList('kind', BLOC_KINDS)),
  ],
);

/** A bloc's member units in a year. */
export const emulationBlocMembers = pgTable(
  'emulation_bloc_members',
  {
    tenantId: tenantIdColumn().references(() => tenants.id),
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => emulationBlocs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'emulation_bloc_members_pk', columns: [t.tenantId, t.blocId, t.year, t.unitId] }),
    index('emulation_bloc_members_unit_idx').on(t.tenantId, t.unitId, t.year),
    check('emulation_bloc_members_year_ck', sql`year between 1945 and 2200`),
  ],
);

/** Head (Trưởng) and deputy (Phó) of a bloc for a year; `handed_over_at` once next year's were named. */
export const emulationBlocLeaderships = pgTable(
  'emulation_bloc_leaderships',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => emulationBlocs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    headUnitId: uuid('head_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    deputyUnitId: uuid('deputy_unit_id').references(() => orgUnits.id),
    source: text('source', { enum: LEADERSHIP_SOURCES }).notNull().default('manual'),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true, mode: 'date' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('emulation_bloc_leaderships_year_uq').on(t.tenantId, t.blocId, t.year),
    index('emulation_bloc_leaderships_head_idx').on(t.tenantId, t.headUnitId, t.year),
    check('emulation_bloc_leaderships_source_ck', inList('source', LEADERSHIP_SOURCES)),
    check(
      'emulation_bloc_leaderships_distinct_ck',
      sql`deputy_unit_id is null or deputy_unit_id <> head_unit_id`,
    ),
    check('emulation_bloc_leaderships_year_ck', sql`year between 1945 and 2200`),
  ],
);

/** The meetings log of a bloc (agreement signing, reviews, inspections). */
export const emulationBlocMeetings = pgTable(
  'emulation_bloc_meetings',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => emulationBlocs.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    place: text('place'),
    minutes: text('minutes'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('emulation_bloc_meetings_bloc_idx').on(t.tenantId, t.blocId, t.date),
    check('emulation_bloc_meetings_kind_ck', inList('kind', MEETING_KINDS)),
  ],
);

/**
 * Files attached to a movement stage or a bloc meeting (reports, minutes, photos), kept in the database so
 * that they commit with their record, follow the tenant and are in every backup. Types are recognised from
 * the content; the size is capped by the service.
 */
export const emulationAttachments = pgTable(
  'emulation_attachments',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    stageId: uuid('stage_id').references(() => movementStages.id, { onDelete: 'cascade' }),
    meetingId: uuid('meeting_id').references(() => emulationBlocMeetings.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('emulation_attachments_stage_idx').on(t.tenantId, t.stageId),
    index('emulation_attachments_meeting_idx').on(t.tenantId, t.meetingId),
    check(
      'emulation_attachments_owner_ck',
      sql`(stage_id is not null and meeting_id is null) or (stage_id is null and meeting_id is not null)`,
    ),
    check('emulation_attachments_size_ck', sql`size_bytes >= 0`),
  ],
);

/**
 * Đăng ký thi đua (law-reference §8.1): a collective target title of a unit, or a person's individual
 * target title, for an evaluation year. `unit_id` is the registering unit (the collective itself, or the
 * person's unit when registered): scopes and lists go by it. A person has one target title a year; a
 * collective may register several (e.g. Tập thể lao động xuất sắc and Cờ thi đua). Late = `registered_on`
 * after the tenant's deadline for the year, computed when read so that moving the deadline moves the marks.
 */
export const emulationRegistrations = pgTable(
  'emulation_registrations',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    year: integer('year').notNull(),
    subjectType: text('subject_type', { enum: REGISTRATION_SUBJECTS }).notNull(),
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id),
    personId: uuid('person_id').references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    titleCode: text('title_code').notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('emulation_registrations_unit_idx').on(t.tenantId, t.year, t.unitId),
    uniqueIndex('emulation_registrations_collective_uq')
      .on(t.tenantId, t.year, t.orgUnitId, t.titleCode)
      .where(sql`subject_type = 'collective'`),
    uniqueIndex('emulation_registrations_individual_uq')
      .on(t.tenantId, t.year, t.personId)
      .where(sql`subject_type = 'individual'`),
    check('emulation_registrations_subject_type_ck', inList('subject_type', REGISTRATION_SUBJECTS)),
    check(
      'emulation_registrations_subject_ck',
      sql`(subject_type = 'collective' and org_unit_id is not null and person_id is null) or (subject_type = 'individual' and person_id is not null and org_unit_id is null)`,
    ),
    check('emulation_registrations_title_ck', inList('title_code', REGISTRABLE_CODES)),
    check('emulation_registrations_year_ck', sql`year between 1945 and 2200`),
  ],
);

/** The registration deadline of a tenant for an evaluation year. */
export const emulationRegistrationDeadlines = pgTable(
  'emulation_registration_deadlines',
  {
    tenantId: tenantIdColumn().references(() => tenants.id),
    year: integer('year').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ name: 'emulation_registration_deadlines_pk', columns: [t.tenantId, t.year] }),
    check('emulation_registration_deadlines_year_ck', sql`year between 1945 and 2200`),
  ],
);
