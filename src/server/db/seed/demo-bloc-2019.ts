import { and, eq, inArray } from 'drizzle-orm';
import type { Actor, Ctx, Deps } from '../../lib/context';
import { newId } from '../../lib/ids';
import type { ScoringItem } from '../../../domain/scoring/types';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { handOver } from '../../modules/emulation/bloc-years.service';
import {
  castLeaderBallot,
  closeLeaderRound,
  openLeaderVote,
} from '../../modules/emulation/leader-vote.service';
import { getScoringYear, transitionScoring } from '../../modules/emulation/scoring-tables.service';
import {
  blocScoringAdjustments,
  blocScoringEntries,
  blocScoringTables,
  blocScoringYears,
  emulationBlocLeaderships,
  emulationBlocMeetings,
  emulationBlocMembers,
  emulationBlocs,
  orgUnits,
  users,
} from '../schema';
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
 * handover to Bắc Quang (head) and Vị Xuyên (deputy) for 2020. The year's data up to the confirmed results
 * is inserted set-based in one transaction (fast at every fresh start); publication (the score engine's
 * totals and ranks), the vote and the handover go through the services, as a user would. The
 * representatives are inactive accounts (they cannot sign in). Skipped when the bloc exists or when the
 * tenant has no former Hà Giang districts.
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

  const blocId = await insertYear(ctx, byKey.get(DEMO_BLOC.organiserKey)!, unitIds);
  const { version } = await getScoringYear(ctx, blocId, year);
  await transitionScoring(ctx, blocId, year, { action: 'publish', version });

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
  await openLeaderVote(ctx, blocId, year, {
    heldOn: DEMO_BLOC.reviewDate,
    representatives: reps.map(({ unitId, userId }) => ({ unitId, userId })),
  });
  for (const [i, r] of reps.entries())
    await castLeaderBallot(
      { ...ctx, actor: { ...actor, userId: r.userId, label: r.representative } },
      blocId,
      year,
      {
        unitId: unitIds[DEMO_VOTES[i]!]!,
      },
    );
  await closeLeaderRound(ctx, blocId, year);

  await handOver(ctx, blocId, year, {
    method: 'rotation',
    note: 'Khối thống nhất chuyển giao nhiệm vụ Trưởng khối năm 2020 cho huyện Bắc Quang, Phó Trưởng khối cho huyện Vị Xuyên.',
  });
}

const tableItem = (i: DemoItem): ScoringItem => ({
  code: i.code,
  name: i.name,
  unit: i.unit,
  maxPoints: i.maxPoints,
  direction: i.direction ?? 'higher_better',
  method: i.method,
  ...(i.params ? { params: i.params } : {}),
  evidenceRequired: false,
});

/**
 * The bloc, its 2019 members and leadership, the table, the plans and results (as self-scored, with the
 * cross-check correction and its trail), the scoring year confirmed, and the review meeting: set-based,
 * one transaction, one audit row. Publication (the engine's totals and ranks) follows through the service.
 */
async function insertYear(ctx: Ctx, organiserUnitId: string, unitIds: string[]): Promise<string> {
  const { tenantId } = ctx.actor;
  const { now } = ctx;
  const year = DEMO_BLOC.year;
  const blocId = newId();
  const tableId = newId();
  const stamps = { createdAt: now, updatedAt: now };
  const items = DEMO_SCORING_GROUPS.flatMap((g) => g.items);
  const fix = DEMO_CROSS_CHECK;
  const entries = unitIds.flatMap((unitId, m) =>
    items.map((i) => {
      const [plan, actual] = i.figures[m]!;
      return {
        id: newId(),
        tenantId,
        blocId,
        year,
        unitId,
        itemCode: i.code,
        tableId,
        plan,
        actual,
        achieved: i.method === 'fixed' ? actual >= plan : null,
        enteredByLabel: DEMO_BLOC_MEMBERS[m]!.representative,
        ...stamps,
      };
    }),
  );
  const corrected = entries.find((e) => e.unitId === unitIds[fix.member] && e.itemCode === fix.itemCode)!;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(emulationBlocs).values({
      id: blocId,
      tenantId,
      kind: 'bloc',
      name: DEMO_BLOC.name,
      organiserUnitId,
      rotationOrder: unitIds,
      note: DEMO_BLOC.note,
      searchText: foldVietnamese(DEMO_BLOC.name),
      sortKey: vietnameseSortKey(DEMO_BLOC.name),
      ...stamps,
    });
    await tx
      .insert(emulationBlocMembers)
      .values(unitIds.map((unitId, position) => ({ tenantId, blocId, year, unitId, position })));
    await tx.insert(emulationBlocLeaderships).values({
      id: newId(),
      tenantId,
      blocId,
      year,
      headUnitId: unitIds[0]!,
      deputyUnitId: unitIds[1]!,
      source: 'manual',
      ...stamps,
    });
    await tx.insert(blocScoringTables).values({
      id: tableId,
      tenantId,
      blocId,
      year,
      versionNo: 1,
      definition: {
        groups: DEMO_SCORING_GROUPS.map((g) => ({
          code: g.code,
          name: g.name,
          items: g.items.map(tableItem),
        })),
      },
      classificationBands: null,
      note: 'Bảng chấm điểm 25 chỉ tiêu Khối đã đăng ký với tỉnh năm 2019 (dữ liệu mẫu).',
      usedAt: now,
      createdByLabel: ctx.actor.label,
      ...stamps,
    });
    await tx
      .insert(blocScoringYears)
      .values({ id: newId(), tenantId, blocId, year, status: 'confirmed', tableId, ...stamps });
    await tx.insert(blocScoringEntries).values(entries);
    await tx.insert(blocScoringAdjustments).values({
      id: newId(),
      tenantId,
      entryId: corrected.id,
      field: 'actual',
      before: fix.selfReported,
      after: corrected.actual,
      reason: fix.reason,
      actorLabel: `${DEMO_BLOC_MEMBERS[0].representative} (Trưởng khối)`,
      createdAt: now,
    });
    await tx.insert(emulationBlocMeetings).values({
      id: newId(),
      tenantId,
      blocId,
      date: DEMO_BLOC.reviewDate,
      kind: 'year_end_review',
      place: DEMO_BLOC.reviewPlace,
      minutes:
        'Hội nghị tổng kết phong trào thi đua năm 2019: chấm điểm thi đua các đơn vị thành viên trên cơ sở số liệu báo cáo, bỏ phiếu suy tôn đơn vị dẫn đầu, thống nhất chuyển giao nhiệm vụ Trưởng khối năm 2020 cho huyện Bắc Quang, Phó Trưởng khối cho huyện Vị Xuyên.',
      ...stamps,
    });
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'emulation_bloc',
      entityId: blocId,
      summary: `Dữ liệu mẫu: ${DEMO_BLOC.name} năm ${year} (5 thành viên, 25 chỉ tiêu, kết quả đã chấm chéo và thống nhất)`,
      after: { year, members: unitIds, items: items.length },
    });
  });
  return blocId;
}
