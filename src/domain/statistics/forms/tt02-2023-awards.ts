/**
 * Biểu 0602.N/BNV-TĐKT "Số lượng khen thưởng cấp Nhà nước" and 0603.N/BNV-TĐKT "Số lượng khen thưởng cấp
 * bộ, ban, ngành, đoàn thể Trung ương và tỉnh, thành phố trực thuộc Trung ương" of Thông tư 02/2023/TT-BNV
 * (in force 10/05/2023). The annex itself was not read: rows and columns are those of the LifeSoft TĐKT
 * product that implements the circular [C], to check against the gazette before go-live. Counted over
 * AwardFacts (facts.ts), in lượt.
 */
import { FORM_COMMENDATION_TYPE_LABELS, FORM_COMMENDATION_TYPES } from '../commendation-types';
import { all, any, is, not, type Predicate } from '../predicate';
import type { FormColumn, FormLayout, FormRow } from './layout';

export const TT02_2023 = 'TT02_2023';
export const TT02_2023_BASIS = 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023';
/** "Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo" (forms 0601–0603). */
export const TT02_2023_RECEIPT = '15/12';

const COLLECTIVE = is('subjectType', 'collective');
const INDIVIDUAL = is('subjectType', 'individual');

const cls = (c: string) => is('individualClass', c);
/** The lines "chia theo đối tượng khen thưởng": [label, đơn vị tính, indent, filter]. */
const SUBJECT_LINES: [string, string, 1 | 2, Predicate][] = [
  ['Tập thể', 'Tập thể', 1, COLLECTIVE],
  ['trong đó: Doanh nghiệp', 'Doanh nghiệp', 2, all(COLLECTIVE, is('enterprise', true))],
  ['Hộ gia đình', 'Hộ', 1, is('subjectType', 'household')],
  ['Cá nhân', 'Người', 1, INDIVIDUAL],
  ['Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên', 'Người', 2, cls('leader_ministry_province')],
  ['Lãnh đạo cấp vụ, sở, ngành và tương đương', 'Người', 2, cls('leader_department')],
  ['Doanh nhân', 'Người', 2, cls('businessperson')],
  ['Các cấp lãnh đạo khác từ phó phòng trở lên', 'Người', 2, cls('leader_division')],
  [
    'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,…)',
    'Người',
    2,
    cls('direct'),
  ],
];

const code2 = (n: number) => String(n).padStart(2, '0');

/** The subject lines, numbered from `first` (0602: 06–14, 0603: 02–10). */
const subjectRows = (first: number): FormRow[] =>
  SUBJECT_LINES.map(([label, unit, indent, filter], i) => ({
    code: code2(first + i),
    label,
    unit,
    indent,
    filter,
  }));

/** Rows "chia theo phương thức khen thưởng", numbered from `first`. */
function typeRows(heading: string, first: number): FormRow[] {
  return [
    { code: null, label: heading, indent: 0 },
    ...FORM_COMMENDATION_TYPES.map((t, i): FormRow => ({
      code: String(first + i).padStart(2, '0'),
      label: FORM_COMMENDATION_TYPE_LABELS[t],
      indent: 1,
      filter: is('commendationType', t),
    })),
  ];
}

/** A Tập thể / Cá nhân pair under a numbered group. */
function pair(group: string, filter: Predicate, which: ('tt' | 'cn')[] = ['tt', 'cn']): FormColumn[] {
  return which.map((w) => ({
    key: `${group}_${w}`,
    label: w === 'tt' ? 'Tập thể' : 'Cá nhân',
    group,
    filter: all(filter, w === 'tt' ? COLLECTIVE : INDIVIDUAL),
  }));
}

const ORDERS_MEDALS = is('kind', 'order', 'medal');
const HONOURS = is('kind', 'honorary_title');
const NAMED_0602 = any(
  ORDERS_MEDALS,
  HONOURS,
  is(
    'awardCode',
    'giai_thuong_ho_chi_minh',
    'giai_thuong_nha_nuoc',
    'co_thi_dua_chinh_phu',
    'bang_khen_thu_tuong',
    'cstd_toan_quoc',
  ),
);

