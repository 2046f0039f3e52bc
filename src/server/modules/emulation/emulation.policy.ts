import { isAllowed, permittedScopes, type Permission } from '../../../domain/access/roles';
import type { Ctx } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';

/**
 * Who may do what with emulation records. Movements and blocs are read tenant-wide by anyone holding
 * `emulation.read`; they are changed with `emulation.write` on the subtree of their launcher / organiser
 * unit. Registrations are read with `emulation.read` and written with `emulation.register` on the subtree
 * of the registering unit (a unit officer registers the units below them). Deadlines are tenant-wide.
 */

export const scopesFor = (ctx: Ctx, permission: Permission) =>
  permittedScopes(ctx.actor.grants, ctx.actor.tenantId, permission);

export const allows = (ctx: Ctx, permission: Permission, unitPath: string | null) =>
  isAllowed(ctx.actor.grants, ctx.actor.tenantId, permission, unitPath);

/** Changing a movement or a bloc attached to the unit at `unitPath`. */
export function assertMayManage(ctx: Ctx, unitPath: string, what: string) {
  if (!allows(ctx, 'emulation.write', unitPath))
    throw forbidden(`Bạn không có quyền sửa ${what} của đơn vị này (ngoài phạm vi được phân quyền).`);
}

/** Tenant-wide settings of emulation (registration deadlines). */
export function assertMayManageTenant(ctx: Ctx) {
  if (!allows(ctx, 'emulation.write', null))
    throw forbidden('Chỉ người được phân quyền thi đua trên toàn đơn vị sử dụng mới được đặt hạn đăng ký.');
}

/** Outside the read scope a registration (and the subject it names) does not exist for the actor. */
export function assertMayReadRegistrations(ctx: Ctx, unitPath: string, what: string) {
  if (!allows(ctx, 'emulation.read', unitPath)) throw notFound(what);
}

/** Registering for the unit at `unitPath` (a collective, or the unit of a person). */
export function assertMayRegister(ctx: Ctx, unitPath: string, what: string) {
  assertMayReadRegistrations(ctx, unitPath, what);
  if (!allows(ctx, 'emulation.register', unitPath))
    throw forbidden('Đơn vị này nằm ngoài phạm vi bạn được đăng ký thi đua.');
}
