import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTenant, createTestApp, createUser, signIn, type TestApp } from './test/harness';

/** Issue 11 item 6: security headers on the back office, the API, the portal and Swagger UI. */

let t: TestApp;
const webDir = mkdtempSync(path.join(tmpdir(), 'tdkt-web-'));

beforeAll(async () => {
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><div id="root"></div>');
  t = await createTestApp({ webDir });
  await createUser(t.deps, await createTenant(t.deps, 'HD'), 'hd@hd.vn', [{ role: 'tenant_admin' }]);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

function expectBaseline(headers: Record<string, unknown>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(String(headers['content-security-policy'])).toMatch(/frame-ancestors 'none'/);
  expect(String(headers['content-security-policy'])).not.toMatch(/upgrade-insecure-requests/);
}

describe('security headers', () => {
  it('the back office (SPA): a CSP with scripts from this origin only, never framed', async () => {
    for (const url of ['/', '/nguoi-dung', '/ho-so/abc']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expectBaseline(res.headers);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/); // antd's CSS-in-JS
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('the API: no-store on every answer with data (signed in, errors too); public reads may be cached', async () => {
    const s = await signIn(t.app, 'hd@hd.vn');
    for (const res of [
      await as(t.app, s)({ method: 'GET', url: '/api/users' }),
      await as(t.app, s)({ method: 'GET', url: '/api/auth/session' }),
      await get('/api/auth/session'),
      await get('/api/khong-co'),
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'x@x.vn', password: 'y' },
      }),
    ]) {
      expect(res.headers['cache-control'], res.body.slice(0, 80)).toBe('no-store');
      expectBaseline(res.headers);
    }
    expect((await get('/api/health')).headers['cache-control']).toBeUndefined();
  });

  it('the portal: its own strict policy with the same protections', async () => {
    for (const url of ['/lay-y-kien', '/xac-minh/KHONGCO1234', '/quyet-dinh', '/lay-y-kien/khong-co']) {
      const res = await get(url);
      expectBaseline(res.headers);
      expect(String(res.headers['content-security-policy']), url).toMatch(/default-src 'none'/);
    }
  });

  it('Swagger UI still loads under its own policy (scripts from this origin), never framed', async () => {
    const res = await get('/api/docs');
    expect(res.statusCode).toBe(200);
    expectBaseline(res.headers);
    expect(String(res.headers['content-security-policy'])).toMatch(/script-src 'self'/);
    const init = await get('/api/docs/static/swagger-initializer.js');
    expect(init.statusCode).toBe(200);
    expect(init.headers['x-content-type-options']).toBe('nosniff');
  });
});
