import type { FastifyInstance, InjectOptions } from 'fastify';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { expect, inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Role } from '../../domain/access/roles';
import { type BuildOptions, buildApp } from '../app';
import { type Database, openPglite, openPostgres } from '../db/client';
import { loadEnv } from '../env';
import { roleGrants, tenants, users } from '../db/schema';
import type { Deps } from '../lib/context';
import { createProtector } from '../lib/crypto';
import { newId } from '../lib/ids';
import { hashPassword } from '../modules/auth/password';

/**
 * Integration tests run against PGlite in memory, or against the real PostgreSQL at TEST_DATABASE_URL
 * (CI sets it): each test file gets its own database, a copy of the template the global setup migrated the way
 * the app migrates (`template-db.ts`).
 */
export async function createTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = loadEnv().TEST_DATABASE_URL;
  const template = inject('testTemplate');
  if (!url) {
    const database = await openPglite('memory://', {
      loadDataDir: new Blob([await readFile(template.pgliteFile)]),
    });
    return { database, drop: () => database.close() };
  }
  if (!template.postgresTemplate)
    throw new Error('Thiếu cơ sở dữ liệu mẫu PostgreSQL: TEST_DATABASE_URL đặt sau khi vitest khởi động?');
  const name = `tdkt_test_${newId().replace(/-/g, '').slice(-20)}`;
  await createFromTemplate(url, name, template.postgresTemplate);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), 4);
  return {
    database,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  close: () => Promise<void>;
}

export const TEST_KEY = Buffer.alloc(32, 7);

/** `now` pins the clock of `ctx.now` (Deps.now), e.g. to an evening in UTC when it is already tomorrow in Việt Nam. */
export async function createTestApp(options: BuildOptions & { now?: () => Date } = {}): Promise<TestApp> {
  const { database, drop } = await createTestDatabase();
  const deps: Deps = {
    database,
    protector: createProtector(TEST_KEY),
    dataDir: tmpdir(),
    version: 'test',
    cookieSecure: false,
    ...(options.now ? { now: options.now } : {}),
  };
  const app = await buildApp(deps, options);
  return {
    app,
    deps,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

export async function createTenant(deps: Deps, code: string, name = `Tỉnh ${code}`) {
  const id = newId();
  await deps.database.db.insert(tenants).values({ id, code, name, kind: 'province' });
  return id;
}

export const TEST_PASSWORD = 'MatKhau12345';
let cachedHash: string | undefined;

export async function createUser(
  deps: Deps,
  tenantId: string,
  email: string,
  grants: { role: Role; orgUnitId?: string | null; tenantId?: string }[],
) {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const id = newId();
  await deps.database.db
    .insert(users)
    .values({ id, tenantId, email, fullName: `Người dùng ${email.split('@')[0]}`, passwordHash: cachedHash });
  for (const g of grants) {
    await deps.database.db.insert(roleGrants).values({
      id: newId(),
      tenantId: g.tenantId ?? tenantId,
      userId: id,
      role: g.role,
      orgUnitId: g.orgUnitId ?? null,
    });
  }
  return id;
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return { cookie: String(raw).split(';')[0] ?? '', csrfToken: res.json<{ csrfToken: string }>().csrfToken };
}

/** inject() as a signed-in user: the session cookie plus the CSRF header. */
export function as(app: FastifyInstance, session: Session) {
  return (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...(options.headers ?? {}) },
    });
}

/** CREATE DATABASE … TEMPLATE refuses while another copy of the same template is starting: retry briefly. */
async function createFromTemplate(url: string, name: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${template}`);
      return;
    } catch (e) {
      if (attempt >= 20 || !/being accessed by other users/.test(String((e as Error).message))) throw e;
    } finally {
      await admin.end();
    }
    await new Promise((r) => setTimeout(r, 100 + attempt * 50));
  }
}
