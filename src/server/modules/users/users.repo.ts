import { and, asc, count, eq, exists, ilike, inArray, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../../domain/access/roles';
import type { Executor } from '../../db/client';
import { orgUnits, roleGrants, users } from '../../db/schema';
import { containing, pathInSubtree } from '../../db/patterns';

export type UserRow = typeof users.$inferSelect;

export interface GrantView {
  id: string;
  userId: string;
  role: Role;
  orgUnitId: string | null;
  orgUnitName: string | null;
  /** Materialised path of the scope unit; null for a tenant-wide grant. */
  scopePath: string | null;
}

export interface UserFilter {
  tenantId: string;
  q?: string;
  role?: Role;
  isActive?: boolean;
  /** Subtrees the actor manages; undefined = the whole tenant. */
  scopes?: string[];
  page: number;
  pageSize: number;
}

/** Every grant of the user lies inside one of `scopes` (a tenant-wide grant never does). */
function grantsWithinScopes(scopes: string[]): SQL {
  const inside = scopes.length ? or(...scopes.map((p) => pathInSubtree(orgUnits.path, p))) : sql`false`;
  const outsideGrant = and(
    eq(roleGrants.userId, users.id),
    or(isNull(roleGrants.orgUnitId), isNull(orgUnits.id), not(inside ?? sql`false`)),
  );
  return not(
    exists(
      sql`(select 1 from ${roleGrants} left join ${orgUnits} on ${orgUnits.id} = ${roleGrants.orgUnitId} where ${outsideGrant})`,
    ),
  );
}

function userConditions(f: UserFilter): SQL | undefined {
  const where: SQL[] = [eq(users.tenantId, f.tenantId)];
  if (f.q) {
    const like = containing(f.q);
    where.push(or(ilike(users.email, like), ilike(users.fullName, like)) as SQL);
  }
  if (f.isActive !== undefined) where.push(eq(users.isActive, f.isActive));
  if (f.role)
    where.push(
      sql`exists (select 1 from ${roleGrants} where ${roleGrants.userId} = ${users.id} and ${roleGrants.role} = ${f.role})`,
    );
  if (f.scopes) where.push(grantsWithinScopes(f.scopes));
  return and(...where);
}

export async function listUsers(db: Executor, f: UserFilter) {
  const cond = userConditions(f);
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(users)
      .where(cond)
      .orderBy(asc(users.email))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(users).where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

export async function findUser(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
    .limit(1);
  return row;
}

/** Grants of many users in one query (no N+1), with the scope unit's name and path. */
export async function grantsOfUsers(db: Executor, tenantId: string, userIds: string[]): Promise<GrantView[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({
      id: roleGrants.id,
      userId: roleGrants.userId,
      role: roleGrants.role,
      orgUnitId: roleGrants.orgUnitId,
      orgUnitName: orgUnits.name,
      path: orgUnits.path,
    })
    .from(roleGrants)
    .leftJoin(orgUnits, eq(orgUnits.id, roleGrants.orgUnitId))
    .where(and(eq(roleGrants.tenantId, tenantId), inArray(roleGrants.userId, userIds)))
    .orderBy(asc(roleGrants.createdAt), asc(roleGrants.id));
  return rows.map(({ path, ...r }) => ({
    ...r,
    scopePath: r.orgUnitId ? (path ?? '\u0000none') : null,
  }));
}

export async function findUnitInTenant(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.id, id)))
    .limit(1);
  return row;
}

export async function insertUser(db: Executor, row: typeof users.$inferInsert) {
  await db.insert(users).values(row);
}

export async function insertGrant(db: Executor, row: typeof roleGrants.$inferInsert) {
  await db.insert(roleGrants).values(row);
}

export async function deleteGrant(db: Executor, tenantId: string, id: string) {
  await db.delete(roleGrants).where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.id, id)));
}

/** Updates a user when its version still matches; returns the new row or undefined on a stale version. */
export async function updateUser(
  db: Executor,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<
    Pick<UserRow, 'fullName' | 'isActive' | 'passwordHash' | 'failedAttempts' | 'lockedUntil'>
  > & {
    updatedAt: Date;
  },
) {
  const [row] = await db
    .update(users)
    .set({ ...patch, version: sql`${users.version} + 1` })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id), eq(users.version, version)))
    .returning();
  return row;
}

/** True for a PostgreSQL unique violation, however the driver wraps it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** Emails are unique across all tenants (sign-in is by email alone). */
export async function emailTaken(db: Executor, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return row !== undefined;
}
