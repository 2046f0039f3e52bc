import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, auditLog } from '../../db/schema';
import { addDays, vietnamDate } from '../../../domain/calendar/today';
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
const DAY = 24 * 60 * 60 * 1000;
const today = vietnamDate(new Date());
const inHalfAYear = addDays(today, 180);

describe('API tokens', () => {
  it('returns the token once and stores only its SHA-256 and prefix', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/api-tokens',
      payload: { name: 'Cổng dịch vụ công', expiresAt: inHalfAYear },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.token).toMatch(/^tdkt_[\w-]{40,}$/);
    expect(body.token.startsWith(body.prefix)).toBe(true);
    expect(body.expiresAt).toBe(`${inHalfAYear}T16:59:59.999Z`);
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

  it('a bearer token cannot change a password, reset one, manage tokens or sessions (403, in Vietnamese)', async () => {
    await createUser(t.deps, tenantId, 'holder@tq.vn', [{ role: 'tenant_admin' }]);
    const holder = await signIn(t.app, 'holder@tq.vn');
    const create = (name: string) =>
      as(t.app, holder)({ method: 'POST', url: '/api/api-tokens', payload: { name } });
    const { token, id } = (await create('Tích hợp A')).json();
    const other = (await create('Tích hợp B')).json();
    const via = (method: 'POST' | 'DELETE' | 'GET', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
    const target = (await as(t.app, admin)({ method: 'GET', url: '/api/users?q=officer' })).json().items[0]
      .id;
    for (const res of [
      await via('POST', '/api/auth/password', {
        currentPassword: 'MatKhau12345',
        newPassword: 'MoiMoi123456',
      }),
      await via('POST', `/api/users/${target}/reset-password`),
      await via('POST', '/api/api-tokens', { name: 'Từ token' }),
      await via('DELETE', `/api/api-tokens/${other.id}`),
      await via('GET', '/api/users/me/sessions'),
      await via('POST', '/api/users/me/sessions/revoke-others'),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.message).toMatch(/API token/);
    }
    // Nothing changed: the old password still signs in, the other token still works, the session lives.
    await signIn(t.app, 'holder@tq.vn');
    const [row] = await t.deps.database.db.select().from(apiTokens).where(eq(apiTokens.id, other.id));
    expect(row?.revokedAt).toBeNull();
    expect((await as(t.app, holder)({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    expect(id).toBeTruthy();
  });

  it('an expiry beyond one year is refused with 400; no expiry means one year', async () => {
    for (const expiresAt of ['9999-12-31', addDays(today, 400)]) {
      const res = await as(
        t.app,
        admin,
      )({ method: 'POST', url: '/api/api-tokens', payload: { name: 'x', expiresAt } });
      expect(res.statusCode, expiresAt).toBe(400);
      expect(res.json().error.message).toMatch(/tối đa một năm/);
    }
    const res = await as(
      t.app,
      admin,
    )({ method: 'POST', url: '/api/api-tokens', payload: { name: 'Mặc định' } });
    expect(res.statusCode).toBe(201);
    const days = (new Date(res.json().expiresAt).getTime() - Date.now()) / DAY;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThanOrEqual(366);
  });

  it('a password change, a reset or a deactivation revokes the user’s tokens with the sessions', async () => {
    const works = async (token: string) =>
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: bearer(token) })).statusCode;
    const tokenOf = async (s: Session) =>
      (await as(t.app, s)({ method: 'POST', url: '/api/api-tokens', payload: { name: 'Đồng bộ' } })).json()
        .token as string;

    // 1. Own password change: every token revoked, the other sessions ended, this one kept.
    const userId = await createUser(t.deps, tenantId, 'changer@tq.vn', [{ role: 'viewer' }]);
    const s1 = await signIn(t.app, 'changer@tq.vn');
    const s2 = await signIn(t.app, 'changer@tq.vn');
    const tok1 = await tokenOf(s1);
    expect(await works(tok1)).toBe(200);
    const change = await as(
      t.app,
      s1,
    )({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'MatKhau12345', newPassword: 'MoiMoi123456' },
    });
    expect(change.statusCode).toBe(204);
    expect(await works(tok1)).toBe(401);
    expect((await as(t.app, s2)({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await as(t.app, s1)({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    const [row] = await t.deps.database.db.select().from(apiTokens).where(eq(apiTokens.userId, userId));
    expect(row?.revokedAt).not.toBeNull();

    // 2. A reset by the administrator.
    const resetId = await createUser(t.deps, tenantId, 'reset@tq.vn', [{ role: 'viewer' }]);
    const tok2 = await tokenOf(await signIn(t.app, 'reset@tq.vn'));
    expect(
      (await as(t.app, admin)({ method: 'POST', url: `/api/users/${resetId}/reset-password` })).statusCode,
    ).toBe(200);
    expect(await works(tok2)).toBe(401);

    // 3. A deactivation — and the token stays revoked after the account is active again.
    const offId = await createUser(t.deps, tenantId, 'off@tq.vn', [{ role: 'viewer' }]);
    const tok3 = await tokenOf(await signIn(t.app, 'off@tq.vn'));
    const patch = (isActive: boolean, version: number) =>
      as(t.app, admin)({ method: 'PATCH', url: `/api/users/${offId}`, payload: { isActive, version } });
    const off = await patch(false, 1);
    expect(off.statusCode, off.body).toBe(200);
    expect((await patch(true, off.json().version)).statusCode).toBe(200);
    expect(await works(tok3)).toBe(401);
  });
});
