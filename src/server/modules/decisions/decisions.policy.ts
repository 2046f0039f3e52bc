import { isAllowed, permittedScopes } from '../../../domain/access/roles';
import type { Ctx } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';

/**
 * Who may see and manage decisions: `commendation.read` (or `decisions.manage`) on the subtree of the
 * issuing unit sees it; `decisions.manage` there drafts, issues and revokes it. A decision outside every
 * read scope does not exist for the actor (404); visible but not manageable → 403. Another tenant's
 * decision is never found (every query is scoped by the tenant).
 */

export function decisionReadScopes(ctx: Ctx): 'all' | string[] {
  const read = permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'commendation.read');
  const manage = permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'decisions.manage');
  if (read === 'all' || manage === 'all') return 'all';
  return [...new Set([...read, ...manage])];
}

export const mayManageDecisionOf = (ctx: Ctx, unitPath: string) =>
  isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'decisions.manage', unitPath);

export function assertDecisionVisible(ctx: Ctx, unitPath: string) {
  if (
    !isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'commendation.read', unitPath) &&
    !mayManageDecisionOf(ctx, unitPath)
  )
    throw notFound('Quyết định');
}

export function assertDecisionManageable(ctx: Ctx, unitPath: string) {
  assertDecisionVisible(ctx, unitPath);
  if (!mayManageDecisionOf(ctx, unitPath))
    throw forbidden('Bạn không có quyền soạn, ban hành hoặc huỷ bỏ quyết định của đơn vị này.');
}

/** The numbering scheme and defaults are the tenant's: only a tenant-wide decisions.manage grant changes them. */
export function assertTenantWideManager(ctx: Ctx) {
  if (permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'decisions.manage') !== 'all')
    throw forbidden(
      'Chỉ người quản lý quyết định của toàn đơn vị sử dụng mới thay đổi được mẫu số, ký hiệu.',
    );
}
