import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadEnv } from './env';
import { newId } from './lib/ids';

/**
 * The process as `npm start` runs it: on PostgreSQL when TEST_DATABASE_URL is set (a fresh database,
 * migrations applied at start), else on PGlite in a fresh DATA_DIR.
 */
describe('server process', () => {
  it('starts, applies the migrations, creates the administrator and answers /api/health', async () => {
    const base = loadEnv().TEST_DATABASE_URL;
    let databaseUrl = '';
    let dbName = '';
    if (base) {
      dbName = `tdkt_main_${newId().replace(/-/g, '').slice(-16)}`;
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`create database ${dbName}`);
      await admin.end();
      const url = new URL(base);
      url.pathname = `/${dbName}`;
      databaseUrl = url.toString();
    }
    const port = 3200 + Math.floor(Math.random() * 500);
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/server/main.ts'], {
      env: {
        ...process.env,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'tdkt-main-')),
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        ADMIN_PASSWORD: '',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
      },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const deadline = Date.now() + 60_000;
      let health: { status: string; database: string; migrations: number } | undefined;
      while (Date.now() < deadline && !health) {
        await new Promise((r) => setTimeout(r, 300));
        health = await fetch(`http://127.0.0.1:${port}/api/health`)
          .then((r) => (r.ok ? (r.json() as Promise<typeof health>) : undefined))
          .catch(() => undefined);
      }
      expect(health).toMatchObject({ status: 'ok', database: base ? 'postgres' : 'pglite' });
      expect(health!.migrations).toBeGreaterThanOrEqual(2);
      await new Promise((r) => setTimeout(r, 200));
      expect(stdout).toContain('Đăng nhập: admin@tdkt.local');
      const password = /Mật khẩu \(chỉ hiện một lần[^)]*\): (\S+)/.exec(stdout)?.[1];
      expect(password).toBeDefined();
      const res = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@tdkt.local', password }),
      });
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
      if (base) {
        const admin = new pg.Client({ connectionString: base });
        await admin.connect();
        await admin.query(`drop database if exists ${dbName} with (force)`);
        await admin.end();
      }
    }
  });
});
