import { addDays } from '../../../domain/calendar';
import type { GenderCode, OccupationGroup } from '../../../domain/people/person';
import type { Deps, Tx } from '../../lib/context';
import { newId } from '../../lib/ids';
import { maskCitizenId } from '../../../domain/people/citizen-id';
import { personSearchColumns } from './people.present';
import * as batchRepo from './people-batch.repo';
import * as repo from './people.repo';

/** A person ready to write: resolved unit, matched (or not) to an existing record. */
export interface PreparedPerson {
  /** Set for an existing person (update), absent for a new one. */
  existingId?: string;
  existingUnitId?: string | null;
  fullName: string;
  gender: GenderCode;
  birthDate: string | null;
  ethnicity: string;
  /** Clear value; null keeps the stored one on update. */
  citizenId: string | null;
  /** Its blind index when already computed (imports match on it); saves a second HMAC. */
  citizenIdHash?: string | null;
  /** Its ciphertext when already computed (imports encrypt on the sheet worker). */
  citizenIdCipher?: string | null;
  /** On update: the stored ID is this one already, so it is not encrypted again. */
  citizenIdUnchanged?: boolean;
  externalCode: string | null;
  position: string | null;
  isLeader: boolean;
  occupationGroup: OccupationGroup;
  recruitedOn: string | null;
  /** null keeps the stored unit on update. */
  unitId: string | null;
  phone: string | null;
  email: string | null;
  /** Start of the membership for a new person (defaults to recruitedOn, then today). */
  memberSince?: string | null;
  /** personSearchColumns(fullName, externalCode) when already computed (imports do it on the sheet worker). */
  searchColumns?: { fullName: string; searchText: string; sortKey: string };
}

const dayBefore = (iso: string) => addDays(iso, -1);

/**
 * Writes a batch set-based: one INSERT for new people, one UPDATE … FROM VALUES for existing ones, one
 * UPDATE closing the memberships of those who changed unit and one INSERT of the new memberships.
 * Returns the ids written. The caller writes the audit row in the same transaction.
 */
export async function writePeopleBatch(
  tx: Tx,
  deps: Pick<Deps, 'protector'>,
  tenantId: string,
  rows: PreparedPerson[],
  opts: { today: string; now: Date },
) {
  const created: string[] = [];
  const updated: string[] = [];
  const inserts: batchRepo.PersonBatchRow[] = [];
  const updates: batchRepo.PersonBatchRow[] = [];
  const memberships: batchRepo.MembershipBatchRow[] = [];
  const movers: string[] = [];
  for (const r of rows) {
    const id = r.existingId ?? newId();
    const row = toBatchRow(deps, id, r);
    if (r.existingId) {
      updated.push(id);
      updates.push(row);
      if (r.unitId && r.unitId !== r.existingUnitId) {
        if (r.existingUnitId) movers.push(id);
        memberships.push(membership(id, r.unitId, r.position, opts.today));
      }
    } else {
      created.push(id);
      inserts.push(row);
      if (r.unitId)
        memberships.push(membership(id, r.unitId, r.position, r.memberSince ?? r.recruitedOn ?? opts.today));
    }
  }
  await batchRepo.insertPeople(tx, tenantId, inserts, opts.now);
  await batchRepo.updatePeople(tx, tenantId, updates, opts.now);
  await repo.closeOpenMemberships(tx, tenantId, movers, dayBefore(opts.today));
  await batchRepo.insertMembershipRows(tx, tenantId, memberships);
  return { created, updated };
}

function toBatchRow(deps: Pick<Deps, 'protector'>, id: string, r: PreparedPerson): batchRepo.PersonBatchRow {
  const keep = r.citizenIdUnchanged || !r.citizenId;
  return {
    id,
    ...(r.searchColumns ?? personSearchColumns(r.fullName, r.externalCode)),
    gender: r.gender,
    birthDate: r.birthDate,
    ethnicity: r.ethnicity,
    citizenIdCipher: keep ? null : (r.citizenIdCipher ?? deps.protector.encrypt(r.citizenId!)),
    citizenIdHash: keep ? null : (r.citizenIdHash ?? deps.protector.blindIndex(r.citizenId!)),
    citizenIdMasked: keep ? null : maskCitizenId(r.citizenId!),
    externalCode: r.externalCode,
    position: r.position,
    isLeader: r.isLeader,
    occupationGroup: r.occupationGroup,
    recruitedOn: r.recruitedOn,
    unitId: r.unitId,
    phone: r.phone,
    email: r.email,
  };
}

function membership(personId: string, unitId: string, position: string | null, fromDate: string | null) {
  return { id: newId(), personId, unitId, position, fromDate, toDate: null };
}
