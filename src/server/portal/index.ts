import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { PORTAL_CSS } from './layout';
import { consultationPages } from './consultation';
import { decisionsPage } from './decisions';
import { verifyPage } from './verify';

export { portalRateLimit, sendPage, sendPortalNotFound } from './respond';

/**
 * The public portal (ADR 0003): server-rendered pages, no sign-in, no client JavaScript.
 *
 * HOW TO ADD A PAGE
 * 1. Write `src/server/portal/<name>.ts` exporting a `FastifyPluginAsync` that declares its GET (and, for forms,
 *    POST with `application/x-www-form-urlencoded` — Fastify parses it only if you add the parser in your plugin)
 *    routes with `schema: { hide: true }` (pages are not API), builds the markup with `html\`…\`` from
 *    `./html` (everything interpolated is escaped; nest `html` results, never concatenate strings) inside
 *    `page({ title, issuer, body })` from `./layout`, and answers with `sendPage(reply, markup, status?)` (from `./respond`).
 *    Unknown ids answer `sendPage(reply, notFoundPage('…'), 404)` — never a JSON error, never a 500.
 * 2. Public reads that touch the database: rate-limit them with `portalRateLimit(limit, windowMs)` (from `./respond`) as a
 *    `preHandler`; show only what the law makes public (no citizen IDs, no birth dates).
 * 3. Register the plugin in `portalPlugin` below (one line) and add its first path segment to
 *    `PORTAL_PREFIXES` so an unknown path under it gets the Vietnamese 404 page, not the back-office SPA.
 * 4. Test with `app.inject({ url })`: status, `content-type: text/html; charset=utf-8`, escaped user text.
 * Portal routes live outside `/api/`, so the auth hook does not run for them; a JSON twin for machines goes
 * under `/api/public/…` in the owning module and must be listed as `security: []`.
 */
export const PORTAL_PREFIXES: readonly string[] = ['/lay-y-kien', '/xac-minh', '/quyet-dinh'];

/** Whether a path belongs to the portal (the SPA fallback in app.ts must not answer it). */
export function isPortalPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return PORTAL_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
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
  await app.register(verifyPage);
  await app.register(decisionsPage);
  await app.register(consultationPages);
};
