import {
  checkStagePlacement,
  checkStageRemoval,
  MOVEMENT_STAGE_LABELS,
} from '../../../domain/emulation/movement';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { attachmentsByOwner, storeAttachment } from './attachments.service';
import { assertMayManage } from './emulation.policy';
import { invalidTransition, requireAwardRecords, uniqueAs409 } from './emulation.shared';
import * as repo from './movements.repo';
import type { Stage, StageCreate, StagePatch } from './movements.schemas';
import { dedupe, loadMovement, MOVEMENT, presentStages, WHAT } from './movements.service';

/** The stages of a movement (Law Điều 17): launch, mid-term reviews, final review, and their files. */

const STAGE = 'Bước của phong trào';

/** The movement, when the actor may change it. */
async function loadForStageChange(ctx: Ctx, movementId: string) {
  const found = await loadMovement(ctx, movementId);
  assertMayManage(ctx, found.launcherPath, WHAT);
  return found;
}

async function findStageIn(
  tx: Parameters<typeof repo.listStages>[0],
  ctx: Ctx,
  movementId: string,
  stageId: string,
) {
  const stages = await repo.listStages(tx, ctx.actor.tenantId, movementId);
  const stage = stages.find((s) => s.id === stageId);
  if (!stage) throw notFound(STAGE);
  return { stages, stage };
}

async function presentStage(ctx: Ctx, movementId: string, stageId: string): Promise<Stage> {
  const stages = await repo.listStages(ctx.db, ctx.actor.tenantId, movementId);
  const attachments = await attachmentsByOwner(ctx, { stageIds: [stageId] });
  const [stage] = presentStages(
    stages.filter((s) => s.id === stageId),
    attachments,
  );
  if (!stage) throw notFound(STAGE);
  return stage;
}

const DUPLICATE_STAGE = 'Phong trào đã có bước phát động hoặc tổng kết này.';

export async function addStage(ctx: Ctx, movementId: string, input: StageCreate): Promise<Stage> {
  const { movement } = await loadForStageChange(ctx, movementId);
  const awardRecordIds = dedupe(input.awardRecordIds);
  await requireAwardRecords(ctx, awardRecordIds);
  const id = newId();
  await uniqueAs409(DUPLICATE_STAGE, () =>
    inTransaction(ctx, async (tx) => {
      if (!(await repo.lockMovement(tx, ctx.actor.tenantId, movementId))) throw notFound(MOVEMENT);
      const stages = await repo.listStages(tx, ctx.actor.tenantId, movementId);
      const placed = checkStagePlacement(movement, stages, { stage: input.stage, date: input.date });
      if (!placed.ok) throw invalidTransition(placed.reason);
      const row: repo.NewStageRow = {
        id,
        tenantId: ctx.actor.tenantId,
        movementId,
        stage: input.stage,
        date: input.date,
        report: input.report || null,
        awardRecordIds,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      await repo.insertStage(tx, row);
      await writeAudit(tx, ctx, {
        action: 'create',
        entityType: 'movement_stage',
        entityId: id,
        summary: `${MOVEMENT_STAGE_LABELS[input.stage]} phong trào "${movement.name}" ngày ${input.date}`,
        after: row,
      });
    }),
  );
  return presentStage(ctx, movementId, id);
}

export async function updateStage(ctx: Ctx, movementId: string, stageId: string, patch: StagePatch) {
  const { movement } = await loadForStageChange(ctx, movementId);
  const awardRecordIds = patch.awardRecordIds ? dedupe(patch.awardRecordIds) : undefined;
  if (awardRecordIds) await requireAwardRecords(ctx, awardRecordIds);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.lockMovement(tx, ctx.actor.tenantId, movementId))) throw notFound(MOVEMENT);
    const { stages, stage } = await findStageIn(tx, ctx, movementId, stageId);
    if (patch.date !== undefined) {
      const placed = checkStagePlacement(movement, stages, {
        id: stageId,
        stage: stage.stage,
        date: patch.date,
      });
      if (!placed.ok) throw invalidTransition(placed.reason);
    }
    const changes: Partial<repo.NewStageRow> = {
      ...(patch.date !== undefined ? { date: patch.date } : {}),
      ...(patch.report !== undefined ? { report: patch.report || null } : {}),
      ...(awardRecordIds ? { awardRecordIds } : {}),
      updatedAt: ctx.now,
    };
    if (!(await repo.updateStage(tx, ctx.actor.tenantId, stageId, patch.version, changes)))
      throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'movement_stage',
      entityId: stageId,
      summary: `Sửa bước ${MOVEMENT_STAGE_LABELS[stage.stage].toLowerCase()} phong trào "${movement.name}"`,
      before: stage,
      after: { ...stage, ...changes },
    });
  });
  return presentStage(ctx, movementId, stageId);
}

export async function deleteStage(ctx: Ctx, movementId: string, stageId: string) {
  const { movement } = await loadForStageChange(ctx, movementId);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.lockMovement(tx, ctx.actor.tenantId, movementId))) throw notFound(MOVEMENT);
    const { stages, stage } = await findStageIn(tx, ctx, movementId, stageId);
    const removable = checkStageRemoval(stages, stageId);
    if (!removable.ok) throw invalidTransition(removable.reason);
    await repo.deleteStage(tx, ctx.actor.tenantId, stageId);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'movement_stage',
      entityId: stageId,
      summary: `Xoá bước ${MOVEMENT_STAGE_LABELS[stage.stage].toLowerCase()} phong trào "${movement.name}"`,
      before: stage,
    });
  });
}

export async function addStageAttachment(
  ctx: Ctx,
  movementId: string,
  stageId: string,
  file: Buffer,
  fileName: string | undefined,
) {
  const { movement } = await loadForStageChange(ctx, movementId);
  const { stage } = await findStageIn(ctx.db, ctx, movementId, stageId);
  return storeAttachment(
    ctx,
    { stageId },
    file,
    fileName,
    `Đính kèm vào bước ${MOVEMENT_STAGE_LABELS[stage.stage].toLowerCase()} phong trào "${movement.name}"`,
  );
}
