import { TENANT_KIND_LABELS, type TenantKind } from '../../../domain/org/org-unit';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, conflict, forbidden, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { sessionInfo } from '../auth/auth.service';
import * as repo from './tenants.repo';

const isSystemAdmin = (ctx: Ctx) => ctx.actor.grants.some((g) => g.role === 'system_admin');

function presentTenant(t: repo.TenantRow) {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    kind: t.kind,
    kindLabel: TENANT_KIND_LABELS[t.kind],
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** A system administrator sees every tenant; anyone else only the tenant they work in. */
export async function listTenants(ctx: Ctx, query: { q?: string; page: number; pageSize: number }) {
  const page = await repo.listTenants(ctx.db, {
    ...query,
    onlyId: isSystemAdmin(ctx) ? undefined : ctx.actor.tenantId,
  });
  return { items: page.items.map(presentTenant), total: page.total };
}

export async function createTenant(ctx: Ctx, input: { code: string; name: string; kind: TenantKind }) {
  if (await repo.findTenantByCode(ctx.db, input.code))
    throw conflict(`Mã đơn vị sử dụng «${input.code}» đã tồn tại.`);
  const id = newId();
  try {
    await inTransaction(ctx, async (tx) => {
      await repo.insertTenant(tx, { id, ...input, createdAt: ctx.now, updatedAt: ctx.now });
      await writeAudit(tx, ctx, {
        action: 'create',
        entityType: 'tenant',
        entityId: id,
        summary: `Tạo đơn vị sử dụng ${input.name} (${input.code})`,
        after: input,
      });
    });
  } catch (error) {
    if (repo.isUniqueViolation(error)) throw conflict(`Mã đơn vị sử dụng «${input.code}» đã tồn tại.`);
    throw error;
  }
  const created = await repo.findTenant(ctx.db, id);
  if (!created) throw notFound('Đơn vị sử dụng');
  return presentTenant(created);
}

export async function updateTenant(ctx: Ctx, id: string, input: { name?: string; kind?: TenantKind }) {
  const before = await repo.findTenant(ctx.db, id);
  if (!before) throw notFound('Đơn vị sử dụng');
  const updated = await inTransaction(ctx, async (tx) => {
    const row = await repo.updateTenant(tx, id, { ...input, updatedAt: ctx.now });
    if (!row) throw notFound('Đơn vị sử dụng');
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'tenant',
      entityId: id,
      summary: `Sửa đơn vị sử dụng ${row.name} (${row.code})`,
      before: { name: before.name, kind: before.kind },
      after: { name: row.name, kind: row.kind },
    });
    return row;
  });
  return presentTenant(updated);
}

/** A system administrator moves the current session into another tenant. */
export async function switchTenant(ctx: Ctx, tenantId: string) {
  if (!isSystemAdmin(ctx)) throw forbidden('Chỉ Quản trị hệ thống mới được chuyển đơn vị sử dụng.');
  const sessionId = ctx.actor.sessionId;
  if (ctx.actor.via !== 'session' || !sessionId)
    throw new AppError(
      'BAD_REQUEST',
      'Chỉ có thể chuyển đơn vị sử dụng trong phiên đăng nhập, không qua API token.',
    );
  const tenant = await repo.findTenant(ctx.db, tenantId);
  if (!tenant) throw notFound('Đơn vị sử dụng');
  const from = ctx.actor.tenantId;
  await inTransaction(ctx, async (tx) => {
    await repo.setSessionTenant(tx, sessionId, tenantId);
    await writeAudit(tx, ctx, {
      tenantId,
      action: 'switch_tenant',
      entityType: 'tenant',
      entityId: tenantId,
      summary: `${ctx.actor.email} chuyển sang làm việc tại ${tenant.name}`,
      before: { tenantId: from },
      after: { tenantId },
    });
  });
  return sessionInfo({ ...ctx, actor: { ...ctx.actor, tenantId } });
}
