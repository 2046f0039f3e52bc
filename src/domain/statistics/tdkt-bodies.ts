/**
 * The data of biểu 0604.N/BNV-TĐKT (organisations doing thi đua, khen thưởng work) and 0605.N/BNV-TĐKT
 * (civil servants doing it) of Thông tư 02/2023/TT-BNV: nothing in the ledger holds it, so a tenant keeps,
 * per reporting year, the list of its TĐKT organisations and a small register of its TĐKT staff
 * (`TdktAnnualReturn`). Since 2025 a province's TĐKT work is done by the Phòng Thi đua, khen thưởng of the
 * Sở Nội vụ (before: a Ban Thi đua - Khen thưởng thuộc Sở Nội vụ).
 */
import type { Problem } from '../awards/ledger';
import type { IsoDate } from '../awards/types';
import { isIsoDate } from '../eligibility/dates';
import type { GenderCode } from '../people/person';
import { yearsBetween } from '../people/person-row';

/** 0604 rows 02–05 "chia theo cơ cấu tổ chức bộ máy". */
export const TDKT_ORG_STRUCTURES = [
  'ministry_department',
  'division_of_department',
  'board_of_home_affairs',
  'division_of_home_affairs',
] as const;
export type TdktOrgStructure = (typeof TDKT_ORG_STRUCTURES)[number];
export const TDKT_ORG_STRUCTURE_LABELS: Record<TdktOrgStructure, string> = {
  ministry_department: 'Cấp Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương',
  division_of_department: 'Cấp phòng, ban hoặc bộ phận thuộc Vụ',
  board_of_home_affairs: 'Cấp ban thuộc Sở Nội vụ',
  division_of_home_affairs: 'Cấp phòng thuộc Sở Nội vụ',
};

/** 0605 rows 08–12 "chia theo trình độ đào tạo". */
export const TRAINING_LEVELS = ['so_cap', 'trung_cap', 'cao_dang', 'dai_hoc', 'tren_dai_hoc'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];
export const TRAINING_LEVEL_LABELS: Record<TrainingLevel, string> = {
  so_cap: 'Sơ cấp',
  trung_cap: 'Trung cấp',
  cao_dang: 'Cao đẳng',
  dai_hoc: 'Đại học',
  tren_dai_hoc: 'Trên đại học',
};

/** 0605 rows 02–07 "chia theo độ tuổi", age in whole years on the report date. */
export const AGE_BANDS = [
  'to_30',
  'from_31_to_40',
  'from_41_to_50',
  'from_51_to_55',
  'from_56_to_60',
  'over_60',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** 0605 rows 13–15 "chia theo thâm niên công tác trong lĩnh vực TĐKT", whole years on the report date. */
export const SENIORITY_BANDS = ['under_5', 'from_5_to_10', 'from_10'] as const;
export type SeniorityBand = (typeof SENIORITY_BANDS)[number];

export interface TdktOrganisation {
  id: string;
  name: string;
  structure: TdktOrgStructure;
}

export interface TdktStaffMember {
  id: string;
  fullName: string;
  gender: GenderCode;
  birthDate: IsoDate | null;
  training: TrainingLevel | null;
  /** The day the person started TĐKT work. */
  tdktSince: IsoDate | null;
  /** The day the person left TĐKT work, if so. */
  tdktUntil?: IsoDate | null;
}

/** What a tenant records for forms 0604 and 0605 of one reporting year. */
export interface TdktAnnualReturn {
  year: number;
  organisations: TdktOrganisation[];
  staff: TdktStaffMember[];
}

export interface OrganisationFacts {
  id: string;
  subjectKey: string;
  structure: TdktOrgStructure;
}
export interface StaffFacts {
  id: string;
  subjectKey: string;
  gender: GenderCode;
  ageBand: AgeBand | null;
  training: TrainingLevel | null;
  seniority: SeniorityBand | null;
}

export const organisationFacts = (o: TdktOrganisation): OrganisationFacts => ({
  id: o.id,
  subjectKey: `organisation:${o.id}`,
  structure: o.structure,
});

export function ageBand(age: number): AgeBand {
  if (age <= 30) return 'to_30';
  if (age <= 40) return 'from_31_to_40';
  if (age <= 50) return 'from_41_to_50';
  if (age <= 55) return 'from_51_to_55';
  if (age <= 60) return 'from_56_to_60';
  return 'over_60';
}

/**
 * The wording "Từ 5 đến 10 năm" / "Từ 10 năm trở lên" overlaps at 10 years; here [5, 10) and [10, ∞) —
 * flagged for legal review.
 */
export function seniorityBand(years: number): SeniorityBand {
  if (years < 5) return 'under_5';
  return years < 10 ? 'from_5_to_10' : 'from_10';
}

/**
 * A staff member's facts on the report date `asOf` (the end of the period), or null when not doing TĐKT
 * work that day (started later, or left before). Unknown birth date or start → no age or seniority band
 * (counted in the total only).
 */
export function staffFacts(m: TdktStaffMember, asOf: IsoDate): StaffFacts | null {
  if ((m.tdktSince && m.tdktSince > asOf) || (m.tdktUntil && m.tdktUntil < asOf)) return null;
  return {
    id: m.id,
    subjectKey: `staff:${m.id}`,
    gender: m.gender,
    ageBand: m.birthDate ? ageBand(yearsBetween(m.birthDate, asOf)) : null,
    training: m.training,
    seniority: m.tdktSince ? seniorityBand(yearsBetween(m.tdktSince, asOf)) : null,
  };
}

export const staffFactsAt = (staff: readonly TdktStaffMember[], asOf: IsoDate): StaffFacts[] =>
  staff.flatMap((m) => staffFacts(m, asOf) ?? []);

/** Checks of one register line (Vietnamese messages with the field's path). */
export function checkStaffMember(m: TdktStaffMember, today: IsoDate): Problem[] {
  const problems: Problem[] = [];
  if (!m.fullName.trim()) problems.push({ path: 'fullName', message: 'Chưa nhập họ và tên' });
  for (const [path, label, value] of [
    ['birthDate', 'Ngày sinh', m.birthDate],
    ['tdktSince', 'Ngày bắt đầu làm công tác thi đua, khen thưởng', m.tdktSince],
    ['tdktUntil', 'Ngày thôi làm công tác thi đua, khen thưởng', m.tdktUntil ?? null],
  ] as const) {
    if (value === null) continue;
    if (!isIsoDate(value)) problems.push({ path, message: `${label} không hợp lệ` });
    else if (value > today) problems.push({ path, message: `${label} không được sau ngày hôm nay` });
  }
  if (m.birthDate && m.tdktSince && m.tdktSince <= m.birthDate)
    problems.push({
      path: 'tdktSince',
      message: 'Ngày bắt đầu làm công tác thi đua, khen thưởng phải sau ngày sinh',
    });
  if (m.tdktSince && m.tdktUntil && m.tdktUntil < m.tdktSince)
    problems.push({ path: 'tdktUntil', message: 'Ngày thôi làm công tác phải sau ngày bắt đầu' });
  return problems;
}
