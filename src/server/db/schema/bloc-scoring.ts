import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  doublePrecision,
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
import { SCORING_FLOW_STATES } from '../../../domain/scoring/flow';
import type { ClassificationBand, ScoringTable } from '../../../domain/scoring/types';
import { emulationBlocs } from './emulation';
import { idColumn, inList, tenantIdColumn, timestamps } from './helpers';
import { orgUnits, tenants } from './org';

/**
 * Bloc scoring (issue 5 item 4, law-reference §8.2): the agreement's versioned scoring table per bloc and
 * year, the year's flow state, members' targets and results with the cross-check trail and evidence, and
 * the computed totals and item points. Tenant-owned, `tenant_id` first in every index.
 *
 * The computed table (`bloc_scoring_results`, items as JSON per member) is rewritten set-wise by each
 * recompute, one row per member with its item points; the rows carry no foreign keys to the members (they are
 * only ever written together, by the service).
 */

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** One version of a bloc's scoring table for a year: immutable once used (values entered or computed). */
export const blocScoringTables = pgTable(
  'bloc_scoring_tables',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => emulationBlocs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    versionNo: integer('version_no').notNull(),
    /** The table exactly as the domain's `ScoringTable` (groups → items with method and params). */
    definition: jsonb('definition').$type<ScoringTable>().notNull(),
    /** The bloc's classification bands; null = the default bands of the table. */
    classificationBands: jsonb('classification_bands').$type<ClassificationBand[] | null>(),
    note: text('note'),
    /** Set when the version is first used (values entered against it, or totals computed from it). */
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
    createdByLabel: text('created_by_label'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('bloc_scoring_tables_version_uq').on(t.tenantId, t.blocId, t.year, t.versionNo),
    check('bloc_scoring_tables_year_ck', sql`year between 1945 and 2200`),
    check('bloc_scoring_tables_version_ck', sql`version_no >= 1`),
  ],
);

/** The flow state of a bloc's year and its current table version. */
export const blocScoringYears = pgTable(
  'bloc_scoring_years',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => emulationBlocs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    status: text('status', { enum: SCORING_FLOW_STATES }).notNull().default('draft'),
    tableId: uuid('table_id').references(() => blocScoringTables.id),
    /** The table version the stored totals were computed from, and when. */
    computedTableId: uuid('computed_table_id').references(() => blocScoringTables.id),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('bloc_scoring_years_uq').on(t.tenantId, t.blocId, t.year),
    index('bloc_scoring_years_year_idx').on(t.tenantId, t.year),
    check('bloc_scoring_years_status_ck', inList('status', SCORING_FLOW_STATES)),
    check('bloc_scoring_years_year_ck', sql`year between 1945 and 2200`),
  ],
);

/** A member's target (plan) and result (actual, achieved, count) for one item of the year's table. */
export const blocScoringEntries = pgTable(
  'bloc_scoring_entries',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => emulationBlocs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    itemCode: text('item_code').notNull(),
    /** The table version the values were last entered against. */
    tableId: uuid('table_id')
      .notNull()
      .references(() => blocScoringTables.id),
    plan: doublePrecision('plan'),
    actual: doublePrecision('actual'),
    achieved: boolean('achieved'),
    count: integer('count'),
    note: text('note'),
    enteredByLabel: text('entered_by_label'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('bloc_scoring_entries_uq').on(t.tenantId, t.year, t.blocId, t.unitId, t.itemCode),
    index('bloc_scoring_entries_unit_idx').on(t.tenantId, t.unitId, t.year),
    check('bloc_scoring_entries_year_ck', sql`year between 1945 and 2200`),
    check('bloc_scoring_entries_figures_ck', sql`coalesce(plan, 0) >= 0 and coalesce(actual, 0) >= 0`),
    check('bloc_scoring_entries_count_ck', sql`coalesce(count, 0) >= 0`),
  ],
);

/** The cross-check trail: each changed figure with the original and new value, the reason and who. */
export const blocScoringAdjustments = pgTable(
  'bloc_scoring_adjustments',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => blocScoringEntries.id, { onDelete: 'cascade' }),
    field: text('field', { enum: ['plan', 'actual', 'achieved', 'count'] }).notNull(),
    before: jsonb('before').$type<number | boolean | null>(),
    after: jsonb('after').$type<number | boolean | null>(),
    reason: text('reason').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('bloc_scoring_adjustments_entry_idx').on(t.tenantId, t.entryId, t.createdAt),
    check('bloc_scoring_adjustments_field_ck', inList('field', ['plan', 'actual', 'achieved', 'count'])),
  ],
);

/** Evidence files (minh chứng) of a member's result for one item; type recognised from the content. */
export const blocScoringEvidence = pgTable(
  'bloc_scoring_evidence',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => blocScoringEntries.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('bloc_scoring_evidence_entry_idx').on(t.tenantId, t.entryId),
    check('bloc_scoring_evidence_size_ck', sql`size_bytes >= 0`),
  ],
);

/** A member's computed total, rank and classification for the year (rewritten by each recompute). */
export const blocScoringResults = pgTable(
  'bloc_scoring_results',
  {
    tenantId: tenantIdColumn(),
    blocId: uuid('bloc_id')
      .notNull()
      .references(() => emulationBlocs.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    unitId: uuid('unit_id').notNull(),
    tableId: uuid('table_id').notNull(),
    total: doublePrecision('total').notNull(),
    exactTotal: doublePrecision('exact_total').notNull(),
    rank: integer('rank').notNull(),
    classification: text('classification'),
    missingItems: integer('missing_items').notNull(),
    explanation: text('explanation').notNull(),
    /**
     * The member's points per item as compact tuples (`ItemPointRow` in scoring-compute.repo.ts: code,
     * status, points, exact points, % of plan). Kept with the member's row rather than one row per item: a
     * year of 100 blocs × 30 members × 40 items is 3,000 rows to rewrite instead of 120,000, and items are
     * only ever read with their member. The item explanations are not stored; reading the results words the
     * stored entries again with the same engine (and flags the results stale when an entry has changed).
     */
    items: jsonb('items')
      .notNull()
      .default(sql`'[]'::jsonb`),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ name: 'bloc_scoring_results_pk', columns: [t.tenantId, t.year, t.blocId, t.unitId] })],
);
