import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleGrants, tenants, users } from '../schema';
import { createTestApp, signIn, type TestApp } from '../../test/harness';
import { bootstrap } from './bootstrap';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('first start', () => {
  it('creates the central tenant and a system administrator with a generated password, once', async () => {
    const first = await bootstrap(t.deps, { adminEmail: 'Root@Example.vn', demoData: false });
    expect(first.created).toBe(true);
    expect(first.generatedPassword).toMatch(/^\S{12,}$/);
    expect(first.tenantName).toBe('Ban Thi đua - Khen thưởng Trung ương');
    const [user] = await t.deps.database.db.select().from(users);
    expect(user?.email).toBe('root@example.vn');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const grants = await t.deps.database.db.select().from(roleGrants);
    expect(grants.map((g) => g.role)).toEqual(['system_admin']);
    await signIn(t.app, 'root@example.vn', first.generatedPassword);

    const second = await bootstrap(t.deps, { adminEmail: 'other@example.vn', demoData: false });
    expect(second.created).toBe(false);
    expect(await t.deps.database.db.select().from(tenants)).toHaveLength(1);
  });
});
