import { compileCalendar, vietnamDate } from '../../../domain/calendar';
import {
  COMMENT_STATUS_LABELS,
  CONSULTATION_STATUS_LABELS,
  consultationPhase,
  consultationWindow,
  redactForPublic,
  requiresConsultation,
  validateComment,
} from '../../../domain/commendation/consultation';
import type { Db } from '../../db/client';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, badRequest, conflict, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { assertMayAppraise, assertMayRead, loadDossier, loadWorkflowSettings } from '../appraisal';
import { transitionNomination } from '../nominations';
import { loadLegalSettings } from '../settings';
import * as repo from './consultation.repo';

/**
 * Public consultation (law-reference §4.4): an officer publishes the nominee's summary for the tenant's number
 * of working days (`publicityWorkingDays`), citizens comment on the public portal without signing in, comments
 * wait for moderation (publish / hide with a reason) and stay attached to the dossier. Opening and closing go
 * through the dossier transitions (`open_consultation`, `close_consultation`).
 */

const CONSULTATION = 'Đợt lấy ý kiến';
const COMMENT = 'Ý kiến';
const vnDate = (iso: string) => iso.split('-').reverse().join('/');
function present(c: repo.ConsultationRow, today: string, counts?: { pending: number; comments: number }) {
  return {
    id: c.id,
    nominationId: c.nominationId,
    status: c.status,
    statusLabel: CONSULTATION_STATUS_LABELS[c.status],
    phase: consultationPhase(c, today),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    workingDays: c.workingDays,
    nomineeName: c.nomineeName,
    unitName: c.unitName,
    awardName: c.awardName,
    summary: c.summary,
    publicPath: `/lay-y-kien/${c.id}`,
    closedAt: c.closedAt?.toISOString() ?? null,
    pendingComments: counts?.pending ?? 0,
    totalComments: counts?.comments ?? 0,
    version: c.version,
  };
}

function presentComment(c: repo.CommentRow) {
  return {
    id: c.id,
    consultationId: c.consultationId,
    nominationId: c.nominationId,
    authorName: c.authorName,
    contact: c.contact,
    text: c.text,
    status: c.status,
    statusLabel: COMMENT_STATUS_LABELS[c.status],
    moderationReason: c.moderationReason,
    moderatedBy: c.moderatedByLabel,
    moderatedAt: c.moderatedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
  };
}

/** Opens the consultation of an appraised dossier; the window is counted in the tenant's working days. */
export async function openConsultation(
  ctx: Ctx,
  nominationId: string,
  input: { summary: string; startOn?: string; version?: number },
) {
  const tenantId = ctx.actor.tenantId;
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const d = await loadDossier(ctx, nominationId, tx);
    assertMayAppraise(ctx, d);
    const [settings, legal] = await Promise.all([
      loadWorkflowSettings(tx, tenantId),
      loadLegalSettings(tx, tenantId),
    ]);
    if (!requiresConsultation(d.view.awardCode, settings.consultation))
      throw conflict(
        `"${d.view.awardName}" không thuộc các hình thức phải lấy ý kiến công khai theo cấu hình của đơn vị.`,
      );
    const startOn = input.startOn ?? vietnamDate(ctx.now);
    if (startOn < vietnamDate(ctx.now)) throw badRequest('Ngày bắt đầu lấy ý kiến không được trước hôm nay.');
    const window = consultationWindow(
      startOn,
      legal.publicityWorkingDays,
      compileCalendar(settings.calendar),
    );
    await transitionNomination(ctx, nominationId, 'open_consultation', { tx, version: input.version });
    const v = d.view;
    await repo.insertConsultation(tx, {
      id,
      tenantId,
      nominationId,
      status: 'open',
      startsOn: window.startsOn,
      endsOn: window.endsOn,
      workingDays: legal.publicityWorkingDays,
      nomineeName: v.subject.name,
      unitName: v.subject.unitName ?? v.proposingUnit.name,
      awardName: v.awardName,
      summary: redactForPublic(input.summary),
      openedBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await writeAudit(tx, ctx, {
      action: 'consultation.open',
      entityType: 'nomination',
      entityId: nominationId,
      summary: `Lấy ý kiến công khai ${vnDate(window.startsOn)}–${vnDate(window.endsOn)}: ${v.subject.name}`,
      after: { consultationId: id, ...window, workingDays: legal.publicityWorkingDays },
    });
  });
  return getConsultation(ctx, id);
}

