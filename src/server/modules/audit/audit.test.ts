import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let admin: Session;
let adminId: string;

beforeAll(async () => {
  t = await createTestApp();
  const tenantId = await createTenant(t.deps, 'tq');
  const other = await createTenant(t.deps, 'hg');
  const unit = await insertUnit(t.deps, tenantId, 'Xã Minh Quang');
  adminId = await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'leader@tq.vn', [{ role: 'leader' }]);
  await createUser(t.deps, tenantId, 'scoped@tq.vn', [{ role: 'board_officer', orgUnitId: unit.id }]);
  await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]);
  await createUser(t.deps, other, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  const foreign = await signIn(t.app, 'admin@hg.vn');
  await as(
    t.app,
    foreign,
  )({ method: 'POST', url: '/api/users', payload: { email: 'secret@hg.vn', fullName: 'Bí mật' } });
  await as(
    t.app,
    admin,
  )({ method: 'POST', url: '/api/users', payload: { email: 'new@tq.vn', fullName: 'Trần Văn Mới' } });
  await as(t.app, admin)({ method: 'POST', url: '/api/api-tokens', payload: { name: 'Tích hợp' } });
});
afterAll(() => t.close());

describe('audit viewer', () => {
  it('lists the tenant trail newest first, never another tenant', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: '/api/audit?pageSize=100' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(body.items.length);
    expect(body.items[0]).toMatchObject({
      action: 'create',
      entityType: 'api_token',
      actorLabel: expect.stringContaining('admin@tq.vn'),
    });
    expect(body.items[0].requestId).toEqual(expect.any(String));
    expect(JSON.stringify(body)).not.toContain('hg.vn');
    const times = body.items.map((i: { createdAt: string }) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by entity, action, actor, text and dates', async () => {
    const get = async (qs: string) =>
      (await as(t.app, admin)({ method: 'GET', url: `/api/audit?${qs}` })).json();
    const users = await get('entityType=user&action=create');
    expect(users.items.map((i: { summary: string }) => i.summary)).toEqual(['Tạo tài khoản new@tq.vn']);
    expect(users.items[0].after).toMatchObject({ email: 'new@tq.vn' });
    expect((await get(`entityId=${users.items[0].entityId}`)).total).toBe(1);
    expect((await get(`actorUserId=${adminId}&action=sign_in`)).total).toBe(1);
    expect((await get('q=NEW@TQ')).total).toBe(1);
    expect((await get('q=new@tq')).total).toBe(1);
    expect((await get('from=2000-01-01&to=2000-12-31')).total).toBe(0);
    expect((await get('from=2000-01-01&to=2099-12-31')).total).toBe(3);
  });

  it('returns the facets of the tenant', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: '/api/audit/facets' });
    expect(res.statusCode).toBe(200);
    expect(res.json().entityTypes).toEqual(['api_token', 'user']);
    expect(res.json().actions).toEqual(['create', 'sign_in']);
  });

  it('needs audit.read on the whole tenant', async () => {
    const leader = await signIn(t.app, 'leader@tq.vn');
    expect((await as(t.app, leader)({ method: 'GET', url: '/api/audit' })).statusCode).toBe(200);
    for (const email of ['scoped@tq.vn', 'viewer@tq.vn']) {
      const s = await signIn(t.app, email);
      for (const url of ['/api/audit', '/api/audit/facets']) {
        const res = await as(t.app, s)({ method: 'GET', url });
        expect(res.statusCode, `${email} ${url}`).toBe(403);
      }
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('rejects bad filters with 400', async () => {
    for (const qs of [
      'from=2025-02-30',
      'actorUserId=abc',
      'from=2025-05-01&to=2025-04-01',
      'pageSize=100000',
      `q=${'x'.repeat(201)}`,
    ]) {
      const res = await as(t.app, admin)({ method: 'GET', url: `/api/audit?${qs}` });
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error.message).toMatch(/không hợp lệ/);
    }
  });
});
