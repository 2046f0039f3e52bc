import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { RATIO_GRACE_BYTES, uploadRefusal } from './upload-limits';

/**
 * Reads parts of a ZIP package (.xlsx, .docx) from its central directory, inflating them as streams,
 * with limits checked before and while inflating: the parts' count, the declared sizes and compression
 * ratio before a byte is inflated, then that no part inflates past its declared size (a lying directory)
 * nor the whole read past its budget. Works on a file (imports) or a buffer (attachments).
 */

/** The file is not a readable ZIP package (not a ZIP, truncated, encrypted, damaged data). */
export class DamagedFileError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  maxFileBytes: number;
  maxInflatedBytes: number;
  maxRatio: number;
  maxZipEntries: number;
}

/** Where the bytes are: random reads of the directory, streams of the parts. */
interface Source {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
  stream(start: number, end: number): Readable;
  close(): Promise<void>;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 256 * 1024;

export const damaged = (what: string) => new DamagedFileError(what);

async function fileSource(filePath: string): Promise<Source> {
  const handle: FileHandle = await open(filePath, 'r');
  const { size } = await handle.stat();
  return {
    size,
    read: async (position, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      if (bytesRead !== length) throw damaged('tệp bị cắt cụt');
      return buffer;
    },
    stream: (start, end) => createReadStream(filePath, { start, end: end - 1, highWaterMark: CHUNK }),
    close: () => handle.close(),
  };
}

function bufferSource(buf: Buffer): Source {
  return {
    size: buf.length,
    read: async (position, length) => {
      if (position < 0 || position + length > buf.length) throw damaged('tệp bị cắt cụt');
      return buf.subarray(position, position + length);
    },
    stream: (start, end) => {
      const chunks: Buffer[] = [];
      for (let p = start; p < end; p += CHUNK) chunks.push(buf.subarray(p, Math.min(end, p + CHUNK)));
      return Readable.from(chunks);
    },
    close: async () => {},
  };
}

export class ZipReader {
  /** Bytes inflated so far, over every part read. */
  private inflated = 0;

  private constructor(
    private readonly source: Source,
    readonly entries: Map<string, ZipEntry>,
    private readonly limits: ZipLimits,
    /** "Tệp Excel", "Tệp Word": the subject of the refusals. */
    private readonly what: string,
  ) {}

  static async open(file: string | Buffer, limits: ZipLimits, what: string): Promise<ZipReader> {
    const source = typeof file === 'string' ? await fileSource(file) : bufferSource(file);
    try {
      if (source.size > limits.maxFileBytes) throw uploadRefusal.tooLarge(limits.maxFileBytes);
      const entries = await readCentralDirectory(source, limits, what);
      return new ZipReader(source, entries, limits, what);
    } catch (error) {
      await source.close();
      throw error;
    }
  }

  close(): Promise<void> {
    return this.source.close();
  }

  /**
   * The part's bytes as they inflate. Refused before inflating when its declared size passes `maxBytes`
   * (`tooLarge`) or the budget, or its declared ratio passes the limit; while inflating, when it grows
   * past its declared size.
   */
  async *read(entry: ZipEntry, maxBytes = Infinity, tooLarge?: () => Error): AsyncGenerator<Buffer> {
    const { limits, what } = this;
    if (entry.flags & 1) throw damaged('tệp được đặt mật khẩu');
    if (entry.size > maxBytes) throw tooLarge?.() ?? uploadRefusal.inflatedTooLarge(what, maxBytes);
    if (this.inflated + entry.size > limits.maxInflatedBytes)
      throw uploadRefusal.inflatedTooLarge(what, limits.maxInflatedBytes);
    if (entry.size > RATIO_GRACE_BYTES && entry.size > Math.max(1, entry.compressedSize) * limits.maxRatio)
      throw uploadRefusal.ratio(what, limits.maxRatio);
    const local = await this.source.read(entry.localOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL) throw damaged('mục ZIP sai');
    const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (start + entry.compressedSize > this.source.size) throw damaged('mục ZIP nằm ngoài tệp');
    if (entry.compressedSize === 0) return;
    if (entry.method !== 0 && entry.method !== 8) throw damaged(`kiểu nén ${entry.method} không được hỗ trợ`);
    const raw = this.source.stream(start, start + entry.compressedSize);
    let stream: Readable = raw;
    if (entry.method === 8) {
      const inflate = createInflateRaw({ chunkSize: CHUNK });
      raw.on('error', (error) => inflate.destroy(error));
      stream = raw.pipe(inflate);
    }
    let bytes = 0;
    try {
      for await (const chunk of stream) {
        bytes += (chunk as Buffer).length;
        this.inflated += (chunk as Buffer).length;
        if (bytes > entry.size) throw uploadRefusal.lyingSize(what);
        yield chunk as Buffer;
      }
    } catch (error) {
      // zlib's errors (Z_DATA_ERROR, Z_BUF_ERROR: damaged or cut compressed data) mean a broken file.
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('Z_')) throw damaged('dữ liệu nén hỏng');
      throw error;
    } finally {
      raw.destroy();
      stream.destroy();
    }
  }

  /** A small part whole, as text (at most `maxBytes` inflated). */
  async text(entry: ZipEntry, maxBytes: number): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.read(entry, maxBytes, () => damaged(`phần ${entry.name} quá lớn`)))
      chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
}

/** The ZIP's central directory: entry name → where its data is and how it is compressed (ZIP64 included). */
async function readCentralDirectory(source: Source, limits: ZipLimits, what: string) {
  const { size } = source;
  const tailLength = Math.min(size, 22 + 65_535);
  if (tailLength < 22) throw damaged('không phải tệp ZIP');
  const tail = await source.read(size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw damaged('không tìm thấy mục lục ZIP');
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) throw damaged('mục lục ZIP64 thiếu');
    const record = await source.read(Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw damaged('mục lục ZIP64 sai');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  // Names in these packages are short: a directory larger than 1 KB per part is not one of them.
  if (count > limits.maxZipEntries || cdSize > limits.maxZipEntries * 1024)
    throw uploadRefusal.tooManyParts(what, limits.maxZipEntries);
  if (cdOffset + cdSize > size) throw damaged('mục lục ZIP nằm ngoài tệp');
  const cd = await source.read(cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw damaged('mục lục ZIP sai');
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
    const entry: ZipEntry = {
      name,
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    };
    readZip64Extra(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    if (!Number.isFinite(entry.size) || !Number.isFinite(entry.compressedSize))
      throw damaged('mục lục ZIP64 sai');
    entries.set(name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset too large for 32 bits are in the ZIP64 extra field, in this order, when marked 0xFFFFFFFF. */
function readZip64Extra(extra: Buffer, entry: ZipEntry) {
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = () => {
        const value = r + 8 <= q + 4 + length ? Number(extra.readBigUInt64LE(r)) : NaN;
        r += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    q += 4 + length;
  }
}
