import {
  checkLeadership,
  checkMembers,
  checkMembersKeepLeadership,
  type HandoverFacts,
  LEADERSHIP_SOURCE_LABELS,
  planHandover,
} from '../../../domain/emulation/bloc';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { badRequest, conflict, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import * as repo from './blocs.repo';
import type { LeadershipRow } from './blocs.repo';
import type { BlocYear, Handover, LeadershipPut, MembersPut } from './blocs.schemas';
import { BLOC, loadBloc, loadWritableBloc, presentLeadership } from './blocs.service';
import * as lookups from './emulation.repo';
import { inForceDuring, invalidTransition, requireUnits, uniqueAs409 } from './emulation.shared';

/** A bloc's years: members, head and deputy, and the year-end handover (law-reference §8.2). */

export async function getBlocYear(ctx: Ctx, blocId: string, year: number): Promise<BlocYear> {
  await loadBloc(ctx, blocId);
  const tenantId = ctx.actor.tenantId;
  const [members, [leadership]] = await Promise.all([
    repo.listMembers(ctx.db, tenantId, blocId, year),
    repo.listLeaderships(ctx.db, tenantId, blocId, year),
  ]);
  return { blocId, year, members, leadership: leadership ? presentLeadership(leadership) : null };
}

export async function listLeaderships(ctx: Ctx, blocId: string) {
  await loadBloc(ctx, blocId);
  const rows = await repo.listLeaderships(ctx.db, ctx.actor.tenantId, blocId);
  return { items: rows.map(presentLeadership) };
}

async function yearState(tx: Tx, ctx: Ctx, blocId: string, year: number) {
  const tenantId = ctx.actor.tenantId;
  if (!(await repo.lockBloc(tx, tenantId, blocId))) throw notFound(BLOC);
  const [members, [leadership]] = await Promise.all([
    repo.listMembers(tx, tenantId, blocId, year),
    repo.listLeaderships(tx, tenantId, blocId, year),
  ]);
  return { memberIds: members.map((m) => m.id), leadership: leadership?.leadership };
}

/** Replaces a year's members; units must be the tenant's and in force in that year. */
export async function setMembers(ctx: Ctx, blocId: string, year: number, input: MembersPut) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  const distinct = checkMembers(input.unitIds);
  if (!distinct.ok) throw badRequest(`${distinct.reason}.`);
  const units = await requireUnits(ctx, input.unitIds, 'Đơn vị thành viên');
  const ended = input.unitIds.map((id) => units.get(id)!).find((u) => !inForceDuring(u, year));
  if (ended) throw badRequest(`Đơn vị "${ended.name}" không có hiệu lực trong năm ${year}.`);
  await inTransaction(ctx, async (tx) => {
    const before = await yearState(tx, ctx, blocId, year);
    const keeps = checkMembersKeepLeadership(input.unitIds, before.leadership ?? null);
    if (!keeps.ok) throw conflict(`${keeps.reason}.`);
    await repo.replaceMembers(tx, ctx.actor.tenantId, blocId, year, input.unitIds);
    await writeAudit(tx, ctx, {
      action: 'set_members',
      entityType: 'emulation_bloc',
      entityId: blocId,
      summary: `Thành viên ${bloc.name} năm ${year}: ${input.unitIds.length} đơn vị`,
      before: { year, unitIds: before.memberIds },
      after: { year, unitIds: input.unitIds },
    });
  });
  return getBlocYear(ctx, blocId, year);
}

/** Sets (or corrects, with its version) a year's head and deputy; a year already handed over is closed. */
export async function setLeadership(ctx: Ctx, blocId: string, year: number, input: LeadershipPut) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  const ids = input.deputyUnitId ? [input.headUnitId, input.deputyUnitId] : [input.headUnitId];
  await requireUnits(ctx, ids, 'Đơn vị Trưởng, Phó khối');
  await uniqueAs409(`Năm ${year} đã có Trưởng khối, Phó khối.`, () =>
    inTransaction(ctx, async (tx) => {
      const { memberIds, leadership } = await yearState(tx, ctx, blocId, year);
      if (memberIds.length === 0)
        throw invalidTransition(`Năm ${year} khối chưa có thành viên: hãy ghi danh sách thành viên trước`);
      const check = checkLeadership(memberIds, input.headUnitId, input.deputyUnitId, year);
      if (!check.ok) throw badRequest(`${check.reason}.`);
      const values = {
        headUnitId: input.headUnitId,
        deputyUnitId: input.deputyUnitId,
        note: input.note || null,
        source: 'manual' as const,
        updatedAt: ctx.now,
      };
      if (leadership) {
        if (leadership.handedOverAt)
          throw invalidTransition(
            `Năm ${year} đã chuyển giao cho năm ${year + 1}: không sửa Trưởng, Phó khối được nữa`,
          );
        if (input.version === undefined || input.version !== leadership.version) throw versionConflict();
        if (!(await repo.updateLeadership(tx, ctx.actor.tenantId, leadership.id, input.version, values)))
          throw versionConflict();
      } else {
        await repo.insertLeadership(tx, {
          id: newId(),
          tenantId: ctx.actor.tenantId,
          blocId,
          year,
          ...values,
          createdAt: ctx.now,
        });
      }
      await writeAudit(tx, ctx, {
        action: 'set_leadership',
        entityType: 'emulation_bloc',
        entityId: blocId,
        summary: `Trưởng, Phó khối ${bloc.name} năm ${year}`,
        before: leadership ?? null,
        after: { year, ...values },
      });
    }),
  );
  return getBlocYear(ctx, blocId, year);
}

