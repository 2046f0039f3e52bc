import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCitizenId } from '../../../domain/people/citizen-id';
import { households, people, personUnitMemberships } from '../../db/schema';
import { seedDemoPeople } from '../../db/seed/demo-people';
import type { Actor } from '../../lib/context';
import { createTenant, createTestApp, type TestApp } from '../../test/harness';
import { insertUnit } from './people.test-helpers';

let t: TestApp;
const now = new Date('2025-09-15T08:00:00Z');
const actorOf = (tenantId: string): Actor => ({
  userId: '00000000-0000-7000-8000-000000000000',
  email: 'seed',
  label: 'Dữ liệu mẫu',
  tenantId,
  grants: [],
  via: 'session',
});

async function seededTenant(code: string, withUnits: boolean) {
  const tenantId = await createTenant(t.deps, code);
  if (withUnits) {
    const province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang', 'province');
    const commune = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', 'commune', province);
    await insertUnit(t.deps, tenantId, 'Thôn Nà Khà', 'village', commune);
    await insertUnit(t.deps, tenantId, 'Trường THCS Lâm Bình', 'school', province);
    await insertUnit(t.deps, tenantId, 'Sở Y tế', 'agency', province);
  }
  await seedDemoPeople(t.deps, { tenantId, actor: actorOf(tenantId), now });
  const db = t.deps.database.db;
  return {
    tenantId,
    people: await db.select().from(people).where(eq(people.tenantId, tenantId)).orderBy(people.externalCode),
    households: await db.select().from(households).where(eq(households.tenantId, tenantId)),
    memberships: await db
      .select()
      .from(personUnitMemberships)
      .where(eq(personUnitMemberships.tenantId, tenantId)),
  };
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('seedDemoPeople', () => {
  it('creates 400 plausible people with valid citizen IDs, transfers and 40 households, deterministically', async () => {
    const a = await seededTenant('demo-a', true);
    const b = await seededTenant('demo-b', true);
    expect(a.people).toHaveLength(400);
    expect(a.people.map((p) => p.fullName)).toEqual(b.people.map((p) => p.fullName));
    expect(new Set(a.people.map((p) => p.gender))).toEqual(new Set(['male', 'female']));
    expect(new Set(a.people.map((p) => p.ethnicity)).size).toBeGreaterThan(4);
    for (const p of a.people) {
      const id = t.deps.protector.decrypt(p.citizenIdCipher!);
      expect(checkCitizenId(id, { birthDate: p.birthDate, gender: p.gender }).ok, `${p.fullName} ${id}`).toBe(
        true,
      );
      expect(['008', '002']).toContain(id.slice(0, 3));
      expect(p.unitId).not.toBeNull();
    }
    expect(a.people.some((p) => /[ăâđêôơư]/i.test(p.fullName))).toBe(true);
    const transferred = a.memberships.filter((m) => m.toDate !== null);
    expect(transferred.length).toBeGreaterThan(20);
    expect(a.memberships.length).toBe(400 + transferred.length);
    expect(a.households.length).toBeGreaterThanOrEqual(30);
    expect(a.households.every((h) => h.headPersonId !== null)).toBe(true);
  });

  it('attaches people to no unit when the tenant has none, and runs only once', async () => {
    const c = await seededTenant('demo-c', false);
    expect(c.people).toHaveLength(400);
    expect(c.people.every((p) => p.unitId === null)).toBe(true);
    expect(c.households).toHaveLength(0);
    await seedDemoPeople(t.deps, { tenantId: c.tenantId, actor: actorOf(c.tenantId), now });
    expect(
      (await t.deps.database.db.select().from(people).where(eq(people.tenantId, c.tenantId))).length,
    ).toBe(400);
  });
});
