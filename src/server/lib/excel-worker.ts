import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from './errors';
import type { SheetInfo } from './excel-reader';

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

/** Outputs the worker may post ahead of the main thread (each one is acknowledged once handled). */
export const SHEET_WORKER_AHEAD = 2;

/**
 * Reads the first sheet of `filePath` on a worker thread, where the processor module (`processor`, given
 * `init`) turns rows into outputs; `onOutput` handles them here, in order, one at a time. The worker runs
 * at most SHEET_WORKER_AHEAD outputs ahead, so a slow consumer holds back reading instead of buffering the
 * file. Errors thrown by the processor come back as they were (AppError with its code). The worker runs
 * TypeScript through tsx.
 */
export async function processSheetInWorker<I, O>(
  filePath: string,
  processor: { module: URL; init: I },
  onOutput: (output: O) => Promise<void> | void,
): Promise<void> {
  const url = new URL('./excel-rows.worker.ts', import.meta.url);
  const execArgv = process.execArgv.some((a) => a.includes('tsx'))
    ? process.execArgv
    : [...process.execArgv, '--import', 'tsx'];
  const worker = new Worker(url, {
    workerData: { filePath, processor: processor.module.href, init: processor.init },
    execArgv,
  });
  const queue: SheetWorkerMessage<O>[] = [];
  let wake: (() => void) | undefined;
  const push = (m: SheetWorkerMessage<O>) => {
    queue.push(m);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (error: Error) => push({ type: 'error', message: error.message }));
  worker.on('exit', () => push({ type: 'error', message: 'Luồng đọc tệp Excel dừng bất thường.' }));
  try {
    for (;;) {
      const message = queue.shift() ?? (await new Promise<void>((r) => (wake = r)), queue.shift());
      wake = undefined;
      if (!message) continue;
      if (message.type === 'end') return;
      if (message.type === 'error')
        throw message.code
          ? new AppError(message.code, message.message, message.details)
          : new Error(message.message);
      await onOutput(message.output);
      worker.postMessage('ack');
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
