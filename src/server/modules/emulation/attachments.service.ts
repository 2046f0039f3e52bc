import { createHash } from 'node:crypto';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { attachmentFileName, inspectAttachment } from '../../lib/files';
import * as repo from './attachments.repo';
import { assertMayManage } from './emulation.policy';

const ATTACHMENT = 'Tệp đính kèm';

export interface AttachmentMeta {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export const presentAttachment = (a: repo.AttachmentMetaRow): AttachmentMeta => ({
  id: a.id,
  fileName: a.fileName,
  mediaType: a.mediaType,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
  createdAt: a.createdAt.toISOString(),
});

/** Attachments of stages / meetings grouped by their owner id. */
export async function attachmentsByOwner(
  ctx: Ctx,
  owner: { stageIds: readonly string[] } | { meetingIds: readonly string[] },
): Promise<Map<string, AttachmentMeta[]>> {
  const rows = await repo.listAttachments(ctx.db, ctx.actor.tenantId, owner);
  const out = new Map<string, AttachmentMeta[]>();
  for (const r of rows) {
    const key = (r.stageId ?? r.meetingId)!;
    out.set(key, [...(out.get(key) ?? []), presentAttachment(r)]);
  }
  return out;
}

/**
 * Stores one uploaded file for a stage or a meeting the caller has already found and may change. The type
 * comes from the content (PDF, Word, PNG, JPEG, GIF, WebP), the size is capped.
 */
export async function storeAttachment(
  ctx: Ctx,
  owner: { stageId: string } | { meetingId: string },
  file: Buffer,
  givenName: string | undefined,
  summary: string,
): Promise<AttachmentMeta> {
  const type = await inspectAttachment(file);
  const row: repo.NewAttachmentRow = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    stageId: 'stageId' in owner ? owner.stageId : null,
    meetingId: 'meetingId' in owner ? owner.meetingId : null,
    fileName: attachmentFileName(givenName, type),
    mediaType: type.mediaType,
    sizeBytes: file.length,
    sha256: createHash('sha256').update(file).digest('hex'),
    content: file,
    createdAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    await repo.insertAttachment(tx, row);
    const { content: _content, ...meta } = row;
    await writeAudit(tx, ctx, {
      action: 'attach',
      entityType: 'emulation_attachment',
      entityId: row.id,
      summary: `${summary}: ${row.fileName}`,
      after: meta,
    });
  });
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    createdAt: ctx.now.toISOString(),
  };
}

/** The bytes of an attachment, for anyone who reads emulation records. */
export async function getAttachmentFile(ctx: Ctx, id: string) {
  const meta = await repo.findAttachment(ctx.db, ctx.actor.tenantId, id);
  if (!meta) throw notFound(ATTACHMENT);
  const body = await repo.readAttachmentContent(ctx.db, ctx.actor.tenantId, id);
  if (!body) throw notFound(ATTACHMENT);
  return { fileName: meta.fileName, mediaType: meta.mediaType, body };
}

export async function deleteAttachment(ctx: Ctx, id: string) {
  const meta = await repo.findAttachment(ctx.db, ctx.actor.tenantId, id);
  if (!meta) throw notFound(ATTACHMENT);
  assertMayManage(ctx, meta.ownerPath, meta.stageId ? 'phong trào' : 'cụm, khối thi đua');
  await inTransaction(ctx, async (tx) => {
    await repo.deleteAttachment(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'emulation_attachment',
      entityId: id,
      summary: `Xoá tệp đính kèm: ${meta.fileName}`,
      before: meta,
    });
  });
}
