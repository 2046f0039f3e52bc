/**
 * Roles and what they may do. A role is granted on an org-unit subtree (or the whole tenant) and
 * reaches every unit below it. Pure: policies in src/server/modules/<m>/<m>.policy.ts use these.
 */

export const ROLES = [
  'system_admin',
  'tenant_admin',
  'board_officer',
  'unit_officer',
  'council_member',
  'leader',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  system_admin: 'Quản trị hệ thống',
  tenant_admin: 'Quản trị đơn vị sử dụng',
  board_officer: 'Chuyên viên Ban/Phòng TĐKT',
  unit_officer: 'Cán bộ TĐKT đơn vị',
  council_member: 'Thành viên Hội đồng TĐKT',
  leader: 'Lãnh đạo',
  viewer: 'Người xem',
};

export const PERMISSIONS = [
  'org.read',
  'org.write',
  'people.read',
  'people.write',
  'people.citizenId.read',
  'users.manage',
  'audit.read',
  'tenants.manage',
  'ledger.read',
  'ledger.write',
  'settings.manage',
  'emulation.read',
  'emulation.write',
  'emulation.register',
  /** Propose nominations (dossiers) for the actor's units and submit them. */
  'nominations.propose',
  /** Run award rounds, appraise dossiers, return them, moderate consultation comments. */
  'nominations.appraise',
  /** Manage councils and sessions, open and close ballots. */
  'council.manage',
  /** Cast one's own vote in a ballot (a council member or a bloc representative). */
  'council.vote',
  /** Draft, issue and revoke decisions; certificates and payment lists. */
  'decisions.manage',
  /** Read rounds, dossiers, decisions. */
  'commendation.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: PERMISSIONS,
  tenant_admin: [
    'org.read',
    'org.write',
    'people.read',
    'people.write',
    'people.citizenId.read',
    'users.manage',
    'audit.read',
    'ledger.read',
    'ledger.write',
    'settings.manage',
    'emulation.read',
    'emulation.write',
    'emulation.register',
    'nominations.propose',
    'nominations.appraise',
    'council.manage',
    'decisions.manage',
    'commendation.read',
  ],
  board_officer: [
    'org.read',
    'people.read',
    'people.write',
    'people.citizenId.read',
    'audit.read',
    'ledger.read',
    'ledger.write',
    'emulation.read',
    'emulation.write',
    'emulation.register',
    'nominations.propose',
    'nominations.appraise',
    'council.manage',
    'decisions.manage',
    'commendation.read',
  ],
  unit_officer: [
    'org.read',
    'people.read',
    'people.write',
    'people.citizenId.read',
    'ledger.read',
    'ledger.write',
    'emulation.read',
    'emulation.register',
    'nominations.propose',
    'commendation.read',
  ],
  council_member: ['org.read', 'people.read', 'ledger.read', 'emulation.read', 'council.vote', 'commendation.read'],
  leader: ['org.read', 'people.read', 'audit.read', 'ledger.read', 'emulation.read', 'council.vote', 'commendation.read'],
  viewer: ['org.read', 'people.read', 'ledger.read', 'emulation.read', 'commendation.read'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** A grant: a role on a subtree. scopePath null = the whole tenant; else the materialised path of the unit. */
export interface Grant {
  role: Role;
  tenantId: string;
  orgUnitId: string | null;
  scopePath: string | null;
}

/** True when a unit with path `targetPath` lies in the subtree at `scopePath` (null = whole tenant). */
export function pathWithinScope(scopePath: string | null, targetPath: string): boolean {
  return scopePath === null || targetPath === scopePath || targetPath.startsWith(scopePath + '/');
}

/**
 * The subtrees where the grants allow `permission`: 'all' when a grant covers the whole tenant (or the
 * actor is a system administrator), else the list of scope paths (possibly empty: not allowed at all).
 */
export function permittedScopes(
  grants: readonly Grant[],
  tenantId: string,
  permission: Permission,
): 'all' | string[] {
  const paths: string[] = [];
  for (const g of grants) {
    if (g.role === 'system_admin') return 'all';
    if (g.tenantId !== tenantId || !roleHasPermission(g.role, permission)) continue;
    if (g.scopePath === null) return 'all';
    paths.push(g.scopePath);
  }
  return paths;
}

/** May the actor do `permission` on something attached to the unit at `targetPath` (null = tenant-wide things)? */
export function isAllowed(
  grants: readonly Grant[],
  tenantId: string,
  permission: Permission,
  targetPath: string | null,
): boolean {
  const scopes = permittedScopes(grants, tenantId, permission);
  if (scopes === 'all') return true;
  if (targetPath === null) return false;
  return scopes.some((p) => pathWithinScope(p, targetPath));
}
