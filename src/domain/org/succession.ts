/**
 * Rename and move of an org unit as successor records. A record's name and parent never change
 * (Luật Tổ chức chính quyền địa phương 2025 and the resolutions on arranging administrative units give
 * each arrangement an effective date): the record ends the day before, a successor starts on the day,
 * and the in-force subtree follows the successor so that the tree as of any date stays a plain filter.
 */
import { type LineageKind, type OrgUnitType, previousDay, unitPath } from './org-unit';

export interface SuccessionUnit {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  name: string;
  type: OrgUnitType;
  code: string | null;
  note: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface SuccessionChange {
  kind: Extract<LineageKind, 'renamed' | 'moved'>;
  name: string;
  parent: { id: string; path: string; depth: number } | null;
  effectiveDate: string;
}

export interface NewUnit extends Omit<SuccessionUnit, 'validFrom'> {
  validFrom: string;
}

export interface SuccessionPlan {
  endOn: string;
  endedIds: string[];
  successors: NewUnit[];
  events: { kind: LineageKind; fromUnitId: string; toUnitId: string }[];
}

/**
 * Plans the successor records for `root` and its descendants that are still in force on the
 * effective date (`descendants`: validTo null or on/after that date, any order). Pure: ids come from `newId`.
 */
export function planSuccession(
  root: SuccessionUnit,
  descendants: readonly SuccessionUnit[],
  change: SuccessionChange,
  newId: () => string,
): { ok: true; plan: SuccessionPlan } | { ok: false; reason: string } {
  const { effectiveDate } = change;
  const endOn = previousDay(effectiveDate);
  if (root.validFrom !== null && root.validFrom > endOn)
    return { ok: false, reason: 'Ngày hiệu lực phải sau ngày đơn vị bắt đầu hiệu lực' };
  if (root.validTo !== null && root.validTo < effectiveDate)
    return { ok: false, reason: 'Đơn vị đã hết hiệu lực trước ngày hiệu lực của thay đổi' };
  const late = descendants.find((d) => d.validFrom !== null && d.validFrom > endOn);
  if (late)
    return {
      ok: false,
      reason: `Đơn vị trực thuộc "${late.name}" bắt đầu hiệu lực từ ngày ${late.validFrom}, không thể chuyển theo`,
    };
  const rootId = newId();
  const rootNew: NewUnit = {
    ...root,
    id: rootId,
    name: change.name,
    parentId: change.parent ? change.parent.id : null,
    path: unitPath(change.parent?.path ?? null, rootId),
    depth: change.parent ? change.parent.depth + 1 : 0,
    validFrom: effectiveDate,
  };
  const mapped = new Map<string, NewUnit>([[root.id, rootNew]]);
  const plan: SuccessionPlan = {
    endOn,
    endedIds: [root.id],
    successors: [rootNew],
    events: [{ kind: change.kind, fromUnitId: root.id, toUnitId: rootId }],
  };
  for (const d of [...descendants].sort((a, b) => a.depth - b.depth)) {
    const parent = d.parentId ? mapped.get(d.parentId) : undefined;
    if (!parent) continue;
    const id = newId();
    const next: NewUnit = {
      ...d,
      id,
      parentId: parent.id,
      path: unitPath(parent.path, id),
      depth: parent.depth + 1,
      validFrom: effectiveDate,
    };
    mapped.set(d.id, next);
    plan.endedIds.push(d.id);
    plan.successors.push(next);
    plan.events.push({ kind: 'moved', fromUnitId: d.id, toUnitId: id });
  }
  return { ok: true, plan };
}
