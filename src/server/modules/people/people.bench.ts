/**
 * Benchmark (not a test): 50,000-row import and the list/search queries at 200,000 people.
 *   npx tsx src/server/modules/people/people.bench.ts [rows] [listRows]
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx src/server/modules/people/people.bench.ts
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate } from '../../db/migrate';
import type { Ctx } from '../../lib/context';
import { createProtector } from '../../lib/crypto';
import { createTenant, createTestDatabase, TEST_KEY } from '../../test/harness';
import { generatePeopleWorkbook } from './people.fixtures';
import { runPeopleImport } from './people-import.service';
import { listPeople } from './people-list.service';
import { insertUnit } from './people.test-helpers';

const rows = Number(process.argv[2] ?? 50_000);
const listRows = Number(process.argv[3] ?? 200_000);
const { database, drop } = await createTestDatabase();
try {
  await migrate(database);
  const deps = {
    database,
    protector: createProtector(TEST_KEY),
    dataDir: tmpdir(),
    version: 'bench',
    cookieSecure: false,
  };
  const tenantId = await createTenant(deps, 'bench');
  const province = await insertUnit(deps, tenantId, 'Tỉnh Tuyên Quang', 'province');
  const units = [];
  for (let i = 0; i < 20; i++)
    units.push(await insertUnit(deps, tenantId, `Xã Số ${i + 1}`, 'commune', province, `X${i + 1}`));
  const ctx: Ctx = {
    db: database.db,
    actor: {
      userId: '00000000-0000-7000-8000-000000000000',
      email: 'b',
      label: 'bench',
      tenantId,
      grants: [{ role: 'tenant_admin', tenantId, orgUnitId: null, scopePath: null }],
      via: 'session',
    },
    now: new Date(),
    requestId: 'bench',
    deps,
  };
  const dir = await mkdtemp(path.join(tmpdir(), 'tdkt-bench-'));
  const file = path.join(dir, 'people.xlsx');
  let t0 = performance.now();
  await generatePeopleWorkbook(file, rows, 1, {
    units: units.map((u, i) => ({ code: `X${i + 1}`, name: u.name })),
  });
  console.log(`generate ${rows} rows: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  const job = {
    id: '00000000-0000-7000-8000-000000000001',
    setTotal: async () => {},
    progress: async () => {},
  };
  for (const label of ['import (insert)', 're-import (update)']) {
    t0 = performance.now();
    const result = await runPeopleImport(ctx, job, file, 'people.xlsx');
    const s = (performance.now() - t0) / 1000;
    console.log(`${label} on ${database.kind}: ${s.toFixed(2)} s, ${Math.round(rows / s)} rows/s`, {
      created: result.created,
      updated: result.updated,
      rejected: result.rejected,
    });
  }
  if (listRows > rows) {
    await generatePeopleWorkbook(file, listRows - rows, 2, {
      units: units.map((u, i) => ({ code: `X${i + 1}`, name: u.name })),
    });
    t0 = performance.now();
    await runPeopleImport(ctx, job, file, 'people.xlsx');
    console.log(`top-up to ${listRows}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  }
  const cases: [string, Record<string, unknown>][] = [
    ['first page by name', {}],
    ['search "nguyen van"', { q: 'nguyen van' }],
    ['search rare "sinh"', { q: 'sinh' }],
    ['search full citizen ID', { q: '008085001234' }],
    ['unit subtree', { unitId: units[3]!.id }],
    ['women leaders, by birth date', { gender: 'female', isLeader: true, sort: '-birthDate' }],
    ['page 500', { page: 500 }],
  ];
  for (const [label, q] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const s = performance.now();
      await listPeople(ctx, { includeSubunits: true, sort: 'name', page: 1, pageSize: 20, ...q } as never);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    console.log(`list ${label}: median ${times[10]!.toFixed(1)} ms, p95 ${times[19]!.toFixed(1)} ms`);
  }
} finally {
  await drop();
}
