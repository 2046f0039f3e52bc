import { SCORING_FLOW_STATE_LABELS, type ScoringFlowState } from '../../../domain/scoring/flow';
import {
  itemProgress,
  memberProgress,
  percentLabel,
  percentOfPlan,
  ProgressSum,
  progressRatio,
} from '../../../domain/scoring/rollup';
import { roundPoints } from '../../../domain/scoring/format';
import type { ItemValue, ScoringItem } from '../../../domain/scoring/types';
import type { Ctx } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { allows } from './emulation.policy';
import { requireUnit } from './emulation.shared';
import { loadScoringBloc } from './scoring-access';
import * as computeRepo from './scoring-compute.repo';
import * as repo from './scoring-tables.repo';

/**
 * Plan-vs-actual dashboards (issue 5 item 7): per bloc year and per unit across years. The roll-up is
 * src/domain/scoring/rollup.ts (weights = items' maxPoints; formula in its doc comment).
 */

export const ROLLUP_FORMULA =
  'Tiến độ = Σ(điểm tối đa × min(thực hiện/kế hoạch, 1)) / Σ(điểm tối đa) × 100 trên các chỉ tiêu có kế hoạch và số liệu (chỉ tiêu càng thấp càng tốt: kế hoạch/thực hiện; chỉ tiêu đạt/không đạt: 1 hoặc 0; điểm thưởng, điểm trừ không tính).';

const figures = (v: ItemValue | undefined, item: ScoringItem) => ({
  plan: v?.plan ?? null,
  actual: v?.actual ?? null,
  achieved: v?.achieved ?? null,
  count: v?.count ?? null,
  percentOfPlan: percentOfPlan(v?.plan, v?.actual),
  percentLabel: percentLabel(v?.plan, v?.actual),
  ratio: (() => {
    const r = progressRatio(item, v);
    return r === null || !Number.isFinite(r) ? null : roundPoints(r * 100);
  })(),
});

/** Per bloc year: targets, actuals, % of plan per item and member, members' and the bloc's roll-up, ranks. */
export async function getBlocDashboard(ctx: Ctx, blocId: string, year: number) {
  const s = await loadScoringBloc(ctx, blocId, year);
  const tenantId = ctx.actor.tenantId;
  const state = await repo.findYear(ctx.db, tenantId, blocId, year);
  if (!state?.tableId) throw notFound('Bảng chấm điểm của năm');
  const [table, entries, results] = await Promise.all([
    repo.findTable(ctx.db, tenantId, state.tableId),
    repo.listEntries(ctx.db, tenantId, blocId, year),
    computeRepo.listResults(ctx.db, tenantId, blocId, year),
  ]);
  const items = table!.definition.groups.flatMap((g) => g.items.map((i) => ({ ...i, groupCode: g.code })));
  const values = new Map<string, Record<string, ItemValue>>();
  for (const e of entries) {
    const v = values.get(e.unitId) ?? {};
    v[e.itemCode] = { plan: e.plan, actual: e.actual, achieved: e.achieved, count: e.count };
    values.set(e.unitId, v);
  }
  const result = new Map(results.map((r) => [r.unitId, r]));
  const pooled = new ProgressSum();
  const members = s.members.map((m) => {
    const own = values.get(m.id) ?? {};
    for (const item of items) pooled.add(item, own[item.code]);
    const r = result.get(m.id);
    return {
      unit: { id: m.id, name: m.name },
      total: r?.total ?? null,
      rank: r?.rank ?? null,
      classification: r?.classification ?? null,
      ...memberProgress(items, own),
      items: items.map((item) => ({ code: item.code, ...figures(own[item.code], item) })),
    };
  });
  const status = state.status;
  return {
    blocId,
    year,
    status,
    statusLabel: SCORING_FLOW_STATE_LABELS[status],
    formula: ROLLUP_FORMULA,
    items: items.map((item) => ({
      code: item.code,
      groupCode: item.groupCode,
      name: item.name,
      unit: item.unit ?? null,
      maxPoints: item.maxPoints,
      direction: item.direction,
      method: item.method,
      progress: itemProgress(
        item,
        s.members.map((m) => values.get(m.id)?.[item.code]),
      ),
    })),
    members,
    bloc: pooled.result(),
  };
}

/** Per unit: each bloc year it belongs to, its items (plan, actual, % of plan), roll-up and result. */
export async function getUnitDashboard(ctx: Ctx, unitId: string) {
  const unit = await requireUnit(ctx, unitId);
  if (!allows(ctx, 'emulation.read', unit.path)) throw notFound('Đơn vị');
  const tenantId = ctx.actor.tenantId;
  const [years, entries] = await Promise.all([
    computeRepo.listUnitYears(ctx.db, tenantId, unitId),
    computeRepo.listUnitEntries(ctx.db, tenantId, unitId),
  ]);
  const valuesOf = new Map<string, Record<string, ItemValue>>();
  for (const e of entries) {
    const k = `${e.blocId}|${e.year}`;
    const v = valuesOf.get(k) ?? {};
    v[e.itemCode] = { plan: e.plan, actual: e.actual, achieved: e.achieved, count: e.count };
    valuesOf.set(k, v);
  }
  return {
    unit: { id: unit.id, name: unit.name },
    formula: ROLLUP_FORMULA,
    years: years.map((y) => {
      const items = y.definition?.groups.flatMap((g) => g.items) ?? [];
      const own = valuesOf.get(`${y.blocId}|${y.year}`) ?? {};
      const status = y.status as ScoringFlowState;
      return {
        bloc: { id: y.blocId, name: y.blocName },
        year: y.year,
        status,
        statusLabel: SCORING_FLOW_STATE_LABELS[status],
        total: y.total,
        rank: y.rank,
        classification: y.classification,
        ...memberProgress(items, own),
        items: items.map((item) => ({
          code: item.code,
          name: item.name,
          unit: item.unit ?? null,
          maxPoints: item.maxPoints,
          ...figures(own[item.code], item),
        })),
      };
    }),
  };
}
export type BlocDashboard = Awaited<ReturnType<typeof getBlocDashboard>>;
export type UnitDashboard = Awaited<ReturnType<typeof getUnitDashboard>>;
