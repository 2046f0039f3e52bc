import { aliasedTable, and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgUnitEvents, orgUnits } from '../../db/schema';

export type OrgUnitEventRow = typeof orgUnitEvents.$inferSelect;
export type NewOrgUnitEventRow = typeof orgUnitEvents.$inferInsert;

const INSERT_CHUNK = 1000;

/** Inserts events in chunks; an event already recorded (same kind, from, to) is skipped. Returns how many were inserted. */
export async function insertEvents(db: Executor, rows: readonly NewOrgUnitEventRow[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const inserted = await db
      .insert(orgUnitEvents)
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflictDoNothing()
      .returning({ id: orgUnitEvents.id });
    n += inserted.length;
  }
  return n;
}

export async function findEventInTenant(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(orgUnitEvents)
    .where(and(eq(orgUnitEvents.tenantId, tenantId), eq(orgUnitEvents.id, id)))
    .limit(1);
  return row;
}

export async function deleteEvent(db: Executor, tenantId: string, id: string) {
  await db.delete(orgUnitEvents).where(and(eq(orgUnitEvents.tenantId, tenantId), eq(orgUnitEvents.id, id)));
}

/** Events into and out of a unit, each with the other unit's name and validity. */
export async function listEventsOfUnit(db: Executor, tenantId: string, unitId: string) {
  const other = aliasedTable(orgUnits, 'other');
  return db
    .select({
      id: orgUnitEvents.id,
      kind: orgUnitEvents.kind,
      fromUnitId: orgUnitEvents.fromUnitId,
      toUnitId: orgUnitEvents.toUnitId,
      effectiveDate: orgUnitEvents.effectiveDate,
      legalBasis: orgUnitEvents.legalBasis,
      note: orgUnitEvents.note,
      other: {
        id: other.id,
        name: other.name,
        validFrom: other.validFrom,
        validTo: other.validTo,
      },
    })
    .from(orgUnitEvents)
    .innerJoin(
      other,
      and(
        eq(other.tenantId, orgUnitEvents.tenantId),
        sql`${other.id} = case when ${orgUnitEvents.fromUnitId} = ${unitId} then ${orgUnitEvents.toUnitId} else ${orgUnitEvents.fromUnitId} end`,
      ),
    )
    .where(
      and(
        eq(orgUnitEvents.tenantId, tenantId),
        or(eq(orgUnitEvents.fromUnitId, unitId), eq(orgUnitEvents.toUnitId, unitId)),
      ),
    )
    .orderBy(orgUnitEvents.effectiveDate, orgUnitEvents.id);
}

/** "kind|from|to" keys of the tenant's events touching the given units (for skipping duplicates on import). */
export async function listEventKeys(db: Executor, tenantId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ kind: orgUnitEvents.kind, from: orgUnitEvents.fromUnitId, to: orgUnitEvents.toUnitId })
    .from(orgUnitEvents)
    .where(and(eq(orgUnitEvents.tenantId, tenantId), inArray(orgUnitEvents.fromUnitId, [...unitIds])));
  return new Set(rows.map((r) => `${r.kind}|${r.from}|${r.to}`));
}
