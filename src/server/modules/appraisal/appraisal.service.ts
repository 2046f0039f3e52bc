import { compileCalendar, vietnamDate } from '../../../domain/calendar';
import {
  appraisalActions,
  appraisalChecklist,
  appraisalRecordable,
  CLEARANCE_RESULT_LABELS,
  type ClearanceResult,
  DEADLINE_STATE_LABELS,
  deadlineState,
  stepDeadlines,
  type WorkflowSettings,
} from '../../../domain/commendation/appraisal';
import { requiresConsultation } from '../../../domain/commendation/consultation';
import type { CommendationType } from '../../../domain/awards/types';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { AppError, badRequest, conflict, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { transitionNomination } from '../nominations';
import * as repo from './appraisal.repo';
import {
  assertMayAppraise,
  assertMayRead,
  loadDossier,
  mayAppraise,
  type ScopedDossier,
} from './appraisal.policy';
import { loadWorkflowSettings } from './workflow-settings.service';

/**
 * Appraisal (thẩm định, law-reference §7.2): the board receives the full dossier (the clock starts), ticks its
 * checklist, asks the clearance bodies and records their answers, writes opinions, and concludes — approve,
 * return with a reason, not eligible with a reason — through the nominations module's transition function in
 * the same transaction as its own rows and audit.
 */

const CHECKLIST = 'Mục kiểm tra';
const CLEARANCE = 'Ý kiến cơ quan';

type DeadlineSource = Pick<repo.AppraisalRow, 'receivedOn' | 'completenessDoneOn' | 'concludedOn'>;

/** The step deadlines of one dossier with their state on `day`. */
export function deadlinesOf(
  a: DeadlineSource | undefined,
  clearances: readonly Pick<repo.ClearanceRow, 'answeredOn'>[],
  settings: WorkflowSettings,
  day: string,
  cal = compileCalendar(settings.calendar),
) {
  if (!a) return [];
  return stepDeadlines(
    {
      receivedOn: a.receivedOn,
      completenessDoneOn: a.completenessDoneOn,
      concludedOn: a.concludedOn,
      clearances,
    },
    settings.appraisal,
    cal,
  ).map((d) => {
    const s = deadlineState(d, day, settings.appraisal.reminderWorkingDaysBefore, cal);
    return { ...d, ...s, stateLabel: DEADLINE_STATE_LABELS[s.state] };
  });
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function getAppraisalPanel(ctx: Ctx, nominationId: string) {
  const d = await loadDossier(ctx, nominationId);
  assertMayRead(ctx, d);
  const tenantId = ctx.actor.tenantId;
  const [settings, appraisal, checklist, clearances, opinions] = await Promise.all([
    loadWorkflowSettings(ctx.db, tenantId),
    repo.findAppraisal(ctx.db, tenantId, nominationId),
    repo.listChecklist(ctx.db, tenantId, nominationId),
    repo.listClearances(ctx.db, tenantId, [nominationId]),
    repo.listOpinions(ctx.db, tenantId, nominationId),
  ]);
  const v = d.view;
  const canAppraise = mayAppraise(ctx, d);
  return {
    nomination: {
      id: v.id,
      status: v.status,
      statusLabel: v.statusLabel,
      subjectName: v.subject.name,
      awardCode: v.awardCode,
      awardName: v.awardName,
      roundName: v.roundName,
      version: v.version,
      returnReason: v.returnReason,
      notEligibleReason: v.notEligibleReason,
    },
    canAppraise,
    allowedActions: canAppraise ? appraisalActions(v.status) : [],
    consultationRequired: requiresConsultation(v.awardCode, settings.consultation),
    appraisal: appraisal
      ? {
          receivedOn: appraisal.receivedOn,
          completenessDoneOn: appraisal.completenessDoneOn,
          concludedOn: appraisal.concludedOn,
          conclusion: appraisal.conclusion,
          conclusionReason: appraisal.conclusionReason,
        }
      : null,
    deadlines: deadlinesOf(appraisal, clearances, settings, vietnamDate(ctx.now)),
    checklist: checklist.map((c) => ({
      id: c.id,
      code: c.code,
      label: c.label,
      required: c.required,
      free: c.free,
      checked: c.checked,
      note: c.note,
      checkedBy: c.checkedByLabel,
      checkedAt: iso(c.checkedAt),
    })),
    clearanceBodies: settings.appraisal.clearanceBodies,
    clearances: clearances.map(presentClearance),
    opinions: opinions.map((o) => ({
      id: o.id,
      author: o.authorLabel,
      text: o.text,
      createdAt: o.createdAt.toISOString(),
    })),
  };
}

function presentClearance(c: repo.ClearanceRow) {
  return {
    id: c.id,
    bodyCode: c.bodyCode,
    bodyLabel: c.bodyLabel,
    requestedOn: c.requestedOn,
    requestedBy: c.requestedByLabel,
    result: c.result,
    resultLabel: CLEARANCE_RESULT_LABELS[c.result],
    answeredOn: c.answeredOn,
    answeredBy: c.answeredBy,
    documentRef: c.documentRef,
    note: c.note,
    recordedBy: c.recordedByLabel,
    version: c.version,
  };
}

/** Loads the dossier inside the transaction and checks the appraise permission. */
async function forAppraisal(ctx: Ctx, tx: Tx, nominationId: string): Promise<ScopedDossier> {
  const d = await loadDossier(ctx, nominationId, tx);
  assertMayAppraise(ctx, d);
  return d;
}

function assertInAppraisal(d: ScopedDossier) {
  if (!appraisalRecordable(d.view.status))
    throw new AppError(
      'INVALID_TRANSITION',
      `Chỉ ghi thẩm định khi hồ sơ đang thẩm định (hiện: "${d.view.statusLabel}").`,
    );
}

/** Receipt of the full dossier: `receive`, the clock starts today, the checklist is laid out from §7.1. */
export async function receiveDossier(ctx: Ctx, nominationId: string, input: { version?: number }) {
  await inTransaction(ctx, async (tx) => {
    const d = await forAppraisal(ctx, tx, nominationId);
    await transitionNomination(ctx, nominationId, 'receive', { tx, version: input.version });
    const tenantId = ctx.actor.tenantId;
    const day = vietnamDate(ctx.now);
    await repo.upsertAppraisal(tx, {
      id: newId(),
      tenantId,
      nominationId,
      receivedOn: day,
      receivedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repo.uncheckChecklist(tx, tenantId, nominationId, ctx.now);
    const template = appraisalChecklist({
      awardCode: d.view.awardCode,
      commendationType: d.view.commendationType as CommendationType,
      subjectType: d.view.subject.type,
    });
    await repo.insertChecklistItems(
      tx,
      template.map((t, i) => ({
        id: newId(),
        tenantId,
        nominationId,
        code: t.code,
        label: t.label,
        required: t.required,
        position: i,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    );
    await writeAudit(tx, ctx, {
      action: 'appraisal.receive',
      entityType: 'nomination',
      entityId: nominationId,
      summary: `Tiếp nhận hồ sơ đầy đủ ngày ${day.split('-').reverse().join('/')}: ${d.view.subject.name}`,
      after: { receivedOn: day },
    });
  });
  return getAppraisalPanel(ctx, nominationId);
}

const CONCLUSIONS = {
  approve: { action: 'approve', conclusion: 'approved', label: 'Thẩm định đạt' },
  return: { action: 'return', conclusion: 'returned', label: 'Trả lại hồ sơ' },
  not_eligible: { action: 'mark_not_eligible', conclusion: 'not_eligible', label: 'Không đủ điều kiện' },
} as const;
export type ConclusionKind = keyof typeof CONCLUSIONS;

/**
 * Concludes the appraisal. Approval needs every required checklist item ticked and every clearance body to
 * have answered; a return or a "not eligible" needs a reason (the nominations module keeps it on the dossier).
 */
export async function concludeAppraisal(
  ctx: Ctx,
  nominationId: string,
  kind: ConclusionKind,
  input: { reason?: string; version?: number },
) {
  const c = CONCLUSIONS[kind];
  await inTransaction(ctx, async (tx) => {
    const d = await forAppraisal(ctx, tx, nominationId);
    const tenantId = ctx.actor.tenantId;
    if (kind === 'approve' && d.view.status === 'in_appraisal') {
      const open = (await repo.listChecklist(tx, tenantId, nominationId)).filter(
        (i) => i.required && !i.checked,
      );
      if (open.length > 0)
        throw conflict(
          `Chưa hoàn thành ${open.length} mục kiểm tra bắt buộc: ${open.map((i) => i.label).join('; ')}.`,
          {
            items: open.map((i) => i.id),
          },
        );
      const pending = (await repo.listClearances(tx, tenantId, [nominationId])).filter(
        (x) => x.result === 'pending',
      );
      if (pending.length > 0)
        throw conflict(`Còn chờ ý kiến của: ${pending.map((x) => x.bodyLabel).join('; ')}.`);
    }
    await transitionNomination(ctx, nominationId, c.action, {
      tx,
      reason: input.reason ?? null,
      version: input.version,
    });
    const existing = await repo.findAppraisal(tx, tenantId, nominationId);
    const day = vietnamDate(ctx.now);
    if (existing)
      await repo.updateAppraisal(tx, tenantId, nominationId, {
        concludedOn: day,
        conclusion: c.conclusion,
        conclusionReason: input.reason?.trim() || null,
        updatedAt: ctx.now,
      });
  });
  return getAppraisalPanel(ctx, nominationId);
}

/** Recomputes the completeness step: done on the day the last required item was ticked, open otherwise. */
async function refreshCompleteness(ctx: Ctx, tx: Tx, nominationId: string) {
  const tenantId = ctx.actor.tenantId;
  const a = await repo.findAppraisal(tx, tenantId, nominationId);
  if (!a || a.concludedOn) return;
  const items = await repo.listChecklist(tx, tenantId, nominationId);
  const complete = items.filter((i) => i.required).every((i) => i.checked);
  const next = complete ? (a.completenessDoneOn ?? vietnamDate(ctx.now)) : null;
  if (next !== a.completenessDoneOn)
    await repo.updateAppraisal(tx, tenantId, nominationId, { completenessDoneOn: next, updatedAt: ctx.now });
}

export async function addChecklistItem(
  ctx: Ctx,
  nominationId: string,
  input: { label: string; required: boolean },
) {
  await inTransaction(ctx, async (tx) => {
    const d = await forAppraisal(ctx, tx, nominationId);
    assertInAppraisal(d);
    const id = newId();
    await repo.insertChecklistItems(tx, [
      {
        id,
        tenantId: ctx.actor.tenantId,
        nominationId,
        code: `free:${id}`,
        label: input.label,
        required: input.required,
        free: true,
        position: 1000,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
    ]);
    await refreshCompleteness(ctx, tx, nominationId);
    await writeAudit(tx, ctx, {
      action: 'appraisal.checklist.add',
      entityType: 'nomination',
      entityId: nominationId,
      summary: `Thêm mục kiểm tra: ${input.label}`,
      after: input,
    });
  });
  return getAppraisalPanel(ctx, nominationId);
}

export async function updateChecklistItem(
  ctx: Ctx,
  nominationId: string,
  itemId: string,
  input: { checked?: boolean; note?: string | null },
) {
  await inTransaction(ctx, async (tx) => {
    const d = await forAppraisal(ctx, tx, nominationId);
    assertInAppraisal(d);
    const item = await repo.findChecklistItem(tx, ctx.actor.tenantId, nominationId, itemId);
    if (!item) throw notFound(CHECKLIST);
    const checked = input.checked ?? item.checked;
    await repo.updateChecklistItem(tx, ctx.actor.tenantId, itemId, {
      checked,
      note: input.note === undefined ? item.note : input.note || null,
      checkedBy: checked ? ctx.actor.userId : null,
      checkedByLabel: checked ? ctx.actor.label : null,
      checkedAt: checked ? (item.checked ? item.checkedAt : ctx.now) : null,
      updatedAt: ctx.now,
    });
    await refreshCompleteness(ctx, tx, nominationId);
    await writeAudit(tx, ctx, {
      action: 'appraisal.checklist.update',
      entityType: 'nomination',
      entityId: nominationId,
      summary: `${checked ? 'Đạt' : 'Chưa đạt'}: ${item.label}`,
      before: { checked: item.checked, note: item.note },
      after: { checked, note: input.note },
    });
  });
  return getAppraisalPanel(ctx, nominationId);
}

export async function deleteChecklistItem(ctx: Ctx, nominationId: string, itemId: string) {
  await inTransaction(ctx, async (tx) => {
    const d = await forAppraisal(ctx, tx, nominationId);
    assertInAppraisal(d);
    const item = await repo.findChecklistItem(tx, ctx.actor.tenantId, nominationId, itemId);
    if (!item) throw notFound(CHECKLIST);
    if (!item.free)
      throw conflict(
        'Chỉ xoá được mục kiểm tra do cán bộ thêm; mục theo quy định chỉ đánh dấu đạt/chưa đạt.',
      );
    await repo.deleteChecklistItem(tx, ctx.actor.tenantId, itemId);
    await refreshCompleteness(ctx, tx, nominationId);
    await writeAudit(tx, ctx, {
      action: 'appraisal.checklist.delete',
      entityType: 'nomination',
      entityId: nominationId,
      summary: `Xoá mục kiểm tra: ${item.label}`,
      before: { label: item.label },
    });
  });
  return getAppraisalPanel(ctx, nominationId);
}

export async function requestClearance(
  ctx: Ctx,
  nominationId: string,
  input: { bodyCode: string; requestedOn?: string; note?: string },
) {
  await inTransaction(ctx, async (tx) => {
    const d = await forAppraisal(ctx, tx, nominationId);
    assertInAppraisal(d);
    const settings = await loadWorkflowSettings(tx, ctx.actor.tenantId);
    const body = settings.appraisal.clearanceBodies.find((b) => b.code === input.bodyCode);
    if (!body)
      throw badRequest(`Cơ quan "${input.bodyCode}" không có trong danh sách cơ quan lấy ý kiến của đơn vị.`);
    const requestedOn = input.requestedOn ?? vietnamDate(ctx.now);
    if (requestedOn > vietnamDate(ctx.now)) throw badRequest('Ngày gửi đề nghị không được sau hôm nay.');
    const row = await repo.insertClearance(tx, {
      id: newId(),
      tenantId: ctx.actor.tenantId,
      nominationId,
      bodyCode: body.code,
      bodyLabel: body.label,
      requestedOn,
      requestedBy: ctx.actor.userId,
      requestedByLabel: ctx.actor.label,
      note: input.note || null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (!row) throw conflict(`Đã gửi đề nghị lấy ý kiến ${body.label} cho hồ sơ này.`);
    await writeAudit(tx, ctx, {
      action: 'appraisal.clearance.request',
      entityType: 'nomination',
      entityId: nominationId,
      summary: `Đề nghị ý kiến: ${body.label}`,
      after: { bodyCode: body.code, requestedOn },
    });
  });
  return getAppraisalPanel(ctx, nominationId);
}

export async function recordClearance(
  ctx: Ctx,
  nominationId: string,
  clearanceId: string,
  input: {
    result: ClearanceResult;
    answeredOn?: string | null;
    answeredBy?: string;
    documentRef?: string;
    note?: string;
    version: number;
  },
) {
  await inTransaction(ctx, async (tx) => {
    const d = await forAppraisal(ctx, tx, nominationId);
    assertInAppraisal(d);
    const c = await repo.findClearance(tx, ctx.actor.tenantId, nominationId, clearanceId);
    if (!c) throw notFound(CLEARANCE);
    const pending = input.result === 'pending';
    const answeredOn = pending ? null : (input.answeredOn ?? vietnamDate(ctx.now));
    if (answeredOn && answeredOn < c.requestedOn)
      throw badRequest('Ngày trả lời không được trước ngày gửi đề nghị.');
    if (answeredOn && answeredOn > vietnamDate(ctx.now))
      throw badRequest('Ngày trả lời không được sau hôm nay.');
    if (!pending && !input.answeredBy?.trim())
      throw badRequest('Cần ghi người hoặc bộ phận trả lời của cơ quan được hỏi ý kiến.');
    const ok = await repo.updateClearance(tx, ctx.actor.tenantId, clearanceId, input.version, {
      result: input.result,
      answeredOn,
      answeredBy: pending ? null : input.answeredBy!.trim(),
      documentRef: input.documentRef || null,
      note: input.note || null,
      recordedBy: ctx.actor.userId,
      recordedByLabel: ctx.actor.label,
      updatedAt: ctx.now,
    });
    if (!ok) throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'appraisal.clearance.answer',
      entityType: 'nomination',
      entityId: nominationId,
      summary: `Ý kiến ${c.bodyLabel}: ${CLEARANCE_RESULT_LABELS[input.result]}`,
      before: { result: c.result, answeredOn: c.answeredOn },
      after: { result: input.result, answeredOn, answeredBy: input.answeredBy, note: input.note },
    });
  });
  return getAppraisalPanel(ctx, nominationId);
}

export async function addOpinion(ctx: Ctx, nominationId: string, input: { text: string }) {
  await inTransaction(ctx, async (tx) => {
    await forAppraisal(ctx, tx, nominationId);
    const id = newId();
    await repo.insertOpinion(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      nominationId,
      authorUserId: ctx.actor.userId,
      authorLabel: ctx.actor.label,
      text: input.text,
      createdAt: ctx.now,
    });
    await writeAudit(tx, ctx, {
      action: 'appraisal.opinion',
      entityType: 'nomination',
      entityId: nominationId,
      summary: `Ý kiến thẩm định của ${ctx.actor.label}`,
      after: { id, text: input.text },
    });
  });
  return getAppraisalPanel(ctx, nominationId);
}
