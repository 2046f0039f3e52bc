import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Grant } from '../../../domain/access/roles';
import type { Executor } from '../../db/client';
import { apiTokens, orgUnits, roleGrants, sessions, tenants, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

export async function findUserById(db: Executor, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function updateUserSignInState(
  db: Executor,
  id: string,
  state: { failedAttempts: number; lockedUntil: Date | null; lastSignInAt?: Date },
) {
  await db.update(users).set(state).where(eq(users.id, id));
}

/**
 * Claims one sign-in attempt of an account in ONE statement (the row lock serialises parallel attempts):
 * the count goes up before the password is checked, and the attempt that reaches `max` sets the lock, so no
 * parallel attempt gets past it. An expired lock starts a new count. Returns the attempt's number, or null
 * when the account is locked.
 */
export async function claimSignInAttempt(
  db: Executor,
  id: string,
  now: Date,
  max: number,
  lockUntil: Date,
): Promise<number | null> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= ${at})`;
  const rows = await db
    .update(users)
    .set({
      failedAttempts: sql`case when ${expired} then 1 else ${users.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${expired} then null
        when ${users.failedAttempts} + 1 >= ${max} then ${lockUntil.toISOString()}::timestamptz
        else ${users.lockedUntil} end`,
    })
    .where(and(eq(users.id, id), sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= ${at})`))
    .returning({ n: users.failedAttempts });
  return rows[0]?.n ?? null;
}

export async function setPasswordHash(db: Executor, id: string, passwordHash: string, now: Date) {
  await db
    .update(users)
    .set({ passwordHash, updatedAt: now, version: sql`${users.version} + 1` })
    .where(eq(users.id, id));
}

/** Grants of a user with the materialised path of each scope unit. */
export async function loadGrants(db: Executor, userId: string): Promise<Grant[]> {
  const rows = await db
    .select({
      role: roleGrants.role,
      tenantId: roleGrants.tenantId,
      orgUnitId: roleGrants.orgUnitId,
      scopePath: orgUnits.path,
    })
    .from(roleGrants)
    .leftJoin(orgUnits, eq(orgUnits.id, roleGrants.orgUnitId))
    .where(eq(roleGrants.userId, userId));
  return rows.map((r) => ({ ...r, scopePath: r.orgUnitId ? (r.scopePath ?? '\u0000none') : null }));
}

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

export async function findLiveSession(db: Executor, id: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), eq(users.isActive, true)))
    .limit(1);
  return row;
}

export async function touchSession(db: Executor, id: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
}

export async function setSessionTenant(db: Executor, id: string, tenantId: string) {
  await db.update(sessions).set({ tenantId }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Executor, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfUser(db: Executor, userId: string, exceptId?: string) {
  const cond = exceptId
    ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptId}`)
    : eq(sessions.userId, userId);
  await db.delete(sessions).where(cond);
}

/** Revokes every live API token of a user (password changed, account deactivated): the count revoked. */
export async function revokeApiTokensOfUser(db: Executor, userId: string, now: Date) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now, updatedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}

export async function findLiveApiToken(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.isActive, true)))
    .limit(1);
  if (!row) return undefined;
  if (row.token.expiresAt && row.token.expiresAt <= now) return undefined;
  return row;
}

export async function markApiTokenUsed(db: Executor, id: string, now: Date) {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function findTenant(db: Executor, id: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id)).limit(1);
  return row;
}
