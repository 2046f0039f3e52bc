import { sql } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Database } from '../src/server/db/client';
import { tenants } from '../src/server/db/schema';
import type { Ctx } from '../src/server/lib/context';
import { createProtector } from '../src/server/lib/crypto';
import { newId } from '../src/server/lib/ids';
import { checkBatch } from '../src/server/modules/eligibility';
import { importAdminUnits } from '../src/server/modules/org';
import { freshPglite, freshPostgres, stats } from './lib';

const PEOPLE = Number(process.env.BENCH_ELIG_PEOPLE ?? 100_000);
const YEARS = 10; // 2016–2025: one award record and one rating per person and year
const RUNS = Number(process.env.BENCH_ELIG_RUNS ?? 5);

/**
 * The ledger of a province: PEOPLE people in its communes, PEOPLE × 10 award records (2016–2025; one in
 * seven people are strong performers with CSTĐ cơ sở most years, some Bằng khen, the rest Lao động tiên
 * tiến), PEOPLE × 10 annual ratings, provincial-scope initiatives for the strong, a few disciplines,
 * maternity leaves and pending cases. Generated in SQL so both databases load it the same way.
 */
async function load(database: Database, tenantId: string) {
  const db = database.db;
  await db.insert(tenants).values({ id: tenantId, code: 'tq', name: 'Tỉnh Tuyên Quang', kind: 'province' });
  await importAdminUnits(db, tenantId, { newProvinceCodes: ['08'] });
  const run = (q: ReturnType<typeof sql>) => db.execute(q);
  await run(sql`create temporary table bench_units as
    select row_number() over (order by id) - 1 as n, id from org_units
    where tenant_id = ${tenantId} and type = 'commune' and valid_to is null`);
  await run(sql`create temporary table bench_people as
    select g as n, gen_random_uuid() as id from generate_series(0, ${PEOPLE - 1}) g`);
  await run(sql`insert into people (id, tenant_id, full_name, gender, unit_id, recruited_on, search_text, sort_key)
    select p.id, ${tenantId}, 'Nguyễn Văn ' || p.n, case when p.n % 2 = 0 then 'male' else 'female' end,
      u.id, date '2005-01-01' + (p.n % 3000), 'nguyen van ' || p.n, lpad(p.n::text, 8, '0')
    from bench_people p join bench_units u on u.n = p.n % (select count(*) from bench_units)`);
  await run(sql`insert into person_unit_memberships (id, tenant_id, person_id, unit_id)
    select gen_random_uuid(), ${tenantId}, p.id, pe.unit_id from bench_people p join people pe on pe.id = p.id`);
  await run(sql`insert into annual_ratings (id, tenant_id, subject_type, person_id, year, rating)
    select gen_random_uuid(), ${tenantId}, 'individual', p.id, y,
      case when p.n % 7 = 0 or (p.n + y) % 5 = 0 then 'HTXS' when (p.n + y) % 11 = 0 then 'HT' else 'HTT' end
    from bench_people p cross join generate_series(${2026 - YEARS}, 2025) y`);
  await run(sql`insert into award_records (id, tenant_id, subject_type, person_id, award_code, is_emulation_title,
      evaluation_year, commendation_type, decision_number, decision_date)
    select gen_random_uuid(), ${tenantId}, 'individual', p.id, c.code, c.code <> 'bang_khen_bo_tinh', y,
      case when (p.n + y) % 97 = 0 then 'dot_xuat' else 'cong_trang' end, y || '/' || p.n, make_date(y, 12, 20)
    from bench_people p cross join generate_series(${2026 - YEARS}, 2025) y
    cross join lateral (select case
      when p.n % 7 = 0 and (p.n + y) % 6 <> 0 then 'cstd_co_so'
      when p.n % 7 = 0 then 'bang_khen_bo_tinh'
      when (p.n + y) % 13 = 0 then 'cstd_co_so'
      else 'lao_dong_tien_tien' end as code) c`);
  await run(sql`insert into initiatives (id, tenant_id, title, recognizing_body, decision_date, scope)
    select p.id, ${tenantId}, 'Sáng kiến ' || p.n, 'UBND tỉnh', date '2024-06-01' + (p.n % 500),
      case when p.n % 3 = 0 then 'co_so' else 'bo_tinh' end
    from bench_people p where p.n % 7 = 0`);
  await run(sql`insert into initiative_authors (id, tenant_id, initiative_id, person_id, share_percent)
    select gen_random_uuid(), ${tenantId}, p.id, p.id, 100 from bench_people p where p.n % 7 = 0`);
  await run(sql`insert into discipline_records (id, tenant_id, person_id, form, from_date, to_date)
    select gen_random_uuid(), ${tenantId}, p.id, 'khien_trach', date '2024-03-01', date '2025-03-01'
    from bench_people p where p.n % 211 = 0`);
  await run(sql`insert into maternity_leaves (id, tenant_id, person_id, from_date, to_date)
    select gen_random_uuid(), ${tenantId}, p.id, date '2024-02-01', date '2024-08-01'
    from bench_people p where p.n % 101 = 1`);
  await run(sql`insert into pending_cases (id, tenant_id, subject_type, person_id, kind, opened_on)
    select gen_random_uuid(), ${tenantId}, 'individual', p.id, 'inspection', date '2025-10-01'
    from bench_people p where p.n % 503 = 0`);
  await run(sql`analyze`);
}

