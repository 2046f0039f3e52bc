import { and, type AnyColumn, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { awardRoundUnits, awardRounds, movements, nominations, orgUnits } from '../../db/schema';
import { startingWith } from '../../db/patterns';
import type { Scopes } from './nominations.policy';

/** `path` (a column or an expression) lies within one of the subtrees. */
export function scopeCondition(path: SQL | AnyColumn, scopes: string[]): SQL {
  if (scopes.length === 0) return sql`false`;
  const parts = scopes.map((p) => sql`(${path} = ${p} or ${path} like ${startingWith(p + '/')})`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Award rounds: the only Drizzle user for award_rounds and award_round_units. */

export type RoundRow = typeof awardRounds.$inferSelect;
export type NewRoundRow = typeof awardRounds.$inferInsert;

export interface RoundWithOrganiser {
  round: RoundRow;
  organiserName: string;
  organiserPath: string;
  movementName: string | null;
}

const roundColumns = {
  round: awardRounds,
  organiserName: orgUnits.name,
  organiserPath: orgUnits.path,
  movementName: movements.name,
};

export async function findRound(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<RoundWithOrganiser | undefined> {
  const [row] = await db
    .select(roundColumns)
    .from(awardRounds)
    .innerJoin(orgUnits, eq(orgUnits.id, awardRounds.orgUnitId))
    .leftJoin(movements, eq(movements.id, awardRounds.movementId))
    .where(and(eq(awardRounds.tenantId, tenantId), eq(awardRounds.id, id)));
  return row;
}

export async function lockRound(tx: Executor, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(awardRounds)
    .where(and(eq(awardRounds.tenantId, tenantId), eq(awardRounds.id, id)))
    .for('update');
  return row;
}

export async function insertRound(tx: Executor, row: NewRoundRow) {
  await tx.insert(awardRounds).values(row);
}

/** Optimistic update: false when the version moved on. */
export async function updateRound(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<NewRoundRow>,
): Promise<boolean> {
  const rows = await tx
    .update(awardRounds)
    .set({ ...changes, version: sql`${awardRounds.version} + 1` })
    .where(and(eq(awardRounds.tenantId, tenantId), eq(awardRounds.id, id), eq(awardRounds.version, version)))
    .returning({ id: awardRounds.id });
  return rows.length > 0;
}

export async function replaceRoundUnits(tx: Executor, tenantId: string, roundId: string, unitIds: string[]) {
  await tx
    .delete(awardRoundUnits)
    .where(and(eq(awardRoundUnits.tenantId, tenantId), eq(awardRoundUnits.roundId, roundId)));
  if (unitIds.length)
    await tx
      .insert(awardRoundUnits)
      .values(unitIds.map((unitId, position) => ({ tenantId, roundId, unitId, position })));
}

export async function listRoundUnits(db: Executor, tenantId: string, roundId: string) {
  return db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(awardRoundUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, awardRoundUnits.unitId))
    .where(and(eq(awardRoundUnits.tenantId, tenantId), eq(awardRoundUnits.roundId, roundId)))
    .orderBy(asc(awardRoundUnits.position));
}

export interface RoundListFilter {
  tenantId: string;
  /** Rounds organised within, or inviting a unit within, these subtrees. */
  scopes: Scopes;
  year?: number;
  status?: RoundRow['status'];
  commendationType?: RoundRow['commendationType'];
  level?: RoundRow['level'];
  page: number;
  pageSize: number;
}

export async function listRounds(db: Executor, f: RoundListFilter) {
  const where: SQL[] = [eq(awardRounds.tenantId, f.tenantId)];
  if (f.scopes !== 'all') {
    const organiser = scopeCondition(orgUnits.path, f.scopes);
    const invited = sql`exists (select 1 from ${awardRoundUnits} ru join ${orgUnits} u on u.id = ru.unit_id
      where ru.tenant_id = ${f.tenantId} and ru.round_id = ${awardRounds.id} and ${scopeCondition(sql`u.path`, f.scopes)})`;
    where.push(or(organiser, invited)!);
  }
  if (f.year !== undefined) where.push(eq(awardRounds.year, f.year));
  if (f.status) where.push(eq(awardRounds.status, f.status));
  if (f.commendationType) where.push(eq(awardRounds.commendationType, f.commendationType));
  if (f.level) where.push(eq(awardRounds.level, f.level));
  const cond = and(...where);
  const counts = db
    .select({ roundId: nominations.roundId, n: count().as('n') })
    .from(nominations)
    .where(eq(nominations.tenantId, f.tenantId))
    .groupBy(nominations.roundId)
    .as('counts');
  const [items, totals] = await Promise.all([
    db
      .select({ ...roundColumns, nominationCount: sql<number>`coalesce(${counts.n}, 0)::int` })
      .from(awardRounds)
      .innerJoin(orgUnits, eq(orgUnits.id, awardRounds.orgUnitId))
      .leftJoin(movements, eq(movements.id, awardRounds.movementId))
      .leftJoin(counts, eq(counts.roundId, awardRounds.id))
      .where(cond)
      .orderBy(desc(awardRounds.createdAt), desc(awardRounds.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: count() })
      .from(awardRounds)
      .innerJoin(orgUnits, eq(orgUnits.id, awardRounds.orgUnitId))
      .where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

export async function findMovementRef(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({
      id: movements.id,
      name: movements.name,
      startDate: movements.startDate,
      endDate: movements.endDate,
    })
    .from(movements)
    .where(and(eq(movements.tenantId, tenantId), eq(movements.id, id)));
  return row;
}

export async function findUnits(db: Executor, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), inArray(orgUnits.id, [...ids])));
}

export async function countRoundNominations(db: Executor, tenantId: string, roundId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(nominations)
    .where(and(eq(nominations.tenantId, tenantId), eq(nominations.roundId, roundId)));
  return Number(row?.n ?? 0);
}

export async function deleteRound(tx: Executor, tenantId: string, id: string) {
  await tx.delete(awardRounds).where(and(eq(awardRounds.tenantId, tenantId), eq(awardRounds.id, id)));
}
