import { isAllowed } from '../../../domain/access/roles';
import type { Ctx } from '../../lib/context';
import { forbidden } from '../../lib/errors';

/**
 * Writes to the org tree need org.write on the unit's subtree (its materialised path); `path` null means
 * something tenant-wide (a new root, a whole-country import), which needs a tenant-wide grant.
 */
export function assertCanWriteOrg(ctx: Pick<Ctx, 'actor'>, path: string | null): void {
  if (!isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'org.write', path))
    throw forbidden(
      path === null
        ? 'Chỉ người được phân quyền quản lý cơ cấu tổ chức toàn đơn vị sử dụng mới thực hiện được thao tác này.'
        : 'Đơn vị này nằm ngoài phạm vi bạn được phân quyền quản lý cơ cấu tổ chức.',
    );
}

/** True when the actor may write to the unit at `path` (used per row by imports). */
export function canWriteOrg(ctx: Pick<Ctx, 'actor'>, path: string | null): boolean {
  return isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'org.write', path);
}
