import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUnit } from '../../modules/people/people.test-helpers';
import type { Actor } from '../../lib/context';
import { as, createTenant, createTestApp, createUser, signIn, type TestApp } from '../../test/harness';
import { awardRecords } from '../schema';
import { seedDemoLedger } from './demo-ledger';
import { seedDemoPeople } from './demo-people';

let t: TestApp;
let tenantId: string;
const now = new Date('2026-03-02T08:00:00Z');
const actor = (id: string): Actor => ({
  userId: '00000000-0000-7000-8000-000000000000',
  email: 'seed',
  label: 'Dữ liệu mẫu',
  tenantId: id,
  grants: [],
  via: 'session',
});

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'demo');
  const province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang', 'province');
  const commune = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', 'commune', province);
  await insertUnit(t.deps, tenantId, 'Trường THCS Lâm Bình', 'school', province);
  await insertUnit(t.deps, tenantId, 'Thôn Nà Khà', 'village', commune);
  await seedDemoPeople(t.deps, { tenantId, actor: actor(tenantId), now });
  await seedDemoLedger(t.deps, { tenantId, actor: actor(tenantId), now });
  await createUser(t.deps, tenantId, 'admin@demo.vn', [{ role: 'tenant_admin' }]);
});
afterAll(() => t.close());

describe('seedDemoLedger', () => {
  it('writes ten years of records, once (a second run adds nothing)', async () => {
    const count = async () =>
      (
        await t.deps.database.db
          .select({
            n: sql<number>`count(*)::int`,
            first: sql<number>`min(counted_year)`,
            last: sql<number>`max(counted_year)`,
          })
          .from(awardRecords)
          .where(eq(awardRecords.tenantId, tenantId))
      )[0]!;
    const before = await count();
    expect(before.n).toBeGreaterThan(1000);
    expect([before.first, before.last]).toEqual([2016, 2025]);
    await seedDemoLedger(t.deps, { tenantId, actor: actor(tenantId), now });
    expect((await count()).n).toBe(before.n);
  });

  it('the eligibility panel shows every kind of verdict on the demo people', async () => {
    const admin = await signIn(t.app, 'admin@demo.vn');
    const seen = new Set<string>();
    for (const target of ['cstd_bo_tinh', 'lao_dong_tien_tien', 'bang_khen_bo_tinh', 'cstd_co_so']) {
      const res = await as(
        t.app,
        admin,
      )({
        method: 'POST',
        url: '/api/eligibility/batch',
        payload: { target, evaluationYear: 2025, receivedOn: '2026-03-02' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const counts = res.json<{ counts: Record<string, number> }>().counts;
      for (const [verdict, n] of Object.entries(counts)) if (n > 0) seen.add(verdict);
      if (target === 'cstd_bo_tinh') expect(counts.eligible).toBeGreaterThan(0);
    }
    expect([...seen].sort()).toEqual(['eligible', 'needs_review', 'not_eligible']);
  });
});
