import type { Problem } from '../../../domain/awards/ledger';
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../../domain/awards/types';
import type { Ctx } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { assertLedgerVisible, assertLedgerWritable, ledgerReadScopes } from './ledger.policy';
import * as repo from './ledger.repo';
import type { SubjectRef } from './ledger.schemas';

/** What the ledger services share: today, validation errors, subjects and their scope, list filters. */

export function assertNoProblems(problems: Problem[]) {
  const first = problems[0];
  if (first) throw new AppError('VALIDATION_ERROR', `Dữ liệu không hợp lệ: ${first.message}.`, problems);
}

/** The PostgreSQL error code (and constraint) of a failed statement, whichever driver wrapped it. */
export function pgError(error: unknown): { code?: string; constraint?: string } {
  let e: unknown = error;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
    e = (e as { cause?: unknown }).cause;
  }
  return {};
}

export const subjectLabel = (type: SubjectType) => SUBJECT_TYPE_LABELS[type];

/** A subject of the tenant the actor may read (404 otherwise) or, with `write`, change (403). */
export async function loadSubject(ctx: Ctx, type: SubjectType, id: string, mode: 'read' | 'write') {
  const subject = await repo.findSubject(ctx.db, ctx.actor.tenantId, type, id);
  const what = subjectLabel(type);
  if (!subject) throw notFound(what);
  if (mode === 'write') assertLedgerWritable(ctx, subject.unitPath, what);
  else assertLedgerVisible(ctx, subject.unitPath, what);
  return subject;
}

export function presentSubject(
  type: SubjectType,
  id: string,
  name: string,
  unit: { id: string | null; name: string | null },
): SubjectRef {
  return {
    type,
    id,
    name,
    unit: type !== 'collective' && unit.id && unit.name ? { id: unit.id, name: unit.name } : null,
  };
}

/** The tenant-and-scope part of a list filter, with the optional unit subtree (404 for an unknown unit). */
export async function scopeFilter(ctx: Ctx, q: { unitId?: string; fromYear?: number; toYear?: number }) {
  let unitPath: string | undefined;
  if (q.unitId) {
    const unit = await repo.findUnit(ctx.db, ctx.actor.tenantId, q.unitId);
    if (!unit) throw notFound('Đơn vị');
    unitPath = unit.path;
  }
  if (q.fromYear !== undefined && q.toYear !== undefined && q.fromYear > q.toYear)
    throw new AppError(
      'VALIDATION_ERROR',
      'Dữ liệu không hợp lệ: "từ năm" phải nhỏ hơn hoặc bằng "đến năm".',
    );
  return {
    tenantId: ctx.actor.tenantId,
    scopes: ledgerReadScopes(ctx),
    unitPath,
    fromYear: q.fromYear,
    toYear: q.toYear,
  };
}

/** A list filtered to one subject: the subject must be visible; `subjectId` needs `subjectType`. */
export async function subjectFilter(ctx: Ctx, q: { subjectType?: SubjectType; subjectId?: string }) {
  if (q.subjectId === undefined) return undefined;
  if (q.subjectType === undefined)
    throw new AppError('VALIDATION_ERROR', 'Dữ liệu không hợp lệ: cần chọn loại đối tượng (subjectType).');
  await loadSubject(ctx, q.subjectType, q.subjectId, 'read');
  return { type: q.subjectType, id: q.subjectId };
}

export const iso = (d: Date) => d.toISOString();
export const pageOf = (q: { page: number; pageSize: number }) => ({
  limit: q.pageSize,
  offset: (q.page - 1) * q.pageSize,
});
