import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, orgUnitEvents } from '../../db/schema';
import {
  as,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  signIn,
  type TestApp,
} from '../../test/harness';
import { findUnitByName, listUnits } from './org-test-helpers';

let t: TestApp;
let tenantId: string;
let admin: Session;
let other: Session;
let haGiang: string;
let xinMan: string;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  const otherTenant = await createTenant(t.deps, 'hn');
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, otherTenant, 'admin@hn.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  other = await signIn(t.app, 'admin@hn.vn');
  const res = await as(
    t.app,
    admin,
  )({
    method: 'POST',
    url: '/api/org-units/import-admin-units',
    payload: { newProvinceCodes: ['08'] },
  });
  expect(res.statusCode, res.body).toBe(200);
  haGiang = (await findUnitByName(t.app, admin, 'Tỉnh Hà Giang')).id;
  xinMan = (await findUnitByName(t.app, admin, 'Huyện Xín Mần')).id;
});
afterAll(() => t.close());

describe('admin-unit import of province 08', () => {
  it('re-importing creates nothing and reports the same counts', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/org-units/import-admin-units',
      payload: { newProvinceCodes: ['08'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      provinces: 1,
      communes: 124,
      formerProvinces: 2,
      districts: 18,
      formerCommunes: 330,
      lineageEvents: 2,
      createdUnits: 0,
      createdEvents: 0,
    });
  });

  it('writes one audit row per import with the counts', async () => {
    const rows = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, 'import')));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.after).toMatchObject({ createdUnits: 475, communes: 124 });
  });

  it('refuses an unknown province code with a Vietnamese message', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/org-units/import-admin-units',
      payload: { newProvinceCodes: ['99'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('99');
  });
});

describe('the tree as of a date', () => {
  it('2020: the former provinces Hà Giang and Tuyên Quang are the roots', async () => {
    const { items, total } = await listUnits(t.app, admin, { asOf: '2020-01-01' });
    expect(items.map((i) => i.name)).toEqual(['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang']);
    expect(total).toBe(2);
    expect(items[0]).toMatchObject({ type: 'province', validTo: '2025-06-30', depth: 0, hasChildren: true });
  });

  it('2020: Hà Giang has its 11 districts in Vietnamese order', async () => {
    const { items, total } = await listUnits(t.app, admin, { asOf: '2020-01-01', parentId: haGiang });
    expect(total).toBe(11);
    expect(items.map((i) => i.name)).toEqual([
      'Huyện Bắc Mê',
      'Huyện Bắc Quang',
      'Huyện Đồng Văn',
      'Huyện Hoàng Su Phì',
      'Huyện Mèo Vạc',
      'Huyện Quản Bạ',
      'Huyện Quang Bình',
      'Huyện Vị Xuyên',
      'Huyện Xín Mần',
      'Huyện Yên Minh',
      'Thành phố Hà Giang',
    ]);
    expect(items[0]).toMatchObject({
      type: 'district',
      depth: 1,
      ancestors: [{ id: haGiang, name: 'Tỉnh Hà Giang' }],
    });
  });

  it('2026: the new Tỉnh Tuyên Quang with its 124 communes', async () => {
    const roots = await listUnits(t.app, admin, { asOf: '2026-01-01' });
    expect(roots.items.map((i) => [i.name, i.validFrom])).toEqual([['Tỉnh Tuyên Quang', '2025-07-01']]);
    const communes = await listUnits(t.app, admin, {
      asOf: '2026-01-01',
      parentId: roots.items[0]!.id,
      type: 'commune',
    });
    expect(communes.total).toBe(124);
    expect(communes.items[0]!.hasChildren).toBe(false);
  });

  it.each([
    ['2025-06-30', ['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang'], '2025-06-30'],
    ['2025-07-01', ['Tỉnh Tuyên Quang'], null],
  ])('on %s the roots are %j', async (asOf, names, validTo) => {
    const { items } = await listUnits(t.app, admin, { asOf });
    expect(items.map((i) => i.name)).toEqual(names);
    expect(items.every((i) => i.validTo === validTo)).toBe(true);
  });

  it('children of a former district are empty after the reform', async () => {
    const { total } = await listUnits(t.app, admin, { asOf: '2025-07-01', parentId: xinMan });
    expect(total).toBe(0);
  });
});

