import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions } from '../../db/schema';
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
let otherTenantId: string;
let admin: Session;
let sys: Session;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  otherTenantId = await createTenant(t.deps, 'hg');
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'sys@tq.vn', [{ role: 'system_admin' }]);
  await createUser(t.deps, otherTenantId, 'officer@hg.vn', [{ role: 'board_officer' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  sys = await signIn(t.app, 'sys@tq.vn');
});
afterAll(() => t.close());

describe('tenants', () => {
  it('shows everyone their own tenant and a system administrator all of them', async () => {
    const own = (await as(t.app, admin)({ method: 'GET', url: '/api/tenants' })).json();
    expect(own.items.map((x: { code: string }) => x.code)).toEqual(['tq']);
    expect(own.total).toBe(1);
    const all = (await as(t.app, sys)({ method: 'GET', url: '/api/tenants' })).json();
    expect(all.items.map((x: { code: string }) => x.code)).toEqual(['hg', 'tq']);
    expect(all.items[0].kindLabel).toMatch(/Tỉnh/);
  });

  it('lets only a system administrator create a tenant, with a unique slug code', async () => {
    const payload = { code: 'bo-noi-vu', name: 'Bộ Nội vụ', kind: 'ministry' };
    const refused = await as(t.app, admin)({ method: 'POST', url: '/api/tenants', payload });
    expect(refused.statusCode).toBe(403);
    const res = await as(t.app, sys)({ method: 'POST', url: '/api/tenants', payload });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ code: 'bo-noi-vu', name: 'Bộ Nội vụ', kind: 'ministry' });
    const audit = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, res.json().id));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    const dup = await as(t.app, sys)({ method: 'POST', url: '/api/tenants', payload });
    expect(dup.statusCode).toBe(409);
    for (const bad of [
      { ...payload, code: 'Bộ Nội Vụ' },
      { ...payload, code: 'x' },
      { ...payload, kind: 'district' },
      { ...payload, name: '' },
    ]) {
      const r = await as(t.app, sys)({ method: 'POST', url: '/api/tenants', payload: bad });
      expect(r.statusCode, JSON.stringify(bad)).toBe(400);
    }
  });

  it('updates a tenant (system administrator only), 404 for an unknown one', async () => {
    const ok = await as(
      t.app,
      sys,
    )({
      method: 'PATCH',
      url: `/api/tenants/${otherTenantId}`,
      payload: { name: 'Tỉnh Hà Giang (cũ)' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().name).toBe('Tỉnh Hà Giang (cũ)');
    const refused = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/tenants/${tenantId}`,
      payload: { name: 'Đổi' },
    });
    expect(refused.statusCode).toBe(403);
    const missing = await as(
      t.app,
      sys,
    )({
      method: 'PATCH',
      url: '/api/tenants/0190a6f1-0000-7000-8000-000000000000',
      payload: { name: 'Không có' },
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('switching tenant', () => {
  it('moves a system administrator session into another tenant', async () => {
    const s = await signIn(t.app, 'sys@tq.vn');
    const res = await as(
      t.app,
      s,
    )({
      method: 'POST',
      url: '/api/auth/switch-tenant',
      payload: { tenantId: otherTenantId },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().tenant.id).toBe(otherTenantId);
    expect(res.json().csrfToken).toBe(s.csrfToken);
    const session = (await as(t.app, s)({ method: 'GET', url: '/api/auth/session' })).json();
    expect(session.tenant.id).toBe(otherTenantId);
    const [row] = await t.deps.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, sha256(decodeURIComponent(s.cookie.split('=')[1]!))));
    expect(row?.tenantId).toBe(otherTenantId);
    const users = (await as(t.app, s)({ method: 'GET', url: '/api/users' })).json();
    expect(users.items.map((u: { email: string }) => u.email)).toEqual(['officer@hg.vn']);
    const audit = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'switch_tenant'));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.tenantId).toBe(otherTenantId);
  });

  it('refuses everyone else with 403 and an unknown tenant with 404', async () => {
    const refused = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/auth/switch-tenant',
      payload: { tenantId: otherTenantId },
    });
    expect(refused.statusCode).toBe(403);
    expect((await as(t.app, admin)({ method: 'GET', url: '/api/auth/session' })).json().tenant.id).toBe(
      tenantId,
    );
    const missing = await as(
      t.app,
      sys,
    )({
      method: 'POST',
      url: '/api/auth/switch-tenant',
      payload: { tenantId: '0190a6f1-0000-7000-8000-000000000000' },
    });
    expect(missing.statusCode).toBe(404);
    const bad = await as(
      t.app,
      sys,
    )({ method: 'POST', url: '/api/auth/switch-tenant', payload: { tenantId: 'hg' } });
    expect(bad.statusCode).toBe(400);
  });
});
