/** People: the facts about a person that commendation criteria and statistics read (seed 002, 003, 004; law-reference §3.1). */

export const GENDERS = ['male', 'female'] as const;
export type GenderCode = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<GenderCode, string> = { male: 'Nam', female: 'Nữ' };

/** Occupation groups used by the criteria's preference for direct labourers (Law 06/2022 Điều 5; ND 152/2025). */
export const OCCUPATION_GROUPS = [
  'civil_servant',
  'worker',
  'farmer',
  'direct_labourer',
  'armed_forces',
  'other',
] as const;
export type OccupationGroup = (typeof OCCUPATION_GROUPS)[number];
export const OCCUPATION_GROUP_LABELS: Record<OccupationGroup, string> = {
  civil_servant: 'Cán bộ, công chức, viên chức',
  worker: 'Công nhân',
  farmer: 'Nông dân',
  direct_labourer: 'Người lao động trực tiếp khác',
  armed_forces: 'Lực lượng vũ trang',
  other: 'Khác',
};
