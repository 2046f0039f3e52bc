import { pathWithinScope } from '../../../domain/access/roles';
import type { CellError, PersonRow } from '../../../domain/people/person-row';
import { columnHeader } from '../../../domain/people/person-row';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import type { ExistingPerson } from './people-batch.repo';
import type { PreparedPerson } from './people-batch';
import type { UnitRef } from './people.repo';

/** In-force units the importing actor may write to, found by code or by accent-insensitive exact name. */
export interface UnitIndex {
  byCode: Map<string, UnitRef>;
  byName: Map<string, UnitRef[]>;
  /** The actor may leave the unit blank (tenant-wide grant). */
  mayLeaveBlank: boolean;
  scopes: 'all' | string[];
}

export function buildUnitIndex(units: UnitRef[], scopes: 'all' | string[]): UnitIndex {
  const inScope = (u: UnitRef) => scopes === 'all' || scopes.some((s) => pathWithinScope(s, u.path));
  const byCode = new Map<string, UnitRef>();
  const byName = new Map<string, UnitRef[]>();
  for (const u of units.filter(inScope)) {
    if (u.code) byCode.set(u.code.trim().toLowerCase(), u);
    const key = foldVietnamese(u.name);
    byName.set(key, [...(byName.get(key) ?? []), u]);
  }
  return { byCode, byName, mayLeaveBlank: scopes === 'all', scopes };
}

type UnitLookup = { ok: true; unit: UnitRef | null } | { ok: false; error: CellError };

export function resolveUnit(index: UnitIndex, row: PersonRow): UnitLookup {
  if (row.unitCode) {
    const unit = index.byCode.get(row.unitCode.toLowerCase());
    if (unit) return { ok: true, unit };
    return fail('unitCode', `Không tìm thấy đơn vị có mã "${row.unitCode}" trong phạm vi quản lý của bạn`);
  }
  if (row.unitName) {
    const found = index.byName.get(foldVietnamese(row.unitName)) ?? [];
    if (found.length === 1) return { ok: true, unit: found[0]! };
    if (found.length > 1)
      return fail('unitName', `Có ${found.length} đơn vị cùng tên "${row.unitName}"; hãy ghi Mã đơn vị`);
    return fail('unitName', `Không tìm thấy đơn vị "${row.unitName}" trong phạm vi quản lý của bạn`);
  }
  if (index.mayLeaveBlank) return { ok: true, unit: null };
  return fail('unitName', 'Phải ghi Mã đơn vị hoặc Tên đơn vị');
}

const fail = (key: 'unitCode' | 'unitName' | 'citizenId' | 'externalCode' | 'systemId', message: string) => ({
  ok: false as const,
  error: { column: columnHeader(key), message },
});

/** Keys seen so far in the file, to reject a second row for the same person. */
export interface SeenKeys {
  citizenIds: Map<string, number>;
  codes: Map<string, number>;
}
export const newSeenKeys = (): SeenKeys => ({ citizenIds: new Map(), codes: new Map() });

/** A second row of the file with the citizen ID or staff code (any case) of an earlier row is an error. */
export function checkDuplicates(seen: SeenKeys, rowNumber: number, value: PersonRow): CellError | undefined {
  const code = value.externalCode?.toLowerCase() ?? null;
  const dupId = value.citizenId ? seen.citizenIds.get(value.citizenId) : undefined;
  if (dupId) return fail('citizenId', `Trùng số định danh cá nhân với dòng ${dupId}`).error;
  const dupCode = code ? seen.codes.get(code) : undefined;
  if (dupCode) return fail('externalCode', `Trùng mã cán bộ với dòng ${dupCode}`).error;
  if (value.citizenId) seen.citizenIds.set(value.citizenId, rowNumber);
  if (code) seen.codes.set(code, rowNumber);
  return undefined;
}

/** A row ready to match: parsed, its unit resolved, its citizen ID's blind index (and ciphertext) computed. */
export interface KeyedRow {
  rowNumber: number;
  value: PersonRow;
  unit: { id: string; path: string } | null;
  hash: string | null;
  cipher?: string | null;
  /** Name columns computed with the row's own staff code (people-import-rows.ts). */
  search?: { fullName: string; searchText: string; sortKey: string };
}

/**
 * Matches a row to an existing person: by system id, then citizen ID (blind index), then staff code.
 * Keys pointing at two different people, a person outside the actor's scope or a person matched twice
 * are errors for that row.
 */
export function matchRow(
  row: KeyedRow,
  existing: {
    byId: Map<string, ExistingPerson>;
    byHash: Map<string, ExistingPerson>;
    byCode: Map<string, ExistingPerson>;
  },
  /** People matched so far in the file → the row that matched them. */
  matched: Map<string, number>,
  scopes: 'all' | string[],
): { ok: true; person: PreparedPerson } | { ok: false; error: CellError } {
  const v = row.value;
  const byId = v.systemId ? existing.byId.get(v.systemId) : undefined;
  if (v.systemId && !byId) return fail('systemId', 'Không tìm thấy người có mã hệ thống này');
  const byHash = row.hash ? existing.byHash.get(row.hash) : undefined;
  const byCode = v.externalCode ? existing.byCode.get(v.externalCode) : undefined;
  const match = byId ?? byHash ?? byCode;
  if (match && byHash && byHash.id !== match.id)
    return fail('citizenId', 'Số định danh cá nhân đã thuộc về một người khác trong danh sách');
  if (match && byCode && byCode.id !== match.id)
    return fail('externalCode', 'Mã cán bộ đã thuộc về một người khác trong danh sách');
  if (match) {
    const inScope =
      scopes === 'all' ||
      (match.unitPath !== null && scopes.some((s) => pathWithinScope(s, match.unitPath!)));
    if (!inScope) return fail('systemId', 'Người này thuộc đơn vị ngoài phạm vi quản lý của bạn');
    const earlier = matched.get(match.id);
    if (earlier) return fail('systemId', `Dòng này và dòng ${earlier} cùng là một người`);
    matched.set(match.id, row.rowNumber);
  }
  const { unitCode: _c, unitName: _n, systemId: _s, ...facts } = v;
  const externalCode = v.externalCode ?? match?.externalCode ?? null;
  return {
    ok: true,
    person: {
      ...facts,
      externalCode,
      // The search text holds the staff code: computed again when the stored one fills a blank cell.
      ...(row.search && externalCode === v.externalCode ? { searchColumns: row.search } : {}),
      citizenIdHash: row.hash,
      ...(row.cipher ? { citizenIdCipher: row.cipher } : {}),
      citizenIdUnchanged: Boolean(match && row.hash && match.citizenIdHash === row.hash),
      unitId: row.unit?.id ?? null,
      ...(match ? { existingId: match.id, existingUnitId: match.unitId } : {}),
    },
  };
}
