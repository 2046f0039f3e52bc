import { COMMENDATION_TYPE_LABELS } from '../../../domain/awards/types';
import {
  checkDeadlineOrder,
  ROUND_ACTION_LABELS,
  ROUND_LEVEL_LABELS,
  ROUND_STATUS_LABELS,
  roundEditable,
  roundTransition,
  type RoundAction,
} from '../../../domain/commendation/round';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, conflict, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { invalidTransition } from './nominations.core';
import { allows, assertMayReadRound, assertMayRunRound, scopesFor } from './nominations.policy';
import * as repo from './rounds.repo';
import type { RoundCreate, RoundDetail, RoundItem, RoundListQuery, RoundPatch } from './rounds.schemas';

export const ROUND = 'Đợt khen thưởng';

const validation = (message: string, path: string) => new AppError('VALIDATION_ERROR', message, { path });

function presentItem(r: repo.RoundWithOrganiser, nominationCount: number): RoundItem {
  const x = r.round;
  return {
    id: x.id,
    name: x.name,
    organiser: { id: x.orgUnitId, name: r.organiserName },
    commendationType: x.commendationType,
    commendationTypeLabel: COMMENDATION_TYPE_LABELS[x.commendationType],
    level: x.level,
    levelLabel: ROUND_LEVEL_LABELS[x.level],
    year: x.year,
    periodFrom: x.periodFrom,
    periodTo: x.periodTo,
    movement: x.movementId && r.movementName ? { id: x.movementId, name: r.movementName } : null,
    status: x.status,
    statusLabel: ROUND_STATUS_LABELS[x.status],
    deadlines: {
      proposal: x.proposalDeadline,
      appraisal: x.appraisalDeadline,
      council: x.councilDeadline,
      decision: x.decisionDeadline,
    },
    nominationCount,
    version: x.version,
  };
}

/** A round of the tenant the actor may see (404 otherwise), with its participating units. */
export async function loadRound(ctx: Ctx, id: string) {
  const found = await repo.findRound(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound(ROUND);
  const units = await repo.listRoundUnits(ctx.db, ctx.actor.tenantId, id);
  assertMayReadRound(ctx, [found.organiserPath, ...units.map((u) => u.path)]);
  return { ...found, units };
}

/** May a unit propose in this round: a participating unit, the organiser, or (no list) its subtree. */
export function unitMayProposeIn(
  round: { organiserPath: string; units: { id: string }[] },
  unit: { id: string; path: string },
): boolean {
  if (round.units.some((u) => u.id === unit.id)) return true;
  if (unit.path === round.organiserPath) return true;
  return round.units.length === 0 && unit.path.startsWith(`${round.organiserPath}/`);
}

export async function getRound(ctx: Ctx, id: string): Promise<RoundDetail> {
  const r = await loadRound(ctx, id);
  const count = await repo.countRoundNominations(ctx.db, ctx.actor.tenantId, id);
  const proposeWhere = [r.organiserPath, ...r.units.map((u) => u.path)];
  return {
    ...presentItem(r, count),
    units: r.units.map((u) => ({ id: u.id, name: u.name })),
    note: r.round.note,
    canManage: allows(ctx, 'nominations.appraise', r.organiserPath),
    canPropose: r.round.status === 'open' && proposeWhere.some((p) => allows(ctx, 'nominations.propose', p)),
    createdAt: r.round.createdAt.toISOString(),
    updatedAt: r.round.updatedAt.toISOString(),
  };
}

export async function listRounds(ctx: Ctx, q: RoundListQuery) {
  const { items, total } = await repo.listRounds(ctx.db, {
    tenantId: ctx.actor.tenantId,
    scopes: scopesFor(ctx, 'commendation.read'),
    year: q.year,
    status: q.status,
    commendationType: q.commendationType,
    level: q.level,
    page: q.page,
    pageSize: q.pageSize,
  });
  return { items: items.map((r) => presentItem(r, r.nominationCount)), total };
}

type Fields = Omit<RoundCreate, 'unitIds'>;

/** Year or period, an ordered period and ordered deadlines; the movement and units of the tenant. */
async function checkFields(ctx: Ctx, f: Partial<Fields>, unitIds: string[] | undefined) {
  if (f.year == null && !(f.periodFrom && f.periodTo))
    throw validation('Cần ghi năm xét hoặc khoảng thời gian (từ ngày – đến ngày) của đợt.', 'body.year');
  if (f.periodFrom && f.periodTo && f.periodFrom > f.periodTo)
    throw validation('"Từ ngày" phải trước hoặc bằng "đến ngày".', 'body.periodTo');
  const order = checkDeadlineOrder({
    proposal: f.proposalDeadline,
    appraisal: f.appraisalDeadline,
    council: f.councilDeadline,
    decision: f.decisionDeadline,
  });
  if (!order.ok) throw validation(`${order.message}.`, 'body.decisionDeadline');
  if (f.movementId && !(await repo.findMovementRef(ctx.db, ctx.actor.tenantId, f.movementId)))
    throw notFound('Phong trào thi đua');
  if (unitIds?.length) {
    if (new Set(unitIds).size !== unitIds.length)
      throw validation('Danh sách đơn vị tham gia bị lặp.', 'body.unitIds');
    const found = await repo.findUnits(ctx.db, ctx.actor.tenantId, unitIds);
    if (found.length !== unitIds.length) throw notFound('Đơn vị tham gia');
  }
}

async function organiserOf(ctx: Ctx, id: string) {
  const [unit] = await repo.findUnits(ctx.db, ctx.actor.tenantId, [id]);
  if (!unit) throw notFound('Đơn vị tổ chức');
  assertMayRunRound(ctx, unit.path);
  return unit;
}

const columns = (f: Partial<Fields>) => ({
  name: f.name,
  orgUnitId: f.orgUnitId,
  commendationType: f.commendationType,
  level: f.level,
  year: f.year ?? null,
  periodFrom: f.periodFrom ?? null,
  periodTo: f.periodTo ?? null,
  movementId: f.movementId ?? null,
  proposalDeadline: f.proposalDeadline ?? null,
  appraisalDeadline: f.appraisalDeadline ?? null,
  councilDeadline: f.councilDeadline ?? null,
  decisionDeadline: f.decisionDeadline ?? null,
  note: f.note || null,
});

export async function createRound(ctx: Ctx, input: RoundCreate): Promise<RoundDetail> {
  const organiser = await organiserOf(ctx, input.orgUnitId);
  await checkFields(ctx, input, input.unitIds);
  const row: repo.NewRoundRow = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    ...columns(input),
    name: input.name,
    orgUnitId: organiser.id,
    commendationType: input.commendationType,
    level: input.level,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    await repo.insertRound(tx, row);
    await repo.replaceRoundUnits(tx, ctx.actor.tenantId, row.id, input.unitIds);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'award_round',
      entityId: row.id,
      summary: `Tạo đợt khen thưởng: ${row.name} (${organiser.name})`,
      after: { ...row, unitIds: input.unitIds },
    });
  });
  return getRound(ctx, row.id);
}

