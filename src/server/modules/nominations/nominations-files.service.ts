import { createHash } from 'node:crypto';
import { dossierEditable } from '../../../domain/commendation/dossier';
import type { DocumentCode } from '../../../domain/commendation/documents';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { attachmentFileName, inspectAttachment } from '../../lib/files';
import { newId } from '../../lib/ids';
import { invalidTransition, NOMINATION } from './nominations.core';
import { assertMayPropose } from './nominations.policy';
import * as repo from './nominations.repo';
import { loadNomination } from './nominations.service';

const ATTACHMENT = 'Tệp đính kèm';

/**
 * Stores a file of a dossier while it is editable (PDF, Word, images; type from the content, ≤ 10 MB). With a
 * checklist code, the item is marked provided in the same transaction.
 */
export async function addNominationAttachment(
  ctx: Ctx,
  id: string,
  file: Buffer,
  givenName: string | undefined,
  documentCode: DocumentCode | undefined,
) {
  const row = await loadNomination(ctx, id);
  assertMayPropose(ctx, row.unitPath);
  const type = await inspectAttachment(file);
  const meta = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    nominationId: id,
    documentCode: documentCode ?? null,
    fileName: attachmentFileName(givenName, type),
    mediaType: type.mediaType,
    sizeBytes: file.length,
    sha256: createHash('sha256').update(file).digest('hex'),
    createdAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    const locked = await repo.lockNomination(tx, ctx.actor.tenantId, id);
    if (!locked) throw notFound(NOMINATION);
    if (!dossierEditable(locked.status))
      throw invalidTransition('Hồ sơ đã nộp, không thêm tệp được; chỉ thêm khi đang soạn hoặc được trả lại');
    await repo.insertAttachment(tx, { ...meta, content: file });
    if (documentCode)
      await repo.setDocument(tx, ctx.actor.tenantId, id, documentCode, {
        status: 'provided',
        updatedAt: ctx.now,
      });
    await writeAudit(tx, ctx, {
      action: 'attach',
      entityType: 'nomination',
      entityId: id,
      summary: `Đính kèm tệp ${meta.fileName} vào hồ sơ ${locked.subjectName}`,
      after: { ...meta },
    });
  });
  const { tenantId: _t, nominationId: _n, ...out } = meta;
  return { ...out, createdAt: meta.createdAt.toISOString() };
}

export async function getNominationAttachment(ctx: Ctx, id: string, attachmentId: string) {
  await loadNomination(ctx, id);
  const row = await repo.findAttachment(ctx.db, ctx.actor.tenantId, id, attachmentId);
  if (!row) throw notFound(ATTACHMENT);
  return { fileName: row.fileName, mediaType: row.mediaType, body: Buffer.from(row.content) };
}

export async function deleteNominationAttachment(ctx: Ctx, id: string, attachmentId: string) {
  const row = await loadNomination(ctx, id);
  assertMayPropose(ctx, row.unitPath);
  await inTransaction(ctx, async (tx) => {
    const locked = await repo.lockNomination(tx, ctx.actor.tenantId, id);
    if (!locked) throw notFound(NOMINATION);
    if (!dossierEditable(locked.status)) throw invalidTransition('Hồ sơ đã nộp, không xoá tệp được');
    if (!(await repo.deleteAttachment(tx, ctx.actor.tenantId, id, attachmentId))) throw notFound(ATTACHMENT);
    await writeAudit(tx, ctx, {
      action: 'detach',
      entityType: 'nomination',
      entityId: id,
      summary: `Xoá tệp đính kèm của hồ sơ ${locked.subjectName}`,
      before: { attachmentId },
    });
  });
}
