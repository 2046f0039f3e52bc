import type { Executor } from '../../db/client';
import { listEventsOfUnit } from './org-events.repo';
import { countChildren, findUnitNames, type OrgUnitRow } from './org.repo';
import type { OrgUnitDetail } from './org.schemas';

/** Ancestor ids of a unit from its path, root first (the unit itself excluded). */
export function ancestorIds(path: string): string[] {
  return path.split('/').slice(0, -1);
}

/** Attaches `ancestors` (root first) to each item with ONE query for the whole page. */
export async function withAncestors<T extends { path: string }>(
  db: Executor,
  tenantId: string,
  items: readonly T[],
): Promise<(Omit<T, 'path'> & { ancestors: { id: string; name: string }[] })[]> {
  const ids = new Set(items.flatMap((i) => ancestorIds(i.path)));
  const names = new Map((await findUnitNames(db, tenantId, [...ids])).map((r) => [r.id, r.name]));
  return items.map(({ path, ...rest }) => ({
    ...rest,
    ancestors: ancestorIds(path).map((id) => ({ id, name: names.get(id) ?? '' })),
  }));
}

/** The full view of one unit: ancestors, lineage events in and out, children counts as of `asOf`. */
export async function loadUnitDetail(
  db: Executor,
  tenantId: string,
  unit: OrgUnitRow,
  asOf: string,
): Promise<OrgUnitDetail> {
  const [[withAnc], events, children] = await Promise.all([
    withAncestors(db, tenantId, [{ path: unit.path }]),
    listEventsOfUnit(db, tenantId, unit.id),
    countChildren(db, tenantId, unit.id, asOf),
  ]);
  return {
    id: unit.id,
    name: unit.name,
    type: unit.type,
    code: unit.code,
    externalKey: unit.externalKey,
    note: unit.note,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    parentId: unit.parentId,
    path: unit.path,
    depth: unit.depth,
    version: unit.version,
    ancestors: withAnc?.ancestors ?? [],
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      direction: e.toUnitId === unit.id ? ('in' as const) : ('out' as const),
      effectiveDate: e.effectiveDate,
      legalBasis: e.legalBasis,
      note: e.note,
      otherUnit: e.other,
    })),
    children: { ...children, asOf },
  };
}
