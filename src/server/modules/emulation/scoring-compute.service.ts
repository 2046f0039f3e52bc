import { scoreMembers } from '../../../domain/scoring/engine';
import { SCORING_FLOW_STATE_LABELS } from '../../../domain/scoring/flow';
import type { ItemValue, ScoringMember } from '../../../domain/scoring/types';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { assertMayManageTenant } from './emulation.policy';
import { invalidTransition } from './emulation.shared';
import { assertWrite, loadScoringBloc, mayCrossCheck, mayOrganise } from './scoring-access';
import * as repo from './scoring-compute.repo';
import * as tables from './scoring-tables.repo';
import { forbidden } from '../../lib/errors';

/**
 * Recompute (issue 5 item 4): the score engine over every member of one bloc's year, or of every bloc of the
 * tenant's year, the totals, ranks, classifications and per-item points with their explanations stored
 * set-wise (src/domain/scoring/engine.ts does the arithmetic; nothing is rounded here).
 */

export interface RecomputeSummary {
  year: number;
  blocs: number;
  members: number;
  items: number;
  /** Blocs not recomputed: published (immutable). */
  skipped: { blocId: string; reason: string }[];
}

const key = (a: string, b: string) => `${a}|${b}`;

interface ScoredBloc {
  year: repo.ComputeYear;
  outcome: ReturnType<typeof scoreMembers>;
}

/**
 * Runs the engine over the blocs of `years` with their members and entries as stored now (read in `db`).
 * Values of items no longer in a bloc's current table version are kept but not scored.
 */
async function scoreStored(
  db: Tx | Ctx['db'],
  tenantId: string,
  year: number,
  years: readonly repo.ComputeYear[],
): Promise<ScoredBloc[]> {
  const blocIds = years.map((y) => y.blocId);
  const [members, entries] = await Promise.all([
    repo.loadComputeMembers(db, tenantId, year, blocIds),
    repo.loadComputeEntries(db, tenantId, year, blocIds),
  ]);
  const values = new Map<string, Record<string, ItemValue>>();
  for (const e of entries) {
    const k = key(e.blocId, e.unitId);
    let v = values.get(k);
    if (!v) values.set(k, (v = {}));
    v[e.itemCode] = { plan: e.plan, actual: e.actual, achieved: e.achieved, count: e.count };
  }
  const membersOf = new Map<string, repo.ComputeMember[]>();
  for (const m of members) {
    const list = membersOf.get(m.blocId);
    if (list) list.push(m);
    else membersOf.set(m.blocId, [m]);
  }
  return years.map((y) => {
    const codes = new Set(y.definition.groups.flatMap((g) => g.items.map((i) => i.code)));
    const scoring: ScoringMember[] = (membersOf.get(y.blocId) ?? []).map((m) => {
      const all = values.get(key(y.blocId, m.unitId)) ?? {};
      const own: Record<string, ItemValue> = {};
      for (const code of Object.keys(all)) if (codes.has(code)) own[code] = all[code]!;
      return { id: m.unitId, name: m.name, values: own };
    });
    return { year: y, outcome: scoreMembers(y.definition, scoring, y.classificationBands) };
  });
}

/**
 * Scores `years` from the entries in the database and replaces their stored results, in `tx`. Each member's
 * item points are stored compactly with its result row; the item explanations are not stored: they are
 * the engine's wording of the stored entries and are produced again when the results are read.
 */
export async function computeYears(
  tx: Tx,
  tenantId: string,
  year: number,
  years: readonly repo.ComputeYear[],
  now: Date,
): Promise<{ members: number; items: number }> {
  if (years.length === 0) return { members: 0, items: 0 };
  const results: repo.ResultRow[] = [];
  let items = 0;
  for (const { year: y, outcome } of await scoreStored(tx, tenantId, year, years)) {
    for (const m of outcome.members) {
      results.push({
        blocId: y.blocId,
        unitId: m.id,
        tableId: y.tableId,
        total: m.total,
        exactTotal: m.exactTotal,
        rank: m.rank,
        classification: m.classification,
        missingItems: m.missingItems,
        explanation: m.explanation,
        items: m.items.map((i) => [i.code, i.status, i.points, i.exactPoints, i.percentOfPlan]),
      });
      items += m.items.length;
    }
  }
  await repo.replaceResults(
    tx,
    tenantId,
    year,
    years.map((y) => y.blocId),
    results,
    now,
  );
  return { members: results.length, items };
}

