import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../../db/schema';
import { insertUnit } from '../../test/access-fixtures';
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
let root: Awaited<ReturnType<typeof insertUnit>>;
let east: Awaited<ReturnType<typeof insertUnit>>;
let west: Awaited<ReturnType<typeof insertUnit>>;
let eastVillage: Awaited<ReturnType<typeof insertUnit>>;
let foreignUnit: Awaited<ReturnType<typeof insertUnit>>;
let ids: Record<string, string>;
let admin: Session;
let scoped: Session;
let sys: Session;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  otherTenantId = await createTenant(t.deps, 'hg');
  root = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  east = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', root);
  west = await insertUnit(t.deps, tenantId, 'Xã Hùng Lợi', root);
  eastVillage = await insertUnit(t.deps, tenantId, 'Thôn Bản Piát', east);
  foreignUnit = await insertUnit(t.deps, otherTenantId, 'Tỉnh Hà Giang');
  ids = {
    admin: await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]),
    scoped: await createUser(t.deps, tenantId, 'scoped@tq.vn', [
      { role: 'tenant_admin', orgUnitId: east.id },
    ]),
    sys: await createUser(t.deps, tenantId, 'sys@tq.vn', [{ role: 'system_admin' }]),
    eastViewer: await createUser(t.deps, tenantId, 'east-viewer@tq.vn', [
      { role: 'viewer', orgUnitId: eastVillage.id },
    ]),
    westOfficer: await createUser(t.deps, tenantId, 'west@tq.vn', [
      { role: 'unit_officer', orgUnitId: west.id },
    ]),
    viewer: await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]),
    foreign: await createUser(t.deps, otherTenantId, 'admin@hg.vn', [{ role: 'tenant_admin' }]),
  };
  admin = await signIn(t.app, 'admin@tq.vn');
  scoped = await signIn(t.app, 'scoped@tq.vn');
  sys = await signIn(t.app, 'sys@tq.vn');
});
afterAll(() => t.close());

const auditRows = (action: string, entityId: string | undefined) =>
  t.deps.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId ?? '')));

