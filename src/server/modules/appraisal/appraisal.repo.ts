import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { WorkflowSettings } from '../../../domain/commendation/appraisal';
import type { Executor } from '../../db/client';
import {
  appraisalChecklistItems,
  appraisalOpinions,
  appraisals,
  clearanceChecks,
  deadlineReminders,
  workflowSettings,
} from '../../db/schema/appraisal';
import { orgUnits, roleGrants, users } from '../../db/schema';

export type AppraisalRow = typeof appraisals.$inferSelect;
export type ChecklistRow = typeof appraisalChecklistItems.$inferSelect;
export type ClearanceRow = typeof clearanceChecks.$inferSelect;
export type OpinionRow = typeof appraisalOpinions.$inferSelect;

// ── workflow settings ───────────────────────────────────────────────────────────────────────────────
export async function findWorkflowSettings(db: Executor, tenantId: string) {
  const [row] = await db
    .select()
    .from(workflowSettings)
    .where(eq(workflowSettings.tenantId, tenantId))
    .limit(1);
  return row;
}

export async function saveWorkflowSettings(
  db: Executor,
  tenantId: string,
  settings: WorkflowSettings,
  userId: string,
  now: Date,
) {
  await db
    .insert(workflowSettings)
    .values({ tenantId, settings, updatedBy: userId, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: workflowSettings.tenantId,
      set: { settings, updatedBy: userId, updatedAt: now, version: sql`${workflowSettings.version} + 1` },
    });
}

// ── appraisal clock ─────────────────────────────────────────────────────────────────────────────────
export async function findAppraisal(db: Executor, tenantId: string, nominationId: string) {
  const [row] = await db
    .select()
    .from(appraisals)
    .where(and(eq(appraisals.tenantId, tenantId), eq(appraisals.nominationId, nominationId)))
    .limit(1);
  return row;
}

/** Receipt of the full dossier: a new clock, or the clock restarted after a return and resubmission. */
export async function upsertAppraisal(tx: Executor, row: typeof appraisals.$inferInsert) {
  await tx
    .insert(appraisals)
    .values(row)
    .onConflictDoUpdate({
      target: [appraisals.tenantId, appraisals.nominationId],
      set: {
        receivedOn: row.receivedOn,
        receivedBy: row.receivedBy,
        completenessDoneOn: null,
        concludedOn: null,
        conclusion: null,
        conclusionReason: null,
        updatedAt: row.updatedAt,
        version: sql`${appraisals.version} + 1`,
      },
    });
}

export async function updateAppraisal(
  tx: Executor,
  tenantId: string,
  nominationId: string,
  set: Partial<typeof appraisals.$inferInsert>,
) {
  await tx
    .update(appraisals)
    .set({ ...set, version: sql`${appraisals.version} + 1` })
    .where(and(eq(appraisals.tenantId, tenantId), eq(appraisals.nominationId, nominationId)));
}

/** Appraisals still running (not concluded): one tenant, or every tenant for the reminder sweep. */
export async function listOpenAppraisals(db: Executor, tenantId?: string) {
  const where = [isNull(appraisals.concludedOn)];
  if (tenantId) where.push(eq(appraisals.tenantId, tenantId));
  return db
    .select()
    .from(appraisals)
    .where(and(...where))
    .orderBy(asc(appraisals.tenantId), asc(appraisals.receivedOn));
}

// ── checklist ───────────────────────────────────────────────────────────────────────────────────────
export async function listChecklist(db: Executor, tenantId: string, nominationId: string) {
  return db
    .select()
    .from(appraisalChecklistItems)
    .where(
      and(
        eq(appraisalChecklistItems.tenantId, tenantId),
        eq(appraisalChecklistItems.nominationId, nominationId),
      ),
    )
    .orderBy(asc(appraisalChecklistItems.position), asc(appraisalChecklistItems.createdAt));
}

/** A new receipt (after a return and resubmission): every item is judged again. */
export async function uncheckChecklist(tx: Executor, tenantId: string, nominationId: string, now: Date) {
  await tx
    .update(appraisalChecklistItems)
    .set({ checked: false, checkedBy: null, checkedByLabel: null, checkedAt: null, updatedAt: now })
    .where(
      and(
        eq(appraisalChecklistItems.tenantId, tenantId),
        eq(appraisalChecklistItems.nominationId, nominationId),
      ),
    );
}

export async function insertChecklistItems(
  tx: Executor,
  rows: (typeof appraisalChecklistItems.$inferInsert)[],
) {
  if (rows.length > 0) await tx.insert(appraisalChecklistItems).values(rows).onConflictDoNothing();
}

