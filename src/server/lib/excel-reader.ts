import { open } from 'node:fs/promises';
import { excelSerialToIso, formatDmyDate } from '../../domain/people/person-row';
import { MAX_SMALL_PART_BYTES, SHEET_LIMITS, type SheetLimits, uploadRefusal } from './upload-limits';
import { DamagedFileError, ZipReader, type ZipEntry } from './zip-reader';

/**
 * A streaming reader for the first worksheet of an .xlsx, written for imports: the ZIP central directory
 * is read directly (zip-reader.ts), the sheet's XML is inflated as a stream and scanned as bytes, row by
 * row; only cell values become strings (UTF-8 decoded whole, so no letter is split between chunks). It
 * keeps nothing but the shared strings and the current chunk in memory, builds no cell objects and is
 * about five times faster than ExcelJS's streaming reader, whose per-cell objects dominated the import's
 * CPU time (docs/benchmarks.md). Every limit of `SheetLimits` (upload-limits.ts) is checked while reading,
 * so a hostile file is refused after a bounded amount of work and memory.
 *
 * Cell texts follow ExcelJS's reading for everything Excel, LibreOffice and ExcelJS write: strings
 * (shared, inline, formula results), numbers as written (integers without a decimal part), numbers in a
 * date format as dd/mm/yyyy, booleans as "Có"/"Không", errors as blank.
 */

/** What the sheet declares about itself before its rows: its last row (`<dimension ref="A1:P5001"/>`), if written. */
export interface SheetInfo {
  lastRow: number | null;
}

export type OnSheetRow = (rowNumber: number, cells: string[], sheet: SheetInfo) => Promise<void> | void;

/** The file is not a readable workbook (not a ZIP, truncated, encrypted, no worksheet). */
export const WorkbookFormatError = DamagedFileError;
export type WorkbookFormatError = DamagedFileError;

/** The limits applied when a caller gives none: the largest import's. */
export const DEFAULT_SHEET_LIMITS: SheetLimits = SHEET_LIMITS.people;
const WHAT = 'Tệp Excel';

const corrupt = (what: string) => new DamagedFileError(what);

/** .xlsx files are ZIP archives: "PK\x03\x04" at offset 0. Checks the content, not the name. */
export function looksLikeXlsx(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

export async function fileLooksLikeXlsx(filePath: string): Promise<boolean> {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return looksLikeXlsx(head);
  } finally {
    await handle.close();
  }
}

/**
 * Hands `scan` the entry's bytes in pieces that end where an element `name` (`row`, `si`) is complete:
 * right after its last closing tag, or at the start of the last one begun (those before it have ended,
 * self-closing `<row/>` included), so `scan` only ever sees whole elements; the rest waits for the next
 * chunk. The last piece is the remainder. Working on bytes, not decoded text, keeps the markup (most of
 * the sheet) from ever becoming strings.
 */
