import { vietnamDate } from '../../../domain/calendar';
import { pathWithinScope } from '../../../domain/access/roles';
import { LINEAGE_KIND_LABELS } from '../../../domain/org/org-unit';
import { planSuccession, type SuccessionChange } from '../../../domain/org/succession';
import { foldVietnamese, normaliseName, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, badRequest } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { insertEvents } from './org-events.repo';
import { assertCanWriteOrg } from './org.policy';
import * as repo from './org.repo';
import { requireUnit } from './org.service';
import { loadUnitDetail } from './org-view';

interface ChangeInput {
  effectiveDate: string;
  legalBasis?: string | null;
}

/** Ends `unit` (and its in-force subtree) the day before and starts successors: one transaction, one audit row. */
async function succeed(ctx: Ctx, unit: repo.OrgUnitRow, change: SuccessionChange, input: ChangeInput) {
  return inTransaction(ctx, async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const descendants = await repo.listDescendantsFrom(tx, tenantId, unit.path, change.effectiveDate);
    const planned = planSuccession(unit, descendants, change, newId);
    if (!planned.ok) throw new AppError('INVALID_TRANSITION', `${planned.reason}.`);
    const { plan } = planned;
    await repo.endUnits(tx, tenantId, plan.endedIds, plan.endOn, ctx.now);
    await repo.insertUnits(
      tx,
      plan.successors.map((s) => ({
        ...s,
        tenantId,
        externalKey: null,
        searchText: foldVietnamese(s.name),
        sortKey: vietnameseSortKey(s.name),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    );
    await insertEvents(
      tx,
      plan.events.map((e) => ({
        ...e,
        id: newId(),
        tenantId,
        effectiveDate: change.effectiveDate,
        legalBasis: input.legalBasis ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    );
    const successor = plan.successors[0]!;
    await writeAudit(tx, ctx, {
      action: change.kind === 'renamed' ? 'rename' : 'move',
      entityType: 'org_unit',
      entityId: successor.id,
      summary: `${LINEAGE_KIND_LABELS[change.kind]}: "${unit.name}" → "${successor.name}" từ ngày ${change.effectiveDate} (${plan.successors.length - 1} đơn vị trực thuộc chuyển theo)`,
      before: { id: unit.id, name: unit.name, parentId: unit.parentId, validTo: unit.validTo },
      after: { ...successor, legalBasis: input.legalBasis ?? null, endedIds: plan.endedIds },
    });
    const created = await repo.findUnitInTenant(tx, tenantId, successor.id);
    return {
      unit: await loadUnitDetail(tx, tenantId, created!, change.effectiveDate),
      successors: plan.successors.length,
      events: plan.events.length,
    };
  });
}

/** Renames a unit from a date: the record ends the day before, a successor carries the new name. */
export async function renameOrgUnit(ctx: Ctx, id: string, input: ChangeInput & { name: string }) {
  const unit = await requireUnit(ctx, id);
  assertCanWriteOrg(ctx, unit.path);
  const name = normaliseName(input.name);
  if (name === unit.name) throw badRequest('Tên mới trùng với tên hiện tại của đơn vị.');
  const parent = unit.parentId ? await requireUnit(ctx, unit.parentId, 'Đơn vị cha') : null;
  return succeed(ctx, unit, { kind: 'renamed', name, parent, effectiveDate: input.effectiveDate }, input);
}

/** Moves a unit under another parent from a date (both the old and the new place must be within the actor's scope). */
export async function moveOrgUnit(ctx: Ctx, id: string, input: ChangeInput & { parentId: string }) {
  const unit = await requireUnit(ctx, id);
  assertCanWriteOrg(ctx, unit.path);
  const parent = await requireUnit(ctx, input.parentId, 'Đơn vị cha mới');
  assertCanWriteOrg(ctx, parent.path);
  if (parent.id === unit.parentId) throw badRequest('Đơn vị đã trực thuộc đơn vị cha này.');
  if (pathWithinScope(unit.path, parent.path))
    throw badRequest('Không thể chuyển đơn vị về trực thuộc chính nó hoặc đơn vị cấp dưới của nó.');
  if (parent.validFrom !== null && parent.validFrom > input.effectiveDate)
    throw badRequest('Đơn vị cha mới chưa có hiệu lực vào ngày chuyển.');
  if (parent.validTo !== null && parent.validTo < input.effectiveDate)
    throw badRequest('Đơn vị cha mới đã hết hiệu lực vào ngày chuyển.');
  return succeed(
    ctx,
    unit,
    { kind: 'moved', name: unit.name, parent, effectiveDate: input.effectiveDate },
    input,
  );
}

/** Ends a unit (dissolution) on `validTo`, together with its subtree still in force after that day. */
export async function endOrgUnit(
  ctx: Ctx,
  id: string,
  input: { validTo: string; legalBasis?: string | null },
) {
  const unit = await requireUnit(ctx, id);
  assertCanWriteOrg(ctx, unit.path);
  if (unit.validFrom !== null && unit.validFrom > input.validTo)
    throw badRequest('Ngày kết thúc hiệu lực phải sau hoặc bằng ngày bắt đầu hiệu lực của đơn vị.');
  if (unit.validTo !== null && unit.validTo <= input.validTo)
    throw new AppError('INVALID_TRANSITION', `Đơn vị đã kết thúc hiệu lực từ ngày ${unit.validTo}.`);
  return inTransaction(ctx, async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const open = (await repo.listDescendantsFrom(tx, tenantId, unit.path, input.validTo)).filter(
      (d) => d.validTo === null || d.validTo > input.validTo,
    );
    const late = open.find((d) => d.validFrom !== null && d.validFrom > input.validTo);
    if (late)
      throw new AppError(
        'INVALID_TRANSITION',
        `Đơn vị trực thuộc "${late.name}" bắt đầu hiệu lực sau ngày kết thúc; hãy xử lý đơn vị đó trước.`,
      );
    const ids = [unit.id, ...open.map((d) => d.id)];
    await repo.endUnits(tx, tenantId, ids, input.validTo, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'end',
      entityType: 'org_unit',
      entityId: unit.id,
      summary: `Kết thúc hiệu lực đơn vị "${unit.name}" từ sau ngày ${input.validTo} (cùng ${open.length} đơn vị trực thuộc)`,
      before: { validTo: unit.validTo },
      after: { validTo: input.validTo, legalBasis: input.legalBasis ?? null, endedIds: ids },
    });
    const ended = await repo.findUnitInTenant(tx, tenantId, unit.id);
    return loadUnitDetail(tx, tenantId, ended!, vietnamDate(ctx.now));
  });
}
