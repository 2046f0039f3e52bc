import { open } from 'node:fs/promises';
import { type Readable, Transform, type Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { formatDmyDate, parseDmyDate } from '../../domain/people/person-row';

/** Shared ExcelJS helpers: Vietnamese sheets with a styled, frozen header; streaming reads and writes. */

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export { formatDmyDate, parseDmyDate };

export interface SheetColumn {
  header: string;
  width: number;
  /** '@' = text (keeps leading zeros of IDs), else a number format. */
  numFmt?: string;
}

type AnySheet = ExcelJS.Worksheet;

/** Writes the header row (bold, filled, bordered), widths, a frozen header and an autofilter. */
export function writeHeader(sheet: AnySheet, columns: readonly SheetColumn[]) {
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.getRow(1);
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { bold: true, name: 'Times New Roman', size: 12 };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = {
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  // A streamed sheet takes its views when created (createStreamingWorkbook callers pass them).
  if (typeof (sheet as { commit?: unknown }).commit !== 'function')
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** A drop-down list on a column for `rows` data rows; long lists refer to a range on another sheet. */
export function addListValidation(
  sheet: AnySheet,
  column: number,
  rows: number,
  source: { values: readonly string[] } | { range: string },
  prompt: string,
) {
  const formula = 'values' in source ? `"${source.values.join(',')}"` : source.range;
  const letter = columnLetter(column);
  // ExcelJS has no typing for range validations; one rule over the whole column range.
  (
    sheet as unknown as {
      dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
    }
  ).dataValidations.add(`${letter}2:${letter}${rows + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'error',
    errorTitle: 'Giá trị không hợp lệ',
    error: prompt,
  });
}

export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A streaming workbook that writes into `stream` (an HTTP reply or a file). */
export function createStreamingWorkbook(stream: Writable) {
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
}

/** The text of a cell however Excel stored it; date cells become dd/mm/yyyy. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDmyDate(value.toISOString().slice(0, 10));
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result);
  return '';
}

/**
 * Streams the rows of the first worksheet: `onRow(rowNumber, cells)` with cells as text (index 1 = column A).
 * Nothing but the current row is held in memory.
 */
export async function readFirstSheetRows(
  filePath: string,
  onRow: (rowNumber: number, cells: string[], sheet: SheetInfo) => Promise<void> | void,
) {
  const sheet: SheetInfo = { lastRow: null };
  const reader = createUtf8SafeReader(filePath, sheet);
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const cells: string[] = [];
      const values = row.values as ExcelJS.CellValue[];
      for (let i = 1; i < values.length; i++) cells[i] = cellText(values[i]).trim();
      await onRow(row.number, cells, sheet);
    }
    return; // only the first sheet holds data; "Hướng dẫn" and lists follow it
  }
}

/** What the sheet declares about itself before its rows: its last row (`<dimension ref="A1:P5001"/>`), if written. */
export interface SheetInfo {
  lastRow: number | null;
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): unknown;
  _parseSharedStrings(entry: Readable): unknown;
}

/**
 * ExcelJS's streaming reader decodes each compressed chunk on its own (`TextDecoder.decode(chunk)`
 * without `stream: true`), so a Vietnamese letter whose UTF-8 bytes straddle two chunks turns into
 * "�" (about 1 row in 10,000 in our measurements). We hand it text decoded across chunk boundaries.
 */
function createUtf8SafeReader(filePath: string, sheet: SheetInfo) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore', // date cells then arrive as serial numbers, which parseDmyDate accepts
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const internals = reader as unknown as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) =>
    parseWorksheet(readDimension(decodeUtf8(iterator), sheet), sheetNo);
  internals._parseSharedStrings = (entry) => parseSharedStrings(entry.pipe(utf8DecodeStream()));
  return reader;
}

async function* decodeUtf8(chunks: AsyncIterable<unknown>) {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks)
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  yield decoder.decode();
}

const DIMENSION_RE = /<dimension\s+ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/;

/** Notes the sheet's declared last row from the first chunk(s) of its XML, passing the text through. */
async function* readDimension(chunks: AsyncIterable<string>, sheet: SheetInfo) {
  let head = '';
  for await (const chunk of chunks) {
    if (head.length < 4096) {
      head += chunk;
      const m = DIMENSION_RE.exec(head);
      if (m) {
        sheet.lastRow = m[1] ? Number(m[1]) : 1;
        head = 'x'.repeat(4096);
      }
    }
    yield chunk;
  }
}

function utf8DecodeStream() {
  const decoder = new TextDecoder('utf-8');
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, decoder.decode(chunk, { stream: true }));
    },
    flush(callback) {
      callback(null, decoder.decode());
    },
  });
}

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

export { ExcelJS };

type WorkerMessage =
  | { type: 'rows' | 'end'; rows: { n: number; cells: string[] }[]; lastRow: number | null }
  | { type: 'error'; message: string };

/**
 * readFirstSheetRows with the reading done by a worker thread (excel-rows.worker.ts): the same rows in
 * the same order, while this thread validates and writes. The worker runs TypeScript through tsx.
 */
export async function readFirstSheetRowsInWorker(
  filePath: string,
  onRow: (rowNumber: number, cells: string[], sheet: SheetInfo) => Promise<void> | void,
) {
  const url = new URL('./excel-rows.worker.ts', import.meta.url);
  const execArgv = process.execArgv.some((a) => a.includes('tsx'))
    ? process.execArgv
    : [...process.execArgv, '--import', 'tsx'];
  const worker = new Worker(url, { workerData: { filePath }, execArgv });
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | undefined;
  const push = (m: WorkerMessage) => {
    queue.push(m);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (error: Error) => push({ type: 'error', message: error.message }));
  const sheet: SheetInfo = { lastRow: null };
  try {
    for (;;) {
      const message = queue.shift() ?? (await new Promise<void>((r) => (wake = r)), queue.shift());
      wake = undefined;
      if (!message) continue;
      if (message.type === 'error') throw new Error(message.message);
      sheet.lastRow = message.lastRow;
      for (const row of message.rows) await onRow(row.n, row.cells, sheet);
      if (message.type === 'end') return;
    }
  } finally {
    await worker.terminate();
  }
}
