import { maskCitizenId } from '../../../domain/people/citizen-id';
import { ethnicGroupName } from '../../../domain/people/ethnic-groups';
import { foldVietnamese, normaliseName, personSortKey } from '../../../domain/text/vietnamese';
import type { Ctx } from '../../lib/context';
import type { DataProtector } from '../../lib/crypto';
import { mayReadCitizenId } from './people.policy';
import type { PersonListRow } from './people.repo';
import type { PersonItem } from './people.schemas';

/** The stored forms of a citizen ID: ciphertext, blind index, masked display. Never the clear value. */
export function protectCitizenId(protector: DataProtector, citizenId: string | null) {
  if (!citizenId) return { citizenIdCipher: null, citizenIdHash: null, citizenIdMasked: null };
  return {
    citizenIdCipher: protector.encrypt(citizenId),
    citizenIdHash: protector.blindIndex(citizenId),
    citizenIdMasked: maskCitizenId(citizenId),
  };
}

/** search_text and sort_key, computed in the app (see domain/text/vietnamese.ts). */
export function personSearchColumns(fullName: string, externalCode: string | null) {
  const name = normaliseName(fullName);
  return {
    fullName: name,
    searchText: foldVietnamese(externalCode ? `${name} ${externalCode}` : name),
    sortKey: personSortKey(name),
  };
}

/**
 * The citizen ID as lists, searches, exports and the person's page show it: masked (ADR 0007), for every
 * role. The full number is read only through an audited reveal (`revealCitizenId`, or an export with full
 * numbers and a reason) by a role with `people.citizenId.read` on the person's unit.
 */
export const maskedCitizenId = (row: { citizenIdMasked: string | null }) => row.citizenIdMasked;

/** The full number for an audited reveal: null when the actor may not read it there (caller decides). */
export function fullCitizenId(
  ctx: Ctx,
  row: { citizenIdCipher: string | null; citizenIdMasked: string | null },
  unitPath: string | null,
): string | null {
  if (!row.citizenIdCipher || !mayReadCitizenId(ctx, unitPath)) return row.citizenIdMasked;
  return ctx.deps.protector.decrypt(row.citizenIdCipher);
}

export function presentPersonItem(row: PersonListRow): PersonItem {
  return {
    id: row.id,
    fullName: row.fullName,
    gender: row.gender,
    birthDate: row.birthDate,
    ethnicity: row.ethnicity,
    ethnicityName: ethnicGroupName(row.ethnicity) ?? row.ethnicity,
    citizenId: maskedCitizenId(row),
    position: row.position,
    isLeader: row.isLeader,
    occupationGroup: row.occupationGroup,
    recruitedOn: row.recruitedOn,
    unit: row.unitId && row.unitName ? { id: row.unitId, name: row.unitName } : null,
    externalCode: row.externalCode,
    version: row.version,
  };
}

export { pgError as pgErrorCode } from '../../lib/errors';
