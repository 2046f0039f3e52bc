import { type AnyColumn, and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { awardRecords, orgUnits, people } from '../../db/schema';

/** Lookups shared by the emulation services: units, people and award records of the tenant. */

export interface UnitInfo {
  id: string;
  name: string;
  code: string | null;
  path: string;
  validFrom: string | null;
  validTo: string | null;
}

const unitColumns = {
  id: orgUnits.id,
  name: orgUnits.name,
  code: orgUnits.code,
  path: orgUnits.path,
  validFrom: orgUnits.validFrom,
  validTo: orgUnits.validTo,
};

/** The tenant's units among `ids` (another tenant's ids are simply missing). */
export async function findUnits(db: Executor, tenantId: string, ids: readonly string[]): Promise<UnitInfo[]> {
  if (ids.length === 0) return [];
  return db
    .select(unitColumns)
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), inArray(orgUnits.id, [...new Set(ids)])));
}

export interface PersonInfo {
  id: string;
  fullName: string;
  unitId: string | null;
  unitPath: string | null;
}

export async function findPeople(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<PersonInfo[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, fullName: people.fullName, unitId: people.unitId, unitPath: orgUnits.path })
    .from(people)
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(and(eq(people.tenantId, tenantId), inArray(people.id, [...new Set(ids)])));
}

/** The ids among `ids` that are award records of the tenant. */
export async function existingAwardRecordIds(
  db: Executor,
  tenantId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: awardRecords.id })
    .from(awardRecords)
    .where(and(eq(awardRecords.tenantId, tenantId), inArray(awardRecords.id, [...new Set(ids)])));
  return new Set(rows.map((r) => r.id));
}

/** For ordering by the application-computed sort keys whatever the database's collation. */
export const byteOrder = (column: AnyColumn) => sql`${column} collate "C"`;
