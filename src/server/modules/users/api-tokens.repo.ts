import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { apiTokens, users } from '../../db/schema';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function listApiTokens(
  db: Executor,
  f: { tenantId: string; userId?: string; page: number; pageSize: number },
) {
  const where: SQL[] = [eq(apiTokens.tenantId, f.tenantId)];
  if (f.userId) where.push(eq(apiTokens.userId, f.userId));
  const cond = and(...where);
  const [items, totals] = await Promise.all([
    db
      .select({ token: apiTokens, userEmail: users.email, userFullName: users.fullName })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(cond)
      .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(apiTokens).where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

export async function findApiToken(db: Executor, tenantId: string, id: string) {
  const [row] = await db
    .select({ token: apiTokens, userEmail: users.email, userFullName: users.fullName })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.id, id)))
    .limit(1);
  return row;
}

export async function insertApiToken(db: Executor, row: typeof apiTokens.$inferInsert) {
  await db.insert(apiTokens).values(row);
}

export async function revokeApiToken(db: Executor, tenantId: string, id: string, now: Date) {
  await db
    .update(apiTokens)
    .set({ revokedAt: now, updatedAt: now })
    .where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.id, id)));
}
