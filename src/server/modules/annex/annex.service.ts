import { vietnamDate } from '../../../domain/calendar';
import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { awardName, catalogueEntry } from '../../../domain/awards/catalogue';
import { checkYear } from '../../../domain/awards/ledger';
import { COMMENDATION_TYPE_LABELS } from '../../../domain/awards/types';
import type { AnnexCandidateSnapshot } from '../../db/schema';
import { writeAudit } from '../../lib/audit.repo';
import { clockOf, type Ctx, inTransaction } from '../../lib/context';
import { AppError, badRequest, conflict, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { enqueueJob } from '../jobs';
import { runAnnexImport } from './annex-job';
import { awardProblem, evaluationYearFor, isPending, snapshotOf } from './annex-rows';
import { buildAnnexTemplate, checkAnnexFile } from './annex-sheet';
import type { SavedUpload } from '../../lib/uploads';
import { annexScopes, assertMayUseImport, mayWriteLedgerOf } from './annex.policy';
import * as repo from './annex.repo';
import type { AnnexImportQuery, RowPatch } from './annex.schemas';
import { UploadFieldsSchema } from './annex.schemas';

/**
 * Importing historical decision annexes (issue 3 item 3): upload → a job reads and matches the rows into
 * a session → a person resolves what the sheet could not decide → the commit writes every award record
 * in one transaction, or nothing. The ledger is touched only by the commit.
 */

export const ANNEX_JOB_KIND = 'annex.import';
const SESSION = 'Phiên nhập phụ lục quyết định';
const ROW = 'Dòng phụ lục';

export async function getAnnexTemplate() {
  return { filename: 'mau-phu-luc-quyet-dinh-khen-thuong.xlsx', body: await buildAnnexTemplate() };
}

/** Validates the form and the file, records the session and queues the job that reads it. */
export async function startAnnexImport(ctx: Ctx, upload: SavedUpload) {
  let queued = false;
  try {
    const parsed = UploadFieldsSchema.safeParse(upload.fields);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => ({
        path: ['body', ...i.path.map(String)].join('.'),
        message: i.message,
      }));
      throw new AppError('VALIDATION_ERROR', `Dữ liệu không hợp lệ: ${details[0]!.message}.`, details);
    }
    const fields = parsed.data;
    if (fields.evaluationYear !== undefined) {
      const problem = checkYear('evaluationYear', fields.evaluationYear, vietnamDate(ctx.now))[0];
      if (problem)
        throw new AppError('VALIDATION_ERROR', `Dữ liệu không hợp lệ: Năm xét — ${problem.message}.`, [
          { path: 'body.evaluationYear', message: problem.message },
        ]);
    }
    const header = await checkAnnexFile(upload.filePath);
    const id = newId();
    const session = {
      id,
      defaultEvaluationYear: fields.evaluationYear ?? null,
      filename: upload.fileName,
    };
    await inTransaction(ctx, async (tx) => {
      await repo.insertImport(tx, {
        ...session,
        tenantId: ctx.actor.tenantId,
        createdBy: ctx.actor.userId,
        status: 'processing',
        commendationType: fields.commendationType,
        decisionAuthority: fields.decisionAuthority ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      await writeAudit(tx, ctx, {
        action: 'annex_import.upload',
        entityType: 'annex_import',
        entityId: id,
        summary: `Tải lên phụ lục quyết định "${upload.fileName}"`,
        after: {
          filename: upload.fileName,
          defaultEvaluationYear: session.defaultEvaluationYear,
          commendationType: fields.commendationType,
          decisionAuthority: fields.decisionAuthority ?? null,
        },
      });
    });
    const snapshot: Ctx = { ...ctx };
    const jobId = await enqueueJob(
      ctx.deps,
      { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId },
      ANNEX_JOB_KIND,
      (job) => runAnnexImport({ ...snapshot, now: clockOf(ctx.deps) }, job, session, upload.filePath, header),
    );
    queued = true;
    await repo.updateImport(ctx.db, ctx.actor.tenantId, id, { jobId });
    return { id, jobId };
  } finally {
    if (!queued) await rm(upload.filePath, { force: true });
  }
}

/** A session of the tenant the actor may use (404 otherwise, as for another tenant's). */
async function loadSession(ctx: Ctx, id: string, db = ctx.db) {
  const session = await repo.findImport(db, ctx.actor.tenantId, id);
  if (!session) throw notFound(SESSION);
  assertMayUseImport(ctx, session);
  return session;
}

function assertReady(session: repo.ImportRow) {
  if (session.status === 'processing')
    throw conflict('Phụ lục đang được đọc và đối chiếu. Vui lòng chờ xử lý xong.');
  if (session.status === 'failed')
    throw conflict(`Phụ lục không đọc được: ${session.error ?? 'lỗi không xác định'}. Hãy tải lên tệp khác.`);
  if (session.status === 'committed')
    throw conflict('Phiên nhập này đã được ghi vào sổ khen thưởng; không thể thay đổi hoặc ghi lại.');
}

type Candidate = AnnexCandidateSnapshot;

function presentRow(r: repo.RowRecord, session: repo.ImportRow) {
  const person: Candidate | null = r.personId
    ? (r.candidates.find((c) => c.personId === r.personId) ?? null)
    : null;
  return {
    id: r.id,
    rowNumber: r.rowNumber,
    status: r.status,
    cells: r.cells,
    awardText: r.awardText,
    awardCode: r.awardCode,
    awardName: r.awardCode ? awardName(r.awardCode) : null,
    evaluationYear: r.awardCode
      ? evaluationYearFor(r.awardCode, r.evaluationYear, session.defaultEvaluationYear)
      : r.evaluationYear,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    person,
    matchHow: r.matchHow,
    candidates: r.candidates,
    messages: r.messages,
    skipped: r.skipped,
    pending: isPending(r),
    outcome: r.outcome,
    outcomeMessage: r.outcomeMessage,
    awardRecordId: r.awardRecordId,
  };
}

async function countsOf(ctx: Ctx, id: string) {
  const counts = {
    total: 0,
    ok: 0,
    ambiguous: 0,
    unmatched: 0,
    error: 0,
    unrecognised_award: 0,
    pending: 0,
    skipped: 0,
    ready: 0,
  };
  for (const g of await repo.countRows(ctx.db, ctx.actor.tenantId, id)) {
    counts.total += g.n;
    counts[g.status] += g.n;
    if (g.skipped) counts.skipped += g.n;
    else if (g.status !== 'error') counts[g.complete ? 'ready' : 'pending'] += g.n;
  }
  return counts;
}

const CommitResult = z.object({
  written: z.number(),
  duplicates: z.number(),
  skipped: z.number(),
  errors: z.number(),
});

export async function getAnnexImport(ctx: Ctx, id: string, q: AnnexImportQuery) {
  const session = await loadSession(ctx, id);
  const [counts, rows] = await Promise.all([
    countsOf(ctx, id),
    repo.listRows(ctx.db, ctx.actor.tenantId, id, q.status, q.pageSize, (q.page - 1) * q.pageSize),
  ]);
  const result = CommitResult.safeParse(session.result);
  return {
    id: session.id,
    filename: session.filename,
    status: session.status,
    jobId: session.jobId,
    error: session.error,
    defaultEvaluationYear: session.defaultEvaluationYear,
    commendationType: session.commendationType,
    decisionAuthority: session.decisionAuthority,
    createdAt: session.createdAt.toISOString(),
    committedAt: session.committedAt?.toISOString() ?? null,
    counts,
    result: result.success ? result.data : null,
    rows: { items: rows.items.map((r) => presentRow(r, session)), total: rows.total },
  };
}

export async function listAnnexImports(ctx: Ctx) {
  const all = annexScopes(ctx) === 'all';
  const rows = await repo.listImports(ctx.db, ctx.actor.tenantId, all ? null : ctx.actor.userId, 50);
  return {
    items: rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      committedAt: r.committedAt?.toISOString() ?? null,
    })),
  };
}

