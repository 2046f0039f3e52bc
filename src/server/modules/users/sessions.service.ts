import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, conflict, notFound } from '../../lib/errors';
import * as repo from './sessions.repo';

function currentSessionId(ctx: Ctx): string {
  if (ctx.actor.via !== 'session' || !ctx.actor.sessionId)
    throw new AppError('FORBIDDEN', 'Chức năng này chỉ dùng trong phiên đăng nhập, không qua API token.');
  return ctx.actor.sessionId;
}

/** The signed-in person's live sessions (the id is the SHA-256 of the cookie, never the cookie). */
export async function listMySessions(ctx: Ctx) {
  const current = currentSessionId(ctx);
  const rows = await repo.listLiveSessions(ctx.db, ctx.actor.userId, ctx.now);
  return {
    items: rows.map((s) => ({
      id: s.id,
      current: s.id === current,
      ip: s.ip,
      userAgent: s.userAgent,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
    })),
    total: rows.length,
  };
}

export async function revokeMySession(ctx: Ctx, id: string) {
  const current = currentSessionId(ctx);
  if (id === current) throw conflict('Để kết thúc phiên hiện tại, hãy đăng xuất.');
  await inTransaction(ctx, async (tx) => {
    if ((await repo.deleteSessionOfUser(tx, ctx.actor.userId, id)) === 0) throw notFound('Phiên đăng nhập');
    await writeAudit(tx, ctx, {
      action: 'revoke_session',
      entityType: 'user',
      entityId: ctx.actor.userId,
      summary: `${ctx.actor.email} kết thúc một phiên đăng nhập khác`,
    });
  });
}

export async function revokeMyOtherSessions(ctx: Ctx) {
  const current = currentSessionId(ctx);
  return inTransaction(ctx, async (tx) => {
    const revoked = await repo.deleteOtherSessions(tx, ctx.actor.userId, current);
    if (revoked > 0)
      await writeAudit(tx, ctx, {
        action: 'revoke_session',
        entityType: 'user',
        entityId: ctx.actor.userId,
        summary: `${ctx.actor.email} kết thúc ${revoked} phiên đăng nhập khác`,
      });
    return { revoked };
  });
}
