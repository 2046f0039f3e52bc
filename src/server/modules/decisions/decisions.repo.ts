import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DecisionStatus } from '../../../domain/commendation/decision';
import type { Executor } from '../../db/client';
import { containing, pathInSubtree } from '../../db/patterns';
import { orgUnits, tenants } from '../../db/schema';
import { decisionCounters, decisionItems, decisions, decisionSettings } from '../../db/schema/decisions';

/**
 * Database access of decisions: the decision and its annex rows, the tenant's numbering scheme and counter,
 * lists scoped by the issuing unit's subtree, money totals and the public list. Every query takes the tenant.
 */

export type DecisionRow = typeof decisions.$inferSelect;
export type NewDecisionRow = typeof decisions.$inferInsert;
export type ItemRow = typeof decisionItems.$inferSelect;
export type NewItemRow = typeof decisionItems.$inferInsert;
export type SettingsRow = typeof decisionSettings.$inferSelect;

const CHUNK = 500;

// --------------------------------------------------------------------------------------- settings

export async function findSettings(db: Executor, tenantId: string): Promise<SettingsRow | undefined> {
  const [row] = await db.select().from(decisionSettings).where(eq(decisionSettings.tenantId, tenantId));
  return row;
}

/** Inserts or replaces the settings when `version` is the stored one (0 = none yet); false on a race. */
export async function saveSettings(db: Executor, row: typeof decisionSettings.$inferInsert, version: number) {
  if (version === 0) {
    const inserted = await db.insert(decisionSettings).values(row).onConflictDoNothing().returning();
    return inserted.length > 0;
  }
  const updated = await db
    .update(decisionSettings)
    .set({ ...row, version: version + 1 })
    .where(and(eq(decisionSettings.tenantId, row.tenantId), eq(decisionSettings.version, version)))
    .returning({ v: decisionSettings.version });
  return updated.length > 0;
}

/** The next number of the tenant's year (Decree 30: numbers restart each year); takes a row lock. */
export async function nextSequence(db: Executor, tenantId: string, year: number): Promise<number> {
  const [row] = await db
    .insert(decisionCounters)
    .values({ tenantId, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [decisionCounters.tenantId, decisionCounters.year],
      set: { lastSeq: sql`${decisionCounters.lastSeq} + 1` },
    })
    .returning({ seq: decisionCounters.lastSeq });
  return row!.seq;
}

export async function numberTaken(db: Executor, tenantId: string, year: number, number: string) {
  const [row] = await db
    .select({ id: decisions.id })
    .from(decisions)
    .where(
      and(eq(decisions.tenantId, tenantId), eq(decisions.numberYear, year), eq(decisions.number, number)),
    )
    .limit(1);
  return row !== undefined;
}

export async function peekSequence(db: Executor, tenantId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ seq: decisionCounters.lastSeq })
    .from(decisionCounters)
    .where(and(eq(decisionCounters.tenantId, tenantId), eq(decisionCounters.year, year)));
  return (row?.seq ?? 0) + 1;
}

// --------------------------------------------------------------------------------------- decisions

const unitColumns = { unitName: orgUnits.name, unitPath: orgUnits.path };

export async function findDecision(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ decision: decisions, ...unitColumns })
    .from(decisions)
    .innerJoin(orgUnits, eq(orgUnits.id, decisions.orgUnitId))
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.id, id)));
  return row;
}

export async function insertDecision(db: Executor, row: NewDecisionRow) {
  await db.insert(decisions).values(row);
}

/** Optimistic update: only when the stored version is `version`; returns false otherwise. */
export async function updateDecision(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<NewDecisionRow>,
): Promise<boolean> {
  const rows = await db
    .update(decisions)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.id, id), eq(decisions.version, version)))
    .returning({ id: decisions.id });
  return rows.length > 0;
}

export interface DecisionWhere {
  tenantId: string;
  scopes: 'all' | string[];
  status?: DecisionStatus;
  statuses?: DecisionStatus[];
  year?: number;
  roundId?: string;
  q?: string;
}

export function decisionWhere(f: DecisionWhere): SQL {
  const conditions: (SQL | undefined)[] = [eq(decisions.tenantId, f.tenantId)];
  if (f.scopes !== 'all')
    conditions.push(
      f.scopes.length ? or(...f.scopes.map((p) => pathInSubtree(orgUnits.path, p))) : sql`false`,
    );
  if (f.status) conditions.push(eq(decisions.status, f.status));
  if (f.statuses) conditions.push(inArray(decisions.status, f.statuses));
  if (f.year !== undefined)
    conditions.push(
      sql`coalesce(extract(year from ${decisions.decisionDate})::int, extract(year from ${decisions.createdAt})::int) = ${f.year}`,
    );
  if (f.roundId) conditions.push(eq(decisions.roundId, f.roundId));
  if (f.q)
    conditions.push(
      sql`(${decisions.number} ilike ${containing(f.q)} or ${decisions.summary} ilike ${containing(f.q)})`,
    );
  return and(...conditions)!;
}

const itemTotals = {
  itemCount: sql<number>`(select count(*)::int from ${decisionItems} i where i.tenant_id = ${decisions.tenantId} and i.decision_id = ${decisions.id})`,
  total:
    sql<number>`(select coalesce(sum(i.amount), 0)::bigint from ${decisionItems} i where i.tenant_id = ${decisions.tenantId} and i.decision_id = ${decisions.id})`.mapWith(
      Number,
    ),
};