/** Resolves one row: the right person (a candidate, or anyone in scope), the form, or skip. */
export async function resolveAnnexRow(ctx: Ctx, id: string, rowId: string, input: RowPatch) {
  return inTransaction(ctx, async (tx) => {
    const session = await loadSession(ctx, id, tx);
    assertReady(session);
    const row = await repo.findRow(tx, ctx.actor.tenantId, id, rowId);
    if (!row) throw notFound(ROW);
    if (row.status === 'error' && (input.personId !== undefined || input.awardCode !== undefined))
      throw badRequest(
        `Dòng ${row.rowNumber} có lỗi dữ liệu nên chỉ có thể bỏ qua; hãy sửa tệp và tải lên lại nếu cần ghi dòng này.`,
      );
    const patch: Partial<repo.NewRowRecord> = { updatedAt: ctx.now };
    if (input.skip !== undefined) patch.skipped = input.skip;
    if (input.personId !== undefined) {
      const person = await repo.personInScope(tx, ctx.actor.tenantId, annexScopes(ctx), input.personId);
      if (!person) throw notFound('Cá nhân');
      patch.personId = person.id;
      patch.matchHow = 'chosen';
      patch.skipped = false;
      if (!row.candidates.some((c) => c.personId === person.id))
        patch.candidates = [...row.candidates, snapshotOf(person, false)];
    }
    if (input.awardCode !== undefined) {
      const problem = awardProblem(input.awardCode, row.evaluationYear, session.defaultEvaluationYear);
      if (problem) throw badRequest(`${problem}.`);
      patch.awardCode = input.awardCode;
      patch.skipped = false;
    }
    const updated = (await repo.updateRow(tx, ctx.actor.tenantId, row.id, patch))!;
    await writeAudit(tx, ctx, {
      action: 'annex_import.resolve_row',
      entityType: 'annex_import',
      entityId: id,
      summary: input.skip
        ? `Bỏ qua dòng ${row.rowNumber} của phụ lục "${session.filename}"`
        : `Xử lý dòng ${row.rowNumber} của phụ lục "${session.filename}"`,
      before: {
        rowNumber: row.rowNumber,
        personId: row.personId,
        awardCode: row.awardCode,
        skipped: row.skipped,
      },
      after: {
        rowNumber: row.rowNumber,
        personId: updated.personId,
        awardCode: updated.awardCode,
        skipped: updated.skipped,
      },
    });
    return presentRow(updated, session);
  });
}

