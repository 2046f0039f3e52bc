import { MEETING_KIND_LABELS } from '../../../domain/emulation/bloc';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { attachmentsByOwner, storeAttachment } from './attachments.service';
import * as repo from './blocs.repo';
import type { Meeting, MeetingCreate, MeetingPatch } from './blocs.schemas';
import { loadBloc, loadWritableBloc } from './blocs.service';

/** The meetings log of a bloc: agreement signing, reviews, inspections, with their minutes and files. */

const MEETING = 'Cuộc họp của cụm, khối';

async function presentMeetings(ctx: Ctx, rows: repo.MeetingRow[]): Promise<Meeting[]> {
  const attachments = await attachmentsByOwner(ctx, { meetingIds: rows.map((m) => m.id) });
  return rows.map((m) => ({
    id: m.id,
    blocId: m.blocId,
    date: m.date,
    kind: m.kind,
    kindLabel: MEETING_KIND_LABELS[m.kind],
    place: m.place,
    minutes: m.minutes,
    attachments: attachments.get(m.id) ?? [],
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  }));
}

export async function listMeetings(ctx: Ctx, blocId: string, year: number | undefined) {
  await loadBloc(ctx, blocId);
  return {
    items: await presentMeetings(ctx, await repo.listMeetings(ctx.db, ctx.actor.tenantId, blocId, year)),
  };
}

async function loadMeeting(ctx: Ctx, blocId: string, id: string) {
  const meeting = await repo.findMeeting(ctx.db, ctx.actor.tenantId, blocId, id);
  if (!meeting) throw notFound(MEETING);
  return meeting;
}

async function getMeeting(ctx: Ctx, blocId: string, id: string) {
  return (await presentMeetings(ctx, [await loadMeeting(ctx, blocId, id)]))[0]!;
}

export async function createMeeting(ctx: Ctx, blocId: string, input: MeetingCreate) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  const row: repo.NewMeetingRow = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    blocId,
    date: input.date,
    kind: input.kind,
    place: input.place || null,
    minutes: input.minutes || null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    await repo.insertMeeting(tx, row);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'emulation_bloc_meeting',
      entityId: row.id,
      summary: `${MEETING_KIND_LABELS[input.kind]} — ${bloc.name}, ngày ${input.date}`,
      after: row,
    });
  });
  return getMeeting(ctx, blocId, row.id);
}

export async function updateMeeting(ctx: Ctx, blocId: string, id: string, patch: MeetingPatch) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  const before = await loadMeeting(ctx, blocId, id);
  const changes: Partial<repo.NewMeetingRow> = {
    date: patch.date ?? before.date,
    kind: patch.kind ?? before.kind,
    place: patch.place === undefined ? before.place : patch.place || null,
    minutes: patch.minutes === undefined ? before.minutes : patch.minutes || null,
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.updateMeeting(tx, ctx.actor.tenantId, id, patch.version, changes)))
      throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'emulation_bloc_meeting',
      entityId: id,
      summary: `Sửa cuộc họp của ${bloc.name} ngày ${changes.date}`,
      before,
      after: { ...before, ...changes },
    });
  });
  return getMeeting(ctx, blocId, id);
}

export async function deleteMeeting(ctx: Ctx, blocId: string, id: string) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  const before = await loadMeeting(ctx, blocId, id);
  await inTransaction(ctx, async (tx) => {
    await repo.deleteMeeting(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'emulation_bloc_meeting',
      entityId: id,
      summary: `Xoá cuộc họp của ${bloc.name} ngày ${before.date}`,
      before,
    });
  });
}

export async function addMeetingAttachment(
  ctx: Ctx,
  blocId: string,
  meetingId: string,
  file: Buffer,
  fileName: string | undefined,
) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  const meeting = await loadMeeting(ctx, blocId, meetingId);
  return storeAttachment(
    ctx,
    { meetingId },
    file,
    fileName,
    `Đính kèm biên bản cuộc họp của ${bloc.name} ngày ${meeting.date}`,
  );
}
