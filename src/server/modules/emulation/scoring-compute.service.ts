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

/** Scores `years` from the entries in the database and replaces their stored results, in `tx`. */
export async function computeYears(
  tx: Tx,
  tenantId: string,
  year: number,
  years: readonly repo.ComputeYear[],
  now: Date,
): Promise<{ members: number; items: number }> {
  if (years.length === 0) return { members: 0, items: 0 };
  const blocIds = years.map((y) => y.blocId);
  const [members, entries] = await Promise.all([
    repo.loadComputeMembers(tx, tenantId, year, blocIds),
    repo.loadComputeEntries(tx, tenantId, year, blocIds),
  ]);
  const values = new Map<string, Record<string, ItemValue>>();
  for (const e of entries) {
    const k = key(e.blocId, e.unitId);
    let v = values.get(k);
    if (!v) values.set(k, (v = {}));
    v[e.itemCode] = { plan: e.plan, actual: e.actual, achieved: e.achieved, count: e.count };
  }
  const membersOf = new Map<string, repo.ComputeMember[]>();
  for (const m of members) membersOf.set(m.blocId, [...(membersOf.get(m.blocId) ?? []), m]);
  const results: repo.ResultRow[] = [];
  let items = 0;
  for (const y of years) {
    const codes = new Set(y.definition.groups.flatMap((g) => g.items.map((i) => i.code)));
    const scoring: ScoringMember[] = (membersOf.get(y.blocId) ?? []).map((m) => {
      const all = values.get(key(y.blocId, m.unitId)) ?? {};
      // Values of items no longer in the current version are kept but not scored.
      const own: Record<string, ItemValue> = {};
      for (const code of Object.keys(all)) if (codes.has(code)) own[code] = all[code]!;
      return { id: m.unitId, name: m.name, values: own };
    });
    const outcome = scoreMembers(y.definition, scoring, y.classificationBands);
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
        items: m.items.map((i) => ({
          itemCode: i.code,
          status: i.status,
          points: i.points,
          exactPoints: i.exactPoints,
          percentOfPlan: i.percentOfPlan,
          explanation: i.explanation,
        })),
      });
      items += m.items.length;
    }
  }
  await repo.replaceResults(tx, tenantId, year, blocIds, results, now);
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
  const [rows, table] = await Promise.all([
    repo.listResults(ctx.db, tenantId, blocId, year),
    state.computedTableId ? tables.findTable(ctx.db, tenantId, state.computedTableId) : undefined,
  ]);
  const names = new Map(
    (table?.definition.groups ?? []).flatMap((g) => g.items.map((i) => [i.code, i.name] as const)),
  );
  const order = new Map([...names.keys()].map((c, i) => [c, i]));
  const status = state.status;
  return {
    blocId,
    year,
    status,
    statusLabel: SCORING_FLOW_STATE_LABELS[status],
    computedAt: state.computedAt?.toISOString() ?? null,
    tableVersionNo: table?.versionNo ?? null,
    /** The current table version differs from the one the results were computed from. */
    stale: state.computedTableId !== state.tableId,
    members: rows.map((r) => ({
      unit: { id: r.unitId, name: r.unitName },
      total: r.total,
      exactTotal: r.exactTotal,
      rank: r.rank,
      classification: r.classification,
      missingItems: r.missingItems,
      explanation: r.explanation,
      items: [...r.items]
        .sort((a, b) => (order.get(a.itemCode) ?? 0) - (order.get(b.itemCode) ?? 0))
        .map((p) => ({
          code: p.itemCode,
          name: names.get(p.itemCode) ?? p.itemCode,
          status: p.status,
          points: p.points,
          exactPoints: p.exactPoints,
          percentOfPlan: p.percentOfPlan,
          explanation: p.explanation,
        })),
    })),
  };
}
export type ScoringResults = Awaited<ReturnType<typeof getResults>>;
