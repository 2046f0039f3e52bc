import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { scoreMembers } from '../src/domain/scoring/engine';
import type { ItemValue, ScoringMember, ScoringTable } from '../src/domain/scoring/types';
import { buildApp } from '../src/server/app';
import type { Database } from '../src/server/db/client';
import { roleGrants, tenants, users } from '../src/server/db/schema';
import { createProtector } from '../src/server/lib/crypto';
import { newId } from '../src/server/lib/ids';
import { hashPassword } from '../src/server/modules/auth/password';
import { arrayLiteral } from '../src/server/db/arrays';
import { freshPostgres, prng, stats } from './lib';
import { makeScoringTable } from './scoring.bench';

/**
 * A full recompute of one year through the API on PostgreSQL (issue 5): BLOCS blocs × 30 members × 40 items,
 * each bloc with its own table mixing the five methods and both directions, in the cross-checking step. The
 * candidate is `POST /api/emulation/scoring/recompute { year }` through app.inject: read every bloc's table,
 * members and entries, run the engine, replace the stored totals, ranks, classifications and 120,000 item
 * points with explanations, audit — one transaction. The baseline, in the same run on the same data, is the
 * engine alone in process plus one bulk INSERT … SELECT FROM unnest of the same item rows into a plain table.
 */

const BLOCS = Number(process.env.BENCH_BLOCS ?? 100);
const MEMBERS = 30;
const ITEMS = 40;
const RUNS = Number(process.env.BENCH_RECOMPUTE_RUNS ?? 5);
const TARGET_MS = 2000;
const YEAR = 2019;

function makeValues(table: ScoringTable, seed: number): Record<string, ItemValue> {
  const rnd = prng(seed);
  const values: Record<string, ItemValue> = {};
  for (const item of table.groups.flatMap((g) => g.items)) {
    const r = rnd();
    if (r < 0.03) continue;
    const plan = r < 0.04 ? 0 : Math.round(50 + rnd() * 950);
    const actual = Math.round(plan * (0.7 + rnd() * 0.7) * 10) / 10;
    if (item.method === 'deduction') values[item.code] = { count: Math.floor(rnd() * 5) };
    else if (item.method === 'fixed') values[item.code] = { achieved: rnd() < 0.8 };
    else values[item.code] = { plan, actual };
  }
  return values;
}

interface Bloc {
  id: string;
  table: ScoringTable;
  members: ScoringMember[];
}

const texts = (v: readonly (string | null)[]) => sql.param(arrayLiteral(v));
const nums = (v: readonly (number | null | undefined)[]) =>
  sql.param(`{${v.map((x) => (typeof x === 'number' ? String(x) : 'NULL')).join(',')}}`);

/** Tenant, province and BLOCS × 30 district-level units, blocs with members, tables and entries (set-wise). */
async function load(database: Database, tenantId: string, userId: string): Promise<Bloc[]> {
  const db = database.db;
  await db.insert(tenants).values({ id: tenantId, code: 'hg', name: 'Tỉnh Hà Giang', kind: 'province' });
  await db.insert(users).values({
    id: userId,
    tenantId,
    email: 'bench@tdkt.local',
    fullName: 'Bench',
    passwordHash: await hashPassword('MatKhau12345'),
  });
  await db.insert(roleGrants).values({ id: newId(), tenantId, userId, role: 'tenant_admin' });
  const provinceId = newId();
  await db.execute(sql`insert into org_units (id, tenant_id, path, depth, name, type, search_text, sort_key)
    values (${provinceId}, ${tenantId}, ${provinceId}, 0, 'Tỉnh Hà Giang', 'province', 'tinh ha giang', 'tinh ha giang')`);
  const blocs: Bloc[] = [];
  for (let b = 0; b < BLOCS; b++) {
    const table = makeScoringTable(b);
    const members = Array.from({ length: MEMBERS }, (_, m) => ({
      id: newId(),
      name: `Đơn vị ${b}-${m}`,
      values: makeValues(table, b * 1000 + m),
    }));
    blocs.push({ id: newId(), table, members });
  }
  const units = blocs.flatMap((b) => b.members);
  await db.execute(sql`insert into org_units (id, tenant_id, parent_id, path, depth, name, type, search_text, sort_key)
    select v.id, ${tenantId}, ${provinceId}, ${provinceId} || '/' || v.id, 1, v.name, 'district', v.name, v.name
    from unnest(${texts(units.map((u) => u.id))}::uuid[], ${texts(units.map((u) => u.name!))}::text[]) as v(id, name)`);
  await db.execute(sql`insert into emulation_blocs (id, tenant_id, kind, name, organiser_unit_id, search_text, sort_key)
    select v.id, ${tenantId}, 'bloc', 'Khối ' || v.n, ${provinceId}, 'khoi ' || v.n, lpad(v.n::text, 4, '0')
    from unnest(${texts(blocs.map((b) => b.id))}::uuid[]) with ordinality as v(id, n)`);
  await db.execute(sql`insert into emulation_bloc_members (tenant_id, bloc_id, year, unit_id, position)
    select ${tenantId}, v.bloc_id, ${YEAR}, v.unit_id, v.pos
    from unnest(${texts(blocs.flatMap((b) => b.members.map(() => b.id)))}::uuid[],
      ${texts(units.map((u) => u.id))}::uuid[], ${nums(blocs.flatMap((b) => b.members.map((_, i) => i)))}::int[])
      as v(bloc_id, unit_id, pos)`);
  const tableIds = blocs.map(() => newId());
  await db.execute(sql`insert into bloc_scoring_tables (id, tenant_id, bloc_id, year, version_no, definition, used_at)
    select v.id, ${tenantId}, v.bloc_id, ${YEAR}, 1, v.def::jsonb, now()
    from unnest(${texts(tableIds)}::uuid[], ${texts(blocs.map((b) => b.id))}::uuid[],
      ${texts(blocs.map((b) => JSON.stringify(b.table)))}::text[]) as v(id, bloc_id, def)`);
  await db.execute(sql`insert into bloc_scoring_years (id, tenant_id, bloc_id, year, status, table_id)
    select gen_random_uuid(), ${tenantId}, v.bloc_id, ${YEAR}, 'cross_checking', v.table_id
    from unnest(${texts(blocs.map((b) => b.id))}::uuid[], ${texts(tableIds)}::uuid[]) as v(bloc_id, table_id)`);
  for (let b = 0; b < blocs.length; b++) {
    const bloc = blocs[b]!;
    const rows = bloc.members.flatMap((m) =>
      Object.entries(m.values).map(([code, v]) => ({ unit: m.id, code, v: v ?? {} })),
    );
    await db.execute(sql`insert into bloc_scoring_entries (id, tenant_id, bloc_id, year, unit_id, item_code, table_id,
        plan, actual, achieved, count)
      select gen_random_uuid(), ${tenantId}, ${bloc.id}, ${YEAR}, v.unit_id, v.code, ${tableIds[b]!}, v.plan, v.actual,
        v.achieved, v.count
      from unnest(${texts(rows.map((r) => r.unit))}::uuid[], ${texts(rows.map((r) => r.code))}::text[],
        ${nums(rows.map((r) => r.v.plan))}::float8[], ${nums(rows.map((r) => r.v.actual))}::float8[],
        ${texts(rows.map((r) => (typeof r.v.achieved === 'boolean' ? String(r.v.achieved) : null)))}::boolean[],
        ${nums(rows.map((r) => r.v.count))}::int[]) as v(unit_id, code, plan, actual, achieved, count)`);
  }
  await db.execute(sql`analyze`);
  return blocs;
}

