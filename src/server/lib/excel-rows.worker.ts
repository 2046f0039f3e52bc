// Worker thread: reads the first sheet of an .xlsx and posts its rows to the parent in chunks, so that
// XML parsing (most of an import's CPU) runs on another core than validation and database writes.
import { parentPort, workerData } from 'node:worker_threads';
import { readFirstSheetRows } from './excel';

const CHUNK = 500;
const { filePath } = workerData as { filePath: string };
let chunk: { n: number; cells: string[] }[] = [];
let lastRow: number | null = null;

readFirstSheetRows(filePath, (n, cells, sheet) => {
  lastRow = sheet.lastRow;
  chunk.push({ n, cells });
  if (chunk.length >= CHUNK) {
    parentPort!.postMessage({ type: 'rows', rows: chunk, lastRow });
    chunk = [];
  }
})
  .then(() => parentPort!.postMessage({ type: 'end', rows: chunk, lastRow }))
  .catch((error: unknown) =>
    parentPort!.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    }),
  );
