import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { sessions, tenants } from '../../db/schema';
import { containing } from '../../db/patterns';

export type TenantRow = typeof tenants.$inferSelect;

export async function listTenants(
  db: Executor,
  f: { onlyId?: string; q?: string; page: number; pageSize: number },
) {
  const where: SQL[] = [];
  if (f.onlyId) where.push(eq(tenants.id, f.onlyId));
  if (f.q) {
    const like = containing(f.q);
    where.push(or(ilike(tenants.name, like), ilike(tenants.code, like)) as SQL);
  }
  const cond = where.length ? and(...where) : undefined;
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(tenants)
      .where(cond)
      .orderBy(asc(tenants.code))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(tenants).where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

export async function findTenant(db: Executor, id: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id)).limit(1);
  return row;
}

export async function findTenantByCode(db: Executor, code: string) {
  const [row] = await db.select().from(tenants).where(eq(tenants.code, code)).limit(1);
  return row;
}

export async function insertTenant(db: Executor, row: typeof tenants.$inferInsert) {
  await db.insert(tenants).values(row);
}

export async function updateTenant(
  db: Executor,
  id: string,
  patch: Partial<Pick<TenantRow, 'name' | 'kind'>> & { updatedAt: Date },
) {
  const [row] = await db.update(tenants).set(patch).where(eq(tenants.id, id)).returning();
  return row;
}

export async function setSessionTenant(db: Executor, sessionId: string, tenantId: string) {
  await db.update(sessions).set({ tenantId }).where(eq(sessions.id, sessionId));
}

/** True for a PostgreSQL unique violation, however the driver wraps it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
}
