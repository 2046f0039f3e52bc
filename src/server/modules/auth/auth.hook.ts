import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/errors';
import { actorFromApiToken, actorFromSession, SESSION_COOKIE } from './auth.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the actor on every /api request: bearer token (integrations, no CSRF) or the session cookie,
 * in which case every state-changing request must carry X-CSRF-Token equal to the session's token.
 */
export function registerAuthHook(app: FastifyInstance) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    const now = new Date();
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S{10,200})$/i.exec(header);
      const actor = match?.[1] ? await actorFromApiToken(app.deps, match[1], now) : null;
      if (!actor)
        throw new AppError('UNAUTHENTICATED', 'Mã truy cập (API token) không hợp lệ hoặc đã hết hạn.');
      request.actor = actor;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const actor = await actorFromSession(app.deps, token, now);
    if (!actor) return;
    request.actor = actor;
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== actor.csrfToken) {
        throw new AppError(
          'CSRF_INVALID',
          'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token). Vui lòng tải lại trang.',
        );
      }
    }
  });
}
