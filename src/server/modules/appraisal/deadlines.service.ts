import { isAllowed, type Grant } from '../../../domain/access/roles';
import { compileCalendar, vietnamDate } from '../../../domain/calendar';
import {
  APPRAISAL_STEP_LABELS,
  reminderFor,
  type ReminderKind,
} from '../../../domain/commendation/appraisal';
import type { Db } from '../../db/client';
import type { Ctx, Deps } from '../../lib/context';
import { newId } from '../../lib/ids';
import { deliverMails, type MailTransport, queueMails } from '../mail';
import { findNomination, type NominationView } from '../nominations';
import { findUnitInTenant } from '../org';
import * as repo from './appraisal.repo';
import { deadlinesOf } from './appraisal.service';
import { loadWorkflowSettings } from './workflow-settings.service';

/**
 * Deadlines of the dossiers under appraisal (law-reference §7.2): the "Sắp đến hạn / Quá hạn" list and the
 * reminder sweep. `sendDueReminders` is idempotent: each (dossier, step, kind, due day) is claimed once in
 * `deadline_reminders` in the transaction that queues its mails, so a second sweep — the timer, the admin
 * button, a restart — never sends the same reminder again.
 */

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** A read-only context for a tenant, for work nobody signed in asked for (the sweep). */
function systemCtx(db: Db, deps: Deps, tenantId: string, now: Date): Ctx {
  return {
    db,
    deps,
    now,
    requestId: `sweep-${newId()}`,
    actor: {
      userId: '00000000-0000-0000-0000-000000000000',
      email: '',
      label: 'Hệ thống',
      tenantId,
      grants: [],
      via: 'token',
    },
  };
}

interface OpenItem {
  appraisal: repo.AppraisalRow;
  view: NominationView;
  organiserPath: string | null;
  unitPath: string | null;
}

/** Open appraisals of a tenant whose dossier is still under appraisal, with the units' paths. */
async function openItems(ctx: Ctx): Promise<OpenItem[]> {
  const tenantId = ctx.actor.tenantId;
  const paths = new Map<string, string | null>();
  const pathOf = async (unitId: string) => {
    if (!paths.has(unitId))
      paths.set(unitId, (await findUnitInTenant(ctx.db, tenantId, unitId))?.path ?? null);
    return paths.get(unitId)!;
  };
  const out: OpenItem[] = [];
  for (const appraisal of await repo.listOpenAppraisals(ctx.db, tenantId)) {
    const view = await findNomination(ctx, appraisal.nominationId).catch(() => null);
    if (!view || view.status !== 'in_appraisal') continue;
    out.push({
      appraisal,
      view,
      organiserPath: await pathOf(view.organiser.id),
      unitPath: await pathOf(view.proposingUnit.id),
    });
  }
  return out;
}

const mayRead = (grants: readonly Grant[], tenantId: string, i: OpenItem) =>
  [i.unitPath, i.organiserPath].some(
    (p) => p !== null && isAllowed(grants, tenantId, 'commendation.read', p),
  );

/** The deadline list: every step of every dossier under appraisal the actor may see; `attention` = due soon or overdue. */
export async function listDeadlines(ctx: Ctx, q: { filter: 'attention' | 'all' }) {
  const tenantId = ctx.actor.tenantId;
  const settings = await loadWorkflowSettings(ctx.db, tenantId);
  const cal = compileCalendar(settings.calendar);
  const items = (await openItems(ctx)).filter((i) => mayRead(ctx.actor.grants, tenantId, i));
  const ids = items.map((i) => i.view.id);
  const [clearances, reminders] = await Promise.all([
    repo.listClearances(ctx.db, tenantId, ids),
    repo.listReminders(ctx.db, tenantId, ids),
  ]);
  const day = vietnamDate(ctx.now);
  const rows = items.flatMap((i) =>
    deadlinesOf(
      i.appraisal,
      clearances.filter((c) => c.nominationId === i.view.id),
      settings,
      day,
      cal,
    )
      .filter((d) => d.state !== 'done' && (q.filter === 'all' || d.state !== 'on_time'))
      .map((d) => ({
        nominationId: i.view.id,
        subjectName: i.view.subject.name,
        awardName: i.view.awardName,
        roundName: i.view.roundName,
        proposingUnit: i.view.proposingUnit.name,
        step: d.step,
        stepLabel: d.label,
        basis: d.basis,
        receivedOn: i.appraisal.receivedOn,
        dueOn: d.dueOn,
        state: d.state,
        stateLabel: d.stateLabel,
        workingDaysLeft: d.workingDaysLeft,
        remindedAt:
          reminders
            .filter((r) => r.nominationId === i.view.id && r.step === d.step && r.dueOn === d.dueOn)
            .map((r) => r.sentAt.toISOString())
            .sort()
            .at(-1) ?? null,
      })),
  );
  rows.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.subjectName.localeCompare(b.subjectName, 'vi'));
  return { today: day, items: rows, total: rows.length };
}

