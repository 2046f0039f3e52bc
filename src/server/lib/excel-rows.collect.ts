// The sheet processor of forEachSheetRow (excel-worker.ts): the rows as they are read, in batches.
import type { SheetProcessor, SheetRow } from './excel-worker';

export function createSheetProcessor(init: { batch: number }): SheetProcessor<SheetRow[]> {
  let rows: SheetRow[] = [];
  return {
    row(n, cells) {
      rows.push({ n, cells });
      if (rows.length < init.batch) return undefined;
      const out = rows;
      rows = [];
      return out;
    },
    end: () => (rows.length ? rows : undefined),
  };
}
