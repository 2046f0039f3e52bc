import { vietnamDate } from '../../../domain/calendar';
import { isAllowed } from '../../../domain/access/roles';
import { awardName } from '../../../domain/awards/catalogue';
import { checkDate, checkNotFuture, checkShares } from '../../../domain/awards/ledger';
import { INITIATIVE_SCOPE_LABELS } from '../../../domain/awards/types';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { assertNoProblems, iso, loadSubject, pageOf, scopeFilter } from './ledger.common';
import { assertLedgerVisible, assertLedgerWritable, mayReadLedger } from './ledger.policy';
import * as repo from './ledger.repo';
import type {
  Initiative,
  InitiativeAuthorsInput,
  InitiativeCreate,
  InitiativeListQuery,
  InitiativePatch,
} from './ledger.schemas';

/**
 * The initiatives register (law-reference §2.6): title, authors and their shares, recognising body,
 * decision, scope, applied-from date and the award that used it (G7: once). An initiative is kept in the
 * register of a unit (by default its first author's unit), which scopes who sees and edits it.
 */

const INITIATIVE = 'Sáng kiến';

type Author = { initiativeId: string; personId: string; fullName: string; sharePercent: number | null };

function present(row: repo.InitiativeRow, authors: Author[]): Initiative {
  const i = row.initiative;
  return {
    id: i.id,
    title: i.title,
    recognizingBody: i.recognizingBody,
    decisionNumber: i.decisionNumber,
    decisionDate: i.decisionDate,
    scope: i.scope,
    scopeLabel: INITIATIVE_SCOPE_LABELS[i.scope],
    appliedFrom: i.appliedFrom,
    summary: i.summary,
    unit: i.unitId && row.unitName ? { id: i.unitId, name: row.unitName } : null,
    authors: authors
      .filter((a) => a.initiativeId === i.id)
      .map((a) => ({ personId: a.personId, fullName: a.fullName, sharePercent: a.sharePercent })),
    usedByAward:
      i.usedByAwardId && row.usedAwardCode && row.usedCountedYear !== null
        ? {
            id: i.usedByAwardId,
            awardCode: row.usedAwardCode,
            awardName: awardName(row.usedAwardCode),
            countedYear: row.usedCountedYear,
          }
        : null,
    version: i.version,
    createdAt: iso(i.createdAt),
    updatedAt: iso(i.updatedAt),
  };
}

export async function presentInitiatives(ctx: Ctx, rows: repo.InitiativeRow[]) {
  const authors = await repo.listAuthors(
    ctx.db,
    ctx.actor.tenantId,
    rows.map((r) => r.initiative.id),
  );
  return rows.map((r) => present(r, authors));
}

async function loadInitiative(ctx: Ctx, id: string, mode: 'read' | 'write') {
  const row = await repo.findInitiative(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound(INITIATIVE);
  if (mode === 'write') assertLedgerWritable(ctx, row.unitPath, INITIATIVE);
  else assertLedgerVisible(ctx, row.unitPath, INITIATIVE);
  return row;
}

export async function getInitiative(ctx: Ctx, id: string): Promise<Initiative> {
  const [one] = await presentInitiatives(ctx, [await loadInitiative(ctx, id, 'read')]);
  return one!;
}

export async function listInitiatives(ctx: Ctx, q: InitiativeListQuery) {
  if (q.authorId) await loadSubject(ctx, 'individual', q.authorId, 'read');
  const where = repo.initiativeWhere({
    ...(await scopeFilter(ctx, q)),
    authorId: q.authorId,
    scope: q.scope,
    used: q.used,
  });
  const { limit, offset } = pageOf(q);
  const [rows, total] = await Promise.all([
    repo.listInitiatives(ctx.db, where, limit, offset),
    repo.countInitiatives(ctx.db, where),
  ]);
  return { items: await presentInitiatives(ctx, rows), total };
}

/** Authors: each a person of the tenant the actor can see, once; shares add up to at most 100%. */
async function checkAuthors(ctx: Ctx, authors: InitiativeCreate['authors']) {
  const ids = authors.map((a) => a.personId);
  if (new Set(ids).size !== ids.length) throw badRequest('Một tác giả được nhập hai lần.');
  assertNoProblems(checkShares(authors.map((a) => a.sharePercent ?? null)));
  const found = await repo.findSubjects(ctx.db, ctx.actor.tenantId, 'individual', ids);
  for (const id of ids) {
    const person = found.find((p) => p.id === id);
    if (!person || !mayReadLedger(ctx, person.unitPath)) throw notFound('Tác giả');
  }
  return ids.map((id) => found.find((p) => p.id === id)!);
}

function checkDates(ctx: Ctx, i: { decisionDate: string; appliedFrom: string | null }) {
  const today = vietnamDate(ctx.now);
  assertNoProblems([
    ...checkDate('decisionDate', i.decisionDate, today),
    ...checkNotFuture('decisionDate', i.decisionDate, today),
    ...checkDate('appliedFrom', i.appliedFrom, today),
  ]);
}

/** The register unit: given (the actor must write there), else the first author's unit. */
async function registerUnit(ctx: Ctx, unitId: string | null | undefined, firstAuthor: repo.SubjectRow) {
  if (unitId) {
    const unit = await repo.findUnit(ctx.db, ctx.actor.tenantId, unitId);
    if (!unit) throw notFound('Đơn vị');
    return unit;
  }
  if (unitId === null || !firstAuthor.unitId) return null;
  return { id: firstAuthor.unitId, name: firstAuthor.unitName ?? '', path: firstAuthor.unitPath ?? '' };
}

function assertMayWriteIn(ctx: Ctx, unit: { path: string } | null) {
  if (!isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'ledger.write', unit?.path ?? null))
    throw forbidden(
      unit
        ? 'Đơn vị quản lý sáng kiến nằm ngoài phạm vi bạn được cập nhật.'
        : 'Chỉ người được phân quyền toàn đơn vị sử dụng mới ghi được sáng kiến không thuộc đơn vị nào; hãy chọn đơn vị.',
    );
}

