import { orgUnits } from '../db/schema';
import type { Deps } from '../lib/context';
import { newId } from '../lib/ids';
import { foldVietnamese, vietnameseSortKey } from '../../domain/text/vietnamese';

/** Inserts an org unit straight into the table (tests of other modules need units, not the org API). */
export async function insertUnit(
  deps: Deps,
  tenantId: string,
  name: string,
  parent?: { id: string; path: string; depth: number },
) {
  const id = newId();
  const unit = { id, path: parent ? `${parent.path}/${id}` : id, depth: parent ? parent.depth + 1 : 0 };
  await deps.database.db.insert(orgUnits).values({
    ...unit,
    tenantId,
    parentId: parent?.id ?? null,
    name,
    type: parent ? 'commune' : 'province',
    searchText: foldVietnamese(name),
    sortKey: vietnameseSortKey(name),
  });
  return unit;
}