/** What the handover decides from: this year's members and leadership, next year's, the agreed order. */
async function handoverFacts(
  tx: Tx,
  ctx: Ctx,
  bloc: { id: string; rotationOrder: string[] },
  year: number,
): Promise<{ facts: HandoverFacts; leadership: LeadershipRow | undefined }> {
  const tenantId = ctx.actor.tenantId;
  const { memberIds, leadership } = await yearState(tx, ctx, bloc.id, year);
  const [nextMembers, nextLeadership, units] = await Promise.all([
    repo.listMembers(tx, tenantId, bloc.id, year + 1),
    repo.listLeaderships(tx, tenantId, bloc.id, year + 1),
    lookups.findUnits(tx, tenantId, memberIds),
  ]);
  const stillInForce = new Set(units.filter((u) => inForceDuring(u, year + 1)).map((u) => u.id));
  const facts: HandoverFacts = {
    year,
    members: memberIds.filter((id) => stillInForce.has(id)),
    leadership: leadership
      ? {
          headUnitId: leadership.headUnitId,
          deputyUnitId: leadership.deputyUnitId,
          handedOver: leadership.handedOverAt !== null,
        }
      : null,
    nextMembers: nextMembers.map((m) => m.id),
    nextLeadershipExists: nextLeadership.length > 0,
    rotationOrder: bloc.rotationOrder,
  };
  return { facts, leadership };
}

/**
 * The year-end handover: next year's head and deputy by the agreed rotation or by the vote, next year's
 * membership copied from this year's (units no longer in force next year left out) unless already
 * entered, and this year's leadership marked handed over — all in one transaction.
 */
export async function handOver(ctx: Ctx, blocId: string, year: number, input: Handover) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  if (input.method === 'vote')
    await requireUnits(ctx, [input.headUnitId, input.deputyUnitId], 'Đơn vị được bầu');
  const tenantId = ctx.actor.tenantId;
  const nextYear = year + 1;
  await uniqueAs409(`Năm ${nextYear} đã có Trưởng khối, Phó khối.`, () =>
    inTransaction(ctx, async (tx) => {
      const { facts, leadership } = await handoverFacts(tx, ctx, bloc, year);
      const plan = planHandover(facts, input);
      if (!plan.ok || !leadership) throw invalidTransition(plan.ok ? 'Chưa có Trưởng khối' : plan.reason);
      if (plan.copyMembers) await repo.replaceMembers(tx, tenantId, blocId, nextYear, plan.members);
      const next = {
        id: newId(),
        tenantId,
        blocId,
        year: nextYear,
        headUnitId: plan.headUnitId,
        deputyUnitId: plan.deputyUnitId,
        source: plan.source,
        note: input.note || null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      await repo.insertLeadership(tx, next);
      const closed = { handedOverAt: ctx.now };
      if (!(await repo.updateLeadership(tx, tenantId, leadership.id, leadership.version, closed)))
        throw versionConflict();
      await writeAudit(tx, ctx, {
        action: 'handover',
        entityType: 'emulation_bloc',
        entityId: blocId,
        summary: `Chuyển giao Trưởng, Phó khối ${bloc.name} năm ${year} → năm ${nextYear} (${LEADERSHIP_SOURCE_LABELS[plan.source].toLowerCase()})`,
        before: { year, headUnitId: leadership.headUnitId, deputyUnitId: leadership.deputyUnitId },
        after: { ...next, membersCopied: plan.copyMembers, memberIds: plan.members },
      });
    }),
  );
  return getBlocYear(ctx, blocId, nextYear);
}
