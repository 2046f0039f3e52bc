import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { as, createTenant, createTestApp, createUser, signIn, type TestApp } from '../../test/harness';

let t: TestApp;
let tenantId: string;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'locked@tq.vn', [{ role: 'viewer' }]);
});
afterAll(() => t.close());

describe('health', () => {
  it('reports the database kind and applied migrations', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(['pglite', 'postgres']).toContain(body.database);
    expect(body.migrations).toBeGreaterThanOrEqual(2);
  });
});

describe('sign-in and sessions', () => {
  it('rejects a wrong password with a Vietnamese message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'officer@tq.vn', password: 'sai-mat-khau-1' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Email hoặc mật khẩu không đúng.',
    });
  });

  it('sets an HttpOnly SameSite cookie and returns a CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'OFFICER@tq.vn', password: 'MatKhau12345' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(res.json().grants).toEqual([{ role: 'tenant_admin', tenantId, orgUnitId: null }]);
  });

  it('returns the session with the same CSRF token', async () => {
    const s = await signIn(t.app, 'officer@tq.vn');
    const res = await as(t.app, s)({ method: 'GET', url: '/api/auth/session' });
    expect(res.statusCode).toBe(200);
    expect(res.json().csrfToken).toBe(s.csrfToken);
    expect(res.json().tenant.name).toBe('Tỉnh tq');
  });

  it('refuses a mutation with the session cookie but no CSRF header', async () => {
    const s = await signIn(t.app, 'officer@tq.vn');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    const again = await as(t.app, s)({ method: 'GET', url: '/api/auth/session' });
    expect(again.statusCode).toBe(200);
  });

  it('signs out and forgets the session', async () => {
    const s = await signIn(t.app, 'officer@tq.vn');
    expect((await as(t.app, s)({ method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(204);
    expect((await as(t.app, s)({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
  });

  it('locks an account after five wrong passwords, and audits the lock', async () => {
    for (let i = 0; i < 4; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'locked@tq.vn', password: `wrong-${i}-xyz` },
        remoteAddress: `10.0.0.${i}`,
      });
      expect(res.statusCode).toBe(401);
    }
    const fifth = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'locked@tq.vn', password: 'wrong-5-xyz' },
      remoteAddress: '10.0.1.1',
    });
    expect(fifth.statusCode).toBe(423);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'locked@tq.vn', password: 'MatKhau12345' },
      remoteAddress: '10.0.1.2',
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED');
    const rows = await t.deps.database.db.select().from(auditLog);
    expect(rows.some((r) => r.action === 'lock' && r.summary.includes('locked@tq.vn'))).toBe(true);
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: `nobody${i}@tq.vn`, password: 'x-y-z-123' },
        remoteAddress: '10.9.9.9',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('changes the password only with the right current password', async () => {
    await createUser(t.deps, tenantId, 'pw@tq.vn', [{ role: 'viewer' }]);
    const s = await signIn(t.app, 'pw@tq.vn');
    const bad = await as(
      t.app,
      s,
    )({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'nope', newPassword: 'MoiMoi123456' },
    });
    expect(bad.statusCode).toBe(400);
    const weak = await as(
      t.app,
      s,
    )({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'MatKhau12345', newPassword: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    const ok = await as(
      t.app,
      s,
    )({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'MatKhau12345', newPassword: 'MoiMoi123456' },
    });
    expect(ok.statusCode).toBe(204);
    await signIn(t.app, 'pw@tq.vn', 'MoiMoi123456');
  });
});

describe('error shape', () => {
  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('INVALID_JSON');
  });
  it('answers wrong types with 400 VALIDATION_ERROR in Vietnamese', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 5, password: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_ERROR');
    expect(res.json().error.message).toMatch(/Dữ liệu không hợp lệ/);
  });
  it('answers an unknown API path with 404 in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
  it('serves a valid OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toMatch(/^3\./);
    expect(Object.keys(res.json().paths)).toContain('/api/auth/sign-in');
  });
});
