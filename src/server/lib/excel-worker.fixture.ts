// A sheet processor for the worker's tests (excel-worker.test.ts): rows as text, in chunks.
import { AppError } from './errors';
import type { SheetProcessor } from './excel-worker';

export interface RowChunk {
  rows: string[];
  lastRow: number | null;
}

export function createSheetProcessor(init: { chunk: number; failAt?: number }): SheetProcessor<RowChunk> {
  let rows: string[] = [];
  return {
    row(n, cells, sheet) {
      if (n === init.failAt) throw new AppError('BAD_REQUEST', `Dòng ${n} không đọc được`, { row: n });
      rows.push(`${n}|${cells.join('|')}`);
      if (rows.length < init.chunk) return undefined;
      const out = { rows, lastRow: sheet.lastRow };
      rows = [];
      return out;
    },
    end(sheet) {
      return rows.length ? { rows, lastRow: sheet.lastRow } : undefined;
    },
  };
}
