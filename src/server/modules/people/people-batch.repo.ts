import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import { arrayLiteral } from '../../db/arrays';
import type { Executor } from '../../db/client';
import { orgUnits, people } from '../../db/schema';

/** Set-based reads and writes for imports and seeding: one query per batch and kind, never per row. */

const array = (values: readonly (string | boolean | null | undefined)[]) => sql.param(arrayLiteral(values));

export interface ExistingPerson {
  id: string;
  citizenIdHash: string | null;
  externalCode: string | null;
  unitId: string | null;
  unitPath: string | null;
}

export async function findPeopleByKeys(
  db: Executor,
  tenantId: string,
  keys: { ids: string[]; hashes: string[]; codes: string[] },
): Promise<ExistingPerson[]> {
  const any: SQL[] = [];
  // One array parameter per key kind (= any($1)), not one parameter per value.
  if (keys.ids.length) any.push(sql`${people.id} = any(${array(keys.ids)}::uuid[])`);
  if (keys.hashes.length) any.push(sql`${people.citizenIdHash} = any(${array(keys.hashes)}::text[])`);
  if (keys.codes.length) any.push(sql`${people.externalCode} = any(${array(keys.codes)}::text[])`);
  if (any.length === 0) return [];
  return db
    .select({
      id: people.id,
      citizenIdHash: people.citizenIdHash,
      externalCode: people.externalCode,
      unitId: people.unitId,
      unitPath: orgUnits.path,
    })
    .from(people)
    .leftJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(and(eq(people.tenantId, tenantId), or(...any)));
}

/** The columns a batch writes; on update a null citizen ID, staff code or unit keeps the stored one. */
export interface PersonBatchRow {
  id: string;
  fullName: string;
  gender: string;
  birthDate: string | null;
  ethnicity: string;
  citizenIdCipher: string | null;
  citizenIdHash: string | null;
  citizenIdMasked: string | null;
  externalCode: string | null;
  position: string | null;
  isLeader: boolean;
  occupationGroup: string;
  recruitedOn: string | null;
  unitId: string | null;
  phone: string | null;
  email: string | null;
  searchText: string;
  sortKey: string;
}

// One array parameter per column: the statement is tiny to build and parse whatever the batch size,
// and PostgreSQL's 65,535-parameter limit never applies (multi-row VALUES would need 18 per row).
function columnArrays(rows: PersonBatchRow[]) {
  const col = <K extends keyof PersonBatchRow>(k: K) => array(rows.map((r) => r[k]));
  return sql`unnest(${col('id')}::uuid[], ${col('fullName')}::text[], ${col('gender')}::text[],
    ${col('birthDate')}::date[], ${col('ethnicity')}::text[], ${col('citizenIdCipher')}::text[],
    ${col('citizenIdHash')}::text[], ${col('citizenIdMasked')}::text[], ${col('externalCode')}::text[],
    ${col('position')}::text[], ${col('isLeader')}::boolean[], ${col('occupationGroup')}::text[],
    ${col('recruitedOn')}::date[], ${col('unitId')}::uuid[], ${col('phone')}::text[], ${col('email')}::text[],
    ${col('searchText')}::text[], ${col('sortKey')}::text[])
    as v(id, full_name, gender, birth_date, ethnicity, cipher, hash, masked, external_code, position,
      is_leader, occupation_group, recruited_on, unit_id, phone, email, search_text, sort_key)`;
}

/** One INSERT … SELECT FROM unnest(…) for the whole batch. */
export async function insertPeople(db: Executor, tenantId: string, rows: PersonBatchRow[], now: Date) {
  if (rows.length === 0) return;
  const at = now.toISOString();
  await db.execute(sql`
    insert into people (id, tenant_id, full_name, gender, birth_date, ethnicity, citizen_id_cipher,
      citizen_id_hash, citizen_id_masked, external_code, position, is_leader, occupation_group, recruited_on,
      unit_id, phone, email, search_text, sort_key, created_at, updated_at)
    select v.id, ${tenantId}::uuid, v.full_name, v.gender, v.birth_date, v.ethnicity, v.cipher, v.hash, v.masked,
      v.external_code, v.position, v.is_leader, v.occupation_group, v.recruited_on, v.unit_id, v.phone, v.email,
      v.search_text, v.sort_key, ${at}::timestamptz, ${at}::timestamptz
    from ${columnArrays(rows)}`);
}

/** One UPDATE … FROM unnest(…) for the whole batch. */
export async function updatePeople(db: Executor, tenantId: string, rows: PersonBatchRow[], now: Date) {
  if (rows.length === 0) return;
  await db.execute(sql`
    update people as p set
      full_name = v.full_name, gender = v.gender, birth_date = v.birth_date, ethnicity = v.ethnicity,
      citizen_id_cipher = coalesce(v.cipher, p.citizen_id_cipher),
      citizen_id_hash = coalesce(v.hash, p.citizen_id_hash),
      citizen_id_masked = coalesce(v.masked, p.citizen_id_masked),
      external_code = coalesce(v.external_code, p.external_code), position = v.position,
      is_leader = v.is_leader, occupation_group = v.occupation_group, recruited_on = v.recruited_on,
      unit_id = coalesce(v.unit_id, p.unit_id), phone = v.phone, email = v.email,
      search_text = v.search_text, sort_key = v.sort_key,
      version = p.version + 1, updated_at = ${now.toISOString()}::timestamptz
    from ${columnArrays(rows)}
    where p.tenant_id = ${tenantId}::uuid and p.id = v.id`);
}

export interface MembershipBatchRow {
  id: string;
  personId: string;
  unitId: string;
  position: string | null;
  fromDate: string | null;
  toDate: string | null;
}

/** One INSERT … FROM unnest(…) of memberships. */
export async function insertMembershipRows(db: Executor, tenantId: string, rows: MembershipBatchRow[]) {
  if (rows.length === 0) return;
  const col = <K extends keyof MembershipBatchRow>(k: K) => array(rows.map((r) => r[k]));
  await db.execute(sql`
    insert into person_unit_memberships (id, tenant_id, person_id, unit_id, position, from_date, to_date)
    select v.id, ${tenantId}::uuid, v.person_id, v.unit_id, v.position, v.from_date, v.to_date
    from unnest(${col('id')}::uuid[], ${col('personId')}::uuid[], ${col('unitId')}::uuid[],
      ${col('position')}::text[], ${col('fromDate')}::date[], ${col('toDate')}::date[])
      as v(id, person_id, unit_id, position, from_date, to_date)`);
}

/**
 * Fresh planner statistics after a large import, for the columns people lists filter and sort on (list
 * plans depend on them). The other columns are long unique texts (ciphertext, blind index, names, contacts)
 * whose statistics plans do not use and which cost most of a whole-table ANALYZE; autovacuum's own analyze,
 * which a large import triggers, covers them a little later.
 */
export async function analyzePeople(db: Executor) {
  await db.execute(
    sql`analyze people (id, tenant_id, unit_id, gender, ethnicity, occupation_group, is_leader, birth_date, sort_key, created_at)`,
  );
}
