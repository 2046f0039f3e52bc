import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors';
import { RateLimiter } from '../lib/rate-limit';
import type { SafeHtml } from './html';
import { messagePage, notFoundPage } from './layout';

/** How portal pages answer: HTML with security headers, the Vietnamese 404, the per-IP rate limit. */

export const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Sends a rendered page as HTML with the portal's security headers. */
export function sendPage(reply: FastifyReply, markup: SafeHtml, status = 200) {
  return reply.code(status).headers(SECURITY_HEADERS).type('text/html; charset=utf-8').send(markup.value);
}

/** The 404 page for an unknown portal path (used by app.ts's not-found handler). */
export function sendPortalNotFound(request: FastifyRequest, reply: FastifyReply) {
  const path = (request.url.split('?')[0] ?? '').slice(0, 200);
  return sendPage(reply, notFoundPage(`Không tìm thấy trang ${safeDecode(path)}.`), 404);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * A per-IP fixed-window limit for public routes (each call makes its own counter). Over the limit: 429 —
 * as the Vietnamese error page for HTML routes, as the JSON error shape under /api/.
 */
export function portalRateLimit(limit: number, windowMs: number) {
  const limiter = new RateLimiter(limit, windowMs);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const wait = limiter.hit(request.ip);
    if (wait === 0) return;
    if (request.url.startsWith('/api/'))
      throw new AppError('RATE_LIMITED', 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau.', {
        retryAfterSeconds: wait,
      });
    reply.header('retry-after', String(wait));
    return sendPage(
      reply,
      messagePage('Quá nhiều yêu cầu', `Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${wait} giây.`),
      429,
    );
  };
}
