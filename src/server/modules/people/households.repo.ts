import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { households, orgUnits, people } from '../../db/schema';
import { pathInSubtree } from './people.repo';
import { containing } from '../../db/patterns';

export type HouseholdRecord = typeof households.$inferSelect;
export type NewHouseholdRecord = typeof households.$inferInsert;

export interface HouseholdWhere {
  tenantId: string;
  scopes: 'all' | string[];
  q?: string;
  unitPath?: string;
}

export function householdWhere(f: HouseholdWhere): SQL {
  const conds: (SQL | undefined)[] = [eq(households.tenantId, f.tenantId)];
  if (f.scopes !== 'all')
    conds.push(f.scopes.length === 0 ? sql`false` : or(...f.scopes.map((s) => pathInSubtree(s))));
  if (f.q) conds.push(sql`${households.searchText} like ${containing(f.q)}`);
  if (f.unitPath) conds.push(pathInSubtree(f.unitPath));
  return and(...conds)!;
}

const columns = {
  id: households.id,
  name: households.name,
  headPersonId: households.headPersonId,
  headName: people.fullName,
  unitId: households.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  address: households.address,
  externalCode: households.externalCode,
  version: households.version,
};
export type HouseholdRow = Awaited<ReturnType<typeof findHousehold>> & object;

export async function listHouseholds(db: Executor, where: SQL, limit: number, offset: number) {
  return db
    .select(columns)
    .from(households)
    .innerJoin(orgUnits, eq(orgUnits.id, households.unitId))
    .leftJoin(people, eq(people.id, households.headPersonId))
    .where(where)
    .orderBy(asc(households.sortKey), asc(households.id))
    .limit(limit)
    .offset(offset);
}

export async function countHouseholds(db: Executor, where: SQL) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(households)
    .innerJoin(orgUnits, eq(orgUnits.id, households.unitId))
    .where(where);
  return row?.n ?? 0;
}

export async function findHousehold(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(households)
    .innerJoin(orgUnits, eq(orgUnits.id, households.unitId))
    .leftJoin(people, eq(people.id, households.headPersonId))
    .where(and(eq(households.tenantId, tenantId), eq(households.id, id)))
    .limit(1);
  return row;
}

export async function insertHouseholds(db: Executor, rows: NewHouseholdRecord[]) {
  if (rows.length) await db.insert(households).values(rows);
}

export async function updateHousehold(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<NewHouseholdRecord>,
): Promise<boolean> {
  const rows = await db
    .update(households)
    .set({ ...patch, version: sql`${households.version} + 1` })
    .where(and(eq(households.tenantId, tenantId), eq(households.id, id), eq(households.version, version)))
    .returning({ id: households.id });
  return rows.length === 1;
}

export async function findHouseholdByCode(db: Executor, tenantId: string, code: string) {
  const [row] = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.tenantId, tenantId), eq(households.externalCode, code)))
    .limit(1);
  return row;
}