export async function updateRound(ctx: Ctx, id: string, patch: RoundPatch): Promise<RoundDetail> {
  const before = await loadRound(ctx, id);
  assertMayRunRound(ctx, before.organiserPath);
  if (patch.orgUnitId && patch.orgUnitId !== before.round.orgUnitId) await organiserOf(ctx, patch.orgUnitId);
  const b = before.round;
  const pick = <K extends keyof Fields>(k: K) =>
    patch[k] === undefined ? (b[k as keyof typeof b] as Fields[K]) : patch[k];
  const merged: Partial<Fields> = {
    name: pick('name'),
    orgUnitId: pick('orgUnitId'),
    commendationType: pick('commendationType'),
    level: pick('level'),
    year: pick('year'),
    periodFrom: pick('periodFrom'),
    periodTo: pick('periodTo'),
    movementId: pick('movementId'),
    proposalDeadline: pick('proposalDeadline'),
    appraisalDeadline: pick('appraisalDeadline'),
    councilDeadline: pick('councilDeadline'),
    decisionDeadline: pick('decisionDeadline'),
    note: pick('note'),
  };
  await checkFields(ctx, merged, patch.unitIds);
  const changes = { ...columns(merged), updatedAt: ctx.now };
  await inTransaction(ctx, async (tx) => {
    const locked = await repo.lockRound(tx, ctx.actor.tenantId, id);
    if (!locked) throw notFound(ROUND);
    if (!roundEditable(locked.status))
      throw invalidTransition('Đợt khen thưởng đã có quyết định, không sửa được nữa');
    if (!(await repo.updateRound(tx, ctx.actor.tenantId, id, patch.version, changes)))
      throw versionConflict();
    if (patch.unitIds) await repo.replaceRoundUnits(tx, ctx.actor.tenantId, id, patch.unitIds);
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'award_round',
      entityId: id,
      summary: `Sửa đợt khen thưởng: ${changes.name}`,
      before: { ...b, unitIds: before.units.map((u) => u.id) },
      after: { ...b, ...changes, ...(patch.unitIds ? { unitIds: patch.unitIds } : {}) },
    });
  });
  return getRound(ctx, id);
}

/** Open, close, reopen or mark decided (the round state machine; 409 INVALID_TRANSITION when illegal). */
export async function actOnRound(ctx: Ctx, id: string, action: RoundAction, version: number) {
  const before = await loadRound(ctx, id);
  assertMayRunRound(ctx, before.organiserPath);
  await inTransaction(ctx, async (tx) => {
    const locked = await repo.lockRound(tx, ctx.actor.tenantId, id);
    if (!locked) throw notFound(ROUND);
    if (locked.version !== version) throw versionConflict();
    const step = roundTransition(locked.status, action);
    if (!step.ok) throw invalidTransition(step.message);
    if (
      !(await repo.updateRound(tx, ctx.actor.tenantId, id, version, { status: step.to, updatedAt: ctx.now }))
    )
      throw versionConflict();
    await writeAudit(tx, ctx, {
      action,
      entityType: 'award_round',
      entityId: id,
      summary: `${ROUND_ACTION_LABELS[action]}: ${locked.name}`,
      before: { status: locked.status },
      after: { status: step.to },
    });
  });
  return getRound(ctx, id);
}

/** Only an empty draft round can be deleted. */
export async function deleteRound(ctx: Ctx, id: string) {
  const before = await loadRound(ctx, id);
  assertMayRunRound(ctx, before.organiserPath);
  await inTransaction(ctx, async (tx) => {
    const locked = await repo.lockRound(tx, ctx.actor.tenantId, id);
    if (!locked) throw notFound(ROUND);
    if (locked.status !== 'draft' || (await repo.countRoundNominations(tx, ctx.actor.tenantId, id)) > 0)
      throw conflict('Chỉ xoá được đợt khen thưởng đang chuẩn bị và chưa có hồ sơ nào.');
    await repo.deleteRound(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'award_round',
      entityId: id,
      summary: `Xoá đợt khen thưởng: ${locked.name}`,
      before: locked,
    });
  });
}
