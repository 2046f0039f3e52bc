import {
  type Grant,
  pathWithinScope,
  permittedScopes,
  type Role,
  roleHasPermission,
} from '../../../domain/access/roles';
import type { Actor } from '../../lib/context';

/** Subtrees where the actor may manage users: 'all' for a tenant-wide administrator. */
export function managedScopes(actor: Actor): 'all' | string[] {
  return permittedScopes(actor.grants, actor.tenantId, 'users.manage');
}

export const isSystemAdmin = (actor: Pick<Actor, 'grants'>) =>
  actor.grants.some((g) => g.role === 'system_admin');

/** Roles that let their holder administer users: losing the last one locks the holder out. */
export const isAdminRole = (role: Role) => roleHasPermission(role, 'users.manage');

/**
 * A scoped administrator manages only users whose grants all lie inside its subtrees; nobody but a
 * system administrator manages a system administrator.
 */
export function mayManageUser(actor: Actor, targetGrants: readonly Pick<Grant, 'role' | 'scopePath'>[]) {
  if (targetGrants.some((g) => g.role === 'system_admin') && !isSystemAdmin(actor)) return false;
  const scopes = managedScopes(actor);
  if (scopes === 'all') return true;
  return targetGrants.every(
    (g) => g.scopePath !== null && scopes.some((p) => pathWithinScope(p, g.scopePath as string)),
  );
}

/** May the actor grant `role` on the unit at `unitPath` (null = the whole tenant)? */
export function mayGrant(actor: Actor, role: Role, unitPath: string | null) {
  if (role === 'system_admin') return isSystemAdmin(actor);
  const scopes = managedScopes(actor);
  if (scopes === 'all') return true;
  return unitPath !== null && scopes.some((p) => pathWithinScope(p, unitPath));
}