describe('search', () => {
  it('"xin man" finds the district and the communes, accent-insensitive, with ancestors', async () => {
    const { items } = await listUnits(t.app, admin, { q: 'xin man' });
    const names = items.map((i) => i.name);
    expect(names).toContain('Huyện Xín Mần');
    expect(names).toContain('Xã Xín Mần');
    const district = items.find((i) => i.name === 'Huyện Xín Mần')!;
    expect(district.ancestors).toEqual([{ id: haGiang, name: 'Tỉnh Hà Giang' }]);
  });

  it('within a subtree and as of a date', async () => {
    const { items } = await listUnits(t.app, admin, { q: 'XÍN MẦN', parentId: xinMan, asOf: '2024-01-01' });
    expect(items.map((i) => i.name)).toEqual(['Xã Xín Mần']);
    expect(items[0]!.ancestors.map((a) => a.name)).toEqual(['Tỉnh Hà Giang', 'Huyện Xín Mần']);
  });

  it('treats % and _ literally', async () => {
    expect((await listUnits(t.app, admin, { q: '%' })).total).toBe(0);
  });

  it('pages with a total', async () => {
    const page2 = await listUnits(t.app, admin, { q: 'xa', page: 2, pageSize: 5 });
    expect(page2.items).toHaveLength(5);
    expect(page2.total).toBeGreaterThan(100);
  });
});

describe('detail', () => {
  it('shows the ancestors, the merge into the new province and the children counts', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: `/api/org-units/${haGiang}?asOf=2020-01-01` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      name: 'Tỉnh Hà Giang',
      code: '02',
      externalKey: 'vn2008:P02',
      ancestors: [],
    });
    expect(body.children).toEqual({ total: 11, inForce: 11, asOf: '2020-01-01' });
    expect(body.events).toEqual([
      expect.objectContaining({
        kind: 'merged_into',
        direction: 'out',
        effectiveDate: '2025-07-01',
        legalBasis: expect.stringContaining('202/2025/QH15'),
        otherUnit: expect.objectContaining({ name: 'Tỉnh Tuyên Quang', validFrom: '2025-07-01' }),
      }),
    ]);
  });
});

