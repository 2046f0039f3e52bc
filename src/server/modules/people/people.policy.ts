import { isAllowed, permittedScopes, type Permission } from '../../../domain/access/roles';
import type { Ctx } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';

/**
 * Who may see and change people and households: a permission on the subtree of the unit the record is
 * attached to. Records with no unit are tenant-wide: only tenant-wide grants reach them.
 */

/** The subtrees (unit paths) where the actor holds `permission`; 'all' for the whole tenant. */
export const scopesFor = (ctx: Ctx, permission: Permission) =>
  permittedScopes(ctx.actor.grants, ctx.actor.tenantId, permission);

export const allows = (ctx: Ctx, permission: Permission, unitPath: string | null) =>
  isAllowed(ctx.actor.grants, ctx.actor.tenantId, permission, unitPath);

/** Outside the read scope a record does not exist for the actor (404, never its data). */
export function assertVisible(ctx: Ctx, unitPath: string | null, what: string) {
  if (!allows(ctx, 'people.read', unitPath)) throw notFound(what);
}

/** Visible but not writable → 403 with the reason. */
export function assertWritable(ctx: Ctx, unitPath: string | null, what: string) {
  assertVisible(ctx, unitPath, what);
  if (!allows(ctx, 'people.write', unitPath))
    throw forbidden(`Bạn không có quyền sửa ${what.toLowerCase()} thuộc đơn vị này.`);
}

/** Attaching a record to a unit (create, transfer): the actor must be allowed to write there. */
export function assertMayAttach(ctx: Ctx, unitPath: string | null) {
  if (!allows(ctx, 'people.write', unitPath))
    throw forbidden(
      unitPath === null
        ? 'Bạn chỉ được thêm người vào đơn vị trong phạm vi quản lý; hãy chọn đơn vị.'
        : 'Đơn vị này nằm ngoài phạm vi quản lý của bạn.',
    );
}

/** Show the full citizen ID only to those allowed to read it on the person's unit subtree. */
export const mayReadCitizenId = (ctx: Ctx, unitPath: string | null) =>
  allows(ctx, 'people.citizenId.read', unitPath);
