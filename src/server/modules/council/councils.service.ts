import { COUNCIL_LEVEL_LABELS, COUNCIL_ROLE_LABELS } from '../../../domain/ballot/council';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { badRequest, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { assertMayManage } from './council.policy';
import * as repo from './council.repo';
import type {
  CouncilCreate,
  CouncilListQuery,
  CouncilPatch,
  CouncilView,
  MembersPut,
} from './council.schemas';

export const COUNCIL = 'Hội đồng Thi đua - Khen thưởng';

export async function loadCouncil(ctx: Ctx, id: string, lock = false, db = ctx.db) {
  const found = await repo.findCouncil(db, ctx.actor.tenantId, id, lock);
  if (!found) throw notFound(COUNCIL);
  return found;
}

function present(
  r: NonNullable<Awaited<ReturnType<typeof repo.findCouncil>>>,
  members: repo.MemberRow[],
): CouncilView {
  const c = r.council;
  return {
    id: c.id,
    orgUnit: { id: c.orgUnitId, name: r.unitName },
    level: c.level,
    levelLabel: COUNCIL_LEVEL_LABELS[c.level],
    name: c.name,
    foundingDecisionNumber: c.foundingDecisionNumber,
    foundingDecisionDate: c.foundingDecisionDate,
    quorumPercent: c.quorumPercent,
    defaultThresholdPercent: c.defaultThresholdPercent,
    note: c.note,
    memberCount: members.length,
    members: members.map((m) => ({
      id: m.id,
      userId: m.userId,
      fullName: m.fullName,
      position: m.position,
      role: m.role,
      roleLabel: COUNCIL_ROLE_LABELS[m.role],
    })),
    version: c.version,
  };
}

export async function listCouncils(ctx: Ctx, q: CouncilListQuery) {
  const { items, total } = await repo.listCouncils(ctx.db, ctx.actor.tenantId, q.q, q.page, q.pageSize);
  const members = await repo.membersOf(
    ctx.db,
    ctx.actor.tenantId,
    items.map((i) => i.council.id),
  );
  return {
    items: items.map((i) =>
      present(
        i,
        members.filter((m) => m.councilId === i.council.id),
      ),
    ),
    total,
  };
}

export async function getCouncil(ctx: Ctx, id: string, db = ctx.db): Promise<CouncilView> {
  const found = await loadCouncil(ctx, id, false, db);
  return present(found, await repo.membersOf(db, ctx.actor.tenantId, [id]));
}

export async function createCouncil(ctx: Ctx, input: CouncilCreate) {
  const unit = await repo.findUnit(ctx.db, ctx.actor.tenantId, input.orgUnitId);
  if (!unit) throw notFound('Đơn vị');
  assertMayManage(ctx, unit.path);
  const id = newId();
  return inTransaction(ctx, async (tx) => {
    await repo.insertCouncil(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      orgUnitId: unit.id,
      level: input.level,
      name: input.name,
      foundingDecisionNumber: input.foundingDecisionNumber,
      foundingDecisionDate: input.foundingDecisionDate ?? null,
      quorumPercent: input.quorumPercent === undefined ? 80 : input.quorumPercent,
      defaultThresholdPercent: input.defaultThresholdPercent ?? null,
      note: input.note ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await writeAudit(tx, ctx, {
      action: 'council.create',
      entityType: 'council',
      entityId: id,
      summary: `Thành lập ${input.name} (QĐ ${input.foundingDecisionNumber})`,
      after: input,
    });
    return getCouncil(ctx, id, tx);
  });
}

export async function updateCouncil(ctx: Ctx, id: string, input: CouncilPatch) {
  return inTransaction(ctx, async (tx) => {
    const found = await loadCouncil(ctx, id, true, tx);
    assertMayManage(ctx, found.unitPath);
    const { version, ...values } = input;
    const ok = await repo.updateCouncil(tx, ctx.actor.tenantId, id, version, {
      ...values,
      updatedAt: ctx.now,
    });
    if (!ok) throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'council.update',
      entityType: 'council',
      entityId: id,
      summary: `Sửa thông tin ${found.council.name}`,
      before: found.council,
      after: values,
    });
    return getCouncil(ctx, id, tx);
  });
}

/** Replaces the member list (per the founding decision); every member is a user account of the tenant. */
export async function putMembers(ctx: Ctx, id: string, input: MembersPut) {
  return inTransaction(ctx, async (tx) => {
    const found = await loadCouncil(ctx, id, true, tx);
    assertMayManage(ctx, found.unitPath);
    if (found.council.version !== input.version) throw versionConflict();
    const userIds = input.members.map((m) => m.userId);
    if (new Set(userIds).size !== userIds.length)
      throw badRequest('Một tài khoản chỉ là một thành viên Hội đồng.');
    const known = await repo.tenantUsers(tx, ctx.actor.tenantId, userIds);
    const unknown = userIds.filter((u) => !known.has(u));
    if (unknown.length > 0)
      throw badRequest('Tài khoản thành viên không tồn tại trong đơn vị sử dụng.', { userIds: unknown });
    if (input.members.filter((m) => m.role === 'chu_tich').length > 1)
      throw badRequest('Hội đồng chỉ có một Chủ tịch.');
    await repo.replaceMembers(
      tx,
      ctx.actor.tenantId,
      id,
      input.members.map((m, i) => ({
        id: newId(),
        tenantId: ctx.actor.tenantId,
        councilId: id,
        userId: m.userId,
        fullName: m.fullName,
        position: m.position ?? null,
        role: m.role,
        sortOrder: i,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    );
    await repo.updateCouncil(tx, ctx.actor.tenantId, id, input.version, { updatedAt: ctx.now });
    await writeAudit(tx, ctx, {
      action: 'council.members',
      entityType: 'council',
      entityId: id,
      summary: `Cập nhật thành viên ${found.council.name}: ${input.members.length} thành viên`,
      after: input.members.map((m) => ({ fullName: m.fullName, role: m.role })),
    });
    return getCouncil(ctx, id, tx);
  });
}

/** Users of the tenant a council manager may pick as members (council.manage somewhere in the tenant). */
export async function memberCandidates(ctx: Ctx, q: string | undefined) {
  return { items: await repo.searchUsers(ctx.db, ctx.actor.tenantId, q) };
}
