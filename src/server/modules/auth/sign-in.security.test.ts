import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema';
import { createTenant, createTestApp, createUser, type TestApp } from '../../test/harness';

/** Issue 11 item 4: a lock that cannot be raced, no enumeration, every failed attempt audited. */

let t: TestApp;
let tenantId: string;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'SI');
  for (const email of ['race@si.vn', 'known@si.vn', 'timing@si.vn'])
    await createUser(t.deps, tenantId, email, [{ role: 'viewer' }]);
});
afterAll(() => t.close());

let address = 0;
/** Each attempt from its own address, so the per-address limit (20 / 5 min) stays out of the way. */
const attempt = (email: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
    remoteAddress: `10.${Math.floor(++address / 250)}.${address % 250}.7`,
  });

describe('sign-in attempts', () => {
  it('40 parallel wrong passwords: 4 answer 401, every other 423; the right password then 423', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt('race@si.vn', `sai-mat-khau-${i}`)),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(4);
    expect(codes.filter((c) => c === 423)).toHaveLength(36);
    expect((await attempt('race@si.vn', 'MatKhau12345')).statusCode).toBe(423);
  });

  it('an unknown e-mail answers exactly like an existing account, 401 four times then 423', async () => {
    const run = async (email: string) => {
      const answers: string[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await attempt(email, `sai-mat-khau-${i}`);
        answers.push(`${res.statusCode} ${res.json().error.code} ${res.json().error.message}`);
      }
      return answers;
    };
    const known = await run('known@si.vn');
    const unknown = await run('khong-ton-tai@si.vn');
    expect(unknown).toEqual(known);
    expect(known.slice(0, 4).every((a) => a.startsWith('401'))).toBe(true);
    expect(known[4]).toMatch(/^423 ACCOUNT_LOCKED/);
    expect(known[5]).toMatch(/^423 ACCOUNT_LOCKED/);
  });

  it('an unknown e-mail takes about as long as a wrong password for an account', async () => {
    const time = async (email: string) => {
      const start = performance.now();
      for (let i = 0; i < 3; i++) expect((await attempt(email, `x-${i}-sai`)).statusCode).toBe(401);
      return performance.now() - start;
    };
    await time('warm-up@si.vn');
    const known = await time('timing@si.vn');
    const unknown = await time('nobody-timing@si.vn');
    // Both check one argon2id hash per attempt; without the dummy check an unknown e-mail is ~10× faster.
    expect(unknown / known).toBeGreaterThan(0.4);
    expect(unknown / known).toBeLessThan(2.5);
  });

  it('every failed attempt is audited with the address, never the password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ai-do@si.vn', password: 'BiMat-khong-ghi-999' },
      remoteAddress: '203.0.113.77',
    });
    expect(res.statusCode).toBe(401);
    const rows = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'sign_in_failed'));
    const mine = rows.filter((r) => r.summary.includes('ai-do@si.vn'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.ip).toBe('203.0.113.77');
    // 40 + 12 + 9 attempts above, one row each, against accounts (with their tenant) or not.
    expect(rows.filter((r) => r.summary.includes('race@si.vn'))).toHaveLength(41);
    expect(rows.find((r) => r.summary.includes('race@si.vn'))!.tenantId).toBe(tenantId);
    expect(JSON.stringify(rows)).not.toMatch(/BiMat|sai-mat-khau|MatKhau12345/);
  });
});
