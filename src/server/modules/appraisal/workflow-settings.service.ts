import { permittedScopes } from '../../../domain/access/roles';
import { DEFAULT_WORKFLOW_SETTINGS, type WorkflowSettings } from '../../../domain/commendation/appraisal';
import type { Executor } from '../../db/client';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { loadLegalSettings } from '../settings';
import * as repo from './appraisal.repo';
import { type WorkflowSettingsInput, WorkflowSettingsSchema } from './workflow-settings.schemas';

/**
 * The tenant's workflow settings live in one table, `workflow_settings` (one JSON document per tenant, defaults
 * from src/domain when absent): the holiday calendar, the appraisal limits and clearance bodies, the forms
 * that go to public consultation. The number of consultation days stays in the legal settings (§4.4).
 */
export async function loadWorkflowSettings(db: Executor, tenantId: string): Promise<WorkflowSettings> {
  const row = await repo.findWorkflowSettings(db, tenantId);
  if (!row) return DEFAULT_WORKFLOW_SETTINGS;
  const parsed = WorkflowSettingsSchema.safeParse({
    ...DEFAULT_WORKFLOW_SETTINGS,
    ...(row.settings as object),
  });
  return parsed.success ? parsed.data : DEFAULT_WORKFLOW_SETTINGS;
}

export async function getWorkflowSettings(ctx: Ctx) {
  const row = await repo.findWorkflowSettings(ctx.db, ctx.actor.tenantId);
  const legal = await loadLegalSettings(ctx.db, ctx.actor.tenantId);
  return {
    settings: WorkflowSettingsSchema.parse(await loadWorkflowSettings(ctx.db, ctx.actor.tenantId)),
    isDefault: !row,
    publicityWorkingDays: legal.publicityWorkingDays,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function updateWorkflowSettings(ctx: Ctx, input: WorkflowSettingsInput) {
  if (permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'settings.manage') !== 'all')
    throw forbidden('Chỉ quản trị toàn đơn vị sử dụng mới thay đổi được lịch nghỉ lễ và thời hạn xử lý.');
  const before = await loadWorkflowSettings(ctx.db, ctx.actor.tenantId);
  await inTransaction(ctx, async (tx) => {
    await repo.saveWorkflowSettings(tx, ctx.actor.tenantId, input, ctx.actor.userId, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'workflow_settings',
      entityId: ctx.actor.tenantId,
      summary: 'Cập nhật lịch nghỉ lễ, thời hạn thẩm định và lấy ý kiến công khai',
      before,
      after: input,
    });
  });
  return getWorkflowSettings(ctx);
}
