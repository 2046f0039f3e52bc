import { and, eq, inArray } from 'drizzle-orm';
import type { Actor, Ctx, Deps } from '../../lib/context';
import { newId } from '../../lib/ids';
import { setLeadership, setMembers, handOver } from '../../modules/emulation/bloc-years.service';
import { createMeeting } from '../../modules/emulation/bloc-meetings.service';
import { createBloc } from '../../modules/emulation/blocs.service';
import {
  castLeaderBallot,
  closeLeaderRound,
  openLeaderVote,
} from '../../modules/emulation/leader-vote.service';
import { saveResults, setTargets } from '../../modules/emulation/scoring-entries.service';
import {
  getScoringYear,
  saveScoringTable,
  transitionScoring,
} from '../../modules/emulation/scoring-tables.service';
import type { ScoringFlowAction } from '../../../domain/scoring/flow';
import { emulationBlocs, orgUnits, users } from '../schema';
import type { DemoContext } from './demo';
import {
  DEMO_BLOC,
  DEMO_BLOC_MEMBERS,
  DEMO_CROSS_CHECK,
  DEMO_SCORING_GROUPS,
  DEMO_VOTES,
  type DemoItem,
} from './demo-bloc-2019.data';

/**
 * Seed 001 in the demo data: the bloc "Khối các huyện, thành phố vùng động lực" of the former Hà Giang
 * province in 2019 — five members (TP Hà Giang head, Bắc Quang deputy), its 25-target scoring table, plans
 * and results self-scored, cross-checked (one figure corrected with a reason), confirmed and published (the
 * score engine computes totals and ranks at publication), the year-end review meeting, the leader vote by
 * the five representatives (4/5 for TP Hà Giang → Cờ thi đua, Bằng khen for the next two units) and the
 * handover to Bắc Quang (head) and Vị Xuyên (deputy) for 2020. Everything goes through the services, as a
 * user would; the representatives are inactive accounts (they cannot sign in). Skipped when the bloc exists
 * or when the tenant has no former Hà Giang districts.
 */
export async function seedDemoBloc2019(deps: Deps, demo: DemoContext): Promise<void> {
  const db = deps.database.db;
  const { tenantId } = demo;
  const [exists] = await db
    .select({ id: emulationBlocs.id })
    .from(emulationBlocs)
    .where(and(eq(emulationBlocs.tenantId, tenantId), eq(emulationBlocs.name, DEMO_BLOC.name)));
  if (exists) return;
  const keys = [DEMO_BLOC.organiserKey, ...DEMO_BLOC_MEMBERS.map((m) => m.key)];
  const units = await db
    .select({ id: orgUnits.id, key: orgUnits.externalKey })
    .from(orgUnits)
    .where(and(eq(orgUnits.tenantId, tenantId), inArray(orgUnits.externalKey, keys)));
  const byKey = new Map(units.map((u) => [u.key, u.id]));
  if (keys.some((k) => !byKey.has(k))) return;
  const unitIds = DEMO_BLOC_MEMBERS.map((m) => byKey.get(m.key)!);

  const actor: Actor = {
    ...demo.actor,
    grants: [{ role: 'tenant_admin', tenantId, orgUnitId: null, scopePath: null }],
  };
  const ctx: Ctx = { db, actor, now: demo.now, requestId: 'seed-demo-bloc-2019', deps };
  const year = DEMO_BLOC.year;

  const bloc = await createBloc(ctx, {
    kind: 'bloc',
    name: DEMO_BLOC.name,
    organiserUnitId: byKey.get(DEMO_BLOC.organiserKey)!,
    rotationOrder: unitIds,
    note: DEMO_BLOC.note,
  });
  await setMembers(ctx, bloc.id, year, { unitIds });
  await setLeadership(ctx, bloc.id, year, { headUnitId: unitIds[0]!, deputyUnitId: unitIds[1]!, note: null });

  await scoreTheYear(ctx, bloc.id, unitIds);

  await createMeeting(ctx, bloc.id, {
    date: DEMO_BLOC.reviewDate,
    kind: 'year_end_review',
    place: DEMO_BLOC.reviewPlace,
    minutes:
      'Hội nghị tổng kết phong trào thi đua năm 2019: chấm điểm thi đua các đơn vị thành viên trên cơ sở số liệu báo cáo, bỏ phiếu suy tôn đơn vị dẫn đầu, thống nhất chuyển giao nhiệm vụ Trưởng khối năm 2020 cho huyện Bắc Quang, Phó Trưởng khối cho huyện Vị Xuyên.',
  });

  const reps = DEMO_BLOC_MEMBERS.map((m, i) => ({ unitId: unitIds[i]!, userId: newId(), ...m }));
  await db.insert(users).values(
    reps.map((r) => ({
      id: r.userId,
      tenantId,
      email: r.email,
      fullName: r.representative,
      passwordHash: '!',
      isActive: false,
      createdAt: demo.now,
      updatedAt: demo.now,
    })),
  );
  await openLeaderVote(ctx, bloc.id, year, {
    heldOn: DEMO_BLOC.reviewDate,
    representatives: reps.map(({ unitId, userId }) => ({ unitId, userId })),
  });
  for (const [i, r] of reps.entries())
    await castLeaderBallot(
      { ...ctx, actor: { ...actor, userId: r.userId, label: r.representative } },
      bloc.id,
      year,
      {
        unitId: unitIds[DEMO_VOTES[i]!]!,
      },
    );
  await closeLeaderRound(ctx, bloc.id, year);

  await handOver(ctx, bloc.id, year, {
    method: 'rotation',
    note: 'Khối thống nhất chuyển giao nhiệm vụ Trưởng khối năm 2020 cho huyện Bắc Quang, Phó Trưởng khối cho huyện Vị Xuyên.',
  });
}

