import { vietnamDate } from '../../../domain/calendar';
import { checkYear, type Problem } from '../../../domain/awards/ledger';
import { RATING_LABELS } from '../../../domain/awards/types';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import {
  assertNoProblems,
  iso,
  pageOf,
  presentSubject,
  scopeFilter,
  subjectFilter,
  subjectLabel,
} from './ledger.common';
import { isAllowed } from '../../../domain/access/roles';
import { assertLedgerVisible, assertLedgerWritable, mayReadLedger } from './ledger.policy';
import * as repo from './ledger.repo';
import type { Rating, RatingBulk, RatingInput, RatingListQuery } from './ledger.schemas';

/**
 * Annual ratings (HTXS / HTT / HT / KHT) of people and collectives: one per subject and year. Writing a
 * rating replaces the year's rating (an upsert), alone or as a list of up to 5,000 checked all together.
 */

const RATING = 'Xếp loại';

function present(row: repo.RatingRow): Rating {
  const r = row.rating;
  return {
    id: r.id,
    subject: presentSubject(r.subjectType, (r.personId ?? r.orgUnitId)!, row.subjectName, {
      id: row.unitId,
      name: row.unitName,
    }),
    year: r.year,
    rating: r.rating,
    ratingLabel: RATING_LABELS[r.rating],
    source: r.source,
    note: r.note,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

export const presentRatings = (rows: repo.RatingRow[]) => rows.map(present);

async function loadRating(ctx: Ctx, id: string, mode: 'read' | 'write') {
  const row = await repo.findRating(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound(RATING);
  if (mode === 'write') assertLedgerWritable(ctx, row.unitPath, RATING);
  else assertLedgerVisible(ctx, row.unitPath, RATING);
  return row;
}

export async function getRating(ctx: Ctx, id: string) {
  return present(await loadRating(ctx, id, 'read'));
}

export async function listRatings(ctx: Ctx, q: RatingListQuery) {
  const where = repo.ratingWhere({
    ...(await scopeFilter(ctx, q)),
    subject: await subjectFilter(ctx, q),
    subjectType: q.subjectType,
    rating: q.rating,
  });
  const { limit, offset } = pageOf(q);
  const [rows, total] = await Promise.all([
    repo.listRatings(ctx.db, where, limit, offset),
    repo.countRatings(ctx.db, where),
  ]);
  return { items: rows.map(present), total };
}

/**
 * Checks a list of ratings all together: years, no subject twice for the same year, every subject in
 * the tenant (404 naming the rows otherwise) and writable by the actor.
 */
async function checkItems(ctx: Ctx, items: RatingInput[]) {
  const today = vietnamDate(ctx.now);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    problems.push(...checkYear(`items.${i}.year`, item.year, today));
    const key = `${item.subjectId}/${item.year}`;
    if (seen.has(key))
      problems.push({
        path: `items.${i}`,
        message: `Dòng ${i + 1} trùng đối tượng và năm với một dòng trước`,
      });
    seen.add(key);
  });
  assertNoProblems(problems);
  const subjects = new Map<string, repo.SubjectRow>();
  for (const type of ['individual', 'collective'] as const) {
    const ids = [...new Set(items.filter((i) => i.subjectType === type).map((i) => i.subjectId))];
    for (const s of await repo.findSubjects(ctx.db, ctx.actor.tenantId, type, ids))
      subjects.set(`${type}/${s.id}`, s);
  }
  const missing: number[] = [];
  const readOnly: number[] = [];
  items.forEach((item, i) => {
    const s = subjects.get(`${item.subjectType}/${item.subjectId}`);
    if (!s || !mayReadLedger(ctx, s.unitPath)) missing.push(i + 1);
    else if (!isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'ledger.write', s.unitPath))
      readOnly.push(i + 1);
  });
  if (missing.length)
    throw new AppError(
      'NOT_FOUND',
      `Đối tượng ở dòng ${missing.slice(0, 10).join(', ')} không tồn tại hoặc bạn không có quyền truy cập.`,
      { rows: missing },
    );
  if (readOnly.length)
    throw forbidden(
      `Bạn không có quyền cập nhật xếp loại của đối tượng ở dòng ${readOnly.slice(0, 10).join(', ')} (ngoài phạm vi quản lý).`,
    );
  return subjects;
}

async function writeRatings(ctx: Ctx, items: RatingInput[]) {
  const subjects = await checkItems(ctx, items);
  const upserts: repo.RatingUpsert[] = items.map((i) => ({
    id: newId(),
    subjectType: i.subjectType,
    subjectId: i.subjectId,
    year: i.year,
    rating: i.rating,
    source: i.source ?? 'manual',
    note: i.note || null,
  }));
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findRatingsFor(tx, ctx.actor.tenantId, upserts);
    const counts = await repo.upsertRatings(tx, ctx.actor.tenantId, upserts, ctx.now);
    const first = items[0]!;
    const single = items.length === 1 ? subjects.get(`${first.subjectType}/${first.subjectId}`) : undefined;
    await writeAudit(tx, ctx, {
      action: 'upsert',
      entityType: 'annual_rating',
      entityId: single ? (before[0]?.id ?? upserts[0]!.id) : null,
      summary: single
        ? `Xếp loại năm ${first.year} của ${subjectLabel(first.subjectType).toLowerCase()} ${single.name}: ${first.rating}`
        : `Cập nhật xếp loại: ${items.length} dòng (${counts.created} mới, ${counts.updated} sửa)`,
      before,
      after: upserts.map(({ id: _id, ...rest }) => rest),
    });
    return counts;
  });
}

/** Creates or replaces the rating of one subject for one year. */
export async function upsertRating(ctx: Ctx, input: RatingInput): Promise<Rating> {
  await writeRatings(ctx, [input]);
  const row = await repo.findRatingBySubjectYear(
    ctx.db,
    ctx.actor.tenantId,
    input.subjectType,
    input.subjectId,
    input.year,
  );
  return present(row!);
}

export async function bulkRatings(ctx: Ctx, input: RatingBulk) {
  return writeRatings(ctx, input.items);
}

export async function deleteRating(ctx: Ctx, id: string) {
  const row = await loadRating(ctx, id, 'write');
  await inTransaction(ctx, async (tx) => {
    await repo.deleteRating(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'annual_rating',
      entityId: id,
      summary: `Xoá xếp loại năm ${row.rating.year} của ${row.subjectName}`,
      before: row.rating,
    });
  });
}
