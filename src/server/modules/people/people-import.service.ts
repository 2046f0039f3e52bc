import { vietnamDate } from '../../../domain/calendar';
import { rm } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import type { CellError } from '../../../domain/people/person-row';
import { writeAudit } from '../../lib/audit.repo';
import { clockOf, type Ctx } from '../../lib/context';
import { protectorKeys } from '../../lib/crypto';
import { AppError, badRequest } from '../../lib/errors';
import { fileLooksLikeXlsx, processSheetInWorker } from '../../lib/excel';
import { SHEET_LIMITS, uploadRefusal } from '../../lib/upload-limits';
import type { SavedUpload } from '../../lib/uploads';
import { enqueueJob, findJobForActor, type JobHandle } from '../jobs';
import type { PreparedPerson } from './people-batch';
import { writePeopleBatch } from './people-batch';
import * as batchRepo from './people-batch.repo';
import type { RejectedRow } from './people-excel';
import { writeImportReport } from './people-excel';
import { matchRow } from './people-import-match';
import {
  type AcceptedRow,
  CELL_SEPARATOR,
  type ImportRowsInit,
  type ImportRowsOutput,
} from './people-import-rows';
import { scopesFor } from './people.policy';
import * as repo from './people.repo';

export const IMPORT_JOB_KIND = 'people.import';
const BATCH_SIZE = 2500;
/** A small first batch gets the database writing while the worker, just started, is still warming up. */
const FIRST_BATCH_SIZE = 500;
/** After this many written rows, refresh the planner's statistics so list and search plans stay right. */
const ANALYZE_AFTER = 5000;
/** Rejected rows kept for the error report; beyond this only the count is kept. */
const MAX_REPORTED = 10_000;

/** Checks that the saved upload (lib/uploads.ts) is really an .xlsx and queues the import; the job id comes back at once. */
export async function startPeopleImport(ctx: Ctx, upload: SavedUpload) {
  const { filePath } = upload;
  if (!(await fileLooksLikeXlsx(filePath))) {
    await rm(filePath, { force: true });
    throw uploadRefusal.notXlsx();
  }
  const snapshot: Ctx = { ...ctx };
  const jobId = await enqueueJob(
    ctx.deps,
    { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId },
    IMPORT_JOB_KIND,
    async (job) => {
      try {
        return await runPeopleImport({ ...snapshot, now: clockOf(ctx.deps) }, job, filePath, upload.fileName);
      } finally {
        await rm(filePath, { force: true });
      }
    },
  );
  return { jobId };
}

interface ImportState {
  ctx: Ctx;
  job: JobHandle;
  today: string;
  scopes: 'all' | string[];
  /** Stored people matched so far → the row that matched them (a person may be matched once per file). */
  matched: Map<string, number>;
  rejected: RejectedRow[];
  rejectedCount: number;
  created: number;
  updated: number;
  processed: number;
  /** The batch being written while the next one is read and validated (database and CPU work overlap). */
  inflight: Promise<void>;
  failure?: unknown;
}

const ROWS_PROCESSOR = new URL('./people-import-rows.ts', import.meta.url);

/**
 * The job: the sheet worker reads the rows and checks each one that needs no database
 * (people-import-rows.ts); here batches of accepted rows are matched to stored people and written
 * set-based, two batches in flight.
 */
export async function runPeopleImport(ctx: Ctx, job: JobHandle, filePath: string, filename: string) {
  const scopes = scopesFor(ctx, 'people.write');
  const today = vietnamDate(ctx.now);
  const st: ImportState = {
    ctx,
    job,
    today,
    scopes,
    matched: new Map(),
    rejected: [],
    rejectedCount: 0,
    created: 0,
    updated: 0,
    processed: 0,
    inflight: Promise.resolve(),
  };
  const init: ImportRowsInit = {
    today,
    units: await repo.listUnitsInForce(ctx.db, ctx.actor.tenantId, today),
    scopes,
    batchSize: BATCH_SIZE,
    firstBatchSize: FIRST_BATCH_SIZE,
    keys: protectorKeys(ctx.deps.protector),
  };
  try {
    await processSheetInWorker<ImportRowsInit, ImportRowsOutput>(
      filePath,
      { module: ROWS_PROCESSOR, init },
      async (output) => {
        if (output.kind === 'total') await job.setTotal(output.total);
        else await startFlush(st, output);
      },
      SHEET_LIMITS.people,
    );
    await settle(st);
  } catch (error) {
    await st.inflight;
    if (error instanceof AppError || st.failure) throw st.failure ?? error;
    throw new Error('Không đọc được tệp Excel: tệp hỏng hoặc không đúng định dạng .xlsx.');
  }
  await st.job.setTotal(st.processed);
  if (st.created + st.updated >= ANALYZE_AFTER) await batchRepo.analyzePeople(ctx.db);
  // Rows are rejected on the worker and while matching: the report lists them in sheet order.
  st.rejected.sort((a, b) => a.row - b.row);
  return {
    filename,
    total: st.processed,
    created: st.created,
    updated: st.updated,
    rejected: st.rejectedCount,
    errors: st.rejected.slice(0, 100).flatMap((r) => r.errors.map((e) => ({ row: r.row, ...e }))),
    // The rejected cells may hold citizen IDs: kept only encrypted, like every stored citizen ID.
    detail: { rejectedRowsCipher: ctx.deps.protector.encrypt(JSON.stringify(st.rejected)) },
  };
}

