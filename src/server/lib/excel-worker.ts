import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from './errors';
import { fileLooksLikeXlsx, type SheetInfo } from './excel-reader';
import { SHEET_WORKER_RESOURCES, type SheetLimits, uploadRefusal } from './upload-limits';

/**
 * Runs on the worker thread (excel-rows.worker.ts): turns the sheet's rows into outputs that are posted
 * to the main thread, e.g. validated batches. A processor module exports `createSheetProcessor(init)`.
 */
export interface SheetProcessor<O> {
  /** Takes one row; returns an output when one is ready to post. */
  row(rowNumber: number, cells: string[], sheet: SheetInfo): O | undefined;
  /** After the last row: the last output, if any. */
  end(sheet: SheetInfo): O | undefined;
}
export type CreateSheetProcessor<I, O> = (init: I) => SheetProcessor<O>;

/** Messages from the worker: outputs, the end, or an error (an AppError keeps its code and details). */
export type SheetWorkerMessage<O> =
  | { type: 'output'; output: O }
  | { type: 'end' }
  | { type: 'error'; message: string; code?: ErrorCode; details?: unknown };

/** What the worker is given. */
export interface SheetWorkerData {
  filePath: string;
  processor: string;
  init: unknown;
  limits: SheetLimits;
}

/** Outputs the worker may post ahead of the main thread (each one is acknowledged once handled). */
export const SHEET_WORKER_AHEAD = 2;

/**
 * Reads the first sheet of `filePath` on a worker thread, where the processor module (`processor`, given
 * `init`) turns rows into outputs; `onOutput` handles them here, in order, one at a time, and may return
 * false to stop reading. The worker runs at most SHEET_WORKER_AHEAD outputs ahead, so a slow consumer
 * holds back reading instead of buffering the file. Every limit of `limits` is checked while reading, the
 * worker's heap is capped and its time bounded: a hostile file ends the worker with a Vietnamese AppError
 * (4xx), never this process. Errors thrown by the processor come back as they were (AppError with its
 * code). The worker runs TypeScript through tsx.
 */
export async function processSheetInWorker<I, O>(
  filePath: string,
  processor: { module: URL; init: I },
  onOutput: (output: O) => Promise<void | false> | void | false,
  limits: SheetLimits,
): Promise<void> {
  const url = new URL('./excel-rows.worker.ts', import.meta.url);
  const execArgv = process.execArgv.some((a) => a.includes('tsx'))
    ? process.execArgv
    : [...process.execArgv, '--import', 'tsx'];
  const workerData: SheetWorkerData = {
    filePath,
    processor: processor.module.href,
    init: processor.init,
    limits,
  };
  const worker = new Worker(url, { workerData, execArgv, resourceLimits: SHEET_WORKER_RESOURCES });
  const queue: (SheetWorkerMessage<O> | Error)[] = [];
  let wake: (() => void) | undefined;
  const push = (m: SheetWorkerMessage<O> | Error) => {
    queue.push(m);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (error: Error & { code?: string }) =>
    push(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? uploadRefusal.workerMemory() : error),
  );
  worker.on('exit', () => push(new Error('Luồng đọc tệp Excel dừng bất thường.')));
  const timer = setTimeout(() => push(uploadRefusal.timeout(limits.maxSeconds)), limits.maxSeconds * 1000);
  try {
    for (;;) {
      const message = queue.shift() ?? (await new Promise<void>((r) => (wake = r)), queue.shift());
      wake = undefined;
      if (!message) continue;
      if (message instanceof Error) throw message;
      if (message.type === 'end') return;
      if (message.type === 'error')
        throw message.code
          ? new AppError(message.code, message.message, message.details)
          : new Error(message.message);
      if ((await onOutput(message.output)) === false) return;
      worker.postMessage('ack');
    }
  } finally {
    clearTimeout(timer);
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}

/** A row of the sheet as the reader gives it: its number and its cells' text (index 1 = column A). */
export interface SheetRow {
  n: number;
  cells: string[];
}

const COLLECT = new URL('./excel-rows.collect.ts', import.meta.url);

/**
 * Every row of an uploaded sheet, read on the worker within `limits`, handed to `onRow` here in order;
 * `onRow` may return false to stop. 415 when the file is no .xlsx by its content. For imports that check
 * their rows against the database.
 */
export async function forEachSheetRow(
  filePath: string,
  limits: SheetLimits,
  onRow: (row: SheetRow) => void | false,
): Promise<void> {
  if (!(await fileLooksLikeXlsx(filePath))) throw uploadRefusal.notXlsx();
  await processSheetInWorker<{ batch: number }, SheetRow[]>(
    filePath,
    { module: COLLECT, init: { batch: 200 } },
    (rows) => {
      for (const row of rows) if (onRow(row) === false) return false;
    },
    limits,
  );
}

/** Every row of the first sheet (see forEachSheetRow). */
export async function readSheetRows(filePath: string, limits: SheetLimits): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  await forEachSheetRow(filePath, limits, (row) => void rows.push(row));
  return rows;
}
