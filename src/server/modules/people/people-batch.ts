import type { GenderCode, OccupationGroup } from '../../../domain/people/person';
import type { Deps, Tx } from '../../lib/context';
import { newId } from '../../lib/ids';
import { personSearchColumns, protectCitizenId } from './people.present';
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
}

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

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
  const inserts: repo.NewPersonRecord[] = [];
  const updates: batchRepo.PersonUpdateRow[] = [];
  const memberships: Parameters<typeof repo.insertMemberships>[1] = [];
  const movers: string[] = [];
  for (const r of rows) {
    const base = {
      ...personSearchColumns(r.fullName, r.externalCode),
      gender: r.gender,
      birthDate: r.birthDate,
      ethnicity: r.ethnicity,
      ...protectCitizenId(deps.protector, r.citizenId),
      externalCode: r.externalCode,
      position: r.position,
      isLeader: r.isLeader,
      occupationGroup: r.occupationGroup,
      recruitedOn: r.recruitedOn,
      unitId: r.unitId,
      phone: r.phone,
      email: r.email,
    };
    if (r.existingId) {
      updated.push(r.existingId);
      updates.push({ id: r.existingId, ...base });
      if (r.unitId && r.unitId !== r.existingUnitId) {
        if (r.existingUnitId) movers.push(r.existingId);
        memberships.push(membership(tenantId, r.existingId, r.unitId, r.position, opts.today));
      }
    } else {
      const id = newId();
      created.push(id);
      inserts.push({ id, tenantId, ...base, createdAt: opts.now, updatedAt: opts.now });
      if (r.unitId)
        memberships.push(
          membership(tenantId, id, r.unitId, r.position, r.memberSince ?? r.recruitedOn ?? opts.today),
        );
    }
  }
  await batchRepo.insertPeople(tx, inserts);
  await batchRepo.updatePeople(tx, tenantId, updates, opts.now);
  await repo.closeOpenMemberships(tx, tenantId, movers, dayBefore(opts.today));
  await repo.insertMemberships(tx, memberships);
  return { created, updated };
}

function membership(
  tenantId: string,
  personId: string,
  unitId: string,
  position: string | null,
  fromDate: string,
) {
  return { id: newId(), tenantId, personId, unitId, position, fromDate };
}
