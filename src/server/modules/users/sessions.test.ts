import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { as, createTenant, createTestApp, createUser, signIn, type TestApp } from '../../test/harness';

let t: TestApp;
let userId: string;

beforeAll(async () => {
  t = await createTestApp();
  const tenantId = await createTenant(t.deps, 'tq');
  userId = await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'viewer' }]);
  await createUser(t.deps, tenantId, 'other@tq.vn', [{ role: 'viewer' }]);
});
afterAll(() => t.close());

describe('my sessions', () => {
  it('lists my live sessions and marks the current one', async () => {
    const a = await signIn(t.app, 'officer@tq.vn');
    await signIn(t.app, 'officer@tq.vn');
    const res = await as(t.app, a)({ method: 'GET', url: '/api/users/me/sessions' });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(2);
    expect(res.json().items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
  });

  it('ends another session, but not the current one nor someone else', async () => {
    const a = await signIn(t.app, 'officer@tq.vn');
    const b = await signIn(t.app, 'officer@tq.vn');
    const other = await signIn(t.app, 'other@tq.vn');
    const list = (await as(t.app, a)({ method: 'GET', url: '/api/users/me/sessions' })).json();
    const current = list.items.find((s: { current: boolean }) => s.current);
    expect(
      (await as(t.app, a)({ method: 'DELETE', url: `/api/users/me/sessions/${current.id}` })).statusCode,
    ).toBe(409);
    const otherId = (await as(t.app, other)({ method: 'GET', url: '/api/users/me/sessions' })).json().items[0]
      .id;
    expect(
      (await as(t.app, a)({ method: 'DELETE', url: `/api/users/me/sessions/${otherId}` })).statusCode,
    ).toBe(404);
    expect((await as(t.app, other)({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    const bId = (await as(t.app, b)({ method: 'GET', url: '/api/users/me/sessions' }))
      .json()
      .items.find((s: { current: boolean }) => s.current).id;
    expect((await as(t.app, a)({ method: 'DELETE', url: `/api/users/me/sessions/${bId}` })).statusCode).toBe(
      204,
    );
    expect((await as(t.app, b)({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await as(t.app, a)({ method: 'DELETE', url: '/api/users/me/sessions/ngan' })).statusCode).toBe(
      400,
    );
  });

  it('ends every other session at once and audits it', async () => {
    const a = await signIn(t.app, 'officer@tq.vn');
    const b = await signIn(t.app, 'officer@tq.vn');
    const res = await as(t.app, a)({ method: 'POST', url: '/api/users/me/sessions/revoke-others' });
    expect(res.statusCode).toBe(200);
    expect(res.json().revoked).toBeGreaterThanOrEqual(1);
    expect((await as(t.app, b)({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect((await as(t.app, a)({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(200);
    const audit = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'revoke_session'));
    expect(audit.every((r) => r.entityId === userId)).toBe(true);
    expect(audit.length).toBe(2);
  });
});
