import {
  checkMovementPeriod,
  checkPeriodHoldsStages,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_LEVEL_LABELS,
  MOVEMENT_PHASE_LABELS,
  MOVEMENT_STAGE_LABELS,
  movementPhase,
  movementYears,
  openFlagPaths,
  type MovementPhase,
} from '../../../domain/emulation/movement';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { badRequest, conflict, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { attachmentsByOwner } from './attachments.service';
import { assertMayManage } from './emulation.policy';
import { invalidTransition, requirePerson, requireUnit, requireUnits } from './emulation.shared';
import * as repo from './movements.repo';
import type {
  MovementCreate,
  MovementDetail,
  MovementItem,
  MovementListQuery,
  MovementPatch,
  Stage,
} from './movements.schemas';

export const MOVEMENT = 'Phong trào';
export const WHAT = 'phong trào';

const searchColumns = (m: { name: string; theme: string | null; slogan: string | null }) => ({
  searchText: foldVietnamese([m.name, m.theme, m.slogan].filter(Boolean).join(' ')),
  sortKey: vietnameseSortKey(m.name),
});

export async function loadMovement(ctx: Ctx, id: string) {
  const found = await repo.findMovement(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound(MOVEMENT);
  return found;
}

function presentItem(m: repo.MovementRow, launcherName: string, phase: MovementPhase): MovementItem {
  return {
    id: m.id,
    name: m.name,
    level: m.level,
    levelLabel: MOVEMENT_LEVEL_LABELS[m.level],
    kind: m.kind,
    kindLabel: MOVEMENT_KIND_LABELS[m.kind],
    launcherUnit: { id: m.launcherUnitId, name: launcherName },
    startDate: m.startDate,
    endDate: m.endDate,
    years: movementYears(m.startDate, m.endDate),
    phase,
    phaseLabel: MOVEMENT_PHASE_LABELS[phase],
    theme: m.theme,
    version: m.version,
  };
}

export async function listMovements(ctx: Ctx, q: MovementListQuery) {
  const folded = q.q ? foldVietnamese(q.q) : undefined;
  const { items, total } = await repo.listMovements(ctx.db, {
    tenantId: ctx.actor.tenantId,
    year: q.year,
    level: q.level,
    kind: q.kind,
    launcherUnitId: q.launcherUnitId,
    foldedQuery: folded || undefined,
    page: q.page,
    pageSize: q.pageSize,
  });
  return {
    items: items.map((r) =>
      presentItem(r.movement, r.launcherName, r.hasFinal ? 'closed' : r.hasLaunch ? 'launched' : 'planned'),
    ),
    total,
  };
}

export function presentStages(
  stages: repo.StageRow[],
  attachments: Map<string, Stage['attachments']>,
): Stage[] {
  return stages.map((s) => ({
    id: s.id,
    stage: s.stage,
    stageLabel: MOVEMENT_STAGE_LABELS[s.stage],
    date: s.date,
    report: s.report,
    awardRecordIds: s.awardRecordIds,
    attachments: attachments.get(s.id) ?? [],
    version: s.version,
  }));
}

export async function getMovement(ctx: Ctx, id: string): Promise<MovementDetail> {
  const { movement: m, launcherName } = await loadMovement(ctx, id);
  const tenantId = ctx.actor.tenantId;
  const [scopeUnits, stages, person] = await Promise.all([
    repo.listScopeUnits(ctx.db, tenantId, id),
    repo.listStages(ctx.db, tenantId, id),
    m.launcherPersonId ? repo.findPersonName(ctx.db, tenantId, m.launcherPersonId) : undefined,
  ]);
  const attachments = await attachmentsByOwner(ctx, { stageIds: stages.map((s) => s.id) });
  const years = movementYears(m.startDate, m.endDate);
  return {
    ...presentItem(m, launcherName, movementPhase(stages)),
    launcherPerson: person ?? null,
    slogan: m.slogan,
    objectives: m.objectives,
    criteria: m.criteria,
    participants: m.participants,
    scopeUnits,
    flagPaths: openFlagPaths(m.kind, years, m.level).map(({ launcherLevels: _l, ...p }) => p),
    stages: presentStages(stages, attachments),
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

export const dedupe = (ids: readonly string[]) => [...new Set(ids)];

export async function createMovement(ctx: Ctx, input: MovementCreate) {
  const period = checkMovementPeriod(input.startDate, input.endDate);
  if (!period.ok) throw badRequest(`${period.reason}.`);
  const launcher = await requireUnit(ctx, input.launcherUnitId, 'Đơn vị phát động');
  assertMayManage(ctx, launcher.path, WHAT);
  if (input.launcherPersonId) await requirePerson(ctx, input.launcherPersonId, 'Người phát động');
  const scope = dedupe(input.scopeUnitIds);
  await requireUnits(ctx, scope, 'Đơn vị trong phạm vi phong trào');
  const text = (v: string | null | undefined) => v || null;
  const row: repo.NewMovementRow = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    name: input.name,
    level: input.level,
    kind: input.kind,
    launcherUnitId: launcher.id,
    launcherPersonId: input.launcherPersonId ?? null,
    startDate: input.startDate,
    endDate: input.endDate,
    theme: text(input.theme),
    slogan: text(input.slogan),
    objectives: text(input.objectives),
    criteria: text(input.criteria),
    participants: text(input.participants),
    ...searchColumns({ name: input.name, theme: text(input.theme), slogan: text(input.slogan) }),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    await repo.insertMovement(tx, row);
    await repo.replaceScopeUnits(tx, ctx.actor.tenantId, row.id, scope);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'movement',
      entityId: row.id,
      summary: `Thêm phong trào thi đua: ${row.name} (${launcher.name})`,
      after: { ...auditView(row), scopeUnitIds: scope },
    });
  });
  return getMovement(ctx, row.id);
}

