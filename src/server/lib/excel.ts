import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatDmyDate, parseDmyDate } from '../../domain/people/person-row';

/**
 * Shared Excel helpers: Vietnamese sheets with a styled, frozen header and streaming writes (ExcelJS);
 * reading is excel-reader.ts (a streaming reader of the first sheet, within the limits of upload-limits.ts),
 * always on a worker thread for uploads (excel-worker.ts: forEachSheetRow, readSheetRows, processSheetInWorker).
 */

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

export { ExcelJS };

export {
  fileLooksLikeXlsx,
  looksLikeXlsx,
  readFirstSheetRows,
  type SheetInfo,
  WorkbookFormatError,
} from './excel-reader';
export {
  forEachSheetRow,
  processSheetInWorker,
  readSheetRows,
  type CreateSheetProcessor,
  type SheetProcessor,
  type SheetRow,
} from './excel-worker';
