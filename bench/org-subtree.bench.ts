import pg from 'pg';
import { tenants } from '../src/server/db/schema';
import { newId } from '../src/server/lib/ids';
import { importAdminUnits, listSubtreeAsOf } from '../src/server/modules/org';
import { compare, freshPostgres, ms } from './lib';

/**
 * As-of subtree over the whole imported tree (~14,150 units): the app's query (materialised path prefix)
 * against a hand-written recursive CTE walking parent_id, on the same PostgreSQL database.
 */
export async function benchOrgSubtree() {
  const { database, url, drop } = await freshPostgres('org');
  try {
    const tenantId = newId();
    await database.db.insert(tenants).values({ id: tenantId, code: 'vn', name: 'Cả nước', kind: 'central' });
    const t0 = performance.now();
    const imported = await importAdminUnits(database.db, tenantId);
    const importMs = performance.now() - t0;
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => undefined);
    // Roots and districts, each with a date on which it is in force.
    const inputs = (
      await pool.query<{ id: string; as_of: string }>(
        `select id, case when valid_to is null then '2026-01-01' else '2020-01-01' end as as_of
         from org_units where tenant_id = $1 and type in ('province', 'district') order by external_key`,
        [tenantId],
      )
    ).rows;
    const baselineSql = `
      with recursive t as (
        select id, name, type, code, valid_from, valid_to, parent_id, depth from org_units where tenant_id = $1 and id = $2
        union all
        select u.id, u.name, u.type, u.code, u.valid_from, u.valid_to, u.parent_id, u.depth
        from org_units u join t on u.parent_id = t.id
        where u.tenant_id = $1 and (u.valid_from is null or u.valid_from <= $3) and (u.valid_to is null or u.valid_to >= $3)
      ) select * from t where id <> $2`;
    let candidateRows = 0;
    let baselineRows = 0;
    const result = await compare(
      inputs,
      async ({ id, as_of }) => {
        candidateRows += (await listSubtreeAsOf(database.db, tenantId, id, as_of))?.length ?? 0;
      },
      async ({ id, as_of }) => {
        baselineRows += (await pool.query(baselineSql, [tenantId, id, as_of])).rowCount ?? 0;
      },
    );
    await pool.end();
    return {
      name: 'As-of subtree over the whole tree (PostgreSQL)',
      lines: [
        `tree: ${imported.createdUnits.toLocaleString('en')} units imported in ${ms(importMs)}; ${inputs.length} subtrees (63 former provinces + 696 districts as of 2020-01-01, 34 provinces as of 2026-01-01)`,
        `rows returned: app ${candidateRows.toLocaleString('en')}, baseline ${baselineRows.toLocaleString('en')}`,
        `app (path prefix, listSubtreeAsOf)   p50 ${ms(result.candidate.p50)}  p95 ${ms(result.candidate.p95)}  mean ${ms(result.candidate.mean)}`,
        `baseline (recursive CTE, raw pg)     p50 ${ms(result.baseline.p50)}  p95 ${ms(result.baseline.p95)}  mean ${ms(result.baseline.mean)}`,
        `ratio app/baseline (mean) ${(result.candidate.mean / result.baseline.mean).toFixed(2)}×  — target ≤ 1.5×`,
      ],
      ok: result.candidate.mean / result.baseline.mean <= 1.5 && candidateRows === baselineRows,
    };
  } finally {
    await drop();
  }
}
