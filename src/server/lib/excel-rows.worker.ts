// Worker thread: reads the first sheet of an .xlsx (excel-reader.ts) and runs a processor module over its
// rows (e.g. the people import's validation), posting the processor's outputs to the parent. Reading and
// per-row work run on another core than the database writes (processSheetInWorker in excel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from './errors';
import { readFirstSheetRows } from './excel-reader';
import {
  type CreateSheetProcessor,
  SHEET_WORKER_AHEAD,
  type SheetWorkerData,
  type SheetWorkerMessage,
} from './excel-worker';
import { uploadRefusal } from './upload-limits';
import { DamagedFileError } from './zip-reader';

const { filePath, processor, init, limits } = workerData as SheetWorkerData;
const port = parentPort!;
const post = (message: SheetWorkerMessage<unknown>) => port.postMessage(message);

// Outputs posted and not yet acknowledged; reading pauses while SHEET_WORKER_AHEAD are outstanding.
let ahead = 0;
let resume: (() => void) | undefined;
port.on('message', () => {
  ahead--;
  resume?.();
});

async function send(output: unknown) {
  post({ type: 'output', output });
  ahead++;
  while (ahead >= SHEET_WORKER_AHEAD) await new Promise<void>((r) => (resume = r));
  resume = undefined;
}

async function run() {
  const module = (await import(processor)) as {
    createSheetProcessor: CreateSheetProcessor<unknown, unknown>;
  };
  const rows = module.createSheetProcessor(init);
  let info = { lastRow: null as number | null };
  // Synchronous unless there is an output to send: no promise per row.
  await readFirstSheetRows(
    filePath,
    (rowNumber, cells, sheet) => {
      info = sheet;
      const output = rows.row(rowNumber, cells, sheet);
      return output === undefined ? undefined : send(output);
    },
    limits,
  );
  const last = rows.end(info);
  if (last !== undefined) await send(last);
  post({ type: 'end' });
}

run().catch((caught: unknown) => {
  // A damaged file is the uploader's problem (400 with the reason), not the server's.
  const error = caught instanceof DamagedFileError ? uploadRefusal.unreadable(caught.message) : caught;
  post(
    error instanceof AppError
      ? { type: 'error', message: error.message, code: error.code, details: error.details }
      : { type: 'error', message: error instanceof Error ? error.message : String(error) },
  );
});
