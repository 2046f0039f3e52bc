import { tmpdir } from 'node:os';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { migrate } from '../db/migrate';
import { createProtector } from '../lib/crypto';
import type { Deps } from '../lib/context';
import { as, createTenant, createTestDatabase, createUser, signIn, TEST_KEY } from './harness';

/**
 * Issue 11 item 5: no query string or SQL parameter with personal data in any log. The app is built with
 * its real logger writing to a buffer; requests that carry a citizen ID, a phone and an e-mail, and a
 * failing statement with them as parameters, must leave none of them in the lines logged.
 */

const CCCD = '002095000333';
const PHONE = '0912345678';
const EMAIL = 'lo.thi.mai@gmail.com';
const lines: string[] = [];
let app: FastifyInstance;
let drop: () => Promise<void>;

beforeAll(async () => {
  const created = await createTestDatabase();
  drop = created.drop;
  await migrate(created.database);
  const deps: Deps = {
    database: created.database,
    protector: createProtector(TEST_KEY),
    dataDir: tmpdir(),
    version: 'test',
    cookieSecure: false,
  };
  app = await buildApp(deps, {
    logger: { level: 'info', stream: { write: (line) => void lines.push(line) } },
  });
  // A statement that fails with personal data as its parameters, the way a repo query would.
  app.get('/api/test/failing-query', async () => {
    await deps.database.db.execute(sql`select ${CCCD}::int, ${PHONE}::int, ${EMAIL}::int`);
    return {};
  });
  const tenantId = await createTenant(deps, 'tq');
  await createUser(deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
});
afterAll(async () => {
  await app.close();
  await drop();
});

describe('logs', () => {
  it('record searches without the values of the query string', async () => {
    const admin = await signIn(app, 'admin@tq.vn');
    lines.length = 0;
    for (const q of [CCCD, PHONE, EMAIL]) {
      const res = await as(
        app,
        admin,
      )({ method: 'GET', url: `/api/people?q=${encodeURIComponent(q)}&page=1` });
      expect(res.statusCode).toBe(200);
    }
    const logged = lines.join('\n');
    expect(logged).toContain('/api/people?q=…&page=…');
    for (const secret of [CCCD, PHONE, EMAIL, encodeURIComponent(EMAIL)])
      expect(logged).not.toContain(secret);
  });

  it('record a failed statement with its code and SQL, never its parameters', async () => {
    lines.length = 0;
    const res = await app.inject({ method: 'GET', url: '/api/test/failing-query' });
    expect(res.statusCode).toBe(500);
    const logged = lines.join('\n');
    expect(logged).toContain('unhandled error');
    expect(logged).toContain('22P02');
    expect(logged).toMatch(/select \$1::int/);
    for (const secret of [CCCD, PHONE, EMAIL]) expect(logged).not.toContain(secret);
    expect(logged).not.toMatch(/"params"|"parameters"/);
  });
});
