import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people } from '../../db/schema';
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

let t: TestApp;
let tenantId: string;
let province: Awaited<ReturnType<typeof insertUnit>>;
let communeA: Awaited<ReturnType<typeof insertUnit>>;
let communeB: Awaited<ReturnType<typeof insertUnit>>;
let village: Awaited<ReturnType<typeof insertUnit>>;
let otherUnit: Awaited<ReturnType<typeof insertUnit>>;
let admin: Session;
let officer: Session;
let viewer: Session;
let stranger: Session;

const AN = {
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  birthDate: '1985-03-02',
  ethnicity: '02',
  citizenId: '008085001234',
  externalCode: 'CB-001',
  position: 'Chủ tịch UBND xã',
  isLeader: true,
  recruitedOn: '2008-09-01',
};

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  const other = await createTenant(t.deps, 'hg');
  province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang', 'province');
  communeA = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', 'commune', province, 'X01');
  communeB = await insertUnit(t.deps, tenantId, 'Xã Lâm Bình', 'commune', province, 'X02');
  village = await insertUnit(t.deps, tenantId, 'Thôn Nà Khà', 'village', communeA);
  otherUnit = await insertUnit(t.deps, other, 'Xã Khác', 'commune');
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'unit_officer', orgUnitId: communeA.id }]);
  await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]);
  await createUser(t.deps, other, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  officer = await signIn(t.app, 'officer@tq.vn');
  viewer = await signIn(t.app, 'viewer@tq.vn');
  stranger = await signIn(t.app, 'admin@hg.vn');
});
afterAll(() => t.close());

async function create(session: Session, body: Record<string, unknown>) {
  return as(t.app, session)({ method: 'POST', url: '/api/people', payload: body });
}