export async function createInitiative(ctx: Ctx, input: InitiativeCreate): Promise<Initiative> {
  const authors = await checkAuthors(ctx, input.authors);
  const unit = await registerUnit(ctx, input.unitId, authors[0]!);
  assertMayWriteIn(ctx, unit);
  const record: repo.NewInitiativeRecord = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    unitId: unit?.id ?? null,
    title: input.title,
    recognizingBody: input.recognizingBody,
    decisionNumber: input.decisionNumber || null,
    decisionDate: input.decisionDate,
    scope: input.scope,
    appliedFrom: input.appliedFrom ?? null,
    summary: input.summary || null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  checkDates(ctx, { decisionDate: record.decisionDate, appliedFrom: record.appliedFrom ?? null });
  const authorRows = input.authors.map((a) => ({
    id: newId(),
    personId: a.personId,
    sharePercent: a.sharePercent ?? null,
  }));
  await inTransaction(ctx, async (tx) => {
    await repo.insertInitiative(tx, record);
    await repo.replaceAuthors(tx, ctx.actor.tenantId, record.id, authorRows, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'initiative',
      entityId: record.id,
      summary: `Thêm sáng kiến: ${input.title} (${authors.map((a) => a.name).join(', ')})`,
      after: { ...record, authors: authorRows },
    });
  });
  return getInitiative(ctx, record.id);
}

export async function updateInitiative(ctx: Ctx, id: string, patch: InitiativePatch): Promise<Initiative> {
  const row = await loadInitiative(ctx, id, 'write');
  const i = row.initiative;
  if (patch.version !== i.version) throw versionConflict();
  let unitId = i.unitId;
  if (patch.unitId !== undefined) {
    const unit = patch.unitId ? await repo.findUnit(ctx.db, ctx.actor.tenantId, patch.unitId) : null;
    if (patch.unitId && !unit) throw notFound('Đơn vị');
    assertMayWriteIn(ctx, unit ?? null);
    unitId = unit?.id ?? null;
  }
  const text = (v: string | null | undefined, current: string | null) =>
    v === undefined ? current : v || null;
  const changes = {
    unitId,
    title: patch.title ?? i.title,
    recognizingBody: patch.recognizingBody ?? i.recognizingBody,
    decisionNumber: text(patch.decisionNumber, i.decisionNumber),
    decisionDate: patch.decisionDate ?? i.decisionDate,
    scope: patch.scope ?? i.scope,
    appliedFrom: patch.appliedFrom === undefined ? i.appliedFrom : patch.appliedFrom,
    summary: text(patch.summary, i.summary),
    updatedAt: ctx.now,
  };
  checkDates(ctx, changes);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.updateInitiative(tx, ctx.actor.tenantId, id, patch.version, changes)))
      throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'initiative',
      entityId: id,
      summary: `Sửa sáng kiến: ${changes.title}`,
      before: i,
      after: changes,
    });
  });
  return getInitiative(ctx, id);
}

export async function replaceInitiativeAuthors(
  ctx: Ctx,
  id: string,
  input: InitiativeAuthorsInput,
): Promise<Initiative> {
  const row = await loadInitiative(ctx, id, 'write');
  const authors = await checkAuthors(ctx, input.authors);
  const before = await repo.listAuthors(ctx.db, ctx.actor.tenantId, [id]);
  const authorRows = input.authors.map((a) => ({
    id: newId(),
    personId: a.personId,
    sharePercent: a.sharePercent ?? null,
  }));
  await inTransaction(ctx, async (tx) => {
    await repo.replaceAuthors(tx, ctx.actor.tenantId, id, authorRows, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'initiative',
      entityId: id,
      summary: `Cập nhật tác giả sáng kiến "${row.initiative.title}": ${authors.map((a) => a.name).join(', ')}`,
      before: { authors: before.map(({ personId, sharePercent }) => ({ personId, sharePercent })) },
      after: { authors: authorRows.map(({ personId, sharePercent }) => ({ personId, sharePercent })) },
    });
  });
  return getInitiative(ctx, id);
}

/** An initiative that supported an award is evidence of that award: it cannot be deleted. */
export async function deleteInitiative(ctx: Ctx, id: string) {
  const row = await loadInitiative(ctx, id, 'write');
  if (row.initiative.usedByAwardId)
    throw new AppError(
      'CONFLICT',
      'Sáng kiến đã được dùng làm căn cứ khen thưởng nên không xoá được; hãy bỏ sáng kiến khỏi khen thưởng trước.',
    );
  const before = await repo.listAuthors(ctx.db, ctx.actor.tenantId, [id]);
  await inTransaction(ctx, async (tx) => {
    await repo.deleteInitiative(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'initiative',
      entityId: id,
      summary: `Xoá sáng kiến: ${row.initiative.title}`,
      before: {
        ...row.initiative,
        authors: before.map(({ personId, sharePercent }) => ({ personId, sharePercent })),
      },
    });
  });
}