const tableItem = (i: DemoItem) => ({
  code: i.code,
  name: i.name,
  unit: i.unit,
  maxPoints: i.maxPoints,
  direction: i.direction ?? ('higher_better' as const),
  method: i.method,
  params: i.params ?? null,
  evidenceRequired: false,
});

/** Table, plans, self-scoring, the cross-check, confirmation and publication (the engine computes). */
async function scoreTheYear(ctx: Ctx, blocId: string, unitIds: string[]) {
  const year = DEMO_BLOC.year;
  const items = DEMO_SCORING_GROUPS.flatMap((g) => g.items);
  await saveScoringTable(ctx, blocId, year, {
    table: {
      groups: DEMO_SCORING_GROUPS.map((g) => ({ code: g.code, name: g.name, items: g.items.map(tableItem) })),
    },
    classificationBands: null,
    note: 'Bảng chấm điểm 25 chỉ tiêu Khối đã đăng ký với tỉnh năm 2019 (dữ liệu mẫu).',
  });
  await setTargets(ctx, blocId, year, {
    targets: unitIds.flatMap((unitId, m) =>
      items.map((i) => ({ unitId, itemCode: i.code, plan: i.figures[m]![0] })),
    ),
  });
  const step = async (action: ScoringFlowAction, reason?: string) => {
    const { version } = await getScoringYear(ctx, blocId, year);
    await transitionScoring(ctx, blocId, year, { action, version, reason });
  };
  await step('open_self_scoring');
  const fix = DEMO_CROSS_CHECK;
  for (const [m, unitId] of unitIds.entries())
    await saveResults(ctx, blocId, year, unitId, {
      results: items.map((i) => {
        const actual = m === fix.member && i.code === fix.itemCode ? fix.selfReported : i.figures[m]![1];
        return {
          itemCode: i.code,
          actual,
          achieved: i.method === 'fixed' ? actual >= i.figures[m]![0] : null,
        };
      }),
    });
  await step('start_cross_check');
  const corrected = items.find((i) => i.code === fix.itemCode)!.figures[fix.member][1];
  await saveResults(ctx, blocId, year, unitIds[fix.member]!, {
    results: [{ itemCode: fix.itemCode, actual: corrected, achieved: null }],
    reason: fix.reason,
  });
  await step('confirm');
  await step('publish');
}
