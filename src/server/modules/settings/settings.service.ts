import { permittedScopes } from '../../../domain/access/roles';
import { DEFAULT_LEGAL_SETTINGS, type LegalSettings } from '../../../domain/awards/settings';
import type { Db } from '../../db/client';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import * as repo from './settings.repo';
import { type LegalSettingsInput, LegalSettingsSchema, type LegalSettingsView } from './settings.schemas';

/**
 * The tenant's legal settings: what law-reference tags local, recollected or draft, with the national
 * value as default (DEFAULT_LEGAL_SETTINGS). Stored as one JSON document per tenant, edited by a
 * tenant-wide settings.manage grant, every change audited with before and after.
 */

/** Stored settings over the defaults (fields added later get their default); unreadable → defaults. */
function merge(stored: unknown): LegalSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<LegalSettings>;
  const merged = {
    ...DEFAULT_LEGAL_SETTINGS,
    ...s,
    localCriteria: { ...DEFAULT_LEGAL_SETTINGS.localCriteria, ...(s.localCriteria ?? {}) },
  };
  const parsed = LegalSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_LEGAL_SETTINGS;
}

/** The legal settings of a tenant, for services that apply them (eligibility, reward money). */
export async function loadLegalSettings(db: Db, tenantId: string): Promise<LegalSettings> {
  const row = await repo.findSettings(db, tenantId);
  return row ? merge(row.legal) : DEFAULT_LEGAL_SETTINGS;
}

export async function getLegalSettings(ctx: Ctx): Promise<LegalSettingsView> {
  const row = await repo.findSettings(ctx.db, ctx.actor.tenantId);
  return {
    legal: row ? merge(row.legal) : DEFAULT_LEGAL_SETTINGS,
    isDefault: !row,
    defaults: DEFAULT_LEGAL_SETTINGS,
    updatedAt: row ? row.updatedAt.toISOString() : null,
    updatedBy: row?.updatedBy ?? null,
  };
}

export async function updateLegalSettings(ctx: Ctx, input: LegalSettingsInput): Promise<LegalSettingsView> {
  if (permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'settings.manage') !== 'all')
    throw forbidden('Chỉ quản trị toàn đơn vị sử dụng mới thay đổi được cấu hình pháp lý.');
  const before = await loadLegalSettings(ctx.db, ctx.actor.tenantId);
  await inTransaction(ctx, async (tx) => {
    await repo.saveLegal(tx, ctx.actor.tenantId, input, ctx.actor.userId, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'tenant_settings',
      entityId: ctx.actor.tenantId,
      summary: 'Cập nhật cấu hình pháp lý của đơn vị sử dụng',
      before,
      after: input,
    });
  });
  return getLegalSettings(ctx);
}
