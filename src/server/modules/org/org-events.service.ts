import { checkLineageEvent, LINEAGE_KIND_LABELS } from '../../../domain/org/org-unit';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { badRequest, conflict, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import * as events from './org-events.repo';
import { assertCanWriteOrg } from './org.policy';
import type { CreateLineageEventInput } from './org.schemas';
import { requireUnit } from './org.service';

/** Records a lineage event between two units of the tenant after checking it against their validity. */
export async function createLineageEvent(ctx: Ctx, input: CreateLineageEventInput) {
  if (input.fromUnitId === input.toUnitId)
    throw badRequest('Đơn vị trước và đơn vị sau của sự kiện phải khác nhau.');
  const from = await requireUnit(ctx, input.fromUnitId, 'Đơn vị trước sự kiện');
  const to = await requireUnit(ctx, input.toUnitId, 'Đơn vị sau sự kiện');
  assertCanWriteOrg(ctx, from.path);
  assertCanWriteOrg(ctx, to.path);
  const check = checkLineageEvent(input.kind, from, to, input.effectiveDate);
  if (!check.ok) throw badRequest(`${check.reason}.`);
  const row = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    kind: input.kind,
    fromUnitId: from.id,
    toUnitId: to.id,
    effectiveDate: input.effectiveDate,
    legalBasis: input.legalBasis ?? null,
    note: input.note ?? null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return inTransaction(ctx, async (tx) => {
    const inserted = await events.insertEvents(tx, [row]);
    if (inserted === 0) throw conflict('Sự kiện này giữa hai đơn vị đã được ghi nhận.');
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'org_unit_event',
      entityId: row.id,
      summary: `Ghi nhận sự kiện "${from.name}" ${LINEAGE_KIND_LABELS[input.kind].toLowerCase()} "${to.name}" từ ngày ${input.effectiveDate}`,
      after: row,
    });
    const { tenantId: _t, createdAt: _c, updatedAt: _u, ...view } = row;
    return view;
  });
}

export async function deleteLineageEvent(ctx: Ctx, id: string) {
  const event = await events.findEventInTenant(ctx.db, ctx.actor.tenantId, id);
  if (!event) throw notFound('Sự kiện');
  const from = await requireUnit(ctx, event.fromUnitId);
  const to = await requireUnit(ctx, event.toUnitId);
  assertCanWriteOrg(ctx, from.path);
  assertCanWriteOrg(ctx, to.path);
  await inTransaction(ctx, async (tx) => {
    await events.deleteEvent(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'org_unit_event',
      entityId: id,
      summary: `Xoá sự kiện "${from.name}" ${LINEAGE_KIND_LABELS[event.kind].toLowerCase()} "${to.name}"`,
      before: event,
    });
  });
}