async function loadForModeration(ctx: Ctx, db: Db | Parameters<typeof repo.findConsultation>[0], id: string) {
  const c = await repo.findConsultation(db, ctx.actor.tenantId, id);
  if (!c) throw notFound(CONSULTATION);
  return c;
}

/** Closes a consultation once its window has ended (`close_consultation`: the dossier goes back to appraised). */
export async function closeConsultation(ctx: Ctx, id: string) {
  await inTransaction(ctx, async (tx) => {
    const c = await loadForModeration(ctx, tx, id);
    const d = await loadDossier(ctx, c.nominationId, tx);
    assertMayAppraise(ctx, d);
    if (c.status === 'closed') throw new AppError('INVALID_TRANSITION', 'Đợt lấy ý kiến đã kết thúc.');
    if (vietnamDate(ctx.now) <= c.endsOn)
      throw conflict(`Chưa hết thời gian lấy ý kiến (đến hết ngày ${vnDate(c.endsOn)}).`);
    const pending = await repo.listComments(tx, ctx.actor.tenantId, {
      consultationId: id,
      status: 'pending',
    });
    if (pending.length > 0)
      throw conflict(`Còn ${pending.length} ý kiến chưa duyệt: hãy công bố hoặc ẩn trước khi kết thúc.`);
    await transitionNomination(ctx, c.nominationId, 'close_consultation', { tx });
    await repo.updateConsultation(tx, ctx.actor.tenantId, id, {
      status: 'closed',
      closedAt: ctx.now,
      closedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    });
    await writeAudit(tx, ctx, {
      action: 'consultation.close',
      entityType: 'nomination',
      entityId: c.nominationId,
      summary: `Kết thúc lấy ý kiến công khai: ${c.nomineeName}`,
      after: { consultationId: id },
    });
  });
  return getConsultation(ctx, id);
}

export async function getConsultation(ctx: Ctx, id: string) {
  const c = await loadForModeration(ctx, ctx.db, id);
  assertMayRead(ctx, await loadDossier(ctx, c.nominationId));
  const comments = await repo.listComments(ctx.db, ctx.actor.tenantId, { consultationId: id });
  return {
    ...present(c, vietnamDate(ctx.now), {
      pending: comments.filter((x) => x.status === 'pending').length,
      comments: comments.length,
    }),
    comments: comments.map(presentComment),
  };
}

/** The moderation list: the tenant's consultations (board officers of the whole tenant or a subtree). */
export async function listConsultations(
  ctx: Ctx,
  q: { status?: repo.ConsultationRow['status']; page: number; pageSize: number },
) {
  const { items, total } = await repo.listConsultations(ctx.db, { tenantId: ctx.actor.tenantId, ...q });
  const today = vietnamDate(ctx.now);
  const visible = [];
  for (const i of items) {
    const d = await loadDossier(ctx, i.c.nominationId).catch(() => null);
    if (!d) continue;
    try {
      assertMayRead(ctx, d);
      visible.push(present(i.c, today, { pending: Number(i.pending), comments: Number(i.comments) }));
    } catch {
      // outside the actor's scope
    }
  }
  return { items: visible, total };
}

