import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, sessions, users } from './db/schema';
import { COMMENT_LIMIT } from './portal/consultation';
import { VERIFY_LIMIT } from './modules/certificates';
import { createTenant, createTestApp, createUser, TEST_PASSWORD, type TestApp } from './test/harness';

/**
 * Issue 11 item 3: X-Forwarded-For is believed only from TRUSTED_PROXIES. Without it a forged header neither
 * escapes a per-address limit nor lands in the session or the audit; with the test's address trusted, the
 * forwarded address is the client's.
 */

let direct: TestApp;
let proxied: TestApp;
let n = 0;
const forged = () => ({ 'x-forwarded-for': `198.18.${Math.floor(++n / 250)}.${n % 250}` });

beforeAll(async () => {
  direct = await createTestApp();
  proxied = await createTestApp({ trustedProxies: ['127.0.0.1'] });
  for (const t of [direct, proxied])
    await createUser(t.deps, await createTenant(t.deps, 'PX'), 'px@px.vn', [{ role: 'viewer' }]);
});
afterAll(async () => {
  await direct.close();
  await proxied.close();
});

/** Statuses of `count` requests, each with a new forged X-Forwarded-For, from one real address. */
async function statuses(t: TestApp, count: number, request: () => InjectOptions) {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await t.app.inject(request())).statusCode);
  return out;
}

describe('forwarded headers without TRUSTED_PROXIES', () => {
  it('sign-in: a new X-Forwarded-For each time still meets the 20-per-address limit', async () => {
    const codes = await statuses(direct, 21, () => ({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: `ai-${n}@px.vn`, password: 'sai-mat-khau' },
      headers: forged(),
      remoteAddress: '192.0.2.10',
    }));
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes[20]).toBe(429);
  });

  it('consultation comments: the limit of 5 per 10 minutes holds', async () => {
    const codes = await statuses(direct, COMMENT_LIMIT.limit + 1, () => ({
      method: 'POST',
      url: '/lay-y-kien/0190a0a0-0000-7000-8000-000000000001',
      payload: 'name=A&content=x',
      headers: { ...forged(), 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: '192.0.2.11',
    }));
    expect(codes.slice(0, COMMENT_LIMIT.limit)).not.toContain(429);
    expect(codes.at(-1)).toBe(429);
  });

  it('/xac-minh: the per-address limit holds', async () => {
    const codes = await statuses(direct, VERIFY_LIMIT.limit + 1, () => ({
      method: 'GET',
      url: '/xac-minh/KHONGCO1234',
      headers: forged(),
      remoteAddress: '192.0.2.12',
    }));
    expect(codes.slice(0, VERIFY_LIMIT.limit)).not.toContain(429);
    expect(codes.at(-1)).toBe(429);
  });

  it('the session and the audit record the connection’s address, not the forged one', async () => {
    const res = await direct.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'px@px.vn', password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': '203.0.113.66' },
      remoteAddress: '192.0.2.13',
    });
    expect(res.statusCode).toBe(200);
    await expectRecorded(direct, '192.0.2.13');
  });
});

describe('with TRUSTED_PROXIES=127.0.0.1', () => {
  it('the forwarded address is the client: recorded, and the limit counts it, not the proxy', async () => {
    const res = await proxied.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'px@px.vn', password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': '203.0.113.77' },
      remoteAddress: '127.0.0.1',
    });
    expect(res.statusCode).toBe(200);
    await expectRecorded(proxied, '203.0.113.77');
    // 21 attempts from one forwarded client through the proxy: limited; another client through it is not.
    const attempt = (client: string) =>
      proxied.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: `ai-${++n}@px.vn`, password: 'sai-mat-khau' },
        headers: { 'x-forwarded-for': client },
        remoteAddress: '127.0.0.1',
      });
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await attempt('203.0.113.88')).statusCode);
    expect(codes.at(-1)).toBe(429);
    expect((await attempt('203.0.113.89')).statusCode).toBe(401);
  });

  it('a header from an address that is not a trusted proxy is still ignored', async () => {
    const res = await proxied.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'px@px.vn', password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': '203.0.113.99' },
      remoteAddress: '192.0.2.14',
    });
    expect(res.statusCode).toBe(200);
    await expectRecorded(proxied, '192.0.2.14');
  });
});

/** The newest session of px@px.vn and its sign-in audit row carry `ip`. */
async function expectRecorded(t: TestApp, ip: string) {
  const db = t.deps.database.db;
  const [user] = await db.select().from(users).where(eq(users.email, 'px@px.vn'));
  const rows = await db.select().from(sessions).where(eq(sessions.userId, user!.id));
  expect(rows.map((r) => r.ip)).toContain(ip);
  const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'sign_in'));
  expect(audit.map((a) => a.ip)).toContain(ip);
  expect(JSON.stringify([rows, audit])).not.toMatch(/203\.0\.113\.(66|99)/);
}
