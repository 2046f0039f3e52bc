import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * Security headers of every response (issue 11 item 6), through @fastify/helmet. The default policy is the
 * back office's (the Vite-built SPA: scripts only from this origin; antd writes its CSS-in-JS into <style>
 * elements, hence style-src 'unsafe-inline' — styles cannot run script); the portal's pages send their own
 * stricter policy (portal/respond.ts), Swagger UI at /api/docs its own (app.ts). No upgrade-insecure-requests:
 * a LAN deployment may serve plain HTTP. HSTS only when the cookie is marked Secure (served over HTTPS).
 */
export function helmetOptions(overHttps: boolean): FastifyHelmetOptions {
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: overHttps ? { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * Swagger UI's own policy (@fastify/swagger-ui's staticCSP): its scripts are files of this origin, but it
 * writes inline styles; never framed, no remote fonts or images, no upgrade-insecure-requests.
 */
export const SWAGGER_CSP =
  "default-src 'self'; base-uri 'self'; font-src 'self' data:; frame-ancestors 'none'; img-src 'self' data:; " +
  "object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; form-action 'self'";

/**
 * API answers carry personal data: never stored by a browser or a proxy. The public read-only endpoints
 * (/api/public/*, /api/health) and Swagger UI's static files may be cached.
 */
export function isNoStore(url: string): boolean {
  if (!url.startsWith('/api/') && url !== '/api') return false;
  return !/^\/api\/(public\/|health(\?|$)|docs\/static\/)/.test(url);
}
