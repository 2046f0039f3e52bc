import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgUnits, people } from '../../db/schema';
import type { NewPersonRecord } from './people.repo';

/** Set-based reads and writes for imports and seeding: one query per batch and kind, never per row. */

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
  if (keys.ids.length) any.push(inArray(people.id, keys.ids));
  if (keys.hashes.length) any.push(inArray(people.citizenIdHash, keys.hashes));
  if (keys.codes.length) any.push(inArray(people.externalCode, keys.codes));
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

/** One multi-row INSERT. */
export async function insertPeople(db: Executor, rows: NewPersonRecord[]) {
  if (rows.length) await db.insert(people).values(rows);
}

/** The columns an import rewrites; a null citizen ID or unit keeps the stored one. */
export interface PersonUpdateRow {
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

/** One UPDATE … FROM (VALUES …) for the whole batch. */
export async function updatePeople(db: Executor, tenantId: string, rows: PersonUpdateRow[], now: Date) {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.id}, ${r.fullName}, ${r.gender}, ${r.birthDate}, ${r.ethnicity}, ${r.citizenIdCipher}, ${r.citizenIdHash}, ${r.citizenIdMasked}, ${r.externalCode}, ${r.position}, ${r.isLeader ? 'true' : 'false'}, ${r.occupationGroup}, ${r.recruitedOn}, ${r.unitId}, ${r.phone}, ${r.email}, ${r.searchText}, ${r.sortKey})`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    update people as p set
      full_name = v.full_name, gender = v.gender, birth_date = v.birth_date::date, ethnicity = v.ethnicity,
      citizen_id_cipher = coalesce(v.cipher, p.citizen_id_cipher),
      citizen_id_hash = coalesce(v.hash, p.citizen_id_hash),
      citizen_id_masked = coalesce(v.masked, p.citizen_id_masked),
      external_code = coalesce(v.external_code, p.external_code), position = v.position,
      is_leader = v.is_leader::boolean, occupation_group = v.occupation_group,
      recruited_on = v.recruited_on::date, unit_id = coalesce(v.unit_id::uuid, p.unit_id),
      phone = v.phone, email = v.email, search_text = v.search_text, sort_key = v.sort_key,
      version = p.version + 1, updated_at = ${now.toISOString()}::timestamptz
    from (values ${values}) as v(id, full_name, gender, birth_date, ethnicity, cipher, hash, masked,
      external_code, position, is_leader, occupation_group, recruited_on, unit_id, phone, email, search_text, sort_key)
    where p.tenant_id = ${tenantId}::uuid and p.id = v.id::uuid`);
}
