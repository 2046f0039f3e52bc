import { foldVietnamese, personSortKey, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { households, people, personUnitMemberships } from '../../db/schema';
import type { Deps } from '../../lib/context';
import { newId } from '../../lib/ids';

/** Ledger tests insert their people straight into the tables (independent of the people module). */

export async function insertPerson(
  deps: Deps,
  tenantId: string,
  fullName: string,
  unitId: string | null,
  extra: {
    gender?: 'male' | 'female';
    recruitedOn?: string | null;
    memberships?: { unitId: string; from: string | null; to: string | null }[];
  } = {},
) {
  const id = newId();
  await deps.database.db.insert(people).values({
    id,
    tenantId,
    fullName,
    gender: extra.gender ?? 'male',
    unitId,
    recruitedOn: extra.recruitedOn ?? null,
    searchText: foldVietnamese(fullName),
    sortKey: personSortKey(fullName),
  });
  const memberships = extra.memberships ?? (unitId ? [{ unitId, from: null, to: null }] : []);
  for (const m of memberships)
    await deps.database.db.insert(personUnitMemberships).values({
      id: newId(),
      tenantId,
      personId: id,
      unitId: m.unitId,
      fromDate: m.from,
      toDate: m.to,
    });
  return id;
}

export async function insertHousehold(deps: Deps, tenantId: string, name: string, unitId: string) {
  const id = newId();
  await deps.database.db.insert(households).values({
    id,
    tenantId,
    name,
    unitId,
    searchText: foldVietnamese(name),
    sortKey: vietnameseSortKey(name),
  });
  return id;
}
