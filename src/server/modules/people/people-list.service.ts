import { foldVietnamese } from '../../../domain/text/vietnamese';
import type { Ctx } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { scopesFor } from './people.policy';
import { presentPersonItem } from './people.present';
import * as repo from './people.repo';
import type { PersonFilter, PersonListQuery } from './people.schemas';

/** Turns list filters into the SQL condition, checking the unit filter like any other id (404 / 403). */
export async function resolvePersonWhere(ctx: Ctx, f: PersonFilter) {
  const scopes = scopesFor(ctx, 'people.read');
  const where: repo.PersonWhere = {
    tenantId: ctx.actor.tenantId,
    scopes,
    gender: f.gender,
    ethnicity: f.ethnicity,
    occupationGroup: f.occupationGroup,
    isLeader: f.isLeader,
  };
  if (f.q) {
    where.q = foldVietnamese(f.q);
    const digits = f.q.replace(/[\s.-]/g, '');
    if (/^\d{12}$/.test(digits)) where.qHash = ctx.deps.protector.blindIndex(digits);
    where.qCode = f.q.trim();
  }
  if (f.unitId) {
    const unit = await repo.findUnit(ctx.db, ctx.actor.tenantId, f.unitId);
    if (!unit) throw notFound('Đơn vị');
    const reachable =
      scopes === 'all' ||
      scopes.some((s) => unit.path === s || unit.path.startsWith(s + '/') || s.startsWith(unit.path + '/'));
    if (!reachable) throw forbidden('Đơn vị này nằm ngoài phạm vi quản lý của bạn.');
    where.unit = { id: unit.id, path: unit.path, includeSubunits: f.includeSubunits };
  }
  const filtered = Boolean(
    where.q !== undefined ||
    where.unit ||
    f.gender ||
    f.ethnicity ||
    f.occupationGroup ||
    f.isLeader !== undefined,
  );
  // A name search over the whole tenant and nothing else: served by the narrow person_search table.
  const textOnly =
    where.q !== undefined &&
    where.q.length > 0 &&
    !where.qHash &&
    scopes === 'all' &&
    !where.unit &&
    !f.gender &&
    !f.ethnicity &&
    !f.occupationGroup &&
    f.isLeader === undefined;
  return {
    sql: repo.personWhere(where),
    scoped: scopes !== 'all' || where.unit !== undefined,
    filtered,
    textOnly: textOnly ? where.q : undefined,
  };
}

/**
 * Counts past this are reported as "more than" (totalExact false): counting them costs as much as reading
 * them. Up to it, the page is sorted from the matches (≈2 µs a match on PostgreSQL); past it, the matches
 * are dense enough to take the page by walking the name index. Measured at 200,000 people by
 * `npm run bench people-search` (docs/benchmarks.md).
 */
export const COUNT_CAP = 10_000;

export async function listPeople(ctx: Ctx, query: PersonListQuery) {
  const where = await resolvePersonWhere(ctx, query);
  const offset = (query.page - 1) * query.pageSize;
  if (!where.filtered) {
    const [rows, total] = await Promise.all([
      repo.listPeople(ctx.db, where.sql, query.sort, query.pageSize, offset),
      repo.countPeople(ctx.db, where.sql, where.scoped),
    ]);
    return { items: rows.map((r) => presentPersonItem(r)), total, totalExact: true };
  }
  if (where.textOnly !== undefined && (query.sort === 'name' || query.sort === '-name'))
    return listByName(ctx, where.textOnly, query, offset);
  const counted = await repo.countPeople(ctx.db, where.sql, where.scoped, COUNT_CAP);
  const rows =
    offset >= counted
      ? []
      : await repo.listPeople(ctx.db, where.sql, query.sort, query.pageSize, offset, counted <= COUNT_CAP);
  return {
    items: rows.map((r) => presentPersonItem(r)),
    total: Math.min(counted, COUNT_CAP),
    totalExact: counted <= COUNT_CAP,
  };
}

/**
 * A name search sorted by name, on person_search: one pass counts up to the cap and sorts the page from the
 * matches; past the cap the matches are dense, so the page walks the name index.
 */
async function listByName(ctx: Ctx, folded: string, query: PersonListQuery, offset: number) {
  const tenantId = ctx.actor.tenantId;
  const descending = query.sort === '-name';
  const limit = query.pageSize;
  const first = await repo.pageAndCountTextMatches(ctx.db, tenantId, folded, {
    descending,
    limit,
    offset,
    cap: COUNT_CAP,
  });
  let ids = first.ids;
  const counted = first.counted ?? (await repo.countTextMatches(ctx.db, tenantId, folded, COUNT_CAP));
  if (counted > COUNT_CAP)
    ids = await repo.pageTextMatches(ctx.db, tenantId, folded, { descending, limit, offset });
  const rows = await repo.listPeopleByIds(ctx.db, tenantId, ids);
  return {
    items: rows.map((r) => presentPersonItem(r)),
    total: Math.min(counted, COUNT_CAP),
    totalExact: counted <= COUNT_CAP,
  };
}
