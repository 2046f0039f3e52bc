import type { Actor, Ctx, Deps } from '../../lib/context';
import { type Executor, inTransaction } from '../../lib/context';
import { writeAudit } from '../../lib/audit.repo';
import { randomToken, sha256 } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { RateLimiter } from '../../lib/rate-limit';
import { LRUCache } from 'lru-cache';
import * as repo from './auth.repo';
import { hashPassword, passwordProblem, verifyPassword } from './password';

export const SESSION_COOKIE = 'tdkt_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const MAX_FAILED_ATTEMPTS = 5;
const LOCKOUT_MS = 15 * 60 * 1000;

/** At most 20 sign-in attempts per address per 5 minutes, whatever the account. */
export const signInLimiter = new RateLimiter(20, 5 * 60 * 1000);

const INVALID_CREDENTIALS = () => new AppError('UNAUTHENTICATED', 'Email hoặc mật khẩu không đúng.');
const JUST_LOCKED = () =>
  new AppError('ACCOUNT_LOCKED', 'Tài khoản tạm khoá 15 phút do nhập sai mật khẩu nhiều lần.');
const STILL_LOCKED = (until: Date, now: Date) =>
  new AppError(
    'ACCOUNT_LOCKED',
    `Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000))} phút.`,
  );

/**
 * The attempt counters of e-mails with no active account, kept like an account's (5 → locked 15 minutes) so
 * that the answers — 401, then 423 — are the same whether the account exists (no enumeration). In memory,
 * bounded (LRU); a restart forgets them, as nothing is stored about addresses that are not users.
 */
const unknownAttempts = new LRUCache<string, { failed: number; lockedUntil: number | null }>({
  max: 10_000,
});

function claimUnknownAttempt(email: string, now: Date): number | null {
  const t = now.getTime();
  const e = unknownAttempts.get(email) ?? { failed: 0, lockedUntil: null };
  if (e.lockedUntil !== null && e.lockedUntil > t) return null;
  if (e.lockedUntil !== null) Object.assign(e, { failed: 0, lockedUntil: null });
  e.failed += 1;
  if (e.failed >= MAX_FAILED_ATTEMPTS) e.lockedUntil = t + LOCKOUT_MS;
  unknownAttempts.set(email, e);
  return e.failed;
}

/** A real argon2id hash with the same parameters, checked for unknown e-mails so both take as long. */
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hashPassword(randomToken()));

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  userAgent?: string;
  now: Date;
  requestId: string;
}

/**
 * Signs in. Every attempt first claims its number atomically (`claimSignInAttempt`: one UPDATE … RETURNING),
 * before the password is checked: parallel attempts cannot pass the 5th, and a locked account answers 423
 * without checking. An unknown or inactive e-mail goes through the same steps (a counter in memory, a
 * dummy hash), answers the same 401 then 423, and is audited the same way. Every failure writes an audit
 * row with the address (never the password).
 */
export async function signIn(deps: Deps, input: SignInInput) {
  const wait = signInLimiter.hit(`ip:${input.ip}`, input.now.getTime());
  if (wait > 0)
    throw new AppError(
      'RATE_LIMITED',
      `Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ${wait} giây.`,
      { retryAfterSeconds: wait },
    );
  const db = deps.database.db;
  const email = input.email.trim().toLowerCase();
  const found = await repo.findUserByEmail(db, email);
  const user = found?.isActive ? found : undefined;
  const lockUntil = new Date(input.now.getTime() + LOCKOUT_MS);
  const attempt = user
    ? await repo.claimSignInAttempt(db, user.id, input.now, MAX_FAILED_ATTEMPTS, lockUntil)
    : claimUnknownAttempt(email, input.now);
  const failed = (reason: string, lock = false) =>
    auditFailedSignIn(deps, input, email, user, reason, lock ? lockUntil : null);

  if (attempt === null) {
    await failed('tài khoản đang tạm khoá');
    const until = user
      ? ((await repo.findUserById(db, user.id))?.lockedUntil ?? lockUntil)
      : new Date(unknownAttempts.get(email)?.lockedUntil ?? lockUntil.getTime());
    throw STILL_LOCKED(until, input.now);
  }
  const ok = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummy(), input.password)) && false;
  if (!ok || !user) {
    const lock = attempt >= MAX_FAILED_ATTEMPTS;
    await failed(`sai mật khẩu, lần ${attempt}/${MAX_FAILED_ATTEMPTS}`, lock);
    throw lock ? JUST_LOCKED() : INVALID_CREDENTIALS();
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

/** One audit row per failed sign-in (and one more when it locks an account): the address, never the password. */
async function auditFailedSignIn(
  deps: Deps,
  input: SignInInput,
  email: string,
  user: repo.UserRow | undefined,
  reason: string,
  lockedUntil: Date | null,
) {
  const ctx = {
    actor: user
      ? systemActor(user.tenantId, user.email, user.id)
      : systemActor('', email.slice(0, 254), null),
    requestId: input.requestId,
    ip: input.ip,
    now: input.now,
  };
  const tenantId = user ? user.tenantId : null;
  await inTransaction({ db: deps.database.db }, async (tx) => {
    await writeAudit(tx, ctx, {
      action: 'sign_in_failed',
      entityType: 'user',
      entityId: user?.id ?? null,
      tenantId,
      summary: user
        ? `Đăng nhập không thành công: ${user.email} (${reason})`
        : `Đăng nhập không thành công: ${email.slice(0, 254)} (không có tài khoản đang hoạt động; ${reason})`,
    });
    if (user && lockedUntil)
      await writeAudit(tx, ctx, {
        action: 'lock',
        entityType: 'user',
        entityId: user.id,
        tenantId,
        summary: `Tạm khoá tài khoản ${user.email} sau ${MAX_FAILED_ATTEMPTS} lần nhập sai mật khẩu`,
        after: { lockedUntil },
      });
  });
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

/** The actor of sign-in's own audit rows; `userId` null (written as NULL) for an e-mail with no account. */
function systemActor(tenantId: string, email: string, userId: string | null): Actor {
  return { userId: userId as string, email, label: email, tenantId, grants: [], via: 'session' };
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

/** 403 for a bearer token: only a person signed in (cookie session) may change a password or manage tokens. */
export function requireSessionFor(ctx: Ctx, what: string) {
  if (ctx.actor.via === 'token')
    throw new AppError('FORBIDDEN', `Không thể dùng API token để ${what}; hãy đăng nhập bằng tài khoản.`);
}

/**
 * Ends a user's access after a password change, reset or deactivation, in the caller's transaction: every
 * session (but `keepSessionId`, the one that changed its own password) and every API token are revoked.
 */
export async function endAccessOf(tx: Executor, userId: string, now: Date, keepSessionId?: string) {
  await repo.deleteSessionsOfUser(tx, userId, keepSessionId);
  return repo.revokeApiTokensOfUser(tx, userId, now);
}

export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }) {
  requireSessionFor(ctx, 'đổi mật khẩu');
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
    const tokens = await endAccessOf(tx, user.id, ctx.now, ctx.actor.sessionId);
    await writeAudit(tx, ctx, {
      action: 'change_password',
      entityType: 'user',
      entityId: user.id,
      summary: `${user.email} đổi mật khẩu${tokens > 0 ? ` (thu hồi ${tokens} API token)` : ''}`,
    });
  });
}