async function scanWholeElements(
  stream: AsyncIterable<Buffer>,
  name: string,
  tooLong: { maxBytes: number; error: () => Error },
  scan: (buf: Buffer, end: number) => Promise<void> | void,
) {
  const close = `</${name}>`;
  let carry: Buffer | undefined;
  for await (const chunk of stream) {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    const closed = buf.lastIndexOf(close);
    const end = Math.max(closed < 0 ? -1 : closed + close.length, buf.lastIndexOf(`<${name}`));
    if (end <= 0) {
      // One element longer than the limit (a bomb is one huge cell): refused before it grows further.
      if (buf.length > tooLong.maxBytes) throw tooLong.error();
      carry = buf;
      continue;
    }
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
  // The attributes imports use: r (reference) and t (cell type) as byte ranges, s (style index).
  rStart = -1;
  rEnd = -1;
  tStart = -1;
  tEnd = -1;
  style = -1;

  read(buf: Buffer, p: number, end: number): void {
    this.rStart = this.tStart = this.style = -1;
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
        } else if (buf[nameStart] === 115 /* s */) this.style = rowNumberOf(buf, valueStart, p);
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

/** The shared strings, each within the cell limit, their count and bytes within theirs. */
async function readSharedStrings(zip: ZipReader, entry: ZipEntry, limits: SheetLimits): Promise<string[]> {
  const strings: string[] = [];
  const tag = new TagReader();
  const item = { text: '' };
  const bytes = limits.maxSharedStringsBytes;
  const stream = zip.read(entry, bytes, () => uploadRefusal.sharedStringsBytes(bytes));
  const tooLong = {
    maxBytes: limits.maxRowBytes,
    error: () => uploadRefusal.cell(null, limits.maxCellChars),
  };
  await scanWholeElements(stream, 'si', tooLong, (buf, end) => {
    for (let p = buf.indexOf(SI_OPEN, 0); p >= 0 && p < end; p = buf.indexOf(SI_OPEN, p)) {
      if (!isTag(buf, p, 'si')) {
        p += 3;
        continue;
      }
      tag.read(buf, p + 3, end);
      p = readRuns(buf, tag, 'si', end, item);
      if (item.text.length > limits.maxCellChars) throw uploadRefusal.cell(null, limits.maxCellChars);
      if (strings.push(item.text) > limits.maxSharedStrings)
        throw uploadRefusal.sharedStrings(limits.maxSharedStrings);
    }
  });
  return strings;
}

/** The tags `<name …>` of `xml`, in order (found with indexOf: linear whatever the text is). */
function* tagsOf(xml: string, name: string, from = 0, to = xml.length): Generator<string, void> {
  for (let p = xml.indexOf(`<${name}`, from); p >= 0 && p < to; p = xml.indexOf(`<${name}`, p + 1)) {
    const next = xml.charCodeAt(p + 1 + name.length);
    if (!endsName(next)) continue;
    const end = xml.indexOf('>', p);
    if (end < 0) return;
    yield xml.slice(p, end + 1);
  }
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

interface WorkbookParts {
  sheet: ZipEntry;
  /** Style indexes (`s` of a cell) whose number format is a date. */
  dateStyles: Set<number>;
  /** The 1904 date system (old Mac workbooks): serial days count from 1904-01-01. */
  date1904: boolean;
}

/** The first sheet in the workbook's tab order, the date styles and the date system. */
async function workbookParts(zip: ZipReader): Promise<WorkbookParts> {
  const { entries } = zip;
  const workbook = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  let sheet: ZipEntry | undefined;
  let date1904 = false;
  if (workbook && rels) {
    const wbXml = await zip.text(workbook, MAX_SMALL_PART_BYTES);
    const relsXml = await zip.text(rels, MAX_SMALL_PART_BYTES);
    const pr = tagsOf(wbXml, 'workbookPr').next().value;
    date1904 = pr !== undefined && /^(1|true)$/.test(attribute(pr, 'date1904') ?? '');
    const first = tagsOf(wbXml, 'sheet').next().value;
    const id = first && /\s[\w.-]+:id\s*=\s*["']([^"']+)["']/.exec(first)?.[1];
    for (const rel of id ? tagsOf(relsXml, 'Relationship') : []) {
      if (attribute(rel, 'Id') !== id) continue;
      const target = xmlText(attribute(rel, 'Target') ?? '');
      sheet = entries.get(target.startsWith('/') ? target.slice(1) : normalisePath(`xl/${target}`));
      if (sheet) break;
    }
  }
  // Without a resolvable workbook, the first worksheet part (what ExcelJS's reader takes).
  sheet ??= [...entries.values()].find((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  if (!sheet) throw corrupt('không có trang tính nào');
  const styles = entries.get('xl/styles.xml');
  const dateStyles = styles ? dateStylesOf(await zip.text(styles, MAX_SMALL_PART_BYTES)) : new Set<number>();
  return { sheet, dateStyles, date1904 };
}

/** Excel's built-in number formats that show a date (14–17, 22; 27–36 and 50–58 in East Asian locales). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A custom number format shows a date when, outside quotes and brackets, it has day, month or year codes. */
export function isDateFormat(code: string): boolean {
  if (/\[[hms]+\]/i.test(code)) return false; // elapsed time ([h]:mm)
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').split(';')[0] ?? '';
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

/** The cell styles (`<cellXfs>` in order) whose number format is a date. */
function dateStylesOf(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const tag of tagsOf(xml, 'numFmt'))
    custom.set(Number(attribute(tag, 'numFmtId')), xmlText(attribute(tag, 'formatCode') ?? ''));
  const out = new Set<number>();
  const from = xml.indexOf('<cellXfs');
  if (from < 0) return out;
  const to = xml.indexOf('</cellXfs>', from);
  let index = 0;
  for (const xf of tagsOf(xml, 'xf', from, to < 0 ? xml.length : to)) {
    const id = Number(attribute(xf, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id)) out.add(index);
    index++;
  }
  return out;
}

function normalisePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/'))
    if (part === '..') out.pop();
    else if (part !== '.') out.push(part);
  return out.join('/');
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

/** Reads the worksheet's rows (byte scanner over `<row>`, `<c>`, `<v>`, `<is>`), row by row, within the limits. */
class SheetScanner {
  private readonly tag = new TagReader();
  private readonly item = { text: '' };
  private rowNumber = 0;
  private rowCount = 0;
  private totalChars = 0;
  readonly rows: { n: number; cells: string[] }[] = [];
  constructor(
    private readonly shared: string[],
    private readonly parts: WorkbookParts,
    private readonly limits: SheetLimits,
  ) {}

  /** The rows in `buf[0, end)`, appended to `rows`. */
  scan(buf: Buffer, end: number) {
    const tag = this.tag;
    for (let p = buf.indexOf(ROW_OPEN, 0); p >= 0 && p < end; p = buf.indexOf(ROW_OPEN, p)) {
      if (!isTag(buf, p, 'row')) {
        p += 4;
        continue;
      }
      if (++this.rowCount > this.limits.maxRows) throw uploadRefusal.rows(this.limits.maxRows);
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
      const isDate = type === CellType.Number && tag.style >= 0 && this.parts.dateStyles.has(tag.style);
      let value: string | undefined;
      p = tag.next;
      for (;;) {
        p = nextTag(buf, p, end);
        if (p >= end || isClose(buf, p, 'c')) break;
        if (isTag(buf, p, 'v')) {
          tag.read(buf, p + 2, end);
          if (tag.selfClosing) {
            value = this.value(type, '', isDate);
            p = tag.next;
          } else {
            const textEnd = nextTag(buf, tag.next, end);
            value = this.value(type, textOf(buf, tag.next, textEnd), isDate);
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
      this.check(column, value);
      for (let i = cells.length === 0 ? 1 : cells.length; i < column; i++) cells[i] = '';
      cells[column] = value.trim();
    }
  }

  /** The cell limits: its column, its length, and all text so far (shared strings count each time). */
  private check(column: number, value: string) {
    const { limits } = this;
    if (column > limits.maxColumns) throw uploadRefusal.columns(this.rowNumber, limits.maxColumns);
    if (value.length > limits.maxCellChars) throw uploadRefusal.cell(this.rowNumber, limits.maxCellChars);
    this.totalChars += value.length;
    if (this.totalChars > limits.maxTotalChars) throw uploadRefusal.totalChars(limits.maxTotalChars);
  }

  /** One cell's text by its type: shared string, string, boolean, error, ISO date, number (a date by its style). */
  private value(type: CellType, raw: string, isDate: boolean): string {
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
        if (raw === '') return '';
        return isDate ? dateText(raw, this.parts.date1904) : numberText(raw);
    }
  }
}

/** A serial day number shown as a date → dd/mm/yyyy (the time of day, if any, is dropped). */
function dateText(raw: string, date1904: boolean): string {
  const serial = parseFloat(raw);
  if (!(serial >= 1 && serial <= 2_958_465)) return numberText(raw);
  return formatDmyDate(excelSerialToIso(serial + (date1904 ? 1462 : 0)));
}

/**
 * Streams the rows of the first worksheet: `onRow(rowNumber, cells)` with cells as trimmed text
 * (index 1 = column A, blank up to the last cell holding a value). Rows and cells without a reference
 * follow the previous one. Throws WorkbookFormatError when the file is not a readable workbook, and the
 * refusals of upload-limits.ts (AppError) as soon as a limit is passed.
 */
export async function readFirstSheetRows(
  filePath: string,
  onRow: OnSheetRow,
  limits: SheetLimits = DEFAULT_SHEET_LIMITS,
): Promise<void> {
  const zip = await ZipReader.open(filePath, limits, WHAT);
  try {
    await readRows(zip, onRow, limits);
  } finally {
    await zip.close();
  }
}

async function readRows(zip: ZipReader, onRow: OnSheetRow, limits: SheetLimits) {
  const parts = await workbookParts(zip);
  const sharedEntry = zip.entries.get('xl/sharedStrings.xml');
  const shared = sharedEntry ? await readSharedStrings(zip, sharedEntry, limits) : [];
  const sheet: SheetInfo = { lastRow: null };
  const scanner = new SheetScanner(shared, parts, limits);
  const tooLong = { maxBytes: limits.maxRowBytes, error: () => uploadRefusal.rowBytes(limits.maxRowBytes) };
  let head = true;
  await scanWholeElements(zip.read(parts.sheet), 'row', tooLong, async (buf, end) => {
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
