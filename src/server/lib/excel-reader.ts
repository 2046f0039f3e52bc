import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * A streaming reader for the first worksheet of an .xlsx, written for imports: the ZIP central directory
 * is read directly, the sheet's XML is inflated as a stream and scanned as bytes, row by row; only cell
 * values become strings (UTF-8 decoded whole, so no letter is split between chunks). It keeps nothing but
 * the shared strings and the current chunk in memory, builds no cell objects and is about five times
 * faster than ExcelJS's streaming reader, whose per-cell objects dominated the import's CPU time
 * (docs/benchmarks.md).
 *
 * Cell texts follow ExcelJS's reading (without styles) for everything Excel, LibreOffice and ExcelJS
 * write: strings (shared, inline, formula results), numbers as written (integers without a decimal part;
 * date cells are therefore serial days), booleans as "Có"/"Không", errors as blank.
 */

/** What the sheet declares about itself before its rows: its last row (`<dimension ref="A1:P5001"/>`), if written. */
export interface SheetInfo {
  lastRow: number | null;
}

export type OnSheetRow = (rowNumber: number, cells: string[], sheet: SheetInfo) => Promise<void> | void;

/** The file is not a readable workbook (not a ZIP, truncated, encrypted, no worksheet). */
export class WorkbookFormatError extends Error {}

interface ZipEntry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const corrupt = (what: string) => new WorkbookFormatError(`Tệp .xlsx hỏng: ${what}`);

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw corrupt('tệp bị cắt cụt');
  return buffer;
}

