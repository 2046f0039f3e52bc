import { randomInt } from 'node:crypto';
import { ROLE_LABELS } from '../../../domain/access/roles';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, conflict, forbidden, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { endAccessOf, requireSessionFor } from '../auth/auth.service';
import { hashPassword, passwordProblem } from '../auth/password';
import { isAdminRole, managedScopes, mayGrant, mayManageUser } from './users.policy';
import * as repo from './users.repo';
import type { CreateUserInput, GrantInput, UpdateUserInput, UserQuery } from './users.schemas';

const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A 16-character password from an unambiguous alphabet that meets the password policy. */
export function generatePassword(): string {
  for (;;) {
    const value = Array.from(
      { length: 16 },
      () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)],
    ).join('');
    if (passwordProblem(value) === null) return value;
  }
}

export function presentUser(user: repo.UserRow, grants: repo.GrantView[], now: Date) {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    isActive: user.isActive,
    lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil.toISOString() : null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    grants: grants.map((g) => ({
      id: g.id,
      role: g.role,
      roleLabel: ROLE_LABELS[g.role],
      orgUnitId: g.orgUnitId,
      orgUnitName: g.orgUnitName,
    })),
    version: user.version,
  };
}

export async function listUsers(ctx: Ctx, query: UserQuery) {
  const scopes = managedScopes(ctx.actor);
  const page = await repo.listUsers(ctx.db, {
    ...query,
    tenantId: ctx.actor.tenantId,
    scopes: scopes === 'all' ? undefined : scopes,
  });
  const grants = await repo.grantsOfUsers(
    ctx.db,
    ctx.actor.tenantId,
    page.items.map((u) => u.id),
  );
  return {
    items: page.items.map((u) =>
      presentUser(
        u,
        grants.filter((g) => g.userId === u.id),
        ctx.now,
      ),
    ),
    total: page.total,
  };
}

/** The user in the actor's tenant (404 otherwise) with its grants; 403 when outside the actor's reach. */
async function loadManageable(ctx: Ctx, id: string) {
  const user = await repo.findUser(ctx.db, ctx.actor.tenantId, id);
  if (!user) throw notFound('Người dùng');
  const grants = await repo.grantsOfUsers(ctx.db, ctx.actor.tenantId, [id]);
  if (!mayManageUser(ctx.actor, grants))
    throw forbidden('Người dùng này có vai trò ngoài phạm vi bạn được quản trị.');
  return { user, grants };
}

export async function getUser(ctx: Ctx, id: string) {
  const { user, grants } = await loadManageable(ctx, id);
  return presentUser(user, grants, ctx.now);
}

/** Checks one grant request: the unit exists in the tenant (404) and lies in the actor's reach (403). */
async function checkGrant(ctx: Ctx, input: GrantInput) {
  const orgUnitId = input.orgUnitId ?? null;
  if (input.role === 'system_admin' && orgUnitId !== null)
    throw new AppError('VALIDATION_ERROR', 'Vai trò Quản trị hệ thống không gắn với đơn vị.', [
      { path: 'orgUnitId', message: 'Bỏ trống đơn vị với vai trò Quản trị hệ thống' },
    ]);
  const unit = orgUnitId ? await repo.findUnitInTenant(ctx.db, ctx.actor.tenantId, orgUnitId) : undefined;
  if (orgUnitId && !unit) throw notFound('Đơn vị');
  if (!mayGrant(ctx.actor, input.role, unit?.path ?? null)) {
    throw forbidden(
      input.role === 'system_admin'
        ? 'Chỉ Quản trị hệ thống mới được cấp vai trò Quản trị hệ thống.'
        : 'Bạn chỉ được cấp vai trò trên các đơn vị thuộc phạm vi mình quản trị.',
    );
  }
  return { role: input.role, orgUnitId, unitName: unit?.name ?? null };
}

function grantLabel(g: { role: keyof typeof ROLE_LABELS; unitName: string | null }) {
  return `${ROLE_LABELS[g.role]} (${g.unitName ?? 'toàn đơn vị sử dụng'})`;
}

/** Maps a unique violation to 409 with a Vietnamese message; rethrows anything else. */
async function uniqueAs<T>(message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (repo.isUniqueViolation(error)) throw conflict(message);
    throw error;
  }
}

export async function createUser(ctx: Ctx, input: CreateUserInput) {
  const password = input.password ?? generatePassword();
  const generated = input.password === undefined ? password : undefined;
  const problem = passwordProblem(password);
  if (problem) throw new AppError('VALIDATION_ERROR', problem, [{ path: 'password', message: problem }]);
  const grants: Awaited<ReturnType<typeof checkGrant>>[] = [];
  for (const g of input.grants ?? []) grants.push(await checkGrant(ctx, g));
  const keys = new Set(grants.map((g) => `${g.role}:${g.orgUnitId ?? ''}`));
  if (keys.size !== grants.length) throw conflict('Danh sách vai trò có mục trùng nhau.');
  if (await repo.emailTaken(ctx.db, input.email))
    throw conflict('Email này đã được dùng cho tài khoản khác.');
  const id = newId();
  const passwordHash = await hashPassword(password);
  await uniqueAs('Email này đã được dùng cho tài khoản khác.', () =>
    inTransaction(ctx, async (tx) => {
      const row = { id, tenantId: ctx.actor.tenantId, email: input.email, fullName: input.fullName };
      await repo.insertUser(tx, { ...row, passwordHash, createdAt: ctx.now, updatedAt: ctx.now });
      for (const g of grants)
        await repo.insertGrant(tx, {
          id: newId(),
          tenantId: ctx.actor.tenantId,
          userId: id,
          role: g.role,
          orgUnitId: g.orgUnitId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        });
      await writeAudit(tx, ctx, {
        action: 'create',
        entityType: 'user',
        entityId: id,
        summary: `Tạo tài khoản ${input.email}${grants.length ? ` với vai trò ${grants.map(grantLabel).join(', ')}` : ''}`,
        after: { ...row, grants: grants.map((g) => ({ role: g.role, orgUnitId: g.orgUnitId })) },
      });
    }),
  );
  const user = await getUser(ctx, id);
  return generated ? { ...user, initialPassword: generated } : user;
}

