import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from './errors';
import { newId } from './ids';
import { uploadRefusal } from './upload-limits';

/**
 * Receiving uploads (multipart/form-data, the file in field "file"): never more than the route's limit is
 * received (busboy cuts the stream there → 413), and the name the browser gave is kept, cleaned. Spreadsheets
 * are streamed to a file for the sheet reader (lib/excel-worker.ts); attachments, at most 10 MB, are read into
 * memory and checked by lib/files.ts. 415 when the request is not multipart, 400 without a file.
 */

export type UploadKind = 'spreadsheet' | 'attachment';

const MISSING: Record<UploadKind, string> = {
  spreadsheet: 'Chưa chọn tệp Excel (.xlsx) để tải lên (trường "file").',
  attachment: 'Chưa chọn tệp đính kèm để tải lên (trường "file").',
};

const notMultipart = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', 'Yêu cầu phải gửi tệp dạng multipart/form-data.');

/**
 * A file name as given by the browser, safe to store and show: the last path segment, NFC, without control
 * or reserved characters or broken UTF-16, at most 200 characters; `fallback` when nothing is left.
 */
export function cleanFileName(given: string | undefined, fallback: string): string {
  const base = (given ?? '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '')
    .trim()
    .slice(0, 200);
  return base || fallback;
}

export interface SavedUpload {
  filePath: string;
  fileName: string;
  /** The form's text fields, whatever their order around the file part. */
  fields: Record<string, string>;
}

/**
 * Streams the upload to a file under DATA_DIR/uploads (`prefix-<id>.upload`); the caller removes it (or
 * uses withSavedUpload).
 */
export async function saveUpload(
  request: FastifyRequest,
  opts: { kind: UploadKind; maxBytes: number; prefix: string; fallbackName: string },
): Promise<SavedUpload> {
  if (!request.isMultipart()) throw notMultipart();
  const dir = path.join(request.server.deps.dataDir, 'uploads');
  await mkdir(dir, { recursive: true });
  const filePath = path.join(dir, `${opts.prefix}-${newId()}.upload`);
  const fields: Record<string, string> = {};
  let fileName: string | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: opts.maxBytes } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || fileName !== undefined) {
          part.file.resume();
          continue;
        }
        fileName = cleanFileName(part.filename, opts.fallbackName);
        await pipeline(part.file, createWriteStream(filePath));
        if (part.file.truncated) throw uploadRefusal.tooLarge(opts.maxBytes);
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
    if (fileName === undefined) throw badRequest(MISSING[opts.kind]);
    return { filePath, fileName, fields };
  } catch (error) {
    await rm(filePath, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw uploadRefusal.tooLarge(opts.maxBytes);
    throw error;
  }
}

/** saveUpload, then `work` on the file, which is removed afterwards whatever happens. */
export async function withSavedUpload<T>(
  request: FastifyRequest,
  opts: Parameters<typeof saveUpload>[1],
  work: (upload: SavedUpload) => Promise<T>,
): Promise<T> {
  const upload = await saveUpload(request, opts);
  try {
    return await work(upload);
  } finally {
    await rm(upload.filePath, { force: true });
  }
}

export interface UploadedFile {
  content: Buffer;
  /** The name the browser gave, cleaned; undefined when it gave none. */
  fileName: string | undefined;
}

/** The one file of a small upload (an attachment) read into memory, at most `maxBytes` of it. */
export async function readUploadedFile(
  request: FastifyRequest,
  opts: { kind: UploadKind; maxBytes: number },
): Promise<UploadedFile> {
  if (!request.isMultipart()) throw notMultipart();
  const part = await request.file({ limits: { fileSize: opts.maxBytes } });
  if (!part || part.fieldname !== 'file') throw badRequest(MISSING[opts.kind]);
  try {
    const content = await part.toBuffer();
    const name = cleanFileName(part.filename, '');
    return { content, fileName: name || undefined };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw uploadRefusal.tooLarge(opts.maxBytes);
    throw error;
  }
}
