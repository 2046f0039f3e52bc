import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { tenants } from '../src/server/db/schema';
import type { Ctx } from '../src/server/lib/context';
import { createProtector } from '../src/server/lib/crypto';
import { newId } from '../src/server/lib/ids';
import { importAdminUnits } from '../src/server/modules/org';
import { writePeopleBatch, type PreparedPerson } from '../src/server/modules/people';
import { createPrng, generatePerson } from '../src/server/modules/people/people.fixtures';
import { listPeople } from '../src/server/modules/people/people.service';
import { compare, freshPostgres, ms } from './lib';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 200_000);
const QUERIES = [
  'nguyen',
  'nguyen van',
  'tran thi',
  'le van hung',
  'hoang thi mai',
  'vang',
  'sung seo',
  'giang',
  'lan',
  'thi huong',
  'van nam',
  'pham',
  'ma van',
  'nong thi',
  'dang',
  'lo van',
  'mai',
  'hoa',
  'duc anh',
  'xuan',
  'nguyen thi lan',
  'tuan',
  'hung',
  'thanh',
  'quang',
  'linh',
  'ha',
  'minh',
  'son',
  'hai',
];

/** People search at 200,000 people on PostgreSQL: the list service (page + total) against hand-written SQL. */
export async function benchPeopleSearch() {
  const { database, url, drop } = await freshPostgres('people');
  try {
    const tenantId = newId();
    await database.db
      .insert(tenants)
      .values({ id: tenantId, code: 'tq', name: 'Tỉnh Tuyên Quang', kind: 'province' });
    await importAdminUnits(database.db, tenantId, { newProvinceCodes: ['08'] });
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => undefined);
    const units = (
      await pool.query<{ id: string }>(
        `select id from org_units where tenant_id = $1 and type = 'commune' and valid_to is null`,
        [tenantId],
      )
    ).rows.map((r) => r.id);
    const protector = createProtector(randomBytes(32));
    const rng = createPrng(2026);
    const now = new Date('2026-11-23T00:00:00Z');
    const t0 = performance.now();
    for (let start = 0; start < PEOPLE; start += 1000) {
      const batch: PreparedPerson[] = [];
      for (let i = start; i < Math.min(PEOPLE, start + 1000); i++) {
        const p = generatePerson(rng, i);
        batch.push({ ...p, unitId: units[i % units.length]!, email: null, position: p.position });
      }
      await database.db.transaction((tx) =>
        writePeopleBatch(tx, { protector }, tenantId, batch, { today: '2026-11-23', now }),
      );
    }
    const loadMs = performance.now() - t0;
    await pool.query('analyze');
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
      now,
      requestId: 'bench',
      deps: { database, protector, dataDir: '/tmp', version: 'bench', cookieSecure: false },
    };
    const inputs = [...QUERIES, ...QUERIES, ...QUERIES];
    if (process.env.BENCH_DETAIL) {
      for (const q of QUERIES) {
        const times: number[] = [];
        let total = 0;
        for (let i = 0; i < 3; i++) {
          const t = performance.now();
          total = (await listPeople(ctx, { q, page: 1, pageSize: 20, sort: 'name', includeSubunits: true }))
            .total;
          times.push(performance.now() - t);
        }
        console.log(
          `  ${q.padEnd(16)} total ${String(total).padStart(6)}  ${times.map((x) => x.toFixed(1)).join(' / ')} ms`,
        );
      }
    }
    const fold = (q: string) => `%${q}%`;
    const result = await compare(
      inputs,
      (q) => listPeople(ctx, { q, page: 1, pageSize: 20, sort: 'name', includeSubunits: true }),
      async (q) => {
        await pool.query(
          `select p.id, p.full_name, p.gender, p.birth_date, p.ethnicity, p.citizen_id_masked, p.position,
                  p.is_leader, p.occupation_group, p.recruited_on, p.unit_id, p.external_code, p.version
           from person_search s join people p on p.id = s.person_id
           where s.tenant_id = $1 and s.search_text like $2 order by s.sort_key, s.person_id limit 20`,
          [tenantId, fold(q)],
        );
        await pool.query('select count(*) from person_search where tenant_id = $1 and search_text like $2', [
          tenantId,
          fold(q),
        ]);
      },
    );
    await pool.end();
    return {
      name: `People search over ${PEOPLE.toLocaleString('en')} people (PostgreSQL)`,
      lines: [
        `loaded ${PEOPLE.toLocaleString('en')} people through the import write path in ${(loadMs / 1000).toFixed(1)} s`,
        `${inputs.length} searches (first page of 20, sorted by name, with the total)`,
        `app (listPeople service)          p50 ${ms(result.candidate.p50)}  p95 ${ms(result.candidate.p95)}  mean ${ms(result.candidate.mean)}`,
        `baseline (hand-written SQL, pg)   p50 ${ms(result.baseline.p50)}  p95 ${ms(result.baseline.p95)}  mean ${ms(result.baseline.mean)}`,
        `target: app p95 ≤ 50 ms`,
      ],
      ok: result.candidate.p95 <= 50,
    };
  } finally {
    await drop();
  }
}
