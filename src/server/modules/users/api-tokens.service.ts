import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { randomToken, sha256 } from '../../lib/crypto';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { requireSessionFor } from '../auth/auth.service';
import * as repo from './api-tokens.repo';
import { managedScopes } from './users.policy';

export const TOKEN_PREFIX = 'tdkt_';
const DAY_MS = 24 * 60 * 60 * 1000;
/** A token lives at most a year: 366 days leaves room for "the same date next year, end of day (Vietnam)". */
const MAX_TOKEN_LIFETIME_MS = 366 * DAY_MS;
/** A token created without an expiry expires after 365 days. */
const DEFAULT_TOKEN_LIFETIME_MS = 365 * DAY_MS;

type TokenWithUser = NonNullable<Awaited<ReturnType<typeof repo.findApiToken>>>;

function presentToken({ token, userEmail, userFullName }: TokenWithUser) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    userId: token.userId,
    userLabel: `${userFullName} <${userEmail}>`,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/** Tenant-wide user administrators oversee every token of the tenant; everyone else only their own. */
const seesAllTokens = (ctx: Ctx) => managedScopes(ctx.actor) === 'all';

export async function listApiTokens(ctx: Ctx, query: { page: number; pageSize: number }) {
  const page = await repo.listApiTokens(ctx.db, {
    ...query,
    tenantId: ctx.actor.tenantId,
    userId: seesAllTokens(ctx) ? undefined : ctx.actor.userId,
  });
  return { items: page.items.map(presentToken), total: page.total };
}

/** Creates a token for the signed-in person; the clear token is returned once and only its SHA-256 kept. */
export async function createApiToken(ctx: Ctx, input: { name: string; expiresAt?: Date }) {
  requireSessionFor(ctx, 'tạo API token');
  if (input.expiresAt && input.expiresAt <= ctx.now)
    throw new AppError('VALIDATION_ERROR', 'Thời hạn của token phải ở tương lai.', [
      { path: 'expiresAt', message: 'Phải ở tương lai' },
    ]);
  const latest = new Date(ctx.now.getTime() + MAX_TOKEN_LIFETIME_MS);
  if (input.expiresAt && input.expiresAt > latest)
    throw new AppError('VALIDATION_ERROR', 'Thời hạn của token tối đa một năm kể từ hôm nay.', [
      { path: 'expiresAt', message: 'Tối đa một năm' },
    ]);
  const expiresAt = input.expiresAt ?? new Date(ctx.now.getTime() + DEFAULT_TOKEN_LIFETIME_MS);
  const token = TOKEN_PREFIX + randomToken(32);
  const id = newId();
  const prefix = token.slice(0, TOKEN_PREFIX.length + 6);
  await inTransaction(ctx, async (tx) => {
    await repo.insertApiToken(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      userId: ctx.actor.userId,
      name: input.name,
      tokenHash: sha256(token),
      prefix,
      expiresAt,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'api_token',
      entityId: id,
      summary: `Tạo API token «${input.name}» (${prefix}…) cho ${ctx.actor.email}`,
      after: { name: input.name, prefix, expiresAt },
    });
  });
  const created = await repo.findApiToken(ctx.db, ctx.actor.tenantId, id);
  if (!created) throw notFound('API token');
  return { ...presentToken(created), token };
}

export async function revokeApiToken(ctx: Ctx, id: string) {
  requireSessionFor(ctx, 'thu hồi API token');
  const found = await repo.findApiToken(ctx.db, ctx.actor.tenantId, id);
  if (!found || (found.token.userId !== ctx.actor.userId && !seesAllTokens(ctx))) throw notFound('API token');
  if (found.token.revokedAt) return;
  await inTransaction(ctx, async (tx) => {
    await repo.revokeApiToken(tx, ctx.actor.tenantId, id, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'revoke',
      entityType: 'api_token',
      entityId: id,
      summary: `Thu hồi API token «${found.token.name}» (${found.token.prefix}…) của ${found.userEmail}`,
    });
  });
}