export async function updateUser(ctx: Ctx, id: string, input: UpdateUserInput) {
  const { user } = await loadManageable(ctx, id);
  if (input.isActive === false && id === ctx.actor.userId)
    throw conflict('Bạn không thể tự vô hiệu hoá tài khoản của chính mình.');
  await inTransaction(ctx, async (tx) => {
    const patch = {
      ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
      ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
    };
    const updated = await repo.updateUser(tx, ctx.actor.tenantId, id, input.version, {
      ...patch,
      updatedAt: ctx.now,
    });
    if (!updated) throw versionConflict();
    if (user.isActive && updated.isActive === false) await endAccessOf(tx, id, ctx.now);
    const before = { fullName: user.fullName, isActive: user.isActive };
    const verb = user.isActive === updated.isActive ? 'Sửa' : updated.isActive ? 'Kích hoạt' : 'Vô hiệu hoá';
    await writeAudit(tx, ctx, {
      action: user.isActive === updated.isActive ? 'update' : updated.isActive ? 'activate' : 'deactivate',
      entityType: 'user',
      entityId: id,
      summary: `${verb} tài khoản ${user.email}`,
      before,
      after: { fullName: updated.fullName, isActive: updated.isActive },
    });
  });
  return getUser(ctx, id);
}

export async function resetPassword(ctx: Ctx, id: string) {
  requireSessionFor(ctx, 'đặt lại mật khẩu');
  const { user } = await loadManageable(ctx, id);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    const updated = await repo.updateUser(tx, ctx.actor.tenantId, id, user.version, {
      passwordHash,
      failedAttempts: 0,
      lockedUntil: null,
      updatedAt: ctx.now,
    });
    if (!updated) throw versionConflict();
    await endAccessOf(tx, id, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'reset_password',
      entityType: 'user',
      entityId: id,
      summary: `Đặt lại mật khẩu cho ${user.email}`,
    });
  });
  return { password };
}

export async function unlockUser(ctx: Ctx, id: string) {
  const { user } = await loadManageable(ctx, id);
  await inTransaction(ctx, async (tx) => {
    const updated = await repo.updateUser(tx, ctx.actor.tenantId, id, user.version, {
      failedAttempts: 0,
      lockedUntil: null,
      updatedAt: ctx.now,
    });
    if (!updated) throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'unlock',
      entityType: 'user',
      entityId: id,
      summary: `Mở khoá tài khoản ${user.email}`,
      before: { lockedUntil: user.lockedUntil },
      after: { lockedUntil: null },
    });
  });
  return getUser(ctx, id);
}

export async function addGrant(ctx: Ctx, userId: string, input: GrantInput) {
  const { user } = await loadManageable(ctx, userId);
  const grant = await checkGrant(ctx, input);
  const id = newId();
  await uniqueAs('Người dùng đã có vai trò này trên đơn vị này.', () =>
    inTransaction(ctx, async (tx) => {
      await repo.insertGrant(tx, {
        id,
        tenantId: ctx.actor.tenantId,
        userId,
        role: grant.role,
        orgUnitId: grant.orgUnitId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      await writeAudit(tx, ctx, {
        action: 'grant_role',
        entityType: 'user',
        entityId: userId,
        summary: `Cấp vai trò ${grantLabel(grant)} cho ${user.email}`,
        after: { grantId: id, role: grant.role, orgUnitId: grant.orgUnitId },
      });
    }),
  );
  return getUser(ctx, userId);
}

export async function removeGrant(ctx: Ctx, userId: string, grantId: string) {
  const { user, grants } = await loadManageable(ctx, userId);
  const grant = grants.find((g) => g.id === grantId);
  if (!grant) throw notFound('Vai trò được cấp');
  const othersAdmin = grants.some((g) => g.id !== grantId && isAdminRole(g.role));
  if (userId === ctx.actor.userId && isAdminRole(grant.role) && !othersAdmin)
    throw conflict('Bạn không thể tự gỡ quyền quản trị cuối cùng của mình.');
  await inTransaction(ctx, async (tx) => {
    await repo.deleteGrant(tx, ctx.actor.tenantId, grantId);
    await writeAudit(tx, ctx, {
      action: 'revoke_role',
      entityType: 'user',
      entityId: userId,
      summary: `Thu hồi vai trò ${grantLabel({ role: grant.role, unitName: grant.orgUnitName })} của ${user.email}`,
      before: { grantId, role: grant.role, orgUnitId: grant.orgUnitId },
    });
  });
  return getUser(ctx, userId);
}