/** Recomputes one bloc's year (organiser, head or deputy); published years → 409. */
export async function recomputeBlocYear(ctx: Ctx, blocId: string, year: number) {
  const s = await loadScoringBloc(ctx, blocId, year);
  if (!mayOrganise(ctx, s) && !mayCrossCheck(ctx, s))
    throw forbidden('Chỉ đơn vị tổ chức, Trưởng khối hoặc Phó khối mới được tính lại điểm.');
  const tenantId = ctx.actor.tenantId;
  await inTransaction(ctx, async (tx) => {
    const state = await tables.lockYear(tx, tenantId, blocId, year);
    if (!state?.tableId)
      throw invalidTransition('Năm này chưa có bảng chấm điểm: hãy nhập bảng chấm điểm trước');
    assertWrite(state.status, 'recompute');
    const years = await repo.loadComputeYears(tx, tenantId, year, [blocId]);
    const counts = await computeYears(tx, tenantId, year, years, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'recompute',
      entityType: 'emulation_bloc',
      entityId: blocId,
      summary: `Tính lại điểm thi đua ${s.bloc.name} năm ${year}: ${counts.members} thành viên`,
      after: { year, ...counts },
    });
  });
  return getResults(ctx, blocId, year);
}

/**
 * Recomputes every bloc of the tenant's year (tenant-wide emulation.write). Published years are left as
 * they are and listed as skipped.
 */
export async function recomputeTenantYear(ctx: Ctx, year: number): Promise<RecomputeSummary> {
  assertMayManageTenant(ctx);
  const tenantId = ctx.actor.tenantId;
  return inTransaction(ctx, async (tx) => {
    const all = await repo.loadComputeYears(tx, tenantId, year, null);
    const open = all.filter((y) => y.status !== 'published');
    const skipped = all
      .filter((y) => y.status === 'published')
      .map((y) => ({ blocId: y.blocId, reason: 'Kết quả đã công bố (không tính lại)' }));
    const counts = await computeYears(tx, tenantId, year, open, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'recompute_year',
      entityType: 'emulation_scoring_year',
      summary: `Tính lại điểm thi đua năm ${year}: ${open.length} cụm, khối, ${counts.members} thành viên`,
      after: { year, blocs: open.length, ...counts, skipped: skipped.length },
    });
    return { year, blocs: open.length, ...counts, skipped };
  });
}

/** The stored, ranked results of a bloc's year with each member's item points and explanations. */
export async function getResults(ctx: Ctx, blocId: string, year: number) {
  await loadScoringBloc(ctx, blocId, year);
  const tenantId = ctx.actor.tenantId;
  const state = await tables.findYear(ctx.db, tenantId, blocId, year);
  if (!state) throw notFound('Năm chấm điểm của cụm, khối');
  const [rows, table, computedYear] = await Promise.all([
    repo.listResults(ctx.db, tenantId, blocId, year),
    state.computedTableId ? tables.findTable(ctx.db, tenantId, state.computedTableId) : undefined,
    repo.loadComputeYears(ctx.db, tenantId, year, [blocId]),
  ]);
  const names = new Map(
    (table?.definition.groups ?? []).flatMap((g) => g.items.map((i) => [i.code, i.name] as const)),
  );
  const order = new Map([...names.keys()].map((c, i) => [c, i]));
  // The explanations: the engine's wording of the entries as stored now, with the computed version.
  const current = new Map<string, { exactPoints: number; explanation: string }>();
  if (table && computedYear[0]) {
    const [scored] = await scoreStored(ctx.db, tenantId, year, [
      { ...computedYear[0], tableId: table.id, definition: table.definition },
    ]);
    for (const m of scored?.outcome.members ?? []) for (const i of m.items) current.set(key(m.id, i.code), i);
  }
  let entriesChanged = false;
  const status = state.status;
  const members = rows.map((r) => ({
    unit: { id: r.unitId, name: r.unitName },
    total: r.total,
    exactTotal: r.exactTotal,
    rank: r.rank,
    classification: r.classification,
    missingItems: r.missingItems,
    explanation: r.explanation,
    items: [...r.items]
      .sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
      .map(([code, itemStatus, points, exactPoints, percentOfPlan]) => {
        const now = current.get(key(r.unitId, code));
        if (!now || now.exactPoints !== exactPoints) entriesChanged = true;
        return {
          code,
          name: names.get(code) ?? code,
          status: itemStatus,
          points,
          exactPoints,
          percentOfPlan,
          explanation: now && now.exactPoints === exactPoints ? now.explanation : '',
        };
      }),
  }));
  return {
    blocId,
    year,
    status,
    statusLabel: SCORING_FLOW_STATE_LABELS[status],
    computedAt: state.computedAt?.toISOString() ?? null,
    tableVersionNo: table?.versionNo ?? null,
    /** The current table version, or an entry, differs from what the results were computed from. */
    stale: state.computedTableId !== state.tableId || entriesChanged,
    members,
  };
}
export type ScoringResults = Awaited<ReturnType<typeof getResults>>;
