import type { Role } from '../../../domain/access/roles';

export interface UserGrant {
  id: string;
  role: Role;
  roleLabel: string;
  orgUnitId: string | null;
  orgUnitName: string | null;
}

export interface User {
  id: string;
  email: string;
  fullName: string;
  isActive: boolean;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  grants: UserGrant[];
  version: number;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  userId: string;
  userLabel: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export const usersKeys = { all: ['users'] as const, tokens: ['api-tokens'] as const };

/** Locked by too many failed sign-ins right now. */
export function isLocked(user: Pick<User, 'lockedUntil'>, now: Date = new Date()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now.getTime();
}