export const FORM_0602: FormLayout = {
  code: `${TT02_2023}/0602`,
  version: TT02_2023,
  number: '0602.N/BNV-TĐKT',
  title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
  basis: TT02_2023_BASIS,
  subject: 'awards',
  unitOfCount: 'Lượt',
  receiptDate: TT02_2023_RECEIPT,
  count: 'records',
  scope: is('level', 'state', 'government'),
  hasUnitColumn: true,
  caption: { label: 'Chia ra', fromColumn: 'orders_medals_tt' },
  columnGroups: [
    { key: 'orders_medals', letter: '2', label: 'Các loại huân chương, huy chương' },
    { key: 'prize_hcm', letter: '3', label: 'Giải thưởng Hồ Chí Minh' },
    { key: 'prize_nn', letter: '4', label: 'Giải thưởng Nhà nước' },
    { key: 'honours', letter: '5', label: 'Danh hiệu vinh dự nhà nước' },
    { key: 'flag_cp', letter: '6', label: 'Cờ thi đua của Chính phủ' },
    { key: 'bk_ttg', letter: '7', label: 'Bằng khen của Thủ tướng Chính phủ' },
    { key: 'cstd_tq', letter: '8', label: 'Chiến sĩ thi đua toàn quốc' },
    { key: 'other', letter: '9', label: 'Các hình thức khen thưởng khác' },
  ],
  columns: [
    { key: 'total', label: 'Tổng số', letter: '1' },
    ...pair('orders_medals', ORDERS_MEDALS),
    ...pair('prize_hcm', is('awardCode', 'giai_thuong_ho_chi_minh'), ['cn']),
    ...pair('prize_nn', is('awardCode', 'giai_thuong_nha_nuoc'), ['cn']),
    ...pair('honours', HONOURS),
    ...pair('flag_cp', is('awardCode', 'co_thi_dua_chinh_phu'), ['tt']),
    ...pair('bk_ttg', is('awardCode', 'bang_khen_thu_tuong')),
    ...pair('cstd_tq', is('awardCode', 'cstd_toan_quoc'), ['cn']),
    ...pair('other', not(NAMED_0602)),
  ],
  rows: [
    { code: '01', label: 'Tổng số', indent: 0 },
    {
      code: null,
      label: '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng',
      indent: 0,
    },
    {
      code: '02',
      label: 'Bộ, ban, ngành, đoàn thể Trung ương',
      unit: 'Bộ, ngành',
      indent: 1,
      filter: is('proposer', 'ministry'),
    },
    {
      code: '03',
      label: 'Tỉnh, thành phố trực thuộc Trung ương',
      unit: 'Tỉnh, TP',
      indent: 1,
      filter: is('proposer', 'province'),
    },
    { code: null, label: '2. Chia theo đối tượng khen thưởng', indent: 0 },
    ...subjectRows(6),
    ...typeRows('3. Chia theo phương thức khen thưởng', 15),
  ],
  confidence: 'C',
  notes: [
    'Mã số 04, 05 không có trong bản dựng lại (cả biểu 0702 của Thông tư 03/2018); cần đối chiếu phụ lục.',
    'Cột 2 và cột 5 gộp mọi loại huân chương, huy chương, danh hiệu vinh dự; sản phẩm tham khảo tách theo từng loại có trong dữ liệu.',
    'Dòng 02–03 ghi đơn vị tính "Bộ, ngành", "Tỉnh, TP" nhưng ở đây đếm lượt khen thưởng theo đơn vị trình.',
  ],
};

const BK = is('kind', 'bang_khen');
const CSTD = is('awardCode', 'cstd_bo_tinh');
const FLAG = is('kind', 'emulation_flag');
const BADGE = is('kind', 'commemorative_medal');

export const FORM_0603: FormLayout = {
  code: `${TT02_2023}/0603`,
  version: TT02_2023,
  number: '0603.N/BNV-TĐKT',
  title:
    'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
  basis: TT02_2023_BASIS,
  subject: 'awards',
  unitOfCount: 'Lượt',
  receiptDate: TT02_2023_RECEIPT,
  count: 'records',
  scope: all(is('level', 'ministry_province'), any(BK, CSTD, FLAG, BADGE)),
  hasUnitColumn: true,
  caption: { label: 'Chia ra', fromColumn: 'bang_khen' },
  columns: [
    { key: 'total', label: 'Tổng số', letter: '1' },
    { key: 'bang_khen', label: 'Bằng khen', letter: '2', filter: BK },
    { key: 'cstd', label: 'Chiến sĩ thi đua cấp bộ, cấp tỉnh', letter: '3', filter: CSTD },
    {
      key: 'flag',
      label: 'Cờ thi đua của bộ, ban, ngành, đoàn thể TW, tỉnh, thành phố trực thuộc TW',
      letter: '4',
      filter: FLAG,
    },
    {
      key: 'badge',
      label: 'Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể TW, tỉnh, thành phố trực thuộc TW',
      letter: '5',
      filter: BADGE,
    },
  ],
  rows: [
    { code: '01', label: 'Tổng số', indent: 0 },
    { code: null, label: '1. Chia theo đối tượng khen thưởng', indent: 0 },
    ...subjectRows(2),
    ...typeRows('2. Chia theo phương thức khen thưởng', 11),
  ],
  confidence: 'C',
  notes: [
    'Biểu không tính Tập thể lao động xuất sắc, Giấy khen và các danh hiệu cấp cơ sở.',
    'Sản phẩm tham khảo đánh số mục phương thức là "3.", biểu 0703 của Thông tư 03/2018 là "2."; cần đối chiếu phụ lục.',
  ],
};
