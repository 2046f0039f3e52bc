/**
 * Biểu 0601.N/BNV-TĐKT "Số phong trào thi đua", 0604.N/BNV-TĐKT "Số lượng tổ chức làm công tác thi đua,
 * khen thưởng…" and 0605.N/BNV-TĐKT "Số lượng công chức làm công tác thi đua, khen thưởng…" of Thông tư
 * 02/2023/TT-BNV, rebuilt from the LifeSoft TĐKT product [C]. 0601 counts MovementFacts (movements.ts);
 * 0604 OrganisationFacts and 0605 StaffFacts (tdkt-bodies.ts).
 */
import { MOVEMENT_DURATIONS, MOVEMENT_SCOPES, type MovementDuration } from '../movements';
import { is } from '../predicate';
import {
  AGE_BANDS,
  type AgeBand,
  SENIORITY_BANDS,
  type SeniorityBand,
  TDKT_ORG_STRUCTURE_LABELS,
  TDKT_ORG_STRUCTURES,
  TRAINING_LEVEL_LABELS,
  TRAINING_LEVELS,
} from '../tdkt-bodies';
import type { FormLayout, FormRow } from './layout';
import { TT02_2023, TT02_2023_BASIS, TT02_2023_RECEIPT } from './tt02-2023-awards';

/** Numbered rows of one section: one per value of `field`, codes from `first`. */
function section<V extends string>(
  heading: string,
  field: string,
  values: readonly V[],
  labels: Record<V, string>,
  first: number,
  unit?: Record<V, string>,
): FormRow[] {
  return [
    { code: null, label: heading, indent: 0 },
    ...values.map((v, i): FormRow => ({
      code: String(first + i).padStart(2, '0'),
      label: labels[v],
      indent: 1,
      filter: is(field, v),
      ...(unit ? { unit: unit[v] } : {}),
    })),
  ];
}

const DURATION_LABELS: Record<MovementDuration, string> = {
  under_1_year: 'Dưới 1 năm',
  one_year: '1 năm',
  one_to_three_years: 'Từ 1 năm đến dưới 3 năm',
  three_to_five_years: 'Từ 3 năm đến dưới 5 năm',
  five_years_plus: 'Từ 5 năm trở lên',
};

