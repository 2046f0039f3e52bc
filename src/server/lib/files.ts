/**
 * Uploaded documents (reports, minutes, dossier files: PDF, Word) and photos. The type is recognised from the
 * bytes, never from the name the browser sent; anything else is refused. Used by emulation (stages, bloc
 * meetings) and nominations (dossier attachments).
 */

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface AttachmentType {
  mediaType: string;
  extension: string;
}

const startsWith = (buf: Uint8Array, bytes: readonly number[], at = 0) =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const contains = (buf: Buffer, needle: string | Buffer) => buf.indexOf(needle) >= 0;

const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

/** PDF, Word (.docx, .doc), PNG, JPEG, GIF or WebP, recognised by content; null for anything else. */
export function detectAttachmentType(buf: Buffer): AttachmentType | null {
  if (startsWith(buf, ascii('%PDF-'))) return { mediaType: 'application/pdf', extension: 'pdf' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png' };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(buf, ascii('GIF87a')) || startsWith(buf, ascii('GIF89a')))
    return { mediaType: 'image/gif', extension: 'gif' };
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8))
    return { mediaType: 'image/webp', extension: 'webp' };
  // .docx: a ZIP (OOXML) package holding word/document.xml (an .xlsx holds xl/…, refused).
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) && contains(buf, 'word/document.xml'))
    return {
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
    };
  // .doc: an OLE2 compound file with a "WordDocument" stream (the directory stores names in UTF-16).
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && contains(buf, WORD_STREAM))
    return { mediaType: 'application/msword', extension: 'doc' };
  return null;
}

/**
 * The name to store and offer on download: the given name without folders or control characters, at
 * most 200 characters, ending with the extension of the recognised type.
 */
export function attachmentFileName(given: string | undefined, type: AttachmentType): string {
  const base = (given ?? '')
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    .trim()
    .slice(0, 200);
  const stem = base.replace(/\.[^.]*$/, '') || 'tep-dinh-kem';
  return `${stem}.${type.extension}`;
}

/** A Content-Disposition header offering `name` for download (ASCII fallback plus the UTF-8 name). */
export const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