export async function listDecisions(db: Executor, where: SQL, limit: number, offset: number) {
  return db
    .select({ decision: decisions, ...unitColumns, ...itemTotals })
    .from(decisions)
    .innerJoin(orgUnits, eq(orgUnits.id, decisions.orgUnitId))
    .where(where)
    .orderBy(sql`${decisions.decisionDate} desc nulls first`, desc(decisions.createdAt), desc(decisions.id))
    .limit(limit)
    .offset(offset);
}

export async function countDecisions(db: Executor, where: SQL) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(decisions)
    .innerJoin(orgUnits, eq(orgUnits.id, decisions.orgUnitId))
    .where(where);
  return row?.n ?? 0;
}

// ------------------------------------------------------------------------------------------ items

export async function listItems(db: Executor, tenantId: string, decisionId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(decisionItems)
    .where(and(eq(decisionItems.tenantId, tenantId), eq(decisionItems.decisionId, decisionId)))
    .orderBy(asc(decisionItems.position));
}

export async function replaceItems(db: Executor, tenantId: string, decisionId: string, rows: NewItemRow[]) {
  await db
    .delete(decisionItems)
    .where(and(eq(decisionItems.tenantId, tenantId), eq(decisionItems.decisionId, decisionId)));
  for (let i = 0; i < rows.length; i += CHUNK)
    await db.insert(decisionItems).values(rows.slice(i, i + CHUNK));
}

/** Sets each item's amount and award record in one statement (arrays unnested). */
export async function setIssuedItems(
  db: Executor,
  tenantId: string,
  rows: { id: string; amount: number | null; awardRecordId: string }[],
  now: Date,
) {
  if (rows.length === 0) return;
  await db.execute(sql`
    update decision_items d
       set amount = v.amount, award_record_id = v.award_record_id, updated_at = ${now}
      from unnest(${sql.param(rows.map((r) => r.id))}::uuid[],
                  ${sql.param(rows.map((r) => (r.amount === null ? null : String(r.amount))))}::bigint[],
                  ${sql.param(rows.map((r) => r.awardRecordId))}::uuid[]) as v(id, amount, award_record_id)
     where d.tenant_id = ${tenantId} and d.id = v.id`);
}

/** Law Điều 93: the money to recover is what each item received; returns the award records to revoke. */
export async function markItemsToRecover(db: Executor, tenantId: string, decisionId: string, now: Date) {
  const rows = await db
    .update(decisionItems)
    .set({ recoverAmount: sql`coalesce(${decisionItems.amount}, 0)`, updatedAt: now })
    .where(and(eq(decisionItems.tenantId, tenantId), eq(decisionItems.decisionId, decisionId)))
    .returning({ awardRecordId: decisionItems.awardRecordId, recoverAmount: decisionItems.recoverAmount });
  return rows;
}

// ------------------------------------------------------------------------------------------ money

/** Per fund: issued and revoked decisions of the year (by decision date), awardees, money paid and to recover. */
export async function moneyTotals(db: Executor, where: SQL) {
  return db
    .select({
      fund: decisions.fund,
      decisions: sql<number>`count(distinct ${decisions.id})::int`,
      awardees: sql<number>`count(${decisionItems.id})::int`,
      paid: sql<number>`coalesce(sum(${decisionItems.amount}), 0)::bigint`.mapWith(Number),
      toRecover: sql<number>`coalesce(sum(${decisionItems.recoverAmount}), 0)::bigint`.mapWith(Number),
    })
    .from(decisions)
    .innerJoin(orgUnits, eq(orgUnits.id, decisions.orgUnitId))
    .leftJoin(
      decisionItems,
      and(eq(decisionItems.tenantId, decisions.tenantId), eq(decisionItems.decisionId, decisions.id)),
    )
    .where(where)
    .groupBy(decisions.fund)
    .orderBy(decisions.fund);
}

// ------------------------------------------------------------------------------------------ public

export interface PublicWhere {
  year?: number;
  q?: string;
}

function publicWhere(f: PublicWhere): SQL {
  return and(
    inArray(decisions.status, ['issued', 'revoked']),
    f.year !== undefined ? eq(decisions.numberYear, f.year) : undefined,
    f.q
      ? sql`(${decisions.number} ilike ${containing(f.q)} or ${decisions.summary} ilike ${containing(f.q)} or ${decisions.issuingBody} ilike ${containing(f.q)})`
      : undefined,
  )!;
}

/** Issued and revoked decisions of every tenant, newest first: only what the decision itself prints. */
export async function listPublicDecisions(db: Executor, f: PublicWhere, limit: number, offset: number) {
  const where = publicWhere(f);
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: decisions.id,
        number: decisions.number,
        decisionDate: decisions.decisionDate,
        summary: decisions.summary,
        issuingBody: decisions.issuingBody,
        awardCode: decisions.awardCode,
        status: decisions.status,
        revokedOn: decisions.revokedOn,
      })
      .from(decisions)
      .where(where)
      .orderBy(desc(decisions.decisionDate), desc(decisions.numberSeq), desc(decisions.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(decisions)
      .where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Names and units as printed in the annexes of these decisions (no ids, no amounts). */
export async function printedAwardees(db: Executor, decisionIds: string[]) {
  if (decisionIds.length === 0) return [];
  return db
    .select({
      decisionId: decisionItems.decisionId,
      name: decisionItems.displayName,
      unit: decisionItems.positionUnit,
    })
    .from(decisionItems)
    .where(sql`${decisionItems.decisionId} = any(${sql.param(decisionIds)}::uuid[])`)
    .orderBy(asc(decisionItems.decisionId), asc(decisionItems.position));
}

export async function tenantName(db: Executor, tenantId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.name;
}
