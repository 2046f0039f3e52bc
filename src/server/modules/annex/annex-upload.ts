import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from '../../lib/errors';
import { newId } from '../../lib/ids';

/** A decision annex is a few pages of a decision: 5 MB is far more than any real one. */
export const MAX_ANNEX_BYTES = 5 * 1024 * 1024;

export interface AnnexUpload {
  filePath: string;
  filename: string;
  /** The text fields of the form, whatever their order around the file part. */
  fields: Record<string, string>;
}

/**
 * Reads a multipart upload: the file (field "file") is streamed to a temporary file, the other fields are
 * kept as text. 415 when the request is not multipart, 413 past the size limit, 400 without a file. The
 * caller removes `filePath` when done.
 */
export async function receiveAnnexUpload(request: FastifyRequest, dataDir: string): Promise<AnnexUpload> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Yêu cầu phải gửi tệp dạng multipart/form-data.');
  const dir = path.join(dataDir, 'uploads');
  await mkdir(dir, { recursive: true });
  const filePath = path.join(dir, `annex-import-${newId()}.xlsx`);
  const fields: Record<string, string> = {};
  let filename: string | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_ANNEX_BYTES } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || filename !== undefined) {
          part.file.resume();
          continue;
        }
        filename = part.filename || 'phu-luc.xlsx';
        await pipeline(part.file, createWriteStream(filePath));
        if (part.file.truncated) throw tooLarge();
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
    if (filename === undefined) throw badRequest('Chưa chọn tệp Excel phụ lục quyết định (trường "file").');
    return { filePath, filename: filename.slice(0, 200), fields };
  } catch (error) {
    await rm(filePath, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
}

const tooLarge = () =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `Tệp tải lên vượt quá dung lượng cho phép (${MAX_ANNEX_BYTES / 1024 / 1024} MB).`,
  );