/** Why a row is not written (duplicates of the ledger or of an earlier row of the sheet). */
interface Outcome {
  id: string;
  outcome: 'written' | 'duplicate' | 'skipped' | 'error';
  message: string | null;
  awardRecordId: string | null;
}

/**
 * Writes the award records of every resolved row in one transaction with one audit row: 409 while rows
 * wait for a decision, 409 on a second commit. A row the ledger already holds (the same title for the
 * same year, the same form in the same decision) is reported and left out, never an error.
 */
export async function commitAnnexImport(ctx: Ctx, id: string, q: AnnexImportQuery) {
  const tenantId = ctx.actor.tenantId;
  await inTransaction(ctx, async (tx) => {
    const session = await loadSession(ctx, id, tx);
    assertReady(session);
    const rows = await repo.allRows(tx, tenantId, id);
    const pending = rows.filter(isPending);
    if (pending.length > 0)
      throw conflict(
        `Còn ${pending.length} dòng chưa xử lý (trùng nhiều người, không tìm thấy người hoặc chưa nhận ra hình thức khen thưởng): dòng ${pending
          .slice(0, 10)
          .map((r) => r.rowNumber)
          .join(
            ', ',
          )}${pending.length > 10 ? '…' : ''}. Hãy chọn người, chọn hình thức hoặc bỏ qua các dòng này trước khi ghi vào sổ.`,
        { pending: pending.length, rows: pending.slice(0, 100).map((r) => r.rowNumber) },
      );
    if (!(await repo.claimForCommit(tx, tenantId, id, ctx.actor.userId, ctx.now)))
      throw conflict('Phiên nhập này đã được ghi vào sổ khen thưởng; không thể ghi lại.');

    const outcomes: Outcome[] = [];
    const toWrite = rows.filter((r) => {
      if (r.skipped) outcomes.push({ id: r.id, outcome: 'skipped', message: null, awardRecordId: null });
      else if (r.status === 'error')
        outcomes.push({ id: r.id, outcome: 'error', message: 'Dòng có lỗi dữ liệu', awardRecordId: null });
      else return true;
      return false;
    });
    const personIds = [...new Set(toWrite.map((r) => r.personId!))];
    const people = new Map((await repo.peopleByIds(tx, tenantId, personIds)).map((p) => [p.id, p]));
    const existing = await repo.existingAwards(tx, tenantId, personIds, [
      ...new Set(toWrite.map((r) => r.awardCode!)),
    ]);
    const titleKey = (person: string, code: string, year: number | null) => `${person}|${code}|${year}`;
    const decisionKey = (person: string, code: string, decision: string | null) =>
      `${person}|${code}|#${decision}`;
    const titles = new Set<string>();
    const decisions = new Set<string>();
    for (const e of existing) {
      if (catalogueEntry(e.awardCode)?.group === 'emulation_title' && e.evaluationYear !== null)
        titles.add(titleKey(e.personId!, e.awardCode, e.evaluationYear));
      if (e.decisionNumber) decisions.add(decisionKey(e.personId!, e.awardCode, e.decisionNumber));
    }
    const records: repo.NewAwardRecord[] = [];
    const recordRow = new Map<string, repo.RowRecord>();
    for (const r of toWrite) {
      const personId = r.personId!;
      const code = r.awardCode!;
      const entry = catalogueEntry(code)!;
      const person = people.get(personId);
      if (!person || !mayWriteLedgerOf(ctx, person.unitPath)) {
        outcomes.push({
          id: r.id,
          outcome: 'error',
          message: 'Cá nhân không còn tồn tại hoặc không còn thuộc phạm vi quản lý của bạn',
          awardRecordId: null,
        });
        continue;
      }
      const isTitle = entry.group === 'emulation_title';
      const year = evaluationYearFor(code, r.evaluationYear, session.defaultEvaluationYear);
      const tKey = titleKey(personId, code, year);
      const dKey = decisionKey(personId, code, r.decisionNumber);
      if ((isTitle && titles.has(tKey)) || decisions.has(dKey)) {
        outcomes.push({
          id: r.id,
          outcome: 'duplicate',
          message:
            isTitle && titles.has(tKey)
              ? `${person.fullName} đã có danh hiệu "${entry.name}" năm ${year} trong sổ`
              : `${person.fullName} đã có "${entry.name}" theo quyết định số ${r.decisionNumber} trong sổ`,
          awardRecordId: null,
        });
        continue;
      }
      if (isTitle) titles.add(tKey);
      decisions.add(dKey);
      const recordId = newId();
      recordRow.set(recordId, r);
      records.push({
        id: recordId,
        tenantId,
        subjectType: 'individual',
        personId,
        awardCode: code,
        isEmulationTitle: isTitle,
        evaluationYear: year,
        commendationType: session.commendationType,
        decisionNumber: r.decisionNumber,
        decisionDate: r.decisionDate,
        decisionAuthority: session.decisionAuthority,
        source: 'annex_import',
        status: 'valid',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    }
    const written = await repo.insertAwards(tx, records);
    for (const [recordId, r] of recordRow)
      outcomes.push(
        written.has(recordId)
          ? { id: r.id, outcome: 'written', message: null, awardRecordId: recordId }
          : {
              id: r.id,
              outcome: 'duplicate',
              message: 'Khen thưởng này vừa được ghi vào sổ (trùng danh hiệu cùng năm hoặc cùng quyết định)',
              awardRecordId: null,
            },
      );
    await repo.setOutcomes(tx, tenantId, outcomes, ctx.now);
    const count = (o: Outcome['outcome']) => outcomes.filter((x) => x.outcome === o).length;
    const result = {
      written: count('written'),
      duplicates: count('duplicate'),
      skipped: count('skipped'),
      errors: count('error'),
    };
    await repo.updateImport(tx, tenantId, id, { result, updatedAt: ctx.now, version: session.version + 1 });
    await writeAudit(tx, ctx, {
      action: 'annex_import.commit',
      entityType: 'annex_import',
      entityId: id,
      summary: `Ghi ${result.written} khen thưởng vào sổ từ phụ lục quyết định "${session.filename}"`,
      after: {
        ...result,
        commendationType: COMMENDATION_TYPE_LABELS[session.commendationType],
        decisionAuthority: session.decisionAuthority,
        decisions: [...new Set(records.map((r) => r.decisionNumber))].slice(0, 50),
        awardRecordIds: [...written].slice(0, 1000),
      },
    });
  });
  return getAnnexImport(ctx, id, q);
}

/** Discards a session that has not been committed (its rows go with it; the ledger is untouched). */
export async function discardAnnexImport(ctx: Ctx, id: string) {
  await inTransaction(ctx, async (tx) => {
    const session = await loadSession(ctx, id, tx);
    if (session.status === 'processing')
      throw conflict('Phụ lục đang được đọc và đối chiếu. Vui lòng chờ xử lý xong rồi mới huỷ.');
    if (session.status === 'committed')
      throw conflict(
        'Phiên nhập đã ghi vào sổ khen thưởng nên không huỷ được; hãy thu hồi từng khen thưởng trong sổ nếu cần.',
      );
    await repo.deleteImport(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'annex_import.discard',
      entityType: 'annex_import',
      entityId: id,
      summary: `Huỷ phiên nhập phụ lục quyết định "${session.filename}"`,
      before: { filename: session.filename, status: session.status },
    });
  });
}
