import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';

/**
 * The ids given, in Vietnamese name order (people.sort_key, "C" collation): one statement whatever the
 * count — the ids travel as one array parameter.
 */
export async function orderPeopleByName(
  db: Executor,
  tenantId: string,
  ids: string[],
): Promise<{ id: string }[]> {
  if (ids.length === 0) return [];
  const result: unknown = await db.execute(
    sql`select p.id from people p where p.tenant_id = ${tenantId}
      and p.id = any(${sql.param(ids)}::uuid[]) order by p.sort_key, p.id`,
  );
  return (result as { rows: { id: string }[] }).rows;
}
