import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  signIn,
  type TestApp,
} from '../../test/harness';
import { insertUnit } from './people.test-helpers';

/** The name search reads person_search, kept by triggers on people (migration 0004): it must follow every change. */
let t: TestApp;
let admin: Session;
let otherAdmin: Session;
let unitId: string;

beforeAll(async () => {
  t = await createTestApp();
  const tenantId = await createTenant(t.deps, 'tq');
  const otherTenant = await createTenant(t.deps, 'hg');
  unitId = (await insertUnit(t.deps, tenantId, 'Xã Xín Mần', 'commune')).id;
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, otherTenant, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  otherAdmin = await signIn(t.app, 'admin@hg.vn');
});
afterAll(() => t.close());

const names = async (session: Session, q: string, sort = 'name') =>
  (
    await as(t.app, session)({ method: 'GET', url: `/api/people?q=${encodeURIComponent(q)}&sort=${sort}` })
  ).json<{ items: { fullName: string }[]; total: number; totalExact: boolean }>();

describe('name search follows every change of people', () => {
  it('finds created people accent-insensitively, in Vietnamese name order, both directions', async () => {
    for (const fullName of ['Vàng Thị Mai', 'Lò Văn Mạnh', 'Hoàng Mai Anh', 'Sùng Seo Mày']) {
      const res = await as(
        t.app,
        admin,
      )({ method: 'POST', url: '/api/people', payload: { fullName, gender: 'female', unitId } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const found = await names(admin, 'ma');
    expect(found.items.map((i) => i.fullName)).toEqual([
      'Hoàng Mai Anh',
      'Vàng Thị Mai',
      'Lò Văn Mạnh',
      'Sùng Seo Mày',
    ]);
    expect(found).toMatchObject({ total: 4, totalExact: true });
    expect((await names(admin, 'ma', '-name')).items.map((i) => i.fullName)).toEqual([
      'Sùng Seo Mày',
      'Lò Văn Mạnh',
      'Vàng Thị Mai',
      'Hoàng Mai Anh',
    ]);
  });

  it('follows a rename and a delete', async () => {
    const [person] = (await as(t.app, admin)({ method: 'GET', url: '/api/people?q=lo van manh' })).json<{
      items: { id: string; version: number }[];
    }>().items;
    const renamed = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/people/${person!.id}`,
      payload: { fullName: 'Lò Văn Dũng', version: person!.version },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await names(admin, 'lo van manh')).items).toEqual([]);
    expect((await names(admin, 'lo van dung')).items.map((i) => i.fullName)).toEqual(['Lò Văn Dũng']);
    expect((await as(t.app, admin)({ method: 'DELETE', url: `/api/people/${person!.id}` })).statusCode).toBe(
      204,
    );
    expect((await names(admin, 'dung')).total).toBe(0);
  });

  it('never shows another tenant’s people', async () => {
    expect((await names(otherAdmin, 'mai')).items).toEqual([]);
  });
});
