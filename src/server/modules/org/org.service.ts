import { vietnamDate } from '../../../domain/calendar';
import { unitPath } from '../../../domain/org/org-unit';
import { foldVietnamese, normaliseName, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { badRequest, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { assertCanWriteOrg } from './org.policy';
import * as repo from './org.repo';
import type { CreateOrgUnitInput, OrgUnitListQuery, UpdateOrgUnitInput } from './org.schemas';
import { loadUnitDetail, withAncestors } from './org-view';

const UNIT = 'Đơn vị';

/** The tenant's unit or 404 (another tenant's id answers exactly like a missing one). */
export async function requireUnit(ctx: Pick<Ctx, 'db' | 'actor'>, id: string, what = UNIT) {
  const unit = await repo.findUnitInTenant(ctx.db, ctx.actor.tenantId, id);
  if (!unit) throw notFound(what);
  return unit;
}

/**
 * Lists units: the children of `parentId`, or a search (accent-insensitive, anywhere or within
 * `parentId`'s subtree), or the roots; sorted by Vietnamese collation; with ancestors for the page.
 */
export async function listOrgUnits(ctx: Ctx, query: OrgUnitListQuery) {
  const today = vietnamDate(ctx.now);
  const parent = query.parentId ? await requireUnit(ctx, query.parentId, 'Đơn vị cha') : undefined;
  const folded = query.q ? foldVietnamese(query.q) : '';
  const mode = folded ? 'search' : parent ? 'children' : 'roots';
  const { items, total } = await repo.listUnits(ctx.db, ctx.actor.tenantId, {
    mode,
    parent,
    foldedQuery: folded,
    asOf: query.asOf ?? (mode === 'search' ? undefined : today),
    childrenAsOf: query.asOf ?? today,
    type: query.type,
    page: query.page,
    pageSize: query.pageSize,
  });
  return { items: await withAncestors(ctx.db, ctx.actor.tenantId, items), total };
}

export async function getOrgUnit(ctx: Ctx, id: string, asOf?: string) {
  const unit = await requireUnit(ctx, id);
  return loadUnitDetail(ctx.db, ctx.actor.tenantId, unit, asOf ?? vietnamDate(ctx.now));
}

/** All descendants of a unit in force on `asOf` (today by default). */
export async function getOrgUnitSubtree(ctx: Ctx, id: string, asOf?: string) {
  const items = await repo.listSubtreeAsOf(ctx.db, ctx.actor.tenantId, id, asOf ?? vietnamDate(ctx.now));
  if (!items) throw notFound(UNIT);
  return { items, total: items.length };
}

function checkValidity(validFrom: string | null | undefined, validTo: string | null | undefined) {
  if (validFrom && validTo && validFrom > validTo)
    throw badRequest('Ngày bắt đầu hiệu lực phải trước hoặc bằng ngày kết thúc hiệu lực.');
}

/** A new unit lives within its parent's validity (a unit cannot hang under a unit that has ended or not yet started). */
function checkWithinParent(parent: repo.OrgUnitRow, validFrom: string | null, validTo: string | null) {
  const startsBefore = parent.validFrom !== null && (validFrom === null || validFrom < parent.validFrom);
  const endsAfter = parent.validTo !== null && (validTo === null || validTo > parent.validTo);
  if (startsBefore || endsAfter)
    throw badRequest(
      `Thời gian hiệu lực của đơn vị phải nằm trong thời gian hiệu lực của đơn vị cha "${parent.name}" (${parent.validFrom ?? '…'} – ${parent.validTo ?? 'nay'}).`,
    );
}

export async function createOrgUnit(ctx: Ctx, input: CreateOrgUnitInput) {
  checkValidity(input.validFrom, input.validTo);
  const parent = input.parentId ? await requireUnit(ctx, input.parentId, 'Đơn vị cha') : undefined;
  assertCanWriteOrg(ctx, parent?.path ?? null);
  if (parent) checkWithinParent(parent, input.validFrom ?? null, input.validTo ?? null);
  const id = newId();
  const name = normaliseName(input.name);
  const row: repo.NewOrgUnitRow = {
    id,
    tenantId: ctx.actor.tenantId,
    parentId: parent?.id ?? null,
    path: unitPath(parent?.path ?? null, id),
    depth: parent ? parent.depth + 1 : 0,
    code: input.code ?? null,
    name,
    type: input.type,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    note: input.note ?? null,
    searchText: foldVietnamese(name),
    sortKey: vietnameseSortKey(name),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return inTransaction(ctx, async (tx) => {
    await repo.insertUnits(tx, [row]);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'org_unit',
      entityId: id,
      summary: `Thêm đơn vị "${name}"${parent ? ` thuộc "${parent.name}"` : ''}`,
      after: row,
    });
    const created = await repo.findUnitInTenant(tx, ctx.actor.tenantId, id);
    return loadUnitDetail(tx, ctx.actor.tenantId, created!, vietnamDate(ctx.now));
  });
}

/** Corrects a unit in place (a typo in the name, the code, the note, the validity): no lineage event. */
export async function updateOrgUnit(ctx: Ctx, id: string, input: UpdateOrgUnitInput) {
  const unit = await requireUnit(ctx, id);
  assertCanWriteOrg(ctx, unit.path);
  const validFrom = input.validFrom === undefined ? unit.validFrom : input.validFrom;
  const validTo = input.validTo === undefined ? unit.validTo : input.validTo;
  checkValidity(validFrom, validTo);
  const name = input.name === undefined ? undefined : normaliseName(input.name);
  const patch = {
    ...(name === undefined
      ? {}
      : { name, searchText: foldVietnamese(name), sortKey: vietnameseSortKey(name) }),
    ...(input.code === undefined ? {} : { code: input.code }),
    ...(input.note === undefined ? {} : { note: input.note }),
    ...(input.validFrom === undefined ? {} : { validFrom: input.validFrom }),
    ...(input.validTo === undefined ? {} : { validTo: input.validTo }),
  };
  return inTransaction(ctx, async (tx) => {
    const updated = await repo.updateUnit(tx, ctx.actor.tenantId, id, input.version, patch, ctx.now);
    if (!updated) throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'org_unit',
      entityId: id,
      summary: `Sửa thông tin đơn vị "${updated.name}"`,
      before: unit,
      after: updated,
    });
    return loadUnitDetail(tx, ctx.actor.tenantId, updated, vietnamDate(ctx.now));
  });
}