function reminderMail(
  kind: ReminderKind,
  view: NominationView,
  stepLabel: string,
  dueOn: string,
  left: number,
) {
  const head = kind === 'overdue' ? 'Quá hạn' : 'Sắp đến hạn';
  const when =
    kind === 'overdue'
      ? `đã quá hạn từ sau ngày ${vnDate(dueOn)}`
      : left > 0
        ? `đến hạn ngày ${vnDate(dueOn)} (còn ${left} ngày làm việc)`
        : `đến hạn hôm nay, ${vnDate(dueOn)}`;
  return {
    subject: `[TĐKT] ${head}: ${stepLabel} — ${view.subject.name}`,
    text: [
      'Kính gửi đồng chí,',
      '',
      `Hồ sơ đề nghị ${view.awardName} của ${view.subject.name} (${view.proposingUnit.name}), đợt "${view.roundName}":`,
      `bước "${stepLabel}" ${when}.`,
      '',
      `Xem hồ sơ: /nominations/${view.id}`,
      '',
      'Thư này do hệ thống quản lý thi đua, khen thưởng gửi tự động.',
    ].join('\n'),
  };
}

export interface SweepResult {
  checked: number;
  reminders: number;
  mails: number;
  delivered: { sent: number; failed: number; outbox: number };
}

/**
 * Sends the reminders due on `now` (Việt Nam date): for every open step that is due soon (within the tenant's
 * reminder window) or overdue, once per (dossier, step, kind, due day), a mail to each user who may appraise
 * the dossier (nominations.appraise on the round's organiser). `tenantId` limits the sweep to one tenant
 * (the admin endpoint); the timer sweeps them all.
 */
export async function sendDueReminders(
  base: { db: Db; deps: Deps & { mailTransport?: MailTransport } },
  now: Date,
  opts: { tenantId?: string } = {},
): Promise<SweepResult> {
  const day = vietnamDate(now);
  const tenants = opts.tenantId
    ? [opts.tenantId]
    : [...new Set((await repo.listOpenAppraisals(base.db)).map((a) => a.tenantId))];
  const result: SweepResult = {
    checked: 0,
    reminders: 0,
    mails: 0,
    delivered: { sent: 0, failed: 0, outbox: 0 },
  };
  const mailIds: string[] = [];
  for (const tenantId of tenants) {
    const ctx = systemCtx(base.db, base.deps, tenantId, now);
    const settings = await loadWorkflowSettings(base.db, tenantId);
    const cal = compileCalendar(settings.calendar);
    const items = await openItems(ctx);
    if (items.length === 0) continue;
    const clearances = await repo.listClearances(
      base.db,
      tenantId,
      items.map((i) => i.view.id),
    );
    const people = await repo.listUsersWithGrants(base.db, tenantId);
    for (const i of items) {
      const deadlines = deadlinesOf(
        i.appraisal,
        clearances.filter((c) => c.nominationId === i.view.id),
        settings,
        day,
        cal,
      );
      for (const d of deadlines) {
        result.checked++;
        const kind = reminderFor(d, day, settings.appraisal.reminderWorkingDaysBefore, cal);
        if (!kind) continue;
        const recipients = recipientsFor(people, tenantId, i.organiserPath);
        const mail = reminderMail(kind, i.view, APPRAISAL_STEP_LABELS[d.step], d.dueOn, d.workingDaysLeft);
        const ids = await base.db.transaction(async (tx) => {
          const id = newId();
          const claimed = await repo.claimReminder(tx, {
            id,
            tenantId,
            nominationId: i.view.id,
            step: d.step,
            kind,
            dueOn: d.dueOn,
            recipients: recipients.length,
            sentAt: now,
          });
          if (!claimed) return null;
          return queueMails(
            tx,
            recipients.map((to) => ({
              tenantId,
              to,
              ...mail,
              relatedType: 'nomination',
              relatedId: i.view.id,
            })),
            now,
          );
        });
        if (!ids) continue;
        result.reminders++;
        result.mails += ids.length;
        mailIds.push(...ids);
      }
    }
  }
  result.delivered = await deliverMails(base.deps, mailIds, now);
  return result;
}

function recipientsFor(
  people: Awaited<ReturnType<typeof repo.listUsersWithGrants>>,
  tenantId: string,
  organiserPath: string | null,
): string[] {
  if (organiserPath === null) return [];
  const byUser = new Map<string, { email: string; grants: Grant[] }>();
  for (const p of people) {
    if (p.orgUnitId !== null && p.scopePath === null) continue;
    const u = byUser.get(p.userId) ?? { email: p.email, grants: [] };
    u.grants.push({
      role: p.role,
      tenantId: p.grantTenantId,
      orgUnitId: p.orgUnitId,
      scopePath: p.scopePath,
    });
    byUser.set(p.userId, u);
  }
  return [...byUser.values()]
    .filter((u) => isAllowed(u.grants, tenantId, 'nominations.appraise', organiserPath))
    .map((u) => u.email)
    .sort();
}

/** The admin endpoint: sweep the actor's tenant now. */
export function sweepTenant(ctx: Ctx) {
  return sendDueReminders({ db: ctx.db, deps: ctx.deps }, ctx.now, { tenantId: ctx.actor.tenantId });
}
