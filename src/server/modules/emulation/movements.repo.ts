import { and, asc, count, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { MovementKind, MovementLevel } from '../../../domain/emulation/movement';
import type { Executor } from '../../db/client';
import { movements, movementScopeUnits, movementStages, orgUnits, people } from '../../db/schema';
import { containing } from '../../db/patterns';
import { byteOrder } from './emulation.repo';

export type MovementRow = typeof movements.$inferSelect;
export type NewMovementRow = typeof movements.$inferInsert;
export type StageRow = typeof movementStages.$inferSelect;
export type NewStageRow = typeof movementStages.$inferInsert;

const movementWithLauncher = {
  movement: movements,
  launcherName: orgUnits.name,
  launcherPath: orgUnits.path,
};

/** A movement of the tenant with its launcher unit's name and path. */
export async function findMovement(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select(movementWithLauncher)
    .from(movements)
    .innerJoin(orgUnits, eq(orgUnits.id, movements.launcherUnitId))
    .where(and(eq(movements.tenantId, tenantId), eq(movements.id, id)));
  return row;
}

/** Locks the movement row for the transaction: stage changes of one movement run one at a time. */
export async function lockMovement(tx: Executor, tenantId: string, id: string) {
  const [row] = await tx
    .select({ id: movements.id })
    .from(movements)
    .where(and(eq(movements.tenantId, tenantId), eq(movements.id, id)))
    .for('update');
  return row !== undefined;
}

export async function insertMovement(tx: Executor, row: NewMovementRow) {
  await tx.insert(movements).values(row);
}

/** Optimistic update: false when the version moved on. */
export async function updateMovement(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<NewMovementRow>,
): Promise<boolean> {
  const rows = await tx
    .update(movements)
    .set({ ...changes, version: sql`${movements.version} + 1` })
    .where(and(eq(movements.tenantId, tenantId), eq(movements.id, id), eq(movements.version, version)))
    .returning({ id: movements.id });
  return rows.length > 0;
}

export async function deleteMovement(tx: Executor, tenantId: string, id: string) {
  await tx.delete(movements).where(and(eq(movements.tenantId, tenantId), eq(movements.id, id)));
}

export async function replaceScopeUnits(
  tx: Executor,
  tenantId: string,
  movementId: string,
  unitIds: readonly string[],
) {
  await tx
    .delete(movementScopeUnits)
    .where(and(eq(movementScopeUnits.tenantId, tenantId), eq(movementScopeUnits.movementId, movementId)));
  if (unitIds.length)
    await tx
      .insert(movementScopeUnits)
      .values(unitIds.map((unitId, position) => ({ tenantId, movementId, unitId, position })));
}

export async function listScopeUnits(db: Executor, tenantId: string, movementId: string) {
  return db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(movementScopeUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, movementScopeUnits.unitId))
    .where(and(eq(movementScopeUnits.tenantId, tenantId), eq(movementScopeUnits.movementId, movementId)))
    .orderBy(asc(movementScopeUnits.position));
}

export async function findPersonName(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(eq(people.tenantId, tenantId), eq(people.id, id)));
  return row;
}

/** A movement's stages in the order they happened. */
export async function listStages(db: Executor, tenantId: string, movementId: string): Promise<StageRow[]> {
  return db
    .select()
    .from(movementStages)
    .where(and(eq(movementStages.tenantId, tenantId), eq(movementStages.movementId, movementId)))
    .orderBy(asc(movementStages.date), asc(movementStages.createdAt), asc(movementStages.id));
}

export async function insertStage(tx: Executor, row: NewStageRow) {
  await tx.insert(movementStages).values(row);
}

export async function updateStage(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  changes: Partial<NewStageRow>,
): Promise<boolean> {
  const rows = await tx
    .update(movementStages)
    .set({ ...changes, version: sql`${movementStages.version} + 1` })
    .where(
      and(
        eq(movementStages.tenantId, tenantId),
        eq(movementStages.id, id),
        eq(movementStages.version, version),
      ),
    )
    .returning({ id: movementStages.id });
  return rows.length > 0;
}

export async function deleteStage(tx: Executor, tenantId: string, id: string) {
  await tx
    .delete(movementStages)
    .where(and(eq(movementStages.tenantId, tenantId), eq(movementStages.id, id)));
}

export interface MovementFilter {
  tenantId: string;
  year?: number;
  level?: MovementLevel;
  kind?: MovementKind;
  launcherUnitId?: string;
  foldedQuery?: string;
  page: number;
  pageSize: number;
}

/** One page of movements, the latest first, then by name; with whether launch / final review are recorded. */
export async function listMovements(db: Executor, f: MovementFilter) {
  const where: SQL[] = [eq(movements.tenantId, f.tenantId)];
  if (f.year !== undefined)
    where.push(
      sql`${movements.startDate} <= ${`${f.year}-12-31`}::date and ${movements.endDate} >= ${`${f.year}-01-01`}::date`,
    );
  if (f.level) where.push(eq(movements.level, f.level));
  if (f.kind) where.push(eq(movements.kind, f.kind));
  if (f.launcherUnitId) where.push(eq(movements.launcherUnitId, f.launcherUnitId));
  if (f.foldedQuery) where.push(like(movements.searchText, containing(f.foldedQuery)));
  const cond = and(...where);
  const stageExists = (stage: string) =>
    sql<boolean>`exists (select 1 from movement_stages s where s.tenant_id = ${movements.tenantId} and s.movement_id = ${movements.id} and s.stage = ${stage})`;
  const [items, totals] = await Promise.all([
    db
      .select({
        movement: movements,
        launcherName: orgUnits.name,
        hasLaunch: stageExists('launch'),
        hasFinal: stageExists('final'),
      })
      .from(movements)
      .innerJoin(orgUnits, eq(orgUnits.id, movements.launcherUnitId))
      .where(cond)
      .orderBy(desc(movements.startDate), byteOrder(movements.sortKey), asc(movements.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(movements).where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}
