import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import type { Database } from '../src/server/db/client';
import { roleGrants, tenants, users } from '../src/server/db/schema';
import { createProtector } from '../src/server/lib/crypto';
import { newId } from '../src/server/lib/ids';
import { hashPassword } from '../src/server/modules/auth/password';
import { importAdminUnits } from '../src/server/modules/org';
import { generatePeopleWorkbook } from '../src/server/modules/people/people.fixtures';
import { freshPglite, freshPostgres } from './lib';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const DETAIL = process.env.BENCH_DETAIL === '1';

/**
 * CPU seconds used so far by this database's PostgreSQL backends (from /proc, so only when the server runs
 * on this machine; undefined otherwise or on PGlite, whose work is in this process's own CPU time).
 */
async function backendCpuSeconds(database: Database): Promise<number | undefined> {
  if (database.kind !== 'postgres') return undefined;
  const result = await database.db.execute<{ pid: number }>(
    sql`select pid from pg_stat_activity where datname = current_database()`,
  );
  const { rows } = result as { rows: { pid: number }[] };
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return undefined;
    }
  }
  return ticks / 100;
}

function multipart(filename: string, content: Buffer) {
  const boundary = `----tdkt-bench-${newId()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The app's import, end to end: upload → job → rows written (set-based batches, audit, memberships). */
export async function importThroughAppForProfile(database: Database, file: string) {
  return importThroughApp(database, file);
}

async function importThroughApp(database: Database, file: string) {
  const tenantId = newId();
  await database.db
    .insert(tenants)
    .values({ id: tenantId, code: 'tq', name: 'Tỉnh Tuyên Quang', kind: 'province' });
  await importAdminUnits(database.db, tenantId, { newProvinceCodes: ['08'] });
  const userId = newId();
  await database.db.insert(users).values({
    id: userId,
    tenantId,
    email: 'bench@tdkt.local',
    fullName: 'Bench',
    passwordHash: await hashPassword('MatKhau12345'),
  });
  await database.db.insert(roleGrants).values({ id: newId(), tenantId, userId, role: 'tenant_admin' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tdkt-bench-'));
  const app = await buildApp({
    database,
    protector: createProtector(randomBytes(32)),
    dataDir,
    version: 'bench',
    cookieSecure: false,
  });
  try {
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'bench@tdkt.local', password: 'MatKhau12345' },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const headers = { cookie, 'x-csrf-token': signIn.json<{ csrfToken: string }>().csrfToken };
    const body = multipart('danh-sach.xlsx', readFileSync(file));
    const cpu0 = process.cpuUsage();
    const loop0 = performance.eventLoopUtilization();
    const db0 = DETAIL ? await backendCpuSeconds(database) : undefined;
    const t0 = performance.now();
    const started = await app.inject({
      method: 'POST',
      url: '/api/people/import',
      payload: body.payload,
      headers: { ...headers, ...body.headers },
    });
    if (started.statusCode !== 202) throw new Error(`import refused: ${started.body}`);
    const { jobId } = started.json<{ jobId: string }>();
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      const job = (await app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers })).json<{
        status: string;
        result: { created: number; rejected?: number } | null;
        error: string | null;
      }>();
      if (job.status === 'succeeded' || job.status === 'failed') {
        const elapsed = performance.now() - t0;
        if (job.status === 'failed') throw new Error(`import failed: ${job.error}`);
        const cpu = process.cpuUsage(cpu0);
        const mainThreadBusy = performance.eventLoopUtilization(loop0).utilization;
        const db1 = db0 === undefined ? undefined : await backendCpuSeconds(database);
        return {
          elapsed,
          created: job.result?.created ?? 0,
          /** CPU seconds of this process (all threads: main, sheet worker, zlib) and of the database backends. */
          cpu: { node: (cpu.user + cpu.system) / 1e6, database: db1 === undefined ? undefined : db1 - db0! },
          /** Share of the time the main thread's event loop was busy (not waiting for I/O or the worker). */
          mainThreadBusy,
        };
      }
    }
  } finally {
    await app.close();
  }
}

/** Baseline: raw ExcelJS streaming read of the same file plus one bulk insert (unnest) of all rows. */
async function rawReadAndInsert(database: Database, file: string) {
  const t0 = performance.now();
  const rows: string[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (row.number === 1) continue;
      const values = row.values as (string | number | null | undefined)[];
      rows.push(Array.from({ length: 15 }, (_, i) => String(values[i + 2] ?? '')));
    }
    break;
  }
  await database.db.execute(
    sql`create table if not exists bench_raw (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8 text, c9 text, c10 text, c11 text, c12 text, c13 text, c14 text, c15 text)`,
  );
  const columns = Array.from({ length: 15 }, (_, c) => rows.map((r) => r[c]!));
  const arrays = columns.map((col) => sql`${sql.param(col)}::text[]`);
  await database.db.execute(sql`insert into bench_raw select * from unnest(${sql.join(arrays, sql`, `)})`);
  return { elapsed: performance.now() - t0, rows: rows.length };
}

export async function benchPeopleImport() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-bench-xlsx-'));
  const file = path.join(dir, 'people.xlsx');
  // Units by name as officers type them (communes of the new Tuyên Quang, matched accent-insensitively).
  const units = [
    'Xã Xín Mần',
    'Xã Bắc Quang',
    'Phường Hà Giang 1',
    'Xã Vị Xuyên',
    'Xã Bắc Mê',
    'Phường Minh Xuân',
  ].map((name) => ({ code: null, name }));
  await generatePeopleWorkbook(file, ROWS, 7, { units });
  const lines: string[] = [];
  let pgRate = 0;
  for (const [label, open] of [
    ['PostgreSQL', () => freshPostgres('import')],
    ['PGlite', () => freshPglite()],
  ] as const) {
    const app = await open();
    const base = await open();
    try {
      const a = await importThroughApp(app.database, file);
      const b = await rawReadAndInsert(base.database, file);
      const rate = (ROWS / a.elapsed) * 1000;
      if (label === 'PostgreSQL') pgRate = rate;
      lines.push(
        `${label}: app import ${a.created.toLocaleString('en')} rows in ${(a.elapsed / 1000).toFixed(2)} s = ${Math.round(rate).toLocaleString('en')} rows/s; ` +
          `baseline (raw ExcelJS read + one bulk insert) ${b.rows.toLocaleString('en')} rows in ${(b.elapsed / 1000).toFixed(2)} s = ${Math.round((b.rows / b.elapsed) * 1000).toLocaleString('en')} rows/s; ratio ${(a.elapsed / b.elapsed).toFixed(2)}×`,
      );
      if (a.created !== ROWS) lines.push(`  ! created ${a.created} of ${ROWS}`);
      if (DETAIL)
        lines.push(
          `  CPU during the import: node ${a.cpu.node.toFixed(2)} s (main thread + sheet worker)` +
            (a.cpu.database === undefined ? '' : `, PostgreSQL backends ${a.cpu.database.toFixed(2)} s`) +
            ` — ${((a.cpu.node + (a.cpu.database ?? 0)) / (a.elapsed / 1000)).toFixed(2)} cores busy on average;` +
            ` main thread busy ${Math.round(a.mainThreadBusy * 100)} % of the time`,
        );
    } finally {
      await app.drop();
      await base.drop();
    }
  }
  lines.push('target: ≥ 5,000 rows/s on PostgreSQL');
  return { name: `Excel import of ${ROWS.toLocaleString('en')} people rows`, lines, ok: pgRate >= 5000 };
}