export async function findChecklistItem(db: Executor, tenantId: string, nominationId: string, id: string) {
  const [row] = await db
    .select()
    .from(appraisalChecklistItems)
    .where(
      and(
        eq(appraisalChecklistItems.tenantId, tenantId),
        eq(appraisalChecklistItems.nominationId, nominationId),
        eq(appraisalChecklistItems.id, id),
      ),
    )
    .limit(1);
  return row;
}

export async function updateChecklistItem(
  tx: Executor,
  tenantId: string,
  id: string,
  set: Partial<typeof appraisalChecklistItems.$inferInsert>,
) {
  await tx
    .update(appraisalChecklistItems)
    .set(set)
    .where(and(eq(appraisalChecklistItems.tenantId, tenantId), eq(appraisalChecklistItems.id, id)));
}

export async function deleteChecklistItem(tx: Executor, tenantId: string, id: string) {
  await tx
    .delete(appraisalChecklistItems)
    .where(and(eq(appraisalChecklistItems.tenantId, tenantId), eq(appraisalChecklistItems.id, id)));
}

// ── clearances ──────────────────────────────────────────────────────────────────────────────────────
export async function listClearances(db: Executor, tenantId: string, nominationIds: readonly string[]) {
  if (nominationIds.length === 0) return [];
  return db
    .select()
    .from(clearanceChecks)
    .where(
      and(eq(clearanceChecks.tenantId, tenantId), inArray(clearanceChecks.nominationId, [...nominationIds])),
    )
    .orderBy(asc(clearanceChecks.createdAt));
}

export async function insertClearance(tx: Executor, row: typeof clearanceChecks.$inferInsert) {
  const inserted = await tx.insert(clearanceChecks).values(row).onConflictDoNothing().returning();
  return inserted[0];
}

export async function findClearance(db: Executor, tenantId: string, nominationId: string, id: string) {
  const [row] = await db
    .select()
    .from(clearanceChecks)
    .where(
      and(
        eq(clearanceChecks.tenantId, tenantId),
        eq(clearanceChecks.nominationId, nominationId),
        eq(clearanceChecks.id, id),
      ),
    )
    .limit(1);
  return row;
}

/** Optimistic update: false when the version moved on. */
export async function updateClearance(
  tx: Executor,
  tenantId: string,
  id: string,
  version: number,
  set: Partial<typeof clearanceChecks.$inferInsert>,
) {
  const rows = await tx
    .update(clearanceChecks)
    .set({ ...set, version: sql`${clearanceChecks.version} + 1` })
    .where(
      and(
        eq(clearanceChecks.tenantId, tenantId),
        eq(clearanceChecks.id, id),
        eq(clearanceChecks.version, version),
      ),
    )
    .returning({ id: clearanceChecks.id });
  return rows.length > 0;
}

// ── opinions ────────────────────────────────────────────────────────────────────────────────────────
export async function listOpinions(db: Executor, tenantId: string, nominationId: string) {
  return db
    .select()
    .from(appraisalOpinions)
    .where(and(eq(appraisalOpinions.tenantId, tenantId), eq(appraisalOpinions.nominationId, nominationId)))
    .orderBy(asc(appraisalOpinions.createdAt), asc(appraisalOpinions.id));
}

export async function insertOpinion(tx: Executor, row: typeof appraisalOpinions.$inferInsert) {
  await tx.insert(appraisalOpinions).values(row);
}

// ── reminders ───────────────────────────────────────────────────────────────────────────────────────
/** Claims a reminder; false when it was already sent (the unique key makes the sweep idempotent). */
export async function claimReminder(tx: Executor, row: typeof deadlineReminders.$inferInsert) {
  const rows = await tx
    .insert(deadlineReminders)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: deadlineReminders.id });
  return rows.length > 0;
}

export async function setReminderRecipients(tx: Executor, id: string, recipients: number) {
  await tx.update(deadlineReminders).set({ recipients }).where(eq(deadlineReminders.id, id));
}

export async function listReminders(db: Executor, tenantId: string, nominationIds: readonly string[]) {
  if (nominationIds.length === 0) return [];
  return db
    .select()
    .from(deadlineReminders)
    .where(
      and(
        eq(deadlineReminders.tenantId, tenantId),
        inArray(deadlineReminders.nominationId, [...nominationIds]),
      ),
    );
}

/** Active users of the tenant with their grants and the scope path of each grant (reminder recipients). */
export async function listUsersWithGrants(db: Executor, tenantId: string) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      fullName: users.fullName,
      role: roleGrants.role,
      grantTenantId: roleGrants.tenantId,
      orgUnitId: roleGrants.orgUnitId,
      scopePath: orgUnits.path,
    })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .leftJoin(orgUnits, eq(orgUnits.id, roleGrants.orgUnitId))
    .where(and(eq(roleGrants.tenantId, tenantId), eq(users.isActive, true)));
}