describe('listing users', () => {
  it('lists the tenant users with their grants, never another tenant', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: '/api/users?pageSize=100' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const emails = body.items.map((u: { email: string }) => u.email);
    expect(emails).toContain('east-viewer@tq.vn');
    expect(emails).not.toContain('admin@hg.vn');
    expect(body.total).toBe(emails.length);
    const ev = body.items.find((u: { email: string }) => u.email === 'east-viewer@tq.vn');
    expect(ev).toMatchObject({ isActive: true, lockedUntil: null, version: 1 });
    expect(ev.grants).toEqual([
      {
        id: expect.any(String),
        role: 'viewer',
        roleLabel: 'Người xem',
        orgUnitId: eastVillage.id,
        orgUnitName: 'Thôn Bản Piát',
      },
    ]);
  });

  it('filters by text, role and activity, and pages', async () => {
    const byText = await as(t.app, admin)({ method: 'GET', url: '/api/users?q=WEST' });
    expect(byText.json().items.map((u: { email: string }) => u.email)).toEqual(['west@tq.vn']);
    const byRole = await as(t.app, admin)({ method: 'GET', url: '/api/users?role=system_admin' });
    expect(byRole.json().items.map((u: { email: string }) => u.email)).toEqual(['sys@tq.vn']);
    const inactive = await as(t.app, admin)({ method: 'GET', url: '/api/users?isActive=false' });
    expect(inactive.json().items.every((u: { isActive: boolean }) => !u.isActive)).toBe(true);
    const page = await as(t.app, admin)({ method: 'GET', url: '/api/users?page=2&pageSize=2' });
    expect(page.json().items).toHaveLength(2);
    expect(page.json().total).toBeGreaterThan(4);
  });

  it('shows a scoped administrator only the users inside its subtree', async () => {
    const res = await as(t.app, scoped)({ method: 'GET', url: '/api/users?pageSize=100' });
    expect(res.statusCode).toBe(200);
    const emails = res.json().items.map((u: { email: string }) => u.email);
    expect(emails).toContain('east-viewer@tq.vn');
    expect(emails).toContain('scoped@tq.vn');
    expect(emails).not.toContain('admin@tq.vn');
    expect(emails).not.toContain('west@tq.vn');
  });

  it('refuses a person without users.manage', async () => {
    const viewer = await signIn(t.app, 'viewer@tq.vn');
    const res = await as(t.app, viewer)({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('answers 404 for another tenant user and 400 for a malformed id', async () => {
    const foreign = await as(t.app, admin)({ method: 'GET', url: `/api/users/${ids.foreign}` });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('admin@hg.vn');
    expect((await as(t.app, admin)({ method: 'GET', url: '/api/users/khong-phai-uuid' })).statusCode).toBe(
      400,
    );
    const write = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/users/${ids.foreign}`,
      payload: { fullName: 'Đổi tên', version: 1 },
    });
    expect(write.statusCode).toBe(404);
    const grant = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/users/${ids.foreign}/grants`,
      payload: { role: 'viewer' },
    });
    expect(grant.statusCode).toBe(404);
  });
});

describe('creating users', () => {
  it('creates a user with a generated password shown once, and audits it', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'New.Officer@TQ.vn',
        fullName: 'Nguyễn Văn Mới',
        grants: [{ role: 'unit_officer', orgUnitId: west.id }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.email).toBe('new.officer@tq.vn');
    expect(body.initialPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(body.grants[0]).toMatchObject({ role: 'unit_officer', orgUnitName: 'Xã Hùng Lợi' });
    await signIn(t.app, 'new.officer@tq.vn', body.initialPassword);
    const audit = await auditRows('create', body.id);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain(body.initialPassword);
    const again = await as(t.app, admin)({ method: 'GET', url: `/api/users/${body.id}` });
    expect(again.json().initialPassword).toBeUndefined();
  });

  it('uses a given password when it meets the policy', async () => {
    const weak = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'weak@tq.vn', fullName: 'Yếu', password: 'abc' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/ít nhất 10 ký tự/);
    const ok = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'given@tq.vn', fullName: 'Có mật khẩu', password: 'MatKhauRieng2025' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().initialPassword).toBeUndefined();
    await signIn(t.app, 'given@tq.vn', 'MatKhauRieng2025');
  });

  it('refuses a duplicate email with 409, also across tenants', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'ADMIN@hg.vn', fullName: 'Trùng' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/Email/);
  });

  it('answers 404 for a grant on another tenant unit, and writes nothing', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'x@tq.vn', fullName: 'X', grants: [{ role: 'viewer', orgUnitId: foreignUnit.id }] },
    });
    expect(res.statusCode).toBe(404);
    expect(await t.deps.database.db.select().from(users).where(eq(users.email, 'x@tq.vn'))).toHaveLength(0);
  });

  it('rejects malformed input with 400', async () => {
    for (const payload of [
      { email: 'khong-phai-email', fullName: 'A' },
      { email: 'a@tq.vn', fullName: '' },
      { email: 'a@tq.vn', fullName: 'A', grants: [{ role: 'vua' }] },
      { email: 'a@tq.vn', fullName: 'A', extra: 1 },
      { email: 'a@tq.vn', fullName: 'x'.repeat(201) },
    ]) {
      const res = await as(t.app, admin)({ method: 'POST', url: '/api/users', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_ERROR');
    }
  });
});