/** The ZIP's central directory: entry name → where its data is and how it is compressed (ZIP64 included). */
async function readCentralDirectory(handle: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await handle.stat();
  const tailLength = Math.min(size, 22 + 65_535);
  if (tailLength < 22) throw corrupt('không phải tệp ZIP');
  const tail = await readAt(handle, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw corrupt('không tìm thấy mục lục ZIP');
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) throw corrupt('mục lục ZIP64 thiếu');
    const record = await readAt(handle, Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw corrupt('mục lục ZIP64 sai');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > size) throw corrupt('mục lục ZIP nằm ngoài tệp');
  const cd = await readAt(handle, cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw corrupt('mục lục ZIP sai');
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    };
    const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
    readZip64Extra(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
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

/** The entry's uncompressed bytes as a stream (stored or deflated; nothing else appears in .xlsx files). */
async function openEntry(filePath: string, handle: FileHandle, entry: ZipEntry): Promise<Readable> {
  if (entry.flags & 1) throw corrupt('tệp được đặt mật khẩu');
  const local = await readAt(handle, entry.localOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL) throw corrupt('mục ZIP sai');
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(filePath, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 256 * 1024,
  });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw corrupt(`kiểu nén ${entry.method} không được hỗ trợ`);
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  raw.on('error', (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}

/** The longest element (a row, a shared string) or small part (workbook.xml) held in memory: past it the file is refused. */
const MAX_ELEMENT_BYTES = 64 * 1024 * 1024;

async function wholeText(filePath: string, handle: FileHandle, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of await openEntry(filePath, handle, entry)) {
    length += (chunk as Buffer).length;
    if (length > MAX_ELEMENT_BYTES) throw corrupt('phần mô tả bảng tính quá lớn');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Hands `scan` the entry's bytes in pieces that end right after a closing tag `close` (`</row>`, `</si>`),
 * so it only ever sees whole elements; the rest waits for the next chunk. The last piece is the remainder.
 * Working on bytes, not decoded text, keeps the markup (most of the sheet) from ever becoming strings.
 */
async function scanWholeElements(
  stream: Readable,
  close: string,
  scan: (buf: Buffer, end: number) => Promise<void> | void,
) {
  let carry: Buffer | undefined;
  for await (const chunk of stream) {
    const buf = carry ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
    const last = buf.lastIndexOf(close);
    if (last < 0) {
      if (buf.length > MAX_ELEMENT_BYTES) throw corrupt('một dòng quá dài');
      carry = buf;
      continue;
    }
    const end = last + close.length;
    await scan(buf, end);
    carry = end < buf.length ? buf.subarray(end) : undefined;
  }
  if (carry) await scan(carry, carry.length);
}

const ROW_OPEN = Buffer.from('<row');
const ROW_CLOSE = Buffer.from('</row>');
const SI_OPEN = Buffer.from('<si');
const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOSTROPHE = 39;
const EQUALS = 61;
const AMPERSAND = 38;
const isSpace = (b: number | undefined) => b === 32 || b === 10 || b === 13 || b === 9;
/** The byte after a tag name: the name ends there (space, '>' or '/'). */
const endsName = (b: number | undefined) => b === GT || b === SLASH || isSpace(b);

/** `<name` at `p` (and nothing longer, e.g. `<rowBreaks` is not `<row`). */
function isTag(buf: Buffer, p: number, name: string): boolean {
  if (buf[p] !== LT) return false;
  for (let i = 0; i < name.length; i++) if (buf[p + 1 + i] !== name.charCodeAt(i)) return false;
  return endsName(buf[p + 1 + name.length]);
}

/** `</name>` at `p`. */
function isClose(buf: Buffer, p: number, name: string): boolean {
  if (buf[p] !== LT || buf[p + 1] !== SLASH) return false;
  for (let i = 0; i < name.length; i++) if (buf[p + 2 + i] !== name.charCodeAt(i)) return false;
  return buf[p + 2 + name.length] === GT;
}

/** The attributes of the tag whose name ends at `p`, read up to its '>'. */
class TagReader {
  /** Position after the tag's '>'. */
  next = 0;
  selfClosing = false;
  // The two attributes imports use: r (reference) and t (cell type), as byte ranges.
  rStart = -1;
  rEnd = -1;
  tStart = -1;
  tEnd = -1;

  read(buf: Buffer, p: number, end: number): void {
    this.rStart = this.tStart = -1;
    for (;;) {
      while (p < end && isSpace(buf[p])) p++;
      if (p >= end) throw corrupt('thẻ XML không đóng');
      const b = buf[p]!;
      if (b === GT) {
        this.next = p + 1;
        this.selfClosing = false;
        return;
      }
      if (b === SLASH && buf[p + 1] === GT) {
        this.next = p + 2;
        this.selfClosing = true;
        return;
      }
      const nameStart = p;
      while (p < end && buf[p] !== EQUALS && buf[p] !== GT && !isSpace(buf[p])) p++;
      const nameLength = p - nameStart;
      while (p < end && isSpace(buf[p])) p++;
      if (buf[p] !== EQUALS) continue; // a bare name: not XML, skip it
      p++;
      while (p < end && isSpace(buf[p])) p++;
      const quote = buf[p];
      if (quote !== QUOTE && quote !== APOSTROPHE) throw corrupt('thuộc tính XML sai');
      const valueStart = ++p;
      while (p < end && buf[p] !== quote) p++;
      if (nameLength === 1) {
        if (buf[nameStart] === 114 /* r */) {
          this.rStart = valueStart;
          this.rEnd = p;
        } else if (buf[nameStart] === 116 /* t */) {
          this.tStart = valueStart;
          this.tEnd = p;
        }
      }
      p++;
    }
  }
}

const ENTITY_RE = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text → string (the five named entities and character references). */
export function xmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(
    ENTITY_RE,
    (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
      name ? NAMED[name]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

// Buffer#toString(encoding, start, end) checks its arguments and looks the encoding up on every call;
// its native utf8Slice, called directly, halves the cost of the hundreds of thousands of small values.
const nativeUtf8Slice = (
  Buffer.prototype as unknown as { utf8Slice?: (start: number, end: number) => string }
).utf8Slice;
const utf8 = nativeUtf8Slice
  ? (buf: Buffer, start: number, end: number) => nativeUtf8Slice.call(buf, start, end)
  : (buf: Buffer, start: number, end: number) => buf.toString('utf8', start, end);

/** The text between `start` and `end` (UTF-8 bytes of XML character data). */
function textOf(buf: Buffer, start: number, end: number): string {
  let entity = false;
  for (let i = start; i < end; i++)
    if (buf[i] === AMPERSAND) {
      entity = true;
      break;
    }
  const text = utf8(buf, start, end);
  return entity ? xmlText(text) : text;
}

/** Where the next '<' is at or after `p` (or `end`). */
function nextTag(buf: Buffer, p: number, end: number): number {
  while (p < end && buf[p] !== LT) p++;
  return p;
}

/** Past the element whose start tag was just read (`tag.next`), up to and including `</name>`. */
function skipElement(buf: Buffer, tag: TagReader, name: string, end: number): number {
  if (tag.selfClosing) return tag.next;
  const close = buf.indexOf(`</${name}>`, tag.next);
  return close < 0 || close >= end ? end : close + name.length + 3;
}

/**
 * The text of a string item (`<si>` or `<is>`, start tag already read) up to its closing tag: the text
 * of its runs (`<t>`) joined, phonetic guides (`<rPh>`) left out. Returns the position after it.
 */
function readRuns(buf: Buffer, tag: TagReader, name: string, end: number, out: { text: string }): number {
  out.text = '';
  if (tag.selfClosing) return tag.next;
  let p = tag.next;
  for (;;) {
    p = nextTag(buf, p, end);
    if (p >= end) return end;
    if (isClose(buf, p, name)) return p + name.length + 3;
    if (isTag(buf, p, 't')) {
      tag.read(buf, p + 2, end);
      if (tag.selfClosing) {
        p = tag.next;
        continue;
      }
      const textEnd = nextTag(buf, tag.next, end);
      out.text += textOf(buf, tag.next, textEnd);
      p = textEnd;
    } else if (isTag(buf, p, 'rPh')) {
      tag.read(buf, p + 4, end);
      p = skipElement(buf, tag, 'rPh', end);
    } else p++;
  }
}

async function readSharedStrings(stream: Readable): Promise<string[]> {
  const strings: string[] = [];
  const tag = new TagReader();
  const item = { text: '' };
  await scanWholeElements(stream, '</si>', (buf, end) => {
    for (let p = buf.indexOf(SI_OPEN, 0); p >= 0 && p < end; p = buf.indexOf(SI_OPEN, p)) {
      if (!isTag(buf, p, 'si')) {
        p += 3;
        continue;
      }
      tag.read(buf, p + 3, end);
      p = readRuns(buf, tag, 'si', end, item);
      strings.push(item.text);
    }
  });
  return strings;
}

/** The first sheet in the workbook's tab order, as a path inside the ZIP. */
async function firstSheetPath(
  filePath: string,
  handle: FileHandle,
  entries: Map<string, ZipEntry>,
): Promise<string | undefined> {
  const workbook = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (workbook && rels) {
    const wbXml = await wholeText(filePath, handle, workbook);
    const relsXml = await wholeText(filePath, handle, rels);
    const sheet = /<sheet\b[^>]*?\s[\w.-]+:id\s*=\s*["']([^"']+)["']/.exec(wbXml)?.[1];
    if (sheet) {
      for (const rel of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
        if (attribute(rel[0], 'Id') !== sheet) continue;
        const target = xmlText(attribute(rel[0], 'Target') ?? '');
        const full = target.startsWith('/') ? target.slice(1) : normalisePath(`xl/${target}`);
        if (entries.has(full)) return full;
      }
    }
  }
  // Without a resolvable workbook, the first worksheet part (what ExcelJS's reader takes).
  return [...entries.keys()].find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
}

function normalisePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/'))
    if (part === '..') out.pop();
    else if (part !== '.') out.push(part);
  return out.join('/');
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

const DIMENSION_RE = /<dimension\s+ref=["'][A-Z]+\d+(?::[A-Z]+(\d+))?["']/;

/** Numbers as ExcelJS reads them without styles: integers without a decimal part, others as JavaScript prints them. */
function numberText(raw: string): string {
  const value = parseFloat(raw);
  if (Number.isNaN(value)) return raw;
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

/** Cell types (`t`) by their first byte and length. */
const enum CellType {
  Number,
  Shared,
  String,
  Inline,
  Boolean,
  Error,
  Date,
}

function cellType(buf: Buffer, start: number, end: number): CellType {
  if (start < 0) return CellType.Number;
  const first = buf[start];
  const length = end - start;
  if (length === 1) {
    if (first === 115 /* s */) return CellType.Shared;
    if (first === 98 /* b */) return CellType.Boolean;
    if (first === 101 /* e */) return CellType.Error;
    if (first === 100 /* d */) return CellType.Date;
    return CellType.Number;
  }
  if (length === 3 && first === 115) return CellType.String; // str
  if (length === 9 && first === 105) return CellType.Inline; // inlineStr
  return CellType.Number;
}

/** Column number (A = 1) from the letters of a reference such as "AB12"; 0 when there are none. */
function columnOf(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if (b < 65 || b > 90) break;
    n = n * 26 + (b - 64);
  }
  return n;
}

function rowNumberOf(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if (b < 48 || b > 57) return -1;
    n = n * 10 + (b - 48);
  }
  return end > start ? n : -1;
}

/** Reads the worksheet's rows (byte scanner over `<row>`, `<c>`, `<v>`, `<is>`), row by row. */
class SheetScanner {
  private readonly tag = new TagReader();
  private readonly item = { text: '' };
  private rowNumber = 0;
  readonly rows: { n: number; cells: string[] }[] = [];
  constructor(private readonly shared: string[]) {}

  /** The rows in `buf[0, end)`, appended to `rows`. */
  scan(buf: Buffer, end: number) {
    const tag = this.tag;
    for (let p = buf.indexOf(ROW_OPEN, 0); p >= 0 && p < end; p = buf.indexOf(ROW_OPEN, p)) {
      if (!isTag(buf, p, 'row')) {
        p += 4;
        continue;
      }
      tag.read(buf, p + 4, end);
      const ref = tag.rStart >= 0 ? rowNumberOf(buf, tag.rStart, tag.rEnd) : -1;
      this.rowNumber = ref > 0 ? ref : this.rowNumber + 1;
      const cells: string[] = [];
      if (tag.selfClosing) p = tag.next;
      else {
        const close = buf.indexOf(ROW_CLOSE, tag.next);
        const rowEnd = close < 0 || close >= end ? end : close;
        this.cells(buf, tag.next, rowEnd, cells);
        p = rowEnd + 6;
      }
      this.rows.push({ n: this.rowNumber, cells });
    }
  }

  private cells(buf: Buffer, p: number, end: number, cells: string[]) {
    const tag = this.tag;
    let column = 0;
    for (;;) {
      p = nextTag(buf, p, end);
      if (p >= end) return;
      if (!isTag(buf, p, 'c')) {
        p++;
        continue;
      }
      tag.read(buf, p + 2, end);
      const refColumn = tag.rStart >= 0 ? columnOf(buf, tag.rStart, tag.rEnd) : 0;
      column = refColumn > 0 ? refColumn : column + 1;
      if (tag.selfClosing) {
        p = tag.next;
        continue;
      }
      const type = cellType(buf, tag.tStart, tag.tEnd);
      let value: string | undefined;
      p = tag.next;
      for (;;) {
        p = nextTag(buf, p, end);
        if (p >= end || isClose(buf, p, 'c')) break;
        if (isTag(buf, p, 'v')) {
          tag.read(buf, p + 2, end);
          if (tag.selfClosing) {
            value = this.value(type, '');
            p = tag.next;
          } else {
            const textEnd = nextTag(buf, tag.next, end);
            value = this.value(type, textOf(buf, tag.next, textEnd));
            p = textEnd;
          }
        } else if (isTag(buf, p, 'is')) {
          tag.read(buf, p + 3, end);
          p = readRuns(buf, tag, 'is', end, this.item);
          value = this.item.text;
        } else if (isTag(buf, p, 'f')) {
          // A formula: its cached result is in <v>; without one the cell reads as blank.
          tag.read(buf, p + 2, end);
          p = skipElement(buf, tag, 'f', end);
          value ??= '';
        } else p++;
      }
      p += 4; // </c>
      if (value === undefined) continue;
      for (let i = cells.length === 0 ? 1 : cells.length; i < column; i++) cells[i] = '';
      cells[column] = value.trim();
    }
  }

  /** One cell's text by its type: shared string, string, boolean, error, ISO date, number. */
  private value(type: CellType, raw: string): string {
    switch (type) {
      case CellType.Shared:
        return this.shared[parseInt(raw, 10)] ?? '';
      case CellType.String:
      case CellType.Inline:
        return raw;
      case CellType.Boolean:
        return parseInt(raw, 10) !== 0 ? 'Có' : 'Không';
      case CellType.Error:
        return '';
      case CellType.Date: {
        const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
        return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : raw;
      }
      default:
        return raw === '' ? '' : numberText(raw);
    }
  }
}

/**
 * Streams the rows of the first worksheet: `onRow(rowNumber, cells)` with cells as trimmed text
 * (index 1 = column A, blank up to the last cell holding a value). Rows and cells without a reference
 * follow the previous one. Throws WorkbookFormatError when the file is not a readable workbook.
 */
export async function readFirstSheetRows(filePath: string, onRow: OnSheetRow): Promise<void> {
  const handle = await open(filePath, 'r');
  try {
    await readRows(filePath, handle, onRow);
  } catch (error) {
    // zlib's errors (Z_DATA_ERROR, Z_BUF_ERROR: damaged or cut compressed data) mean a broken file.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) throw corrupt('dữ liệu nén hỏng');
    throw error;
  } finally {
    await handle.close();
  }
}

async function readRows(filePath: string, handle: FileHandle, onRow: OnSheetRow) {
  const entries = await readCentralDirectory(handle);
  const sheetPath = await firstSheetPath(filePath, handle, entries);
  const sheetEntry = sheetPath ? entries.get(sheetPath) : undefined;
  if (!sheetEntry) throw new WorkbookFormatError('Tệp .xlsx không có trang tính nào.');
  const sharedEntry = entries.get('xl/sharedStrings.xml');
  const shared = sharedEntry ? await readSharedStrings(await openEntry(filePath, handle, sharedEntry)) : [];
  const sheet: SheetInfo = { lastRow: null };
  const scanner = new SheetScanner(shared);
  let head = true;
  await scanWholeElements(await openEntry(filePath, handle, sheetEntry), '</row>', async (buf, end) => {
    if (head) {
      head = false;
      const m = DIMENSION_RE.exec(buf.toString('latin1', 0, Math.min(end, 4096)));
      if (m) sheet.lastRow = m[1] ? Number(m[1]) : 1;
    }
    scanner.scan(buf, end);
    const rows = scanner.rows.splice(0);
    for (const row of rows) {
      const pending = onRow(row.n, row.cells, sheet);
      if (pending) await pending;
    }
  });
}
