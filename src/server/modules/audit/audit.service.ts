import { permittedScopes } from '../../../domain/access/roles';
import { listAudit, listAuditFacets } from '../../lib/audit.repo';
import type { Ctx } from '../../lib/context';
import { forbidden } from '../../lib/errors';

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  /** ISO dates, inclusive, Vietnam time. */
  from?: string;
  to?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** The audit trail spans every unit of the tenant, so reading it needs a tenant-wide grant. */
function requireTenantWideAuditRead(ctx: Ctx) {
  if (permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'audit.read') !== 'all')
    throw forbidden('Xem nhật ký hệ thống cần quyền trên toàn đơn vị sử dụng.');
}

export async function searchAudit(ctx: Ctx, query: AuditQuery) {
  requireTenantWideAuditRead(ctx);
  const { from, to, ...rest } = query;
  const page = await listAudit(ctx.db, {
    ...rest,
    tenantId: ctx.actor.tenantId,
    from: from ? new Date(`${from}T00:00:00+07:00`) : undefined,
    to: to ? new Date(`${to}T23:59:59.999+07:00`) : undefined,
  });
  return {
    items: page.items.map((r) => ({
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      actorUserId: r.actorUserId,
      actorLabel: r.actorLabel,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      summary: r.summary,
      before: r.before ?? null,
      after: r.after ?? null,
      requestId: r.requestId,
    })),
    total: page.total,
  };
}

export async function auditFacets(ctx: Ctx) {
  requireTenantWideAuditRead(ctx);
  return listAuditFacets(ctx.db, ctx.actor.tenantId);
}
