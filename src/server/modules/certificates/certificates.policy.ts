import { isAllowed, permittedScopes } from '../../../domain/access/roles';
import type { Ctx } from '../../lib/context';
import { forbidden } from '../../lib/errors';

/**
 * Certificates are issued by the tenant's emulation board for its decisions: generating them needs
 * decisions.manage over the whole tenant; reading the list needs commendation.read anywhere in it (what a
 * certificate says is public on /xac-minh anyway).
 */
export function assertMayIssue(ctx: Ctx) {
  if (!isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'decisions.manage', null))
    throw forbidden(
      'Chỉ cán bộ quản lý quyết định khen thưởng của toàn đơn vị mới được tạo bằng khen, giấy khen.',
    );
}

export function mayRead(ctx: Ctx): boolean {
  const scopes = permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'commendation.read');
  return scopes === 'all' || scopes.length > 0;
}