describe('role scope', () => {
  it('lets a scoped administrator grant inside its subtree only', async () => {
    const inside = await as(
      t.app,
      scoped,
    )({
      method: 'POST',
      url: `/api/users/${ids.eastViewer}/grants`,
      payload: { role: 'unit_officer', orgUnitId: eastVillage.id },
    });
    expect(inside.statusCode, inside.body).toBe(201);
    expect(inside.json().grants).toHaveLength(2);
    const outside = await as(
      t.app,
      scoped,
    )({
      method: 'POST',
      url: `/api/users/${ids.eastViewer}/grants`,
      payload: { role: 'viewer', orgUnitId: west.id },
    });
    expect(outside.statusCode).toBe(403);
    const tenantWide = await as(
      t.app,
      scoped,
    )({
      method: 'POST',
      url: `/api/users/${ids.eastViewer}/grants`,
      payload: { role: 'viewer' },
    });
    expect(tenantWide.statusCode).toBe(403);
  });

  it('refuses a scoped administrator the users outside its subtree', async () => {
    for (const id of [ids.westOfficer, ids.admin]) {
      const res = await as(t.app, scoped)({ method: 'POST', url: `/api/users/${id}/reset-password` });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/phạm vi/);
    }
  });

  it('lets only a system administrator grant system_admin', async () => {
    for (const s of [scoped, admin]) {
      const res = await as(
        t.app,
        s,
      )({
        method: 'POST',
        url: `/api/users/${ids.eastViewer}/grants`,
        payload: { role: 'system_admin' },
      });
      expect(res.statusCode).toBe(403);
    }
    const ok = await as(
      t.app,
      sys,
    )({
      method: 'POST',
      url: `/api/users/${ids.viewer}/grants`,
      payload: { role: 'system_admin' },
    });
    expect(ok.statusCode).toBe(201);
    const onUnit = await as(
      t.app,
      sys,
    )({
      method: 'POST',
      url: `/api/users/${ids.westOfficer}/grants`,
      payload: { role: 'system_admin', orgUnitId: west.id },
    });
    expect(onUnit.statusCode).toBe(400);
    const manageSys = await as(t.app, admin)({ method: 'POST', url: `/api/users/${ids.sys}/unlock` });
    expect(manageSys.statusCode).toBe(403);
  });

  it('refuses a duplicate grant with 409', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/users/${ids.westOfficer}/grants`,
      payload: { role: 'unit_officer', orgUnitId: west.id },
    });
    expect(res.statusCode).toBe(409);
  });

  it('never lets an administrator remove its own last admin grant', async () => {
    const me = (await as(t.app, admin)({ method: 'GET', url: `/api/users/${ids.admin}` })).json();
    const res = await as(
      t.app,
      admin,
    )({
      method: 'DELETE',
      url: `/api/users/${ids.admin}/grants/${me.grants[0].id}`,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/cuối cùng/);
  });

  it('revokes another user grant and audits it', async () => {
    const user = (await as(t.app, admin)({ method: 'GET', url: `/api/users/${ids.westOfficer}` })).json();
    const res = await as(
      t.app,
      admin,
    )({
      method: 'DELETE',
      url: `/api/users/${ids.westOfficer}/grants/${user.grants[0].id}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().grants).toEqual([]);
    expect(await auditRows('revoke_role', ids.westOfficer)).toHaveLength(1);
    const missing = await as(
      t.app,
      admin,
    )({
      method: 'DELETE',
      url: `/api/users/${ids.westOfficer}/grants/${user.grants[0].id}`,
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('updating, resetting and unlocking', () => {
  it('renames with the version and answers 409 on a stale version', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/users/${ids.eastViewer}`,
      payload: { fullName: 'Hoàng Thị Đông', version: 1 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ fullName: 'Hoàng Thị Đông', version: 2 });
    const stale = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/users/${ids.eastViewer}`,
      payload: { fullName: 'Khác', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('deactivating signs the user out everywhere and blocks sign-in', async () => {
    const victim = await createUser(t.deps, tenantId, 'leaver@tq.vn', [{ role: 'viewer' }]);
    const s = await signIn(t.app, 'leaver@tq.vn');
    const res = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/users/${victim}`,
      payload: { isActive: false, version: 1 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().isActive).toBe(false);
    expect(await t.deps.database.db.select().from(sessions).where(eq(sessions.userId, victim))).toHaveLength(
      0,
    );
    expect((await as(t.app, s)({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect(await auditRows('deactivate', victim)).toHaveLength(1);
  });

  it('refuses to deactivate oneself', async () => {
    const me = (await as(t.app, admin)({ method: 'GET', url: `/api/users/${ids.admin}` })).json();
    const res = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/users/${ids.admin}`,
      payload: { isActive: false, version: me.version },
    });
    expect(res.statusCode).toBe(409);
  });

  it('unlocks a locked account and resets a password once', async () => {
    const id = await createUser(t.deps, tenantId, 'forgetful@tq.vn', [{ role: 'viewer' }]);
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'forgetful@tq.vn', password: `sai-${i}-mat-khau` },
        remoteAddress: `10.1.0.${i}`,
      });
    const locked = (await as(t.app, admin)({ method: 'GET', url: `/api/users/${id}` })).json();
    expect(locked.lockedUntil).not.toBeNull();
    const unlock = await as(t.app, admin)({ method: 'POST', url: `/api/users/${id}/unlock` });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json().lockedUntil).toBeNull();
    expect(await auditRows('unlock', id)).toHaveLength(1);
    await signIn(t.app, 'forgetful@tq.vn');
    const reset = await as(t.app, admin)({ method: 'POST', url: `/api/users/${id}/reset-password` });
    expect(reset.statusCode).toBe(200);
    const { password } = reset.json();
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    await signIn(t.app, 'forgetful@tq.vn', password);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'forgetful@tq.vn', password: 'MatKhau12345' },
      remoteAddress: '10.1.1.1',
    });
    expect(old.statusCode).toBe(401);
    const audit = await auditRows('reset_password', id);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(password);
  });
});