export const FORM_0601: FormLayout = {
  code: `${TT02_2023}/0601`,
  version: TT02_2023,
  number: '0601.N/BNV-TĐKT',
  title: 'SỐ PHONG TRÀO THI ĐUA',
  basis: TT02_2023_BASIS,
  subject: 'movements',
  unitOfCount: 'Phong trào',
  receiptDate: TT02_2023_RECEIPT,
  count: 'records',
  hasUnitColumn: false,
  caption: { label: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua', fromColumn: 'central' },
  columns: [
    { key: 'total', label: 'Tổng số', letter: '1', formula: '1=(2+3+4)' },
    {
      key: 'central',
      label: 'Cấp Trung ương (Hội đồng TĐKT Trung ương)',
      letter: '2',
      filter: is('organiserLevel', 'central'),
    },
    {
      key: 'ministry_province',
      label: 'Cấp bộ, ban ngành đoàn thể trung ương, tỉnh, thành phố trực thuộc TW',
      letter: '3',
      filter: is('organiserLevel', 'ministry_province'),
    },
    { key: 'unit', label: 'Cơ quan, tổ chức, đơn vị', letter: '4', filter: is('organiserLevel', 'unit') },
  ],
  rows: [
    { code: '01', label: 'Tổng số', indent: 0 },
    ...section(
      '1. Chia theo phạm vi tổ chức thi đua',
      'scope',
      MOVEMENT_SCOPES,
      {
        national: 'Toàn quốc',
        ministry_local: 'Bộ, ban, ngành đoàn thể, địa phương',
        bloc: 'Cụm, khối thi đua do Hội đồng TĐKT các cấp tổ chức',
        unit: 'Cơ quan, tổ chức, đơn vị',
      },
      2,
    ),
    ...section('2. Chia theo thời hạn thi đua', 'duration', MOVEMENT_DURATIONS, DURATION_LABELS, 6),
    ...section(
      '3. Chia theo phương thức tổ chức phong trào thi đua',
      'mode',
      ['thematic', 'regular'] as const,
      { thematic: 'Thi đua theo chuyên đề', regular: 'Thi đua thường xuyên hàng năm' },
      11,
    ),
  ],
  confidence: 'C',
  notes: [
    'Sau cải cách hai cấp không còn cấp huyện: cột 4 gồm cấp xã và cơ quan, đơn vị.',
    'Dòng "1 năm" và "Từ 1 năm đến dưới 3 năm" trùng nhau ở mốc 1 năm: ở đây 1 năm là đủ 12 tháng (dưới 13 tháng).',
  ],
};

export const FORM_0604: FormLayout = {
  code: `${TT02_2023}/0604`,
  version: TT02_2023,
  number: '0604.N/BNV-TĐKT',
  title:
    'SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
  basis: TT02_2023_BASIS,
  subject: 'organisations',
  unitOfCount: 'Tổ chức',
  receiptDate: null,
  count: 'records',
  hasUnitColumn: true,
  columns: [{ key: 'count', label: 'Số lượng', letter: '1' }],
  rows: [
    { code: '01', label: 'Tổng số', unit: 'Tổ chức', indent: 0 },
    ...section(
      'Chia theo cơ cấu tổ chức bộ máy',
      'structure',
      TDKT_ORG_STRUCTURES,
      TDKT_ORG_STRUCTURE_LABELS,
      2,
      {
        ministry_department: 'Vụ',
        division_of_department: 'Phòng',
        board_of_home_affairs: 'Ban',
        division_of_home_affairs: 'Phòng',
      },
    ),
  ],
  confidence: 'C',
  notes: [
    'Các dòng có thể thay đổi theo Thông tư 18/2025/TT-BNV (từ 2025 là Phòng Thi đua, khen thưởng thuộc Sở Nội vụ).',
  ],
};

const AGE_LABELS: Record<AgeBand, string> = {
  to_30: 'Từ 30 trở xuống',
  from_31_to_40: 'Từ 31 đến 40',
  from_41_to_50: 'Từ 41 đến 50',
  from_51_to_55: 'Từ 51 đến 55',
  from_56_to_60: 'Từ 56 đến 60',
  over_60: 'Trên 60 tuổi',
};
const SENIORITY_LABELS: Record<SeniorityBand, string> = {
  under_5: 'Dưới 5 năm',
  from_5_to_10: 'Từ 5 đến 10 năm',
  from_10: 'Từ 10 năm trở lên',
};

export const FORM_0605: FormLayout = {
  code: `${TT02_2023}/0605`,
  version: TT02_2023,
  number: '0605.N/BNV-TĐKT',
  title:
    'SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
  basis: TT02_2023_BASIS,
  subject: 'staff',
  unitOfCount: 'Người',
  receiptDate: null,
  count: 'subjects',
  hasUnitColumn: false,
  caption: { label: 'Số lượng (Người)', fromColumn: 'total' },
  columns: [
    { key: 'total', label: 'Tổng số', letter: '1' },
    { key: 'women', label: 'Trong đó: Nữ', letter: '2', filter: is('gender', 'female') },
  ],
  rows: [
    { code: '01', label: 'Tổng số', indent: 0 },
    ...section('1. Chia theo độ tuổi', 'ageBand', AGE_BANDS, AGE_LABELS, 2),
    ...section('2. Chia theo trình độ đào tạo', 'training', TRAINING_LEVELS, TRAINING_LEVEL_LABELS, 8),
    ...section(
      '3. Chia theo thâm niên công tác trong lĩnh vực TĐKT',
      'seniority',
      SENIORITY_BANDS,
      SENIORITY_LABELS,
      13,
    ),
  ],
  confidence: 'C',
  notes: [
    'Sản phẩm tham khảo in mã số 14 hai lần; ở đây dòng cuối là 15.',
    '"Từ 5 đến 10 năm" và "Từ 10 năm trở lên" trùng ở mốc 10 năm: ở đây [5, 10) và từ 10 trở lên — cần rà soát pháp lý.',
    'Tuổi và thâm niên tính tròn năm đến thời điểm báo cáo (ngày cuối kỳ).',
  ],
};
