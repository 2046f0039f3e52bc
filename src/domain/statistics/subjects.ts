/**
 * The classes of award subjects the statistical forms count (Thông tư 02/2023/TT-BNV, biểu 0602 rows 06–14
 * and 0603 rows 02–10 "chia theo đối tượng khen thưởng") and the orientations the reports show: awards to
 * direct workers (Luật Thi đua, khen thưởng 06/2022/QH15 Điều 5: khen thưởng chú trọng người trực tiếp lao
 * động, sản xuất, công tác, học tập, chiến đấu), to women, to ethnic minorities.
 *
 * Inputs are what the data holds about a subject when the award was decided: for a person the gender,
 * the ethnicity code (GSO list, Kinh = '01'), the leader flag, the occupation group; for a collective the
 * type of its org unit. Two attributes the people table does not hold yet are optional inputs:
 * `leaderLevel` (which leadership row) and `businessperson`.
 */
import { type GenderCode, type OccupationGroup } from '../people/person';
import { isEthnicMinority } from '../people/ethnic-groups';
import type { OrgUnitType } from '../org/org-unit';

/** Levels of leadership posts the forms tell apart (biểu 0602 rows 10, 11, 13; the PLDT code list). */
export const LEADER_LEVELS = ['ministry_province', 'department', 'division', 'other'] as const;
export type LeaderLevel = (typeof LEADER_LEVELS)[number];
export const LEADER_LEVEL_LABELS: Record<LeaderLevel, string> = {
  ministry_province: 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên',
  department: 'Lãnh đạo cấp vụ, sở, ngành và tương đương',
  division: 'Các cấp lãnh đạo khác từ phó phòng trở lên',
  other: 'Các cấp lãnh đạo khác (dưới phó phòng)',
};

/**
 * The individual classes of the forms. Every person falls in exactly one: a leader by the level of the
 * post; else a businessperson; else "người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ
 * chiến đấu" (row 14) — which, as the row's wording says, takes every non-leader: civil servants working
 * directly, workers, farmers, soldiers, pupils. `leader_other` has no row of its own (only the total).
 */
export const INDIVIDUAL_CLASSES = [
  'leader_ministry_province',
  'leader_department',
  'businessperson',
  'leader_division',
  'direct',
  'leader_other',
] as const;
export type IndividualClass = (typeof INDIVIDUAL_CLASSES)[number];
export const INDIVIDUAL_CLASS_LABELS: Record<IndividualClass, string> = {
  leader_ministry_province: LEADER_LEVEL_LABELS.ministry_province,
  leader_department: LEADER_LEVEL_LABELS.department,
  businessperson: 'Doanh nhân',
  leader_division: LEADER_LEVEL_LABELS.division,
  direct: 'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu',
  leader_other: LEADER_LEVEL_LABELS.other,
};

const CLASS_OF_LEADER: Record<LeaderLevel, IndividualClass> = {
  ministry_province: 'leader_ministry_province',
  department: 'leader_department',
  division: 'leader_division',
  other: 'leader_other',
};

export interface IndividualAttributes {
  gender?: GenderCode | null;
  /** GSO ethnicity code ('01' Kinh). */
  ethnicity?: string | null;
  isLeader?: boolean | null;
  /** The level of the leadership post when known; a leader of unknown level counts as `division`. */
  leaderLevel?: LeaderLevel | null;
  occupationGroup?: OccupationGroup | null;
  /** Doanh nhân: an enterprise owner or manager (not held by the people table yet). */
  businessperson?: boolean | null;
}

/**
 * The form class of an individual. A leader whose post level is unknown counts on the widest leader row
 * ("từ phó phòng trở lên") — the people table has only a leader flag today; the default keeps the
 * leader/non-leader split of the forms right and is a practice choice [P], to confirm with the board.
 */
export function individualClass(a: IndividualAttributes): IndividualClass {
  if (a.isLeader) return CLASS_OF_LEADER[a.leaderLevel ?? 'division'];
  if (a.businessperson) return 'businessperson';
  return 'direct';
}

/**
 * Direct workers in the law's narrower sense — công nhân, nông dân, người lao động trực tiếp — the share
 * the reports show (Law Điều 5). Unlike the form row "người trực tiếp…", non-leading civil servants and
 * the armed forces are not in it. Leaders never are. null when the occupation is unknown.
 */
export function isDirectWorker(a: IndividualAttributes): boolean | null {
  if (a.isLeader) return false;
  if (!a.occupationGroup) return null;
  return (
    a.occupationGroup === 'worker' ||
    a.occupationGroup === 'farmer' ||
    a.occupationGroup === 'direct_labourer'
  );
}

/** A woman; null when the gender is unknown. */
export const isWoman = (a: IndividualAttributes): boolean | null => (a.gender ? a.gender === 'female' : null);

/** A member of an ethnic minority (any of the 53 groups other than Kinh); null when unknown or not a code. */
export function ethnicMinority(a: IndividualAttributes): boolean | null {
  if (!a.ethnicity) return null;
  return a.ethnicity === '01' ? false : isEthnicMinority(a.ethnicity) ? true : null;
}

/**
 * "Trong đó: Doanh nghiệp" among collectives (biểu 0602 row 07, 0603 row 03): an org unit of type
 * `enterprise` (doanh nghiệp, hợp tác xã — the org types keep the two together). null when unknown.
 */
export const isEnterprise = (unitType: OrgUnitType | null | undefined): boolean | null =>
  unitType ? unitType === 'enterprise' : null;
