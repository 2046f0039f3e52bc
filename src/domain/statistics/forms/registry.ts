/**
 * The versions of the statistical reporting regime of the Home Affairs sector for thi đua, khen thưởng and
 * the form layouts each defines. A new circular adds a version and its layouts as data; the counting
 * (facts, evaluator) does not change.
 */
import { AWARD_CODES } from '../../awards/catalogue';
import { SUBJECT_TYPES } from '../../awards/types';
import { MOVEMENT_KINDS } from '../../emulation/movement';
import { GENDERS, OCCUPATION_GROUPS } from '../../people/person';
import { AWARD_KINDS, AWARD_LEVELS } from '../classification';
import { FORM_COMMENDATION_TYPES } from '../commendation-types';
import { PROPOSERS } from '../facts';
import { MOVEMENT_DURATIONS, MOVEMENT_ORGANISER_LEVELS, MOVEMENT_SCOPES } from '../movements';
import { fieldTests, type Scalar } from '../predicate';
import { INDIVIDUAL_CLASSES } from '../subjects';
import { AGE_BANDS, SENIORITY_BANDS, TDKT_ORG_STRUCTURES, TRAINING_LEVELS } from '../tdkt-bodies';
import type { FormLayout, FormSubject } from './layout';
import { FORM_0601, FORM_0604, FORM_0605 } from './tt02-2023-bodies';
import { FORM_0602, FORM_0603 } from './tt02-2023-awards';

export interface FormVersion {
  id: string;
  basis: string;
  /** In force from (ISO); null when not known. */
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
}

export const FORM_VERSIONS: readonly FormVersion[] = [
  {
    id: 'TT03_2018',
    basis: 'Thông tư số 03/2018/TT-BNV ngày 06/3/2018',
    validFrom: null,
    validTo: '2023-05-09',
    note: 'Biểu 0701–0703.N/BNV-TĐKT; chưa có bố cục trong hệ thống (dữ liệu lịch sử dùng biểu của Thông tư 02/2023).',
  },
  {
    id: 'TT02_2023',
    basis: 'Thông tư số 02/2023/TT-BNV ngày 23/3/2023',
    validFrom: '2023-05-10',
    validTo: null,
    note: 'Ngày hết hiệu lực chờ phụ lục của Thông tư 18/2025/TT-BNV.',
  },
  {
    id: 'TT18_2025',
    basis: 'Thông tư số 18/2025/TT-BNV ngày 08/10/2025',
    validFrom: null,
    validTo: null,
    note: 'Chưa có phụ lục biểu mẫu: thêm bố cục khi có văn bản.',
  },
];

/** Every layout the system can fill, in form-number order. */
export const FORM_LAYOUTS: readonly FormLayout[] = [FORM_0601, FORM_0602, FORM_0603, FORM_0604, FORM_0605];

const BY_CODE: ReadonlyMap<string, FormLayout> = new Map(FORM_LAYOUTS.map((l) => [l.code, l]));

/** The layout of a form code ("TT02_2023/0603"), or undefined. */
export const formLayout = (code: string): FormLayout | undefined => BY_CODE.get(code);

const BOOL: readonly Scalar[] = [true, false, null];
/** What a predicate of each subject may test: the field and its values; null = any value. */
export const FORM_FIELDS: Readonly<Record<FormSubject, Readonly<Record<string, readonly Scalar[] | null>>>> =
  {
    awards: {
      awardCode: AWARD_CODES,
      level: AWARD_LEVELS,
      kind: AWARD_KINDS,
      subjectType: SUBJECT_TYPES,
      commendationType: FORM_COMMENDATION_TYPES,
      individualClass: INDIVIDUAL_CLASSES,
      enterprise: BOOL,
      proposer: PROPOSERS,
      gender: GENDERS,
      ethnicMinority: BOOL,
      leader: BOOL,
      directWorker: BOOL,
      occupationGroup: OCCUPATION_GROUPS,
      year: null,
      unit: null,
    },
    movements: {
      organiserLevel: MOVEMENT_ORGANISER_LEVELS,
      scope: MOVEMENT_SCOPES,
      duration: MOVEMENT_DURATIONS,
      mode: MOVEMENT_KINDS,
    },
    organisations: { structure: TDKT_ORG_STRUCTURES },
    staff: { gender: GENDERS, ageBand: AGE_BANDS, training: TRAINING_LEVELS, seniority: SENIORITY_BANDS },
  };

/**
 * What is wrong with a layout (for layouts that arrive as data): unknown fields or values in its
 * predicates, duplicate row codes or column keys, a group or caption naming no column. Empty when sound.
 */
export function checkFormLayout(layout: FormLayout): string[] {
  const problems: string[] = [];
  const fields = FORM_FIELDS[layout.subject];
  const predicates = [
    layout.scope,
    ...layout.columns.map((c) => c.filter),
    ...layout.rows.map((r) => r.filter),
  ];
  for (const { field, values } of predicates.flatMap(fieldTests)) {
    const domain = fields[field];
    if (domain === undefined) problems.push(`Trường "${field}" không có trong dữ liệu của biểu`);
    else if (domain !== null)
      for (const v of values)
        if (!domain.includes(v)) problems.push(`Giá trị "${String(v)}" không có ở trường "${field}"`);
  }
  const codes = layout.rows.flatMap((r) => (r.code === null ? [] : [r.code]));
  if (new Set(codes).size !== codes.length) problems.push('Mã số dòng bị trùng');
  const keys = layout.columns.map((c) => c.key);
  if (new Set(keys).size !== keys.length) problems.push('Mã cột bị trùng');
  const groups = new Set((layout.columnGroups ?? []).map((g) => g.key));
  for (const c of layout.columns) {
    if (c.group !== undefined && !groups.has(c.group))
      problems.push(`Cột "${c.key}" thuộc nhóm không tồn tại`);
    if (c.group === undefined && c.letter === undefined) problems.push(`Cột "${c.key}" không có số thứ tự`);
  }
  if (layout.caption && !keys.includes(layout.caption.fromColumn))
    problems.push('Tiêu đề chung bắt đầu ở cột không tồn tại');
  if (!layout.code.startsWith(`${layout.version}/`)) problems.push('Mã biểu phải bắt đầu bằng phiên bản');
  return problems;
}
