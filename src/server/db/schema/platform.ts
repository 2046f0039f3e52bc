import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, inList, timestamps } from './helpers';
import { tenants } from './org';

/** Every change: who, when, what, before and after; written in the transaction of the change. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: idColumn(),
    tenantId: uuid('tenant_id').references(() => tenants.id),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    summary: text('summary').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_tenant_time_idx').on(t.tenantId, t.createdAt),
    index('audit_tenant_entity_idx').on(t.tenantId, t.entityType, t.entityId),
    index('audit_tenant_actor_idx').on(t.tenantId, t.actorUserId, t.createdAt),
  ],
);

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;

/** Long-running work (imports, exports) whose progress a person watches. */
export const jobs = pgTable(
  'jobs',
  {
    id: idColumn(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    userId: uuid('user_id'),
    kind: text('kind').notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    result: jsonb('result'),
    error: text('error'),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    /** The process (node) that runs the job: a random id per server process. */
    nodeId: uuid('node_id'),
    /** Renewed every few seconds (database clock) by the node while the job is queued or running. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    index('jobs_tenant_idx').on(t.tenantId, t.createdAt),
    index('jobs_heartbeat_idx').on(t.status, t.heartbeatAt),
    check('jobs_status_ck', inList('status', JOB_STATUSES)),
  ],
);