function auditView(r: Partial<repo.NewMovementRow>) {
  const { searchText: _s, sortKey: _k, ...rest } = r;
  return rest;
}

export async function updateMovement(ctx: Ctx, id: string, patch: MovementPatch) {
  const { movement: before, launcherPath } = await loadMovement(ctx, id);
  assertMayManage(ctx, launcherPath, WHAT);
  if (patch.launcherUnitId && patch.launcherUnitId !== before.launcherUnitId) {
    const launcher = await requireUnit(ctx, patch.launcherUnitId, 'Đơn vị phát động');
    assertMayManage(ctx, launcher.path, WHAT);
  }
  if (patch.launcherPersonId) await requirePerson(ctx, patch.launcherPersonId, 'Người phát động');
  const scope = patch.scopeUnitIds ? dedupe(patch.scopeUnitIds) : undefined;
  if (scope) await requireUnits(ctx, scope, 'Đơn vị trong phạm vi phong trào');
  const startDate = patch.startDate ?? before.startDate;
  const endDate = patch.endDate ?? before.endDate;
  const period = checkMovementPeriod(startDate, endDate);
  if (!period.ok) throw badRequest(`${period.reason}.`);
  const keep = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
  const next = {
    name: patch.name ?? before.name,
    theme: keep(patch.theme, before.theme) || null,
    slogan: keep(patch.slogan, before.slogan) || null,
  };
  const changes: Partial<repo.NewMovementRow> = {
    ...next,
    level: patch.level ?? before.level,
    kind: patch.kind ?? before.kind,
    launcherUnitId: patch.launcherUnitId ?? before.launcherUnitId,
    launcherPersonId: keep(patch.launcherPersonId, before.launcherPersonId),
    startDate,
    endDate,
    objectives: keep(patch.objectives, before.objectives) || null,
    criteria: keep(patch.criteria, before.criteria) || null,
    participants: keep(patch.participants, before.participants) || null,
    ...searchColumns(next),
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.lockMovement(tx, ctx.actor.tenantId, id))) throw notFound(MOVEMENT);
    const holds = checkPeriodHoldsStages(
      startDate,
      endDate,
      await repo.listStages(tx, ctx.actor.tenantId, id),
    );
    if (!holds.ok) throw invalidTransition(holds.reason);
    if (!(await repo.updateMovement(tx, ctx.actor.tenantId, id, patch.version, changes)))
      throw versionConflict();
    if (scope) await repo.replaceScopeUnits(tx, ctx.actor.tenantId, id, scope);
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'movement',
      entityId: id,
      summary: `Sửa phong trào thi đua: ${changes.name}`,
      before: auditView(before),
      after: { ...auditView({ ...before, ...changes }), ...(scope ? { scopeUnitIds: scope } : {}) },
    });
  });
  return getMovement(ctx, id);
}

export async function deleteMovement(ctx: Ctx, id: string) {
  const { movement, launcherPath } = await loadMovement(ctx, id);
  assertMayManage(ctx, launcherPath, WHAT);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.lockMovement(tx, ctx.actor.tenantId, id))) throw notFound(MOVEMENT);
    if ((await repo.listStages(tx, ctx.actor.tenantId, id)).length > 0)
      throw conflict(
        'Không thể xoá phong trào đã có bước phát động, sơ kết hoặc tổng kết; hãy xoá các bước trước.',
      );
    await repo.deleteMovement(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'movement',
      entityId: id,
      summary: `Xoá phong trào thi đua: ${movement.name}`,
      before: auditView(movement),
    });
  });
}
