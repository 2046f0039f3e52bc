import { and, count, desc, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditLog } from '../db/schema';
import type { Ctx } from './context';
import { newId } from './ids';
import { containing } from '../db/patterns';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
  /** Defaults to the actor's tenant; null for system-wide entries. */
  tenantId?: string | null;
}

/** Strips secrets before they reach the audit trail. */
function scrub(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value ?? null;
  if (Array.isArray(value)) return value.map(scrub);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (/password|token|cipher|hash|secret/i.test(k)) continue;
    out[k] = v instanceof Date ? v.toISOString() : scrub(v);
  }
  return out;
}

/** Writes one audit row with the executor of the change (the same transaction). */
export async function writeAudit(
  tx: Executor,
  ctx: Pick<Ctx, 'actor' | 'requestId' | 'ip' | 'now'>,
  entry: AuditEntry,
) {
  await tx.insert(auditLog).values({
    id: newId(),
    tenantId: entry.tenantId === undefined ? ctx.actor.tenantId : entry.tenantId,
    actorUserId: ctx.actor.userId,
    actorLabel: ctx.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    summary: entry.summary,
    before: scrub(entry.before),
    after: scrub(entry.after),
    requestId: ctx.requestId,
    ip: ctx.ip ?? null,
    createdAt: ctx.now,
  });
}

export interface AuditFilter {
  tenantId: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listAudit(db: Executor, f: AuditFilter) {
  const where: SQL[] = [eq(auditLog.tenantId, f.tenantId)];
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.actorUserId) where.push(eq(auditLog.actorUserId, f.actorUserId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.from) where.push(gte(auditLog.createdAt, f.from));
  if (f.to) where.push(lte(auditLog.createdAt, f.to));
  if (f.q) where.push(ilike(auditLog.summary, containing(f.q)));
  const cond = and(...where);
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(auditLog).where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

/** Distinct entity types and actions of a tenant's audit trail, for the viewer's filters. */
export async function listAuditFacets(db: Executor, tenantId: string) {
  const [types, actions] = await Promise.all([
    db
      .selectDistinct({ value: auditLog.entityType })
      .from(auditLog)
      .where(eq(auditLog.tenantId, tenantId))
      .orderBy(auditLog.entityType),
    db
      .selectDistinct({ value: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.tenantId, tenantId))
      .orderBy(auditLog.action),
  ]);
  return { entityTypes: types.map((r) => r.value), actions: actions.map((r) => r.value) };
}