/** Publishes or hides a citizen's comment (hiding needs a reason). */
export async function moderateComment(
  ctx: Ctx,
  commentId: string,
  input: { action: 'publish' | 'hide'; reason?: string },
) {
  const reason = input.reason?.trim() || null;
  if (input.action === 'hide' && (!reason || reason.length < 5))
    throw new AppError('VALIDATION_ERROR', 'Cần ghi lý do ẩn ý kiến (ít nhất 5 ký tự).', {
      path: 'body.reason',
    });
  let consultationId = '';
  await inTransaction(ctx, async (tx) => {
    const comment = await repo.findComment(tx, ctx.actor.tenantId, commentId);
    if (!comment) throw notFound(COMMENT);
    const d = await loadDossier(ctx, comment.nominationId, tx);
    assertMayAppraise(ctx, d);
    consultationId = comment.consultationId;
    const status = input.action === 'publish' ? 'published' : 'hidden';
    await repo.updateComment(tx, ctx.actor.tenantId, commentId, {
      status,
      moderationReason: reason,
      moderatedBy: ctx.actor.userId,
      moderatedByLabel: ctx.actor.label,
      moderatedAt: ctx.now,
    });
    await writeAudit(tx, ctx, {
      action: `consultation.comment.${input.action}`,
      entityType: 'nomination',
      entityId: comment.nominationId,
      summary: `${input.action === 'publish' ? 'Công bố' : 'Ẩn'} ý kiến của người dân${reason ? ` (lý do: ${reason})` : ''}`,
      before: { status: comment.status },
      after: { commentId, status, reason },
    });
  });
  return getConsultation(ctx, consultationId);
}

/** Everything the public said about a dossier, for the dossier page's panel. */
export async function dossierConsultations(ctx: Ctx, nominationId: string) {
  const d = await loadDossier(ctx, nominationId);
  assertMayRead(ctx, d);
  const tenantId = ctx.actor.tenantId;
  const [settings, list, comments] = await Promise.all([
    loadWorkflowSettings(ctx.db, tenantId),
    repo.listConsultations(ctx.db, { tenantId, nominationId, page: 1, pageSize: 50 }),
    repo.listComments(ctx.db, tenantId, { nominationId }),
  ]);
  const today = vietnamDate(ctx.now);
  return {
    required: requiresConsultation(d.view.awardCode, settings.consultation),
    canModerate: (() => {
      try {
        assertMayAppraise(ctx, d);
        return true;
      } catch {
        return false;
      }
    })(),
    nominationStatus: d.view.status,
    nominationVersion: d.view.version,
    consultations: list.items.map((i) =>
      present(i.c, today, { pending: Number(i.pending), comments: Number(i.comments) }),
    ),
    comments: comments.map(presentComment),
  };
}

// ── the public side ─────────────────────────────────────────────────────────────────────────────────

export async function publicOpenConsultations(db: Db, now: Date) {
  return repo.listPublicOpen(db, vietnamDate(now), 200);
}

export async function publicConsultation(db: Db, id: string, now: Date) {
  const c = await repo.findPublic(db, id);
  if (!c) return null;
  const comments = await repo.listPublishedComments(db, c.tenantId, id);
  return { ...c, phase: consultationPhase(c, vietnamDate(now)), comments };
}

export type CommentOutcome =
  | { kind: 'accepted' }
  | { kind: 'not_found' }
  | { kind: 'closed'; endsOn: string }
  | { kind: 'scheduled'; startsOn: string }
  | { kind: 'invalid'; issues: Record<string, string> };

/** A citizen's comment: validated, stored pending moderation; refused when the consultation is not open. */
export async function submitPublicComment(
  db: Db,
  id: string,
  input: { name: string; contact: string; text: string },
  meta: { now: Date },
): Promise<CommentOutcome> {
  const c = await repo.findPublic(db, id);
  if (!c) return { kind: 'not_found' };
  const phase = consultationPhase(c, vietnamDate(meta.now));
  if (phase === 'ended') return { kind: 'closed', endsOn: c.endsOn };
  if (phase === 'scheduled') return { kind: 'scheduled', startsOn: c.startsOn };
  const { value, issues } = validateComment(input);
  if (Object.keys(issues).length > 0) return { kind: 'invalid', issues };
  await repo.insertComment(db, {
    id: newId(),
    tenantId: c.tenantId,
    consultationId: id,
    nominationId: c.nominationId,
    authorName: value.name || null,
    contact: value.contact || null,
    text: value.text,
    status: 'pending',
    createdAt: meta.now,
  });
  return { kind: 'accepted' };
}
