import { imageSize } from 'image-size';
import { AppError } from './errors';
import { ATTACHMENT_LIMITS, uploadRefusal } from './upload-limits';
import { cleanFileName } from './uploads';
import { DamagedFileError, ZipReader } from './zip-reader';

/**
 * Uploaded documents (reports, minutes, dossier files: PDF, Word) and photos. The type is recognised from the
 * bytes, never from the name the browser sent, and the structure is checked (a PDF ends with %%EOF, a .docx
 * is a ZIP package holding word/document.xml whose parts inflate within ATTACHMENT_LIMITS, an image's size
 * in pixels is bounded); anything else is refused with a Vietnamese message. Used by emulation (stages, bloc
 * meetings, scoring evidence) and nominations (dossier attachments).
 */

export const MAX_ATTACHMENT_BYTES = ATTACHMENT_LIMITS.maxBytes;

export interface AttachmentType {
  mediaType: string;
  extension: string;
}

const startsWith = (buf: Uint8Array, bytes: readonly number[], at = 0) =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const contains = (buf: Buffer, needle: string | Buffer) => buf.indexOf(needle) >= 0;

const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');
const DOCX: AttachmentType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
};

/** PDF, Word (.docx, .doc), PNG, JPEG, GIF or WebP, recognised by their first bytes; null for anything else. */
export function detectAttachmentType(buf: Buffer): AttachmentType | null {
  if (startsWith(buf, ascii('%PDF-'))) return { mediaType: 'application/pdf', extension: 'pdf' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png' };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(buf, ascii('GIF87a')) || startsWith(buf, ascii('GIF89a')))
    return { mediaType: 'image/gif', extension: 'gif' };
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8))
    return { mediaType: 'image/webp', extension: 'webp' };
  // .docx: a ZIP (OOXML) package; that it holds word/document.xml is checked by checkDocx.
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return DOCX;
  // .doc: an OLE2 compound file with a "WordDocument" stream (the directory stores names in UTF-16).
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && contains(buf, WORD_STREAM))
    return { mediaType: 'application/msword', extension: 'doc' };
  return null;
}

const UNSUPPORTED =
  'Chỉ nhận tệp PDF, Word (.docx, .doc) hoặc ảnh (PNG, JPEG, GIF, WebP); loại tệp được nhận ra từ nội dung, nội dung tệp này không thuộc các loại đó.';

/**
 * Checks an uploaded attachment by its content and size and returns its type; refuses (AppError with a
 * Vietnamese message, 4xx) an empty or oversized file, an unknown type, a damaged PDF, a .docx that is no
 * Word package or inflates past the limits, an image of too many pixels.
 */
export async function inspectAttachment(content: Buffer): Promise<AttachmentType> {
  if (content.length === 0) throw new AppError('BAD_REQUEST', 'Tệp đính kèm rỗng.');
  if (content.length > ATTACHMENT_LIMITS.maxBytes) throw uploadRefusal.tooLarge(ATTACHMENT_LIMITS.maxBytes);
  const type = detectAttachmentType(content);
  if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', UNSUPPORTED);
  if (type.extension === 'pdf') checkPdf(content);
  else if (type.extension === 'docx') await checkDocx(content);
  else if (type.mediaType.startsWith('image/')) checkImage(content);
  return type;
}

/** A PDF starts with its version and ends with %%EOF (a cut upload does not). */
function checkPdf(content: Buffer) {
  const tail = content.subarray(Math.max(0, content.length - 2048));
  if (!/^%PDF-\d\.\d/.test(content.toString('latin1', 0, 8)) || !contains(tail, '%%EOF'))
    throw new AppError('BAD_REQUEST', 'Tệp PDF bị hỏng hoặc chưa tải lên hết (thiếu phần kết thúc %%EOF).');
}

/** Width × height from the image's header (image-size); too many pixels would exhaust whoever opens it. */
function checkImage(content: Buffer) {
  let size: { width?: number; height?: number };
  try {
    size = imageSize(content);
  } catch {
    throw new AppError('BAD_REQUEST', 'Tệp ảnh bị hỏng: không đọc được kích thước ảnh.');
  }
  const { width = 0, height = 0 } = size;
  const { maxImageSide, maxImagePixels } = ATTACHMENT_LIMITS;
  if (width < 1 || height < 1)
    throw new AppError('BAD_REQUEST', 'Tệp ảnh bị hỏng: không đọc được kích thước ảnh.');
  if (width > maxImageSide || height > maxImageSide || width * height > maxImagePixels)
    throw new AppError(
      'BAD_REQUEST',
      `Ảnh quá lớn (${width.toLocaleString('vi-VN')} × ${height.toLocaleString('vi-VN')} điểm ảnh; tối đa ${maxImageSide.toLocaleString('vi-VN')} điểm ảnh mỗi chiều và ${(maxImagePixels / 1e6).toLocaleString('vi-VN')} triệu điểm ảnh).`,
    );
}

async function drain(chunks: AsyncIterable<Buffer>) {
  let bytes = 0;
  for await (const chunk of chunks) bytes += chunk.length;
  return bytes;
}

/** A ZIP that is no readable Word package: its content is not one of the accepted types (415). */
const notWord = (reason: string) =>
  new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    `Tệp Word (.docx) không hợp lệ: ${reason}. Hãy lưu lại tệp bằng Word rồi tải lên.`,
  );

/**
 * A .docx is a ZIP package with [Content_Types].xml and word/document.xml; every part is inflated (and
 * thrown away) to prove that none grows past its declared size and all stay within the limits.
 */
async function checkDocx(content: Buffer) {
  let zip: ZipReader;
  try {
    zip = await ZipReader.open(
      content,
      { ...ATTACHMENT_LIMITS, maxFileBytes: ATTACHMENT_LIMITS.maxBytes },
      'Tệp Word',
    );
  } catch (error) {
    if (error instanceof DamagedFileError) throw notWord(error.message);
    throw error;
  }
  try {
    const document = zip.entries.get('word/document.xml');
    if (!document || !zip.entries.has('[Content_Types].xml'))
      throw notWord('tệp nén không chứa tài liệu Word (word/document.xml)');
    const declared = [...zip.entries.values()].reduce((sum, e) => sum + e.size, 0);
    if (declared > ATTACHMENT_LIMITS.maxInflatedBytes)
      throw uploadRefusal.inflatedTooLarge('Tệp Word', ATTACHMENT_LIMITS.maxInflatedBytes);
    let head = '';
    for await (const chunk of zip.read(document)) if (head.length < 64) head += chunk.toString('utf8', 0, 64);
    if (!head.replace(/^\uFEFF?\s*/, '').startsWith('<')) throw notWord('word/document.xml không phải XML');
    for (const entry of zip.entries.values()) if (entry !== document) await drain(zip.read(entry));
  } catch (error) {
    if (error instanceof DamagedFileError) throw notWord(error.message);
    throw error;
  } finally {
    await zip.close();
  }
}

/**
 * The name to store and offer on download: the given name cleaned (lib/uploads.ts), ending with the
 * extension of the recognised type.
 */
export function attachmentFileName(given: string | undefined, type: AttachmentType): string {
  const stem = cleanFileName(given, '').replace(/\.[^.]*$/, '') || 'tep-dinh-kem';
  return `${stem}.${type.extension}`;
}

/** A Content-Disposition header offering `name` for download (ASCII fallback plus the UTF-8 name). */
export const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