/**
 * The hand-written baseline: the CSTĐ bộ/tỉnh streak alone — for every person of the tenant, the length of
 * the run of consecutive CSTĐ cơ sở years ending in 2025 (gaps and islands), fetched: the same question
 * the engine answers per person, without the gates, initiatives, explanations or verdicts.
 */
const STREAK_SQL = (tenantId: string) => sql`with c as (
    select a.person_id, a.counted_year as y from award_records a
    where a.tenant_id = ${tenantId} and a.award_code = 'cstd_co_so' and a.status = 'valid'
      and a.commendation_type = 'cong_trang' and a.counted_year <= 2025),
  g as (select person_id, y, y - row_number() over (partition by person_id order by y) as grp from c),
  runs as (select person_id, max(y) as last, count(*)::int as len from g group by person_id, grp)
  select p.id, coalesce(r.len, 0) as streak from people p
  left join runs r on r.person_id = p.id and r.last = 2025
  where p.tenant_id = ${tenantId}`;

async function rowsOf<T>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await database.db.execute(query);
  return (result as { rows: T[] }).rows;
}

async function measure(kind: string, open: () => Promise<{ database: Database; drop: () => Promise<void> }>) {
  const { database, drop } = await open();
  try {
    const tenantId = newId();
    const t0 = performance.now();
    await load(database, tenantId);
    const loadMs = performance.now() - t0;
    const counts = await rowsOf<{ people: number; awards: number; ratings: number }>(
      database,
      sql`select (select count(*) from people where tenant_id = ${tenantId})::int as people,
        (select count(*) from award_records where tenant_id = ${tenantId})::int as awards,
        (select count(*) from annual_ratings where tenant_id = ${tenantId})::int as ratings`,
    );
    const ctx: Ctx = {
      db: database.db,
      actor: {
        userId: newId(),
        email: 'bench@tdkt',
        label: 'bench',
        tenantId,
        grants: [{ role: 'tenant_admin', tenantId, orgUnitId: null, scopePath: null }],
        via: 'token',
      },
      now: new Date('2026-03-02T00:00:00Z'),
      requestId: 'bench',
      deps: {
        database,
        protector: createProtector(randomBytes(32)),
        dataDir: '/tmp',
        version: 'bench',
        cookieSecure: false,
      },
    };
    const body = {
      target: 'cstd_bo_tinh',
      evaluationYear: 2025,
      receivedOn: '2026-03-02',
      page: 1,
      pageSize: 50,
    };
    // Warm-up, then interleave engine and baseline so machine noise hits both alike.
    let last = await checkBatch(ctx, body);
    await database.db.execute(STREAK_SQL(tenantId));
    const engine: number[] = [];
    const baseline: number[] = [];
    let streakRows = 0;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      last = await checkBatch(ctx, body);
      engine.push(performance.now() - t);
      t = performance.now();
      const r = await rowsOf<{ streak: number }>(database, STREAK_SQL(tenantId));
      baseline.push(performance.now() - t);
      streakRows = r.filter((x) => x.streak >= 3).length;
    }
    const e = stats(engine);
    const b = stats(baseline);
    const c = counts[0]!;
    return {
      kind,
      loadMs,
      people: c.people,
      awards: c.awards,
      ratings: c.ratings,
      engine: e,
      baseline: b,
      counts: last.counts,
      streakRows,
    };
  } finally {
    await drop();
  }
}

/** Batch eligibility (CSTĐ bộ/tỉnh, the whole engine through the service) against the streak SQL alone. */
export async function benchEligibility() {
  const pg =
    process.env.BENCH_ELIG_POSTGRES === '0' ? null : await measure('PostgreSQL', () => freshPostgres('elig'));
  const lite = process.env.BENCH_ELIG_PGLITE === '0' ? null : await measure('PGlite', freshPglite);
  const lines: string[] = [];
  for (const m of [pg, lite]) {
    if (!m) continue;
    lines.push(
      `${m.kind}: ${m.people.toLocaleString('en')} people, ${m.awards.toLocaleString('en')} award records, ${m.ratings.toLocaleString('en')} ratings (loaded in ${(m.loadMs / 1000).toFixed(1)} s)`,
      `  engine (checkBatch cstd_bo_tinh, ${RUNS} runs)   median ${(m.engine.p50 / 1000).toFixed(2)} s  mean ${(m.engine.mean / 1000).toFixed(2)} s` +
        `  → eligible ${m.counts.eligible}, needs review ${m.counts.needs_review}, not eligible ${m.counts.not_eligible}`,
      `  baseline (hand-written streak SQL)  median ${(m.baseline.p50 / 1000).toFixed(2)} s  mean ${(m.baseline.mean / 1000).toFixed(2)} s  → streak of every person; ${m.streakRows} with ≥ 3`,
      `  ratio engine / baseline (medians)  ${(m.engine.p50 / m.baseline.p50).toFixed(2)}×`,
    );
  }
  lines.push('targets (PostgreSQL): engine ≤ 5 s and ≤ 3× the baseline');
  return {
    name: `Batch eligibility over ${PEOPLE.toLocaleString('en')} people`,
    lines,
    ok: pg === null || (pg.engine.p50 <= 5000 && pg.engine.p50 <= 3 * pg.baseline.p50),
  };
}