describe('people CRUD', () => {
  let anId: string;

  it('creates a person, stores the citizen ID only encrypted, writes the audit row', async () => {
    const res = await create(admin, { ...AN, unitId: communeA.id });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    anId = body.id;
    expect(body).toMatchObject({
      fullName: 'Nguyễn Văn An',
      citizenId: '008******234',
      citizenIdRevealable: true,
      unit: { id: communeA.id, name: 'Xã Minh Quang' },
      ethnicityName: 'Tày',
      version: 1,
    });
    expect(body.memberships).toEqual([
      expect.objectContaining({
        unit: { id: communeA.id, name: 'Xã Minh Quang' },
        fromDate: '2008-09-01',
        toDate: null,
      }),
    ]);
    const [row] = await t.deps.database.db.select().from(people);
    expect(row!.citizenIdCipher).not.toContain('008085001234');
    expect(row!.citizenIdMasked).toBe('008******234');
    const audits = await t.deps.database.db.select().from(auditLog);
    const audit = audits.find((a) => a.entityId === anId && a.action === 'create');
    expect(audit).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain('008085001234');
    expect(JSON.stringify(audit!.after)).toContain('008******234');
  });

  it('rejects a duplicate citizen ID and a duplicate staff code with 409', async () => {
    const dupId = await create(admin, { ...AN, externalCode: 'CB-XYZ', unitId: communeA.id });
    expect(dupId.statusCode).toBe(409);
    expect(dupId.json().error.message).toContain('Số định danh');
    const dupCode = await create(admin, { ...AN, citizenId: null, unitId: communeA.id });
    expect(dupCode.statusCode).toBe(409);
    expect(dupCode.json().error.message).toContain('Mã cán bộ');
  });

  it.each([
    ['wrong types', { fullName: 42, gender: 'male' }],
    ['unknown gender', { fullName: 'Lò Văn Páo', gender: 'x' }],
    ['bad date', { fullName: 'Lò Văn Páo', gender: 'male', birthDate: '1990-02-30' }],
    ['future birth date', { fullName: 'Lò Văn Páo', gender: 'male', birthDate: '2999-01-01' }],
    [
      'citizen ID against gender',
      { fullName: 'Lò Thị Mai', gender: 'female', birthDate: '1985-01-01', citizenId: '008085009999' },
    ],
    ['bad unit id', { fullName: 'Lò Văn Páo', gender: 'male', unitId: 'abc' }],
    ['name too long', { fullName: 'A'.repeat(201), gender: 'male' }],
  ])('answers 400 to %s', async (_name, body) => {
    const res = await create(admin, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(/[ạảãàáâăđêôơư]/i);
  });

  it('reads a person with memberships and households', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: `/api/people/${anId}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: anId, householdsHeaded: [], memberships: [expect.any(Object)] });
  });

  it('updates with the version and refuses a stale version', async () => {
    const ok = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/people/${anId}`,
      payload: { position: 'Bí thư Đảng ủy xã', version: 1 },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      position: 'Bí thư Đảng ủy xã',
      version: 2,
      birthDate: '1985-03-02',
      ethnicity: '02',
    });
    const stale = await as(
      t.app,
      admin,
    )({ method: 'PATCH', url: `/api/people/${anId}`, payload: { position: 'X', version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('transfers: closes the open membership the day before and opens a new one', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/people/${anId}/transfer`,
      payload: { unitId: communeB.id, fromDate: '2024-01-01', position: 'Chuyên viên' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unit.id).toBe(communeB.id);
    expect(body.memberships).toEqual([
      expect.objectContaining({
        unit: { id: communeA.id, name: 'Xã Minh Quang' },
        fromDate: '2008-09-01',
        toDate: '2023-12-31',
      }),
      expect.objectContaining({
        unit: { id: communeB.id, name: 'Xã Lâm Bình' },
        fromDate: '2024-01-01',
        toDate: null,
        position: 'Chuyên viên',
      }),
    ]);
    const back = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/people/${anId}/transfer`,
      payload: { unitId: communeA.id, fromDate: '2023-06-01' },
    });
    expect(back.statusCode).toBe(400);
  });

  it('refuses to delete a household head (409), then deletes once the household has another head', async () => {
    const hh = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/households',
      payload: { name: 'Hộ ông An', headPersonId: anId, unitId: communeB.id },
    });
    expect(hh.statusCode, hh.body).toBe(201);
    const refused = await as(t.app, admin)({ method: 'DELETE', url: `/api/people/${anId}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('chủ hộ');
    const patched = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/households/${hh.json().id}`,
      payload: { headPersonId: null, version: 1 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const del = await as(t.app, admin)({ method: 'DELETE', url: `/api/people/${anId}` });
    expect(del.statusCode).toBe(204);
    expect((await as(t.app, admin)({ method: 'GET', url: `/api/people/${anId}` })).statusCode).toBe(404);
    const audits = await t.deps.database.db.select().from(auditLog);
    expect(
      audits
        .filter((a) => a.entityId === anId)
        .map((a) => a.action)
        .sort(),
    ).toEqual(['create', 'delete', 'transfer', 'update']);
  });
});

describe('list, search, masking, scope and tenant isolation', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const rows = [
      ['Hoàng Thị Đào', 'female', '008190000111', village.id],
      ['Lò Văn Bình', 'male', '008092000222', communeA.id],
      ['Vàng Seo Chính', 'male', '002095000333', communeB.id],
    ] as const;
    for (const [fullName, gender, citizenId, unitId] of rows) {
      const birthDate = `${citizenId[3] === '1' || citizenId[3] === '0' ? '19' : '20'}${citizenId.slice(4, 6)}-05-05`;
      const res = await create(admin, { fullName, gender, citizenId, unitId, birthDate });
      expect(res.statusCode, res.body).toBe(201);
      ids[fullName] = res.json().id;
    }
  });

  const list = (s: Session, qs: string) => as(t.app, s)({ method: 'GET', url: `/api/people?${qs}` });

  it('sorts by given name (Vietnamese convention) and pages with a total', async () => {
    const res = await list(admin, 'sort=name&pageSize=2');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 3, totalExact: true });
    expect(res.json().items.map((i: { fullName: string }) => i.fullName)).toEqual([
      'Lò Văn Bình',
      'Vàng Seo Chính',
    ]);
    const desc = await list(admin, 'sort=-name');
    expect(desc.json().items[0].fullName).toBe('Hoàng Thị Đào');
  });

  it('searches accent-insensitively, by full citizen ID and by unit subtree', async () => {
    expect((await list(admin, 'q=dao')).json().items.map((i: { fullName: string }) => i.fullName)).toEqual([
      'Hoàng Thị Đào',
    ]);
    expect((await list(admin, 'q=002095000333')).json().items.map((i: { id: string }) => i.id)).toEqual([
      ids['Vàng Seo Chính'],
    ]);
    expect((await list(admin, `unitId=${communeA.id}`)).json().total).toBe(2);
    expect((await list(admin, `unitId=${communeA.id}&includeSubunits=false`)).json().total).toBe(1);
    expect((await list(admin, 'gender=female')).json().total).toBe(1);
  });

  it('masks the citizen ID in lists, searches and the detail page for every role, the administrator too', async () => {
    for (const session of [viewer, admin]) {
      const listed = (await list(session, 'q=chinh')).json().items[0];
      expect(listed.citizenId).toBe('002******333');
      const byNumber = (await list(session, 'q=002095000333')).json();
      expect(byNumber.items.map((i: { citizenId: string }) => i.citizenId)).toEqual(['002******333']);
      const detail = await as(t.app, session)({ method: 'GET', url: `/api/people/${ids['Vàng Seo Chính']}` });
      expect(detail.json()).toMatchObject({
        citizenId: '002******333',
        citizenIdRevealable: session === admin,
      });
    }
    expect(JSON.stringify((await list(admin, 'pageSize=100')).json())).not.toMatch(/\d{12}/);
  });

  it('reveals the full number only through an audited action, to roles allowed on the unit', async () => {
    const url = `/api/people/${ids['Vàng Seo Chính']}/reveal-citizen-id`;
    const refused = await as(t.app, viewer)({ method: 'POST', url, payload: {} });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('số định danh');
    expect((await as(t.app, officer)({ method: 'POST', url, payload: {} })).statusCode).toBe(404);
    expect((await as(t.app, stranger)({ method: 'POST', url, payload: {} })).statusCode).toBe(404);
    const res = await as(t.app, admin)({ method: 'POST', url, payload: { reason: 'Đối chiếu hồ sơ khen' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ citizenId: '002095000333' });
    const audits = await t.deps.database.db.select().from(auditLog);
    const reveal = audits.filter((a) => a.action === 'person.citizenId.reveal');
    expect(reveal).toHaveLength(1);
    expect(reveal[0]).toMatchObject({ entityId: ids['Vàng Seo Chính'] });
    expect(reveal[0]!.summary).toContain('Đối chiếu hồ sơ khen');
    expect(JSON.stringify(reveal[0])).not.toContain('002095000333');
  });

  it('shows a scoped officer only the people of its subtree', async () => {
    const res = await list(officer, 'pageSize=50');
    expect(
      res
        .json()
        .items.map((i: { fullName: string }) => i.fullName)
        .sort(),
    ).toEqual(['Hoàng Thị Đào', 'Lò Văn Bình']);
    expect(res.json().total).toBe(2);
    expect(
      (await as(t.app, officer)({ method: 'GET', url: `/api/people/${ids['Vàng Seo Chính']}` })).statusCode,
    ).toBe(404);
    expect((await list(officer, `unitId=${communeB.id}`)).statusCode).toBe(403);
    const outside = await create(officer, { fullName: 'Ma Văn Tư', gender: 'male', unitId: communeB.id });
    expect(outside.statusCode).toBe(403);
    const noUnit = await create(officer, { fullName: 'Ma Văn Tư', gender: 'male' });
    expect(noUnit.statusCode).toBe(403);
    const inside = await create(officer, { fullName: 'Ma Văn Tư', gender: 'male', unitId: village.id });
    expect(inside.statusCode, inside.body).toBe(201);
    const patchOutside = await as(
      t.app,
      officer,
    )({
      method: 'PATCH',
      url: `/api/people/${ids['Vàng Seo Chính']}`,
      payload: { position: 'x', version: 1 },
    });
    expect(patchOutside.statusCode).toBe(404);
  });

  it('a viewer may read but not write (403)', async () => {
    const res = await create(viewer, { fullName: 'Ma Văn Tư', gender: 'male', unitId: village.id });
    expect(res.statusCode).toBe(403);
  });

  it("answers 404 for another tenant's person and unit, for reads, writes and list filters", async () => {
    const id = ids['Lò Văn Bình']!;
    expect((await as(t.app, stranger)({ method: 'GET', url: `/api/people/${id}` })).statusCode).toBe(404);
    expect(
      (
        await as(
          t.app,
          stranger,
        )({ method: 'PATCH', url: `/api/people/${id}`, payload: { position: 'x', version: 1 } })
      ).statusCode,
    ).toBe(404);
    expect((await as(t.app, stranger)({ method: 'DELETE', url: `/api/people/${id}` })).statusCode).toBe(404);
    expect(
      (
        await as(
          t.app,
          stranger,
        )({
          method: 'POST',
          url: `/api/people/${id}/transfer`,
          payload: { unitId: otherUnit.id, fromDate: '2024-01-01' },
        })
      ).statusCode,
    ).toBe(404);
    expect((await as(t.app, stranger)({ method: 'GET', url: '/api/people' })).json().total).toBe(0);
    expect((await list(admin, `unitId=${otherUnit.id}`)).statusCode).toBe(404);
    expect(
      (await create(admin, { fullName: 'Ma Văn Tư', gender: 'male', unitId: otherUnit.id })).statusCode,
    ).toBe(404);
    expect(
      (
        await as(
          t.app,
          admin,
        )({
          method: 'POST',
          url: `/api/people/${id}/transfer`,
          payload: { unitId: otherUnit.id, fromDate: '2024-01-01' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('answers 400 to bad query parameters and ids', async () => {
    expect((await list(admin, 'sort=age')).statusCode).toBe(400);
    expect((await list(admin, 'pageSize=100000')).statusCode).toBe(400);
    expect((await list(admin, 'isLeader=maybe')).statusCode).toBe(400);
    expect((await as(t.app, admin)({ method: 'GET', url: '/api/people/not-a-uuid' })).statusCode).toBe(400);
    expect(
      (
        await as(
          t.app,
          admin,
        )({
          method: 'PATCH',
          url: `/api/people/${ids['Lò Văn Bình']}`,
          payload: { unitId: communeB.id, version: 1 },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('requires sign-in', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/people' })).statusCode).toBe(401);
  });
});

describe('households', () => {
  let headId: string;
  let householdId: string;
  beforeAll(async () => {
    const res = await create(admin, { fullName: 'Triệu Văn Dình', gender: 'male', unitId: village.id });
    headId = res.json().id;
  });

  it('creates in a village with a head, lists and reads it', async () => {
    const res = await as(
      t.app,
      officer,
    )({
      method: 'POST',
      url: '/api/households',
      payload: {
        name: 'Hộ Triệu Văn Dình',
        headPersonId: headId,
        unitId: village.id,
        address: 'Thôn Nà Khà',
        externalCode: 'HGD-01',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    householdId = res.json().id;
    expect(res.json()).toMatchObject({
      head: { id: headId, fullName: 'Triệu Văn Dình' },
      unit: { id: village.id },
      version: 1,
    });
    const listRes = await as(
      t.app,
      officer,
    )({ method: 'GET', url: `/api/households?q=dinh&unitId=${communeA.id}` });
    expect(listRes.json().total).toBe(1);
    const person = await as(t.app, admin)({ method: 'GET', url: `/api/people/${headId}` });
    expect(person.json().householdsHeaded).toEqual([{ id: householdId, name: 'Hộ Triệu Văn Dình' }]);
  });

  it('refuses a province-level unit, a duplicate code, a stale version and other tenants', async () => {
    const wrongType = await as(
      t.app,
      admin,
    )({ method: 'POST', url: '/api/households', payload: { name: 'Hộ X', unitId: province.id } });
    expect(wrongType.statusCode).toBe(400);
    const dup = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/households',
      payload: { name: 'Hộ Y', unitId: communeA.id, externalCode: 'HGD-01' },
    });
    expect(dup.statusCode).toBe(409);
    const stale = await as(
      t.app,
      admin,
    )({ method: 'PATCH', url: `/api/households/${householdId}`, payload: { name: 'Hộ Z', version: 9 } });
    expect(stale.statusCode).toBe(409);
    expect(
      (await as(t.app, stranger)({ method: 'GET', url: `/api/households/${householdId}` })).statusCode,
    ).toBe(404);
    expect(
      (
        await as(
          t.app,
          stranger,
        )({ method: 'PATCH', url: `/api/households/${householdId}`, payload: { name: 'Hộ Z', version: 1 } })
      ).statusCode,
    ).toBe(404);
    const foreignHead = await as(
      t.app,
      stranger,
    )({
      method: 'POST',
      url: '/api/households',
      payload: { name: 'Hộ Z', unitId: otherUnit.id, headPersonId: headId },
    });
    expect(foreignHead.statusCode).toBe(404);
    const audits = await t.deps.database.db.select().from(auditLog);
    expect(
      audits.some((a) => a.entityType === 'household' && a.entityId === householdId && a.action === 'create'),
    ).toBe(true);
  });
});
