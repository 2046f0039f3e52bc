import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgUnits, people } from '../../db/schema';
import { pathInSubtree } from '../../db/patterns';
import { byteOrder } from './emulation.repo';

/** What the registration import and its pre-filled template look up: units and people of the tenant. */

export async function findUnitsByCodesOrNames(
  db: Executor,
  tenantId: string,
  codes: readonly string[],
  foldedNames: readonly string[],
) {
  const any: SQL[] = [];
  if (codes.length) any.push(inArray(orgUnits.code, [...codes]));
  if (foldedNames.length) any.push(inArray(orgUnits.searchText, [...foldedNames]));
  if (any.length === 0) return [];
  return db
    .select({
      id: orgUnits.id,
      name: orgUnits.name,
      code: orgUnits.code,
      path: orgUnits.path,
      searchText: orgUnits.searchText,
      validFrom: orgUnits.validFrom,
      validTo: orgUnits.validTo,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), or(...any)));
}

export interface ImportPerson {
  id: string;
  fullName: string;
  externalCode: string | null;
  birthDate: string | null;
  unitId: string | null;
  unitPath: string | null;
}

/** People named by system id or staff code, or belonging to the given units (name matching). */
export async function findPeopleForImport(
  db: Executor,
  tenantId: string,
  keys: { ids: readonly string[]; codes: readonly string[]; unitIds: readonly string[] },
): Promise<ImportPerson[]> {
  const any: SQL[] = [];
  if (keys.ids.length) any.push(inArray(people.id, [...keys.ids]));
  if (keys.codes.length) any.push(inArray(people.externalCode, [...keys.codes]));
  if (keys.unitIds.length) any.push(inArray(people.unitId, [...keys.unitIds]));
  if (any.length === 0) return [];
  return db
    .select({
      id: people.id,
      fullName: people.fullName,
      externalCode: people.externalCode,
      birthDate: people.birthDate,
      unitId: people.unitId,
      unitPath: orgUnits.path,
    })
    .from(people)
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(and(eq(people.tenantId, tenantId), or(...any)));
}

/** People of a unit's subtree for the pre-filled template, in Vietnamese order (at most `limit`). */
export async function listPeopleOfSubtree(db: Executor, tenantId: string, unitPath: string, limit: number) {
  return db
    .select({
      id: people.id,
      fullName: people.fullName,
      externalCode: people.externalCode,
      birthDate: people.birthDate,
      unitCode: orgUnits.code,
      unitName: orgUnits.name,
    })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(and(eq(people.tenantId, tenantId), pathInSubtree(orgUnits.path, unitPath)))
    .orderBy(byteOrder(orgUnits.sortKey), byteOrder(people.sortKey), asc(people.id))
    .limit(limit);
}
