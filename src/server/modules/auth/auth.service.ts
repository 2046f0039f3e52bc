import type { Actor, Ctx, Deps } from '../../lib/context';
import { inTransaction } from '../../lib/context';
import { writeAudit } from '../../lib/audit.repo';
import { randomToken, sha256 } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { RateLimiter } from '../../lib/rate-limit';
import * as repo from './auth.repo';
import { hashPassword, passwordProblem, verifyPassword } from './password';

export const SESSION_COOKIE = 'tdkt_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const MAX_FAILED_ATTEMPTS = 5;
const LOCKOUT_MS = 15 * 60 * 1000;

/** At most 20 sign-in attempts per address per 5 minutes, whatever the account. */
export const signInLimiter = new RateLimiter(20, 5 * 60 * 1000);

const INVALID_CREDENTIALS = () => new AppError('UNAUTHENTICATED', 'Email hoặc mật khẩu không đúng.');

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  userAgent?: string;
  now: Date;
  requestId: string;
}

export async function signIn(deps: Deps, input: SignInInput) {
  const wait = signInLimiter.hit(`ip:${input.ip}`, input.now.getTime());
  if (wait > 0)
    throw new AppError(
      'RATE_LIMITED',
      `Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ${wait} giây.`,
      { retryAfterSeconds: wait },
    );
  const db = deps.database.db;
  const user = await repo.findUserByEmail(db, input.email.trim());
  if (!user || !user.isActive) {
    await verifyPassword(
      '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0000000000000000000000000000000000000000000',
      input.password,
    );
    throw INVALID_CREDENTIALS();
  }
  if (user.lockedUntil && user.lockedUntil > input.now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - input.now.getTime()) / 60000);
    throw new AppError(
      'ACCOUNT_LOCKED',
      `Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failed = user.failedAttempts + 1;
    const lock = failed >= MAX_FAILED_ATTEMPTS;
    const actor = systemActor(user.tenantId, user.email, user.id);
    await inTransaction({ db }, async (tx) => {
      await repo.updateUserSignInState(tx, user.id, {
        failedAttempts: lock ? 0 : failed,
        lockedUntil: lock ? new Date(input.now.getTime() + LOCKOUT_MS) : null,
      });
      if (lock)
        await writeAudit(
          tx,
          { actor, requestId: input.requestId, ip: input.ip, now: input.now },
          {
            action: 'lock',
            entityType: 'user',
            entityId: user.id,
            summary: `Tạm khoá tài khoản ${user.email} sau ${MAX_FAILED_ATTEMPTS} lần nhập sai mật khẩu`,
          },
        );
    });
    if (lock)
      throw new AppError('ACCOUNT_LOCKED', 'Tài khoản tạm khoá 15 phút do nhập sai mật khẩu nhiều lần.');
    throw INVALID_CREDENTIALS();
  }
  const token = randomToken();
  const csrfToken = randomToken();
  const sessionId = sha256(token);
  const actor = systemActor(user.tenantId, user.email, user.id);
  await inTransaction({ db }, async (tx) => {
    await repo.updateUserSignInState(tx, user.id, {
      failedAttempts: 0,
      lockedUntil: null,
      lastSignInAt: input.now,
    });
    await repo.insertSession(tx, {
      id: sessionId,
      userId: user.id,
      tenantId: user.tenantId,
      csrfToken,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt: new Date(input.now.getTime() + SESSION_TTL_MS),
    });
    await writeAudit(
      tx,
      { actor, requestId: input.requestId, ip: input.ip, now: input.now },
      {
        action: 'sign_in',
        entityType: 'user',
        entityId: user.id,
        summary: `${user.email} đăng nhập`,
      },
    );
  });
  const grants = await repo.loadGrants(db, user.id);
  const tenant = await repo.findTenant(db, user.tenantId);
  if (!tenant) throw INVALID_CREDENTIALS();
  return { token, csrfToken, session: presentSession(user, tenant, grants) };
}

function presentSession(
  user: repo.UserRow,
  tenant: NonNullable<Awaited<ReturnType<typeof repo.findTenant>>>,
  grants: Actor['grants'],
) {
  return {
    user: { id: user.id, email: user.email, fullName: user.fullName },
    tenant: { id: tenant.id, code: tenant.code, name: tenant.name, kind: tenant.kind },
    grants: grants.map((g) => ({ role: g.role, tenantId: g.tenantId, orgUnitId: g.orgUnitId })),
  };
}

function systemActor(tenantId: string, email: string, userId: string): Actor {
  return { userId, email, label: email, tenantId, grants: [], via: 'session' };
}

/** Resolves the actor of a session cookie; slides the expiry at most once a minute. */
export async function actorFromSession(
  deps: Deps,
  token: string,
  now: Date,
): Promise<(Actor & { csrfToken: string }) | null> {
  const db = deps.database.db;
  const id = sha256(token);
  const found = await repo.findLiveSession(db, id, now);
  if (!found) return null;
  if (now.getTime() - found.session.lastSeenAt.getTime() > 60_000) {
    await repo.touchSession(db, id, now, new Date(now.getTime() + SESSION_TTL_MS));
  }
  const grants = await repo.loadGrants(db, found.user.id);
  return {
    userId: found.user.id,
    email: found.user.email,
    label: `${found.user.fullName} <${found.user.email}>`,
    tenantId: found.session.tenantId,
    grants,
    via: 'session',
    sessionId: id,
    csrfToken: found.session.csrfToken,
  };
}

export async function actorFromApiToken(deps: Deps, token: string, now: Date): Promise<Actor | null> {
  const db = deps.database.db;
  const found = await repo.findLiveApiToken(db, sha256(token), now);
  if (!found) return null;
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > 60_000) {
    await repo.markApiTokenUsed(db, found.token.id, now);
  }
  const grants = await repo.loadGrants(db, found.user.id);
  return {
    userId: found.user.id,
    email: found.user.email,
    label: `${found.user.fullName} <${found.user.email}> (token ${found.token.prefix})`,
    tenantId: found.token.tenantId,
    grants: grants.filter((g) => g.tenantId === found.token.tenantId || g.role === 'system_admin'),
    via: 'token',
  };
}

export async function signOut(ctx: Ctx) {
  if (!ctx.actor.sessionId) return;
  const sessionId = ctx.actor.sessionId;
  await inTransaction(ctx, async (tx) => {
    await repo.deleteSession(tx, sessionId);
    await writeAudit(tx, ctx, {
      action: 'sign_out',
      entityType: 'user',
      entityId: ctx.actor.userId,
      summary: `${ctx.actor.email} đăng xuất`,
    });
  });
}

export async function sessionInfo(ctx: Ctx) {
  const user = await repo.findUserById(ctx.db, ctx.actor.userId);
  const tenant = await repo.findTenant(ctx.db, ctx.actor.tenantId);
  if (!user || !tenant) throw new AppError('UNAUTHENTICATED', 'Phiên đăng nhập không còn hiệu lực.');
  return presentSession(user, tenant, ctx.actor.grants);
}

export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }) {
  const user = await repo.findUserById(ctx.db, ctx.actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Phiên đăng nhập không còn hiệu lực.');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_ERROR', 'Mật khẩu hiện tại không đúng.', [
      { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' },
    ]);
  }
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new AppError('VALIDATION_ERROR', problem, [{ path: 'newPassword', message: problem }]);
  const newHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await repo.setPasswordHash(tx, user.id, newHash, ctx.now);
    await repo.deleteSessionsOfUser(tx, user.id, ctx.actor.sessionId);
    await writeAudit(tx, ctx, {
      action: 'change_password',
      entityType: 'user',
      entityId: user.id,
      summary: `${user.email} đổi mật khẩu`,
    });
  });
}
