import {
  BLOC_KIND_LABELS,
  checkRotationOrder,
  LEADERSHIP_SOURCE_LABELS,
} from '../../../domain/emulation/bloc';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { badRequest, conflict, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import * as repo from './blocs.repo';
import type { BlocCreate, BlocDetail, BlocItem, BlocListQuery, BlocPatch, Leadership } from './blocs.schemas';
import { assertMayManage } from './emulation.policy';
import * as lookups from './emulation.repo';
import { requireUnit, requireUnits, uniqueAs409 } from './emulation.shared';

export const BLOC = 'Cụm, khối thi đua';
export const WHAT = 'cụm, khối thi đua';
const DUPLICATE_NAME = 'Đã có cụm, khối thi đua trùng tên trong đơn vị sử dụng.';

export async function loadBloc(ctx: Ctx, id: string) {
  const found = await repo.findBloc(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound(BLOC);
  return found;
}

/** The bloc, when the actor may change it (emulation.write on the organiser's subtree). */
export async function loadWritableBloc(ctx: Ctx, id: string) {
  const found = await loadBloc(ctx, id);
  assertMayManage(ctx, found.organiserPath, WHAT);
  return found;
}

const presentItem = (b: repo.BlocRow, organiserName: string): BlocItem => ({
  id: b.id,
  kind: b.kind,
  kindLabel: BLOC_KIND_LABELS[b.kind],
  name: b.name,
  organiserUnit: { id: b.organiserUnitId, name: organiserName },
  version: b.version,
});

export function presentLeadership(r: Awaited<ReturnType<typeof repo.listLeaderships>>[number]): Leadership {
  const l = r.leadership;
  return {
    id: l.id,
    year: l.year,
    head: { id: l.headUnitId, name: r.headName },
    deputy: l.deputyUnitId ? { id: l.deputyUnitId, name: r.deputyName ?? '' } : null,
    source: l.source,
    sourceLabel: LEADERSHIP_SOURCE_LABELS[l.source],
    handedOver: l.handedOverAt !== null,
    handedOverAt: l.handedOverAt?.toISOString() ?? null,
    note: l.note,
    version: l.version,
  };
}

export async function listBlocs(ctx: Ctx, q: BlocListQuery) {
  const folded = q.q ? foldVietnamese(q.q) : '';
  const { items, total } = await repo.listBlocs(ctx.db, {
    tenantId: ctx.actor.tenantId,
    kind: q.kind,
    year: q.year,
    organiserUnitId: q.organiserUnitId,
    foldedQuery: folded || undefined,
    page: q.page,
    pageSize: q.pageSize,
  });
  return { items: items.map((r) => presentItem(r.bloc, r.organiserName)), total };
}

export async function getBloc(ctx: Ctx, id: string): Promise<BlocDetail> {
  const { bloc, organiserName } = await loadBloc(ctx, id);
  const tenantId = ctx.actor.tenantId;
  const [counts, leaderships, rotation] = await Promise.all([
    repo.memberCounts(ctx.db, tenantId, id),
    repo.listLeaderships(ctx.db, tenantId, id),
    lookups.findUnits(ctx.db, tenantId, bloc.rotationOrder),
  ]);
  const names = new Map(rotation.map((u) => [u.id, u.name]));
  const years = new Set([...counts.map((c) => c.year), ...leaderships.map((l) => l.leadership.year)]);
  return {
    ...presentItem(bloc, organiserName),
    rotationOrder: bloc.rotationOrder.map((u) => ({ id: u, name: names.get(u) ?? '' })),
    note: bloc.note,
    years: [...years]
      .sort((a, b) => b - a)
      .map((year) => {
        const l = leaderships.find((x) => x.leadership.year === year);
        return {
          year,
          memberCount: Number(counts.find((c) => c.year === year)?.n ?? 0),
          leadership: l ? presentLeadership(l) : null,
        };
      }),
    createdAt: bloc.createdAt.toISOString(),
    updatedAt: bloc.updatedAt.toISOString(),
  };
}

async function checkRotation(ctx: Ctx, order: readonly string[]) {
  const check = checkRotationOrder(order);
  if (!check.ok) throw badRequest(`${check.reason}.`);
  await requireUnits(ctx, order, 'Đơn vị trong thứ tự luân phiên');
}

const searchColumns = (name: string) => ({
  searchText: foldVietnamese(name),
  sortKey: vietnameseSortKey(name),
});

export async function createBloc(ctx: Ctx, input: BlocCreate) {
  const organiser = await requireUnit(ctx, input.organiserUnitId, 'Đơn vị tổ chức');
  assertMayManage(ctx, organiser.path, WHAT);
  await checkRotation(ctx, input.rotationOrder);
  const row: repo.NewBlocRow = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    kind: input.kind,
    name: input.name,
    organiserUnitId: organiser.id,
    rotationOrder: input.rotationOrder,
    note: input.note || null,
    ...searchColumns(input.name),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await uniqueAs409(DUPLICATE_NAME, () =>
    inTransaction(ctx, async (tx) => {
      await repo.insertBloc(tx, row);
      await writeAudit(tx, ctx, {
        action: 'create',
        entityType: 'emulation_bloc',
        entityId: row.id,
        summary: `Thêm ${BLOC_KIND_LABELS[row.kind].toLowerCase()}: ${row.name}`,
        after: auditView(row),
      });
    }),
  );
  return getBloc(ctx, row.id);
}

function auditView(r: Partial<repo.NewBlocRow>) {
  const { searchText: _s, sortKey: _k, ...rest } = r;
  return rest;
}

export async function updateBloc(ctx: Ctx, id: string, patch: BlocPatch) {
  const { bloc: before } = await loadWritableBloc(ctx, id);
  if (patch.organiserUnitId && patch.organiserUnitId !== before.organiserUnitId) {
    const organiser = await requireUnit(ctx, patch.organiserUnitId, 'Đơn vị tổ chức');
    assertMayManage(ctx, organiser.path, WHAT);
  }
  if (patch.rotationOrder) await checkRotation(ctx, patch.rotationOrder);
  const name = patch.name ?? before.name;
  const changes: Partial<repo.NewBlocRow> = {
    kind: patch.kind ?? before.kind,
    name,
    organiserUnitId: patch.organiserUnitId ?? before.organiserUnitId,
    rotationOrder: patch.rotationOrder ?? before.rotationOrder,
    note: patch.note === undefined ? before.note : patch.note || null,
    ...searchColumns(name),
    updatedAt: ctx.now,
  };
  await uniqueAs409(DUPLICATE_NAME, () =>
    inTransaction(ctx, async (tx) => {
      if (!(await repo.updateBloc(tx, ctx.actor.tenantId, id, patch.version, changes)))
        throw versionConflict();
      await writeAudit(tx, ctx, {
        action: 'update',
        entityType: 'emulation_bloc',
        entityId: id,
        summary: `Sửa ${BLOC_KIND_LABELS[changes.kind!].toLowerCase()}: ${name}`,
        before: auditView(before),
        after: auditView({ ...before, ...changes }),
      });
    }),
  );
  return getBloc(ctx, id);
}

export async function deleteBloc(ctx: Ctx, id: string) {
  const { bloc } = await loadWritableBloc(ctx, id);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.lockBloc(tx, ctx.actor.tenantId, id))) throw notFound(BLOC);
    if (await repo.blocHasHistory(tx, ctx.actor.tenantId, id))
      throw conflict('Không thể xoá cụm, khối đã có thành viên, Trưởng khối hoặc cuộc họp theo năm.');
    await repo.deleteBloc(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'emulation_bloc',
      entityId: id,
      summary: `Xoá ${BLOC_KIND_LABELS[bloc.kind].toLowerCase()}: ${bloc.name}`,
      before: auditView(bloc),
    });
  });
}
