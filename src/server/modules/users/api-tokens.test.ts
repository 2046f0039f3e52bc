import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditLog } from '../../db/schema';
import { sha256 } from '../../lib/crypto';
import {
  as,
  createTenant,
  createTestApp,
  createUser,
  signIn,
  type Session,
  type TestApp,
} from '../../test/harness';

let t: TestApp;
let tenantId: string;
let admin: Session;
let officer: Session;
let foreignTokenId: string;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  const other = await createTenant(t.deps, 'hg');
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'board_officer' }]);
  await createUser(t.deps, other, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  officer = await signIn(t.app, 'officer@tq.vn');
  const foreign = await signIn(t.app, 'admin@hg.vn');
  foreignTokenId = (
    await as(t.app, foreign)({ method: 'POST', url: '/api/api-tokens', payload: { name: 'HG' } })
  ).json().id;
});
afterAll(() => t.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('API tokens', () => {
  it('returns the token once and stores only its SHA-256 and prefix', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/api-tokens',
      payload: { name: 'Cổng dịch vụ công', expiresAt: '2099-12-31' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.token).toMatch(/^tdkt_[\w-]{40,}$/);
    expect(body.token.startsWith(body.prefix)).toBe(true);
    expect(body.expiresAt).toBe('2099-12-31T16:59:59.999Z');
    const [row] = await t.deps.database.db.select().from(apiTokens).where(eq(apiTokens.id, body.id));
    expect(row?.tokenHash).toBe(sha256(body.token));
    expect(JSON.stringify(row)).not.toContain(body.token);
    const audit = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.stringify(audit)).not.toContain(body.token);
    const list = await as(t.app, admin)({ method: 'GET', url: '/api/api-tokens' });
    expect(JSON.stringify(list.json())).not.toContain(body.token);
  });

  it('authenticates GET and POST without CSRF, and stops working once revoked', async () => {
    const { token, id } = (
      await as(t.app, admin)({ method: 'POST', url: '/api/api-tokens', payload: { name: 'Tích hợp' } })
    ).json();
    const get = await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(token) });
    expect(get.statusCode).toBe(200);
    const post = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: bearer(token),
      payload: { email: 'via-token@tq.vn', fullName: 'Tạo bằng token' },
    });
    expect(post.statusCode, post.body).toBe(201);
    const mint = await t.app.inject({
      method: 'POST',
      url: '/api/api-tokens',
      headers: bearer(token),
      payload: { name: 'Token từ token' },
    });
    expect(mint.statusCode).toBe(403);
    const revoke = await as(t.app, admin)({ method: 'DELETE', url: `/api/api-tokens/${id}` });
    expect(revoke.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(token) });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
    const audit = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'revoke']);
  });

  it('shows people their own tokens and administrators the whole tenant', async () => {
    const mine = await as(
      t.app,
      officer,
    )({ method: 'POST', url: '/api/api-tokens', payload: { name: 'Báo cáo' } });
    expect(mine.statusCode).toBe(201);
    const own = (await as(t.app, officer)({ method: 'GET', url: '/api/api-tokens' })).json();
    expect(own.items.map((x: { name: string }) => x.name)).toEqual(['Báo cáo']);
    expect(own.total).toBe(1);
    const all = (await as(t.app, admin)({ method: 'GET', url: '/api/api-tokens?pageSize=100' })).json();
    expect(all.items.map((x: { name: string }) => x.name)).toContain('Báo cáo');
    expect(all.items.map((x: { name: string }) => x.name)).not.toContain('HG');
    const adminToken = all.items.find((x: { name: string }) => x.name === 'Cổng dịch vụ công');
    const notHis = await as(t.app, officer)({ method: 'DELETE', url: `/api/api-tokens/${adminToken.id}` });
    expect(notHis.statusCode).toBe(404);
  });

  it('answers 404 for another tenant token and 400 for bad input', async () => {
    expect(
      (await as(t.app, admin)({ method: 'DELETE', url: `/api/api-tokens/${foreignTokenId}` })).statusCode,
    ).toBe(404);
    const [row] = await t.deps.database.db.select().from(apiTokens).where(eq(apiTokens.id, foreignTokenId));
    expect(row?.revokedAt).toBeNull();
    for (const payload of [
      { name: '' },
      { name: 'x', expiresAt: '2020-01-01' },
      { name: 'x', expiresAt: '2099-02-30' },
      { name: 5 },
    ]) {
      const res = await as(t.app, admin)({ method: 'POST', url: '/api/api-tokens', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('rejects an expired token', async () => {
    const { token, id } = (
      await as(
        t.app,
        admin,
      )({
        method: 'POST',
        url: '/api/api-tokens',
        payload: { name: 'Ngắn hạn', expiresAt: new Date(Date.now() + 60_000).toISOString() },
      })
    ).json();
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(token) })).statusCode,
    ).toBe(200);
    await t.deps.database.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, id));
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(token) })).statusCode,
    ).toBe(401);
  });
});