function reject(st: ImportState, row: number, cells: string[], errors: CellError[]) {
  st.rejectedCount++;
  if (st.rejected.length < MAX_REPORTED) st.rejected.push({ row, cells, errors });
}

async function settle(st: ImportState) {
  await st.inflight;
  if (st.failure) throw st.failure;
}

/**
 * Starts a batch from the worker: its lookup query runs at once and its write right after, so the writes
 * of two consecutive batches may overlap (two connections on PostgreSQL) while the worker validates the
 * next one. Returns when the previous batch is written, so at most two writes are in flight. Progress is
 * reported in batch order. Batches are independent: a row can only meet another row's keys through an
 * in-file duplicate, which the worker rejects before any query, so lookups and writes may run before the
 * previous batch commits.
 */
async function startFlush(st: ImportState, output: Extract<ImportRowsOutput, { kind: 'batch' }>) {
  if (st.failure) throw st.failure;
  for (const r of output.rejected) reject(st, r.row, r.cells, r.errors);
  st.processed = output.processed;
  const batch = output.rows;
  const processed = st.processed;
  const found = lookupBatch(st, batch);
  const previous = st.inflight;
  st.inflight = (async () => {
    try {
      const existing = await found;
      if (!st.failure) await flush(st, batch, existing);
    } finally {
      await previous;
    }
    if (!st.failure) await st.job.progress(processed);
  })().catch((error: unknown) => {
    st.failure ??= error;
  });
  await previous;
}

function lookupBatch(st: ImportState, batch: AcceptedRow[]) {
  return batchRepo.findPeopleByKeys(st.ctx.db, st.ctx.actor.tenantId, {
    ids: batch.flatMap((b) => (b.value.systemId ? [b.value.systemId] : [])),
    hashes: batch.flatMap((b) => (b.hash ? [b.hash] : [])),
    codes: batch.flatMap((b) => (b.value.externalCode ? [b.value.externalCode] : [])),
  });
}

/** Matches the batch against what the lookup found, then one transaction: set-based writes and one audit row. */
async function flush(st: ImportState, batch: AcceptedRow[], existing: batchRepo.ExistingPerson[]) {
  if (batch.length === 0) return;
  const { ctx } = st;
  const tenantId = ctx.actor.tenantId;
  const lookup = {
    byId: new Map(existing.map((e) => [e.id, e])),
    byHash: new Map(existing.flatMap((e) => (e.citizenIdHash ? [[e.citizenIdHash, e] as const] : []))),
    byCode: new Map(existing.flatMap((e) => (e.externalCode ? [[e.externalCode, e] as const] : []))),
  };
  const good: PreparedPerson[] = [];
  for (const b of batch) {
    const matched = matchRow(b, lookup, st.matched, st.scopes);
    if (matched.ok) good.push(matched.person);
    else reject(st, b.rowNumber, b.source.split(CELL_SEPARATOR), [matched.error]);
  }
  if (good.length === 0) return;
  const first = batch[0]!.rowNumber;
  const last = batch[batch.length - 1]!.rowNumber;
  await ctx.db.transaction(async (tx) => {
    const ids = await writePeopleBatch(tx, ctx.deps, tenantId, good, { today: st.today, now: ctx.now });
    st.created += ids.created.length;
    st.updated += ids.updated.length;
    await writeAudit(tx, ctx, {
      action: 'import',
      entityType: 'person',
      entityId: st.job.id,
      summary: `Nhập danh sách cá nhân từ Excel (dòng ${first}–${last}): thêm ${ids.created.length}, cập nhật ${ids.updated.length}`,
      after: { jobId: st.job.id, created: ids.created, updated: ids.updated },
    });
  });
}

/** The rejected rows of an import as .xlsx (the job's owner or an administrator only). */
export async function getImportReport(ctx: Ctx, jobId: string) {
  const job = await findJobForActor(ctx, jobId);
  if (job.kind !== IMPORT_JOB_KIND) throw badRequest('Tác vụ này không phải là nhập danh sách cá nhân.');
  if (job.status !== 'succeeded')
    throw new AppError('CONFLICT', 'Tác vụ nhập chưa hoàn thành hoặc đã thất bại; chưa có báo cáo lỗi.');
  const cipher = (job.result as { detail?: { rejectedRowsCipher?: string } } | null)?.detail
    ?.rejectedRowsCipher;
  const rejected = cipher ? (JSON.parse(ctx.deps.protector.decrypt(cipher)) as RejectedRow[]) : [];
  const out = new PassThrough();
  void writeImportReport(out, rejected).catch((error: unknown) => out.destroy(error as Error));
  return { filename: `bao-cao-loi-nhap-${jobId.slice(-8)}.xlsx`, stream: out };
}
