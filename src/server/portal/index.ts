import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors';
import { RateLimiter } from '../lib/rate-limit';
import type { SafeHtml } from './html';
import { messagePage, notFoundPage, PORTAL_CSS } from './layout';

/**
 * The public portal (ADR 0003): server-rendered pages, no sign-in, no client JavaScript.
 *
 * HOW TO ADD A PAGE
 * 1. Write `src/server/portal/<name>.ts` exporting a `FastifyPluginAsync` that declares its GET (and, for forms,
 *    POST with `application/x-www-form-urlencoded` — Fastify parses it only if you add the parser in your plugin)
 *    routes with `schema: { hide: true }` (pages are not API), builds the markup with `html\`…\`` from
 *    `./html` (everything interpolated is escaped; nest `html` results, never concatenate strings) inside
 *    `page({ title, issuer, body })` from `./layout`, and answers with `sendPage(reply, markup, status?)`.
 *    Unknown ids answer `sendPage(reply, notFoundPage('…'), 404)` — never a JSON error, never a 500.
 * 2. Public reads that touch the database: rate-limit them with `portalRateLimit(limit, windowMs)` as a
 *    `preHandler`; show only what the law makes public (no citizen IDs, no birth dates).
 * 3. Register the plugin in `portalPlugin` below (one line) and add its first path segment to
 *    `PORTAL_PREFIXES` so an unknown path under it gets the Vietnamese 404 page, not the back-office SPA.
 * 4. Test with `app.inject({ url })`: status, `content-type: text/html; charset=utf-8`, escaped user text.
 * Portal routes live outside `/api/`, so the auth hook does not run for them; a JSON twin for machines goes
 * under `/api/public/…` in the owning module and must be listed as `security: []`.
 */
export const PORTAL_PREFIXES: readonly string[] = ['/xac-minh'];

/** Whether a path belongs to the portal (the SPA fallback in app.ts must not answer it). */
export function isPortalPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return PORTAL_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

const SECURITY_HEADERS = {
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

async function registerStyles(app: FastifyInstance) {
  app.get('/portal.css', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      .type('text/css; charset=utf-8')
      .send(PORTAL_CSS),
  );
}

/** Registers every portal page. Registered from app.ts before the SPA fallback. */
export const portalPlugin: FastifyPluginAsync = async (app) => {
  await registerStyles(app);
};
