import { and, count, eq, isNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrgUnits } from '../../db/seed/demo-org';
import { auditLog, orgUnitEvents, orgUnits } from '../../db/schema';
import type { Actor } from '../../lib/context';
import { as, createTenant, createTestApp, createUser, signIn, type TestApp } from '../../test/harness';
import { importAdminUnits, listSubtreeAsOf } from '.';
import { findUnitByName, listUnits } from './org-test-helpers';

let t: TestApp;
afterAll(() => t.close());
beforeAll(async () => {
  t = await createTestApp();
});

async function countUnits(tenantId: string) {
  const [row] = await t.deps.database.db
    .select({ n: count() })
    .from(orgUnits)
    .where(eq(orgUnits.tenantId, tenantId));
  return Number(row?.n);
}

describe('demo org units', () => {
  it('seeds province 08 with agencies, schools, villages, an enterprise; twice gives the same tree', async () => {
    const tenantId = await createTenant(t.deps, 'demo');
    const userId = await createUser(t.deps, tenantId, 'demo@tq.vn', [{ role: 'viewer' }]);
    const actor: Actor = {
      userId,
      email: 'demo@tq.vn',
      label: 'Hệ thống',
      tenantId,
      grants: [],
      via: 'session',
    };
    const now = new Date('2026-01-15T03:00:00Z');
    await seedDemoOrgUnits(t.deps, { tenantId, actor, now });
    const n = await countUnits(tenantId);
    expect(n).toBe(475 + 17);
    await seedDemoOrgUnits(t.deps, { tenantId, actor, now });
    expect(await countUnits(tenantId)).toBe(n);

    const s = await signIn(t.app, 'demo@tq.vn');
    const province = (await listUnits(t.app, s, { asOf: '2026-01-01' })).items[0]!;
    const agencies = await listUnits(t.app, s, { asOf: '2026-01-01', parentId: province.id, type: 'agency' });
    expect(agencies.items.map((a) => a.name)).toEqual([
      'Công an tỉnh',
      'Sở Giáo dục và Đào tạo',
      'Sở Nội vụ tỉnh Tuyên Quang',
      'Sở Nông nghiệp và Môi trường',
      'Sở Tài chính',
      'Sở Y tế',
    ]);
    const school = await findUnitByName(t.app, s, 'Trường Tiểu học Xín Mần');
    expect(school.ancestors.map((a) => a.name)).toEqual(['Tỉnh Tuyên Quang', 'Xã Xín Mần']);
    const villages = await listUnits(t.app, s, { asOf: '2026-01-01', q: 'thôn', type: 'village' });
    expect(villages.total).toBe(3);
    for (const name of [
      'Huyện Bắc Quang',
      'Huyện Vị Xuyên',
      'Huyện Quang Bình',
      'Huyện Bắc Mê',
      'Thành phố Hà Giang',
    ]) {
      const d = await findUnitByName(t.app, s, name, '2020-01-01');
      expect(d.type).toBe('district');
    }
  });
});

describe('subtree as of a date', () => {
  it('lists every descendant in force on the date (one path-prefix query)', async () => {
    const tenantId = await createTenant(t.deps, 'sub');
    await importAdminUnits(t.deps.database.db, tenantId, { newProvinceCodes: ['11'] });
    const [dienBien] = await t.deps.database.db
      .select()
      .from(orgUnits)
      .where(and(eq(orgUnits.tenantId, tenantId), eq(orgUnits.externalKey, 'vn2008:P11')));
    const before = await listSubtreeAsOf(t.deps.database.db, tenantId, dienBien!.id, '2020-01-01');
    const districts = before!.filter((u) => u.type === 'district');
    expect(districts.length).toBe(10);
    expect(before!.length).toBeGreaterThan(100);
    expect(await listSubtreeAsOf(t.deps.database.db, tenantId, dienBien!.id, '2025-07-01')).toEqual([]);
    expect(
      await listSubtreeAsOf(
        t.deps.database.db,
        'f'.repeat(8) + '-0000-7000-8000-000000000000',
        dienBien!.id,
        '2020-01-01',
      ),
    ).toBeUndefined();
  });
});

// The whole country (~14,150 units) on its own: the importer must stay set-based and fast enough for
// PGlite within the test timeout. Measured here; the figure is printed.
describe('whole-country import', () => {
  it('imports 34 + 3,321 new and 63 + 696 + 10,035 former units with 63 merge events, idempotently', async () => {
    const tenantId = await createTenant(t.deps, 'vn');
    await createUser(t.deps, tenantId, 'admin@vn.vn', [{ role: 'tenant_admin' }]);
    const s = await signIn(t.app, 'admin@vn.vn');
    const started = Date.now();
    const res = await as(t.app, s)({ method: 'POST', url: '/api/org-units/import-admin-units', payload: {} });
    const ms = Date.now() - started;
    console.info(`whole-country import on ${t.deps.database.kind}: ${ms} ms`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      provinces: 34,
      communes: 3321,
      formerProvinces: 63,
      districts: 696,
      formerCommunes: 10035,
      lineageEvents: 63,
      createdUnits: 34 + 3321 + 63 + 696 + 10035,
      createdEvents: 63,
    });
    expect(await countUnits(tenantId)).toBe(14149);
    const [events] = await t.deps.database.db
      .select({ n: count() })
      .from(orgUnitEvents)
      .where(eq(orgUnitEvents.tenantId, tenantId));
    expect(Number(events?.n)).toBe(63);
    const roots = await t.deps.database.db
      .select({ n: count() })
      .from(orgUnits)
      .where(
        and(
          eq(orgUnits.tenantId, tenantId),
          isNull(orgUnits.parentId),
          like(orgUnits.externalKey, 'vn2025:%'),
        ),
      );
    expect(Number(roots[0]?.n)).toBe(34);

    const again = await as(
      t.app,
      s,
    )({ method: 'POST', url: '/api/org-units/import-admin-units', payload: {} });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ createdUnits: 0, createdEvents: 0 });
    expect(await countUnits(tenantId)).toBe(14149);
    const audits = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, 'import')));
    expect(audits).toHaveLength(2);
    expect(audits[0]!.summary).toContain('cả nước');
  });
});