/** The baseline: the engine over every bloc in process, then one bulk insert of the item rows. */
async function baseline(database: Database, blocs: Bloc[]) {
  const rows: { unit: string; code: string; points: number; explanation: string }[] = [];
  for (const b of blocs) {
    const result = scoreMembers(b.table, b.members);
    for (const m of result.members)
      for (const i of m.items)
        rows.push({ unit: m.id, code: i.code, points: i.exactPoints, explanation: i.explanation });
  }
  await database.db.execute(sql`truncate bench_item_points`);
  await database.db.execute(sql`insert into bench_item_points (unit_id, item_code, points, explanation)
    select * from unnest(${texts(rows.map((r) => r.unit))}::uuid[], ${texts(rows.map((r) => r.code))}::text[],
      ${nums(rows.map((r) => r.points))}::float8[], ${texts(rows.map((r) => r.explanation))}::text[])`);
  return rows.length;
}

export async function benchBlocRecompute() {
  const { database, drop } = await freshPostgres('recompute');
  const app = await buildApp({
    database,
    protector: createProtector(randomBytes(32)),
    dataDir: mkdtempSync(path.join(tmpdir(), 'tdkt-bench-')),
    version: 'bench',
    cookieSecure: false,
  });
  try {
    const tenantId = newId();
    const t0 = performance.now();
    const blocs = await load(database, tenantId, newId());
    const loadMs = performance.now() - t0;
    await database.db.execute(
      sql`create table bench_item_points (unit_id uuid, item_code text, points float8, explanation text)`,
    );
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'bench@tdkt.local', password: 'MatKhau12345' },
    });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const headers = { cookie, 'x-csrf-token': signIn.json<{ csrfToken: string }>().csrfToken };
    const recompute = async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/emulation/scoring/recompute',
        headers,
        payload: { year: YEAR },
      });
      if (res.statusCode !== 200) throw new Error(`recompute refused: ${res.body}`);
      return res.json<{ blocs: number; members: number; items: number }>();
    };
    let summary = await recompute();
    await baseline(database, blocs);
    const api: number[] = [];
    const base: number[] = [];
    let baseRows = 0;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      summary = await recompute();
      api.push(performance.now() - t);
      t = performance.now();
      baseRows = await baseline(database, blocs);
      base.push(performance.now() - t);
    }
    const a = stats(api);
    const b = stats(base);
    const s = (v: number) => `${(v / 1000).toFixed(2)} s`;
    return {
      name: `Bloc scoring: full recompute of one year through the API (${BLOCS} blocs × ${MEMBERS} members × ${ITEMS} items, PostgreSQL)`,
      lines: [
        `loaded ${blocs.length} blocs, ${(blocs.length * MEMBERS).toLocaleString('en')} members, entries in ${s(loadMs)}`,
        `API  POST /api/emulation/scoring/recompute (${RUNS} runs)  median ${s(a.p50)}  max ${s(Math.max(...api))}  → ${summary.blocs} blocs, ${summary.members} members, ${summary.items.toLocaleString('en')} item points`,
        `baseline (engine in process + one bulk insert of ${baseRows.toLocaleString('en')} item rows)  median ${s(b.p50)}`,
        `ratio API / baseline (medians)  ${(a.p50 / b.p50).toFixed(2)}×`,
        `target: API median ≤ ${s(TARGET_MS)}`,
      ],
      ok: a.p50 <= TARGET_MS,
    };
  } finally {
    await app.close();
    await drop();
  }
}