describe('create, correct, rename', () => {
  let province: string;
  let agency: { id: string; version: number };
  let office: string;

  it('creates an agency and an office under it (audited)', async () => {
    province = (await listUnits(t.app, admin, { asOf: '2026-01-01' })).items[0]!.id;
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/org-units',
      payload: {
        name: 'Sở Nội vụ  tỉnh Tuyên Quang',
        type: 'agency',
        parentId: province,
        validFrom: '2025-07-01',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    agency = res.json();
    expect(res.json()).toMatchObject({ name: 'Sở Nội vụ tỉnh Tuyên Quang', depth: 1, version: 1 });
    const child = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/org-units',
      payload: {
        name: 'Ban Thi đua - Khen thưởng',
        type: 'other',
        parentId: agency.id,
        validFrom: '2025-07-01',
      },
    });
    expect(child.statusCode, child.body).toBe(201);
    office = child.json().id;
    const audit = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, office));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('corrects a typo in place with the version, and answers 409 on a stale version', async () => {
    const url = `/api/org-units/${agency.id}`;
    const ok = await as(
      t.app,
      admin,
    )({ method: 'PATCH', url, payload: { version: 1, code: 'SNV', note: 'Sửa mã' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ code: 'SNV', version: 2 });
    const stale = await as(t.app, admin)({ method: 'PATCH', url, payload: { version: 1, code: 'X' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('rename makes a successor from the date, with the event, and the children follow', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/org-units/${agency.id}/rename`,
      payload: {
        name: 'Sở Nội vụ và Dân tộc',
        effectiveDate: '2026-03-01',
        legalBasis: 'Quyết định số 1/QĐ-UBND',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ successors: 2, events: 2 });
    expect(body.unit).toMatchObject({
      name: 'Sở Nội vụ và Dân tộc',
      validFrom: '2026-03-01',
      parentId: province,
    });
    expect(body.unit.events[0]).toMatchObject({
      kind: 'renamed',
      direction: 'in',
      otherUnit: { id: agency.id, validTo: '2026-02-28' },
    });

    const before = await listUnits(t.app, admin, { asOf: '2026-02-28', parentId: province, type: 'agency' });
    expect(before.items.map((i) => i.name)).toEqual(['Sở Nội vụ tỉnh Tuyên Quang']);
    const after = await listUnits(t.app, admin, { asOf: '2026-03-01', parentId: province, type: 'agency' });
    expect(after.items.map((i) => i.name)).toEqual(['Sở Nội vụ và Dân tộc']);
    expect(after.items[0]!.hasChildren).toBe(true);
    const kids = await listUnits(t.app, admin, { asOf: '2026-03-01', parentId: after.items[0]!.id });
    expect(kids.items.map((i) => i.name)).toEqual(['Ban Thi đua - Khen thưởng']);
    expect(kids.items[0]!.id).not.toBe(office);
    const moved = await t.deps.database.db
      .select()
      .from(orgUnitEvents)
      .where(eq(orgUnitEvents.fromUnitId, office));
    expect(moved).toMatchObject([
      { kind: 'moved', toUnitId: kids.items[0]!.id, effectiveDate: '2026-03-01' },
    ]);
    const audit = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'rename'));
    expect(audit).toHaveLength(1);
  });

  it('refuses to rename an ended record (409) and a date before the unit started (409)', async () => {
    const again = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/org-units/${agency.id}/rename`,
      payload: { name: 'Tên khác', effectiveDate: '2026-05-01' },
    });
    expect(again.statusCode).toBe(409);
    const early = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/org-units/${xinMan}/rename`,
      payload: { name: 'Huyện Xín Mần mới', effectiveDate: '2026-05-01' },
    });
    expect(early.statusCode).toBe(409);
  });

  it('moves a commune under another district with a moved event', async () => {
    const commune = await findUnitByName(t.app, admin, 'Xã Nàn Ma');
    const bacQuang = await findUnitByName(t.app, admin, 'Huyện Bắc Quang');
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/org-units/${commune.id}/move`,
      payload: { parentId: bacQuang.id, effectiveDate: '2024-01-01' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().unit).toMatchObject({
      parentId: bacQuang.id,
      validFrom: '2024-01-01',
      validTo: '2025-06-30',
    });
    expect(res.json().unit.ancestors.map((a: { name: string }) => a.name)).toEqual([
      'Tỉnh Hà Giang',
      'Huyện Bắc Quang',
    ]);
    const self = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/org-units/${xinMan}/move`,
      payload: { parentId: commune.id, effectiveDate: '2023-01-01' },
    });
    expect(self.statusCode).toBe(400);
  });

  it('ends a unit with its subtree', async () => {
    const created = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/org-units',
      payload: {
        name: 'Trường Tiểu học Thử nghiệm',
        type: 'school',
        parentId: province,
        validFrom: '2025-09-01',
      },
    });
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: `/api/org-units/${created.json().id}/end`,
      payload: { validTo: '2026-05-31' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().validTo).toBe('2026-05-31');
  });
});

describe('tenant isolation', () => {
  it.each([
    ['GET', '/api/org-units/:id', undefined],
    ['PATCH', '/api/org-units/:id', { version: 1, note: 'x' }],
    ['GET', '/api/org-units?parentId=:id', undefined],
    ['GET', '/api/org-units?q=giang&parentId=:id', undefined],
    ['GET', '/api/org-units/:id/subtree', undefined],
    ['POST', '/api/org-units/:id/rename', { name: 'X', effectiveDate: '2024-01-01' }],
    ['POST', '/api/org-units', { name: 'X', type: 'other', parentId: ':id' }],
  ] as const)('%s %s with another tenant’s unit → 404', async (method, url, payload) => {
    const body = payload ? JSON.parse(JSON.stringify(payload).replace(':id', haGiang)) : undefined;
    const res = await as(
      t.app,
      other,
    )({ method, url: url.replace(':id', haGiang), ...(body ? { payload: body } : {}) });
    expect(res.statusCode, res.body).toBe(404);
    expect(res.body).not.toContain('Hà Giang');
  });

  it('the other tenant sees an empty tree', async () => {
    expect((await listUnits(t.app, other, { q: 'xin man' })).total).toBe(0);
  });
});

describe('role scope', () => {
  let scoped: Session;
  let officer: Session;
  beforeAll(async () => {
    await createUser(t.deps, tenantId, 'xinman@tq.vn', [{ role: 'tenant_admin', orgUnitId: xinMan }]);
    await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'unit_officer', orgUnitId: xinMan }]);
    scoped = await signIn(t.app, 'xinman@tq.vn');
    officer = await signIn(t.app, 'officer@tq.vn');
  });

  it('an administrator scoped to Xín Mần edits inside it but not outside (403), and reads everywhere', async () => {
    const inside = await findUnitByName(t.app, scoped, 'Xã Chế Là');
    const ok = await as(
      t.app,
      scoped,
    )({ method: 'PATCH', url: `/api/org-units/${inside.id}`, payload: { version: 1, note: 'Ghi chú' } });
    expect(ok.statusCode, ok.body).toBe(200);
    const outside = await findUnitByName(t.app, scoped, 'Huyện Bắc Mê');
    const denied = await as(
      t.app,
      scoped,
    )({ method: 'PATCH', url: `/api/org-units/${outside.id}`, payload: { version: 1, note: 'x' } });
    expect(denied.statusCode).toBe(403);
    expect((await as(t.app, scoped)({ method: 'GET', url: `/api/org-units/${outside.id}` })).statusCode).toBe(
      200,
    );
    const root = await as(
      t.app,
      scoped,
    )({ method: 'POST', url: '/api/org-units', payload: { name: 'Gốc mới', type: 'other' } });
    expect(root.statusCode).toBe(403);
    const importAll = await as(
      t.app,
      scoped,
    )({ method: 'POST', url: '/api/org-units/import-admin-units', payload: {} });
    expect(importAll.statusCode).toBe(403);
  });

  it('a unit officer can read the tree but not change it', async () => {
    const inside = await findUnitByName(t.app, officer, 'Xã Chế Là');
    const res = await as(
      t.app,
      officer,
    )({ method: 'PATCH', url: `/api/org-units/${inside.id}`, payload: { version: 2, note: 'x' } });
    expect(res.statusCode).toBe(403);
  });

  it('anonymous requests are refused', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/org-units' })).statusCode).toBe(401);
  });
});

describe('bad input → 4xx with the error shape', () => {
  it.each([
    ['GET', '/api/org-units?asOf=2025-02-30', undefined],
    ['GET', '/api/org-units?parentId=abc', undefined],
    ['GET', '/api/org-units?pageSize=100000', undefined],
    ['GET', '/api/org-units?type=planet', undefined],
    ['GET', '/api/org-units/not-a-uuid', undefined],
    ['POST', '/api/org-units', { name: '', type: 'agency' }],
    ['POST', '/api/org-units', { name: 'X', type: 'agency', validFrom: '2026-01-02', validTo: '2026-01-01' }],
    ['POST', '/api/org-units', { name: 'X'.repeat(301), type: 'agency' }],
    ['POST', '/api/org-units/import-admin-units', { newProvinceCodes: ['8'] }],
    [
      'POST',
      '/api/org-units',
      { name: 'Trường ảo', type: 'school', parentId: ':xinMan', validFrom: '2026-01-01' },
    ],
    ['POST', '/api/org-units/import-admin-units', { newProvinceCodes: [] }],
    ['POST', '/api/org-units/import-admin-units', undefined],
  ] as const)('%s %s', async (method, url, payload) => {
    const body = payload ? JSON.parse(JSON.stringify(payload).replace(':xinMan', xinMan)) : undefined;
    const res = await as(t.app, admin)({ method, url, ...(body ? { payload: body } : {}) });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(/[ạảãáàăâđêôơư]/i);
  });

  it('PATCH with a missing version → 400; unknown id → 404', async () => {
    const res = await as(
      t.app,
      admin,
    )({ method: 'PATCH', url: `/api/org-units/${haGiang}`, payload: { note: 'x' } });
    expect(res.statusCode).toBe(400);
    const missing = await as(
      t.app,
      admin,
    )({
      method: 'GET',
      url: '/api/org-units/0190a000-0000-7000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the org routes and the list contract', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/org-units', '/api/org-units/{id}/rename', '/api/org-unit-events/import']),
    );
    expect(Object.keys(doc.components.schemas.OrgUnitListItem.properties)).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'type',
        'code',
        'validFrom',
        'validTo',
        'parentId',
        'depth',
        'hasChildren',
        'ancestors',
      ]),
    );
  });
});
