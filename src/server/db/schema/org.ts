import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LINEAGE_KINDS, ORG_UNIT_TYPES, TENANT_KINDS } from '../../../domain/org/org-unit';
import { ETHNIC_GROUP_CODES } from '../../../domain/people/ethnic-groups';
import { GENDERS, OCCUPATION_GROUPS } from '../../../domain/people/person';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';

export const tenants = pgTable(
  'tenants',
  {
    id: idColumn(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: TENANT_KINDS }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('tenants_code_uq').on(t.code), check('tenants_kind_ck', inList('kind', TENANT_KINDS))],
);

/**
 * Org units. Name and parent of a record do not change with time: a rename or a move ends the record and
 * starts a successor, linked by a lineage event, so that the tree as of any date is a plain filter on
 * the validity dates and `path` (ids from the root, '/'-separated) never has to be rewritten.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    parentId: uuid('parent_id'),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    code: text('code'),
    externalKey: text('external_key'),
    name: text('name').notNull(),
    type: text('type', { enum: ORG_UNIT_TYPES }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note'),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('org_units_tenant_parent_idx').on(t.tenantId, t.parentId, t.sortKey),
    index('org_units_tenant_path_idx').on(t.tenantId, sql`${t.path} text_pattern_ops`),
    index('org_units_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    uniqueIndex('org_units_tenant_external_key_uq').on(t.tenantId, t.externalKey),
    check('org_units_type_ck', inList('type', ORG_UNIT_TYPES)),
    check('org_units_validity_ck', sql`valid_from is null or valid_to is null or valid_from <= valid_to`),
  ],
);

export const orgUnitEvents = pgTable(
  'org_unit_events',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    kind: text('kind', { enum: LINEAGE_KINDS }).notNull(),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    legalBasis: text('legal_basis'),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('org_unit_events_from_idx').on(t.tenantId, t.fromUnitId),
    index('org_unit_events_to_idx').on(t.tenantId, t.toUnitId),
    uniqueIndex('org_unit_events_uq').on(t.tenantId, t.kind, t.fromUnitId, t.toUnitId),
    check('org_unit_events_kind_ck', inList('kind', LINEAGE_KINDS)),
    check('org_unit_events_distinct_ck', sql`from_unit_id <> to_unit_id`),
  ],
);

export const people = pgTable(
  'people',
  {
    id: idColumn(),
    // No foreign key to tenants: checked per row on bulk imports, for tenants that are never deleted
    // (docs/decisions/0010-no-tenant-foreign-keys-on-people.md).
    tenantId: tenantIdColumn(),
    fullName: text('full_name').notNull(),
    gender: text('gender', { enum: GENDERS }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    ethnicity: text('ethnicity').notNull().default('01'),
    /** AES-256-GCM ciphertext of the citizen ID (see lib/crypto.ts). */
    citizenIdCipher: text('citizen_id_cipher'),
    /** HMAC-SHA256 blind index of the citizen ID, for matching and uniqueness without decrypting. */
    citizenIdHash: text('citizen_id_hash'),
    citizenIdMasked: text('citizen_id_masked'),
    externalCode: text('external_code'),
    position: text('position'),
    isLeader: boolean('is_leader').notNull().default(false),
    occupationGroup: text('occupation_group', { enum: OCCUPATION_GROUPS }).notNull().default('civil_servant'),
    recruitedOn: date('recruited_on', { mode: 'string' }),
    unitId: uuid('unit_id').references(() => orgUnits.id),
    phone: text('phone'),
    email: text('email'),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('people_tenant_sort_idx').on(t.tenantId, t.sortKey, t.id),
    index('people_tenant_unit_idx').on(t.tenantId, t.unitId),
    index('people_tenant_birth_idx').on(t.tenantId, t.birthDate, t.id),
    uniqueIndex('people_tenant_citizen_id_uq').on(t.tenantId, t.citizenIdHash),
    uniqueIndex('people_tenant_external_code_uq').on(t.tenantId, t.externalCode),
    check('people_gender_ck', inList('gender', GENDERS)),
    check('people_occupation_ck', inList('occupation_group', OCCUPATION_GROUPS)),
    check('people_ethnicity_ck', inList('ethnicity', ETHNIC_GROUP_CODES)),
  ],
);

/** A person's membership of units over time (current unit = the open row, mirrored in people.unit_id). */
export const personUnitMemberships = pgTable(
  'person_unit_memberships',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(), // no foreign key to tenants, as for people (ADR 0010)
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    position: text('position'),
    fromDate: date('from_date', { mode: 'string' }),
    toDate: date('to_date', { mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    index('memberships_person_idx').on(t.tenantId, t.personId),
    index('memberships_unit_idx').on(t.tenantId, t.unitId),
  ],
);

export const households = pgTable(
  'households',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    name: text('name').notNull(),
    headPersonId: uuid('head_person_id').references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    address: text('address'),
    externalCode: text('external_code'),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('households_tenant_sort_idx').on(t.tenantId, t.sortKey),
    index('households_tenant_unit_idx').on(t.tenantId, t.unitId),
    index('households_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    uniqueIndex('households_tenant_external_code_uq').on(t.tenantId, t.externalCode),
  ],
);
