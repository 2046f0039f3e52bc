/**
 * The catalogue of emulation titles and commendation forms (law-reference §1) and of commendation types
 * (law-reference §6, Law Điều 8). Pure data: what exists, its Vietnamese name, who may receive it, who
 * decides it after the 2025 two-tier reform, its period, its insignia, its legal basis and how sure we are
 * of it (law-reference §0.1 confidence tags). Money lives in rule-sets.ts / money.ts, criteria in the
 * eligibility engine.
 */
import {
  COMMENDATION_TYPE_LABELS,
  COMMENDATION_TYPES,
  type CommendationType,
  type IsoDate,
  type RuleSetId,
  type SubjectType,
} from './types';

/** law-reference §0.1. */
export const CONFIDENCE_TAGS = ['V', 'V2', 'R', 'L', 'D'] as const;
export type Confidence = (typeof CONFIDENCE_TAGS)[number];
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  V: 'Đã đối chiếu văn bản',
  V2: 'Đối chiếu qua nguồn thứ cấp',
  R: 'Chưa đối chiếu văn bản — cần rà soát pháp lý',
  L: 'Quy định địa phương, ngành',
  D: 'Dự thảo, chưa xác nhận',
};

/** Law Điều 9 (7 groups of forms) plus emulation titles (Điều 19–20); Bằng khen and Giấy khen kept apart. */
export const AWARD_GROUPS = [
  'emulation_title',
  'order',
  'medal',
  'honorary_title',
  'prize',
  'commemorative_medal',
  'bang_khen',
  'giay_khen',
] as const;
export type AwardGroup = (typeof AWARD_GROUPS)[number];
export const AWARD_GROUP_LABELS: Record<AwardGroup, string> = {
  emulation_title: 'Danh hiệu thi đua',
  order: 'Huân chương',
  medal: 'Huy chương',
  honorary_title: 'Danh hiệu vinh dự nhà nước',
  prize: 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước',
  commemorative_medal: 'Kỷ niệm chương',
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
};

/** law-reference §1 `AuthorityLevel` (deciding authority after the 2025 two-tier reform, §1.3). */
export const AUTHORITY_LEVELS = [
  'president',
  'prime_minister',
  'ministry_or_province',
  'unit_under_ministry_or_province_dept',
  'commune_chairman',
  'enterprise',
  'mod_moc_internal',
  'other_org',
  'district_chairman',
] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];
export const AUTHORITY_LEVEL_LABELS: Record<AuthorityLevel, string> = {
  president: 'Chủ tịch nước',
  prime_minister: 'Thủ tướng Chính phủ',
  ministry_or_province:
    'Bộ trưởng, Thủ trưởng ban, ngành, tổ chức trung ương; Chủ tịch Ủy ban nhân dân cấp tỉnh',
  unit_under_ministry_or_province_dept:
    'Thủ trưởng đơn vị có tư cách pháp nhân thuộc bộ, ngành; Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh',
  commune_chairman: 'Chủ tịch Ủy ban nhân dân cấp xã',
  enterprise:
    'Chủ tịch Hội đồng quản trị, Chủ tịch Hội đồng thành viên, Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã',
  mod_moc_internal: 'Theo quy định của Bộ Quốc phòng, Bộ Công an',
  other_org: 'Cơ quan, tổ chức khác theo quy định',
  district_chairman: 'Chủ tịch Ủy ban nhân dân cấp huyện (đến 30/06/2025)',
};

/** law-reference §1 `Period`. */
export const PERIODS = [
  'annual',
  'school_year',
  'movement_end',
  'ad_hoc',
  'career',
  'service_years',
  'multi_year',
] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABELS: Record<Period, string> = {
  annual: 'Hằng năm',
  school_year: 'Theo năm học',
  movement_end: 'Khi sơ kết, tổng kết phong trào thi đua',
  ad_hoc: 'Khi có thành tích (theo đề nghị)',
  career: 'Theo quá trình cống hiến, một lần',
  service_years: 'Theo niên hạn',
  multi_year: 'Theo nhiều năm',
};

/** Hiện vật khen thưởng. */
export const INSIGNIA_KINDS = ['certificate', 'frame', 'badge', 'badge_box', 'flag', 'decoration'] as const;
export type InsigniaKind = (typeof INSIGNIA_KINDS)[number];
export const INSIGNIA_LABELS: Record<InsigniaKind, string> = {
  certificate: 'Bằng, giấy chứng nhận',
  frame: 'Khung',
  badge: 'Huy hiệu',
  badge_box: 'Hộp đựng huy hiệu',
  flag: 'Cờ',
  decoration: 'Huân chương, huy chương, kỷ niệm chương (kèm cuống, hộp)',
};

/** Every award code of law-reference §1, in catalogue order. */
export const AWARD_CODES = [
  // §1.1 emulation titles
  'cstd_toan_quoc',
  'cstd_bo_tinh',
  'cstd_co_so',
  'lao_dong_tien_tien',
  'chien_si_tien_tien',
  'co_thi_dua_chinh_phu',
  'co_thi_dua_bo_tinh',
  'co_thi_dua_quan_khu_dhqg',
  'tap_the_lao_dong_xuat_sac',
  'don_vi_quyet_thang',
  'tap_the_lao_dong_tien_tien',
  'don_vi_tien_tien',
  'xa_phuong_dac_khu_tieu_bieu',
  'thon_to_dan_pho_van_hoa',
  'gia_dinh_van_hoa',
  'danh_hieu_thi_dua_khac',
  // §1.2.1 orders
  'huan_chuong_sao_vang',
  'huan_chuong_ho_chi_minh',
  'huan_chuong_doc_lap_hang_1',
  'huan_chuong_doc_lap_hang_2',
  'huan_chuong_doc_lap_hang_3',
  'huan_chuong_quan_cong_hang_1',
  'huan_chuong_quan_cong_hang_2',
  'huan_chuong_quan_cong_hang_3',
  'huan_chuong_lao_dong_hang_1',
  'huan_chuong_lao_dong_hang_2',
  'huan_chuong_lao_dong_hang_3',
  'huan_chuong_bao_ve_to_quoc_hang_1',
  'huan_chuong_bao_ve_to_quoc_hang_2',
  'huan_chuong_bao_ve_to_quoc_hang_3',
  'huan_chuong_chien_cong_hang_1',
  'huan_chuong_chien_cong_hang_2',
  'huan_chuong_chien_cong_hang_3',
  'huan_chuong_dai_doan_ket_dan_toc',
  'huan_chuong_dung_cam',
  'huan_chuong_huu_nghi',
  // historical: resistance-war orders (khen thưởng tổng kết thành tích kháng chiến)
  'huan_chuong_khang_chien_hang_1',
  'huan_chuong_khang_chien_hang_2',
  'huan_chuong_khang_chien_hang_3',
  // §1.2.2 medals
  'huy_chuong_quan_ky_quyet_thang',
  'huy_chuong_vi_an_ninh_to_quoc',
  'huy_chuong_chien_si_ve_vang_hang_1',
  'huy_chuong_chien_si_ve_vang_hang_2',
  'huy_chuong_chien_si_ve_vang_hang_3',
  'huy_chuong_huu_nghi',
  'huy_chuong_tnxp_ve_vang',
  // historical: resistance-war medals
  'huy_chuong_khang_chien_hang_1',
  'huy_chuong_khang_chien_hang_2',
  // §1.2.3 State honorary titles
  'tinh_anh_hung',
  'thanh_pho_anh_hung',
  'ba_me_viet_nam_anh_hung',
  'anh_hung_llvtnd',
  'anh_hung_lao_dong',
  'nha_giao_nhan_dan',
  'nha_giao_uu_tu',
  'thay_thuoc_nhan_dan',
  'thay_thuoc_uu_tu',
  'nghe_si_nhan_dan',
  'nghe_si_uu_tu',
  'nghe_nhan_nhan_dan',
  'nghe_nhan_uu_tu',
  // §1.2.4 prizes
  'giai_thuong_ho_chi_minh',
  'giai_thuong_nha_nuoc',
  // §1.2.5 commemorative medals
  'ky_niem_chuong_ubtvqh',
  'ky_niem_chuong_bo_nganh_tinh',
  // §1.2.6 Bằng khen
  'bang_khen_thu_tuong',
  'bang_khen_bo_tinh',
  'bang_khen_quan_khu_dhqg',
  // §1.2.7 Giấy khen
  'giay_khen_don_vi_thuoc_bo',
  'giay_khen_doanh_nghiep',
  'giay_khen_co_quan_chuyen_mon_tinh',
  'giay_khen_chu_tich_ubnd_xa',
  'giay_khen_khac',
  // historical: the district level, abolished on 01/07/2025
  'giay_khen_chu_tich_ubnd_huyen',
  'giay_khen_co_quan_cap_huyen',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

export interface CatalogueEntry {
  code: AwardCode;
  /** Official Vietnamese name, with diacritics. */
  name: string;
  /** Other names the same title has carried (e.g. the Law's wording before a rename). */
  otherNames: string[];
  group: AwardGroup;
  subjectTypes: SubjectType[];
  /** Narrower subject, when the law restricts it (armed forces, foreigners, provinces…). */
  subjectNote: string | null;
  /** Deciding authority after the 2025 reform (law-reference §1.3). */
  authorities: AuthorityLevel[];
  /** Vietnamese label of the deciding authority for this title or form. */
  authorityLabel: string;
  periods: Period[];
  insignia: InsigniaKind[];
  /** Insignia come from the money tables for emulation titles [V]; elsewhere from practice [R]. */
  insigniaConfidence: Confidence;
  /** Legal basis, e.g. "Luật TĐKT 2022 Điều 22". */
  citation: string;
  confidence: Confidence;
  /** Commendation types (Law Điều 8) under which this title or form is awarded. */
  commendationTypes: CommendationType[];
  /**
   * The title or form is a rung of a merit (công trạng) ladder of law-reference §2–§3 — a prerequisite,
   * a streak element or a lower rank of an order. Whether one award record counts also depends on its
   * commendation type: ad hoc and thematic awards never count (gate G5, ND 152/2025 Điều 4) — the
   * eligibility engine decides that.
   */
  meritLadder: boolean;
  /**
   * Precedence within the group, higher = more senior. Among emulation titles it follows the money order
   * (ND 152/2025 Điều 49 k3: higher title → higher amount) and picks "the highest title" of §5.1 k4.
   */
  rank: number;
  /** Free Vietnamese note (periodicity doubts, pending renames…). */
  note: string | null;
  /**
   * First and last day on which the title or form could be conferred (ISO dates; null = open). Forms of a
   * level that no longer exists keep their entry, with `validTo`, so that award books of earlier years can
   * be imported and counted; nobody can be proposed for them any more (`isConferrableOn`).
   */
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

const LAW = 'Luật Thi đua, khen thưởng 06/2022/QH15';

const BASE_UNITS: AuthorityLevel[] = [
  'unit_under_ministry_or_province_dept',
  'commune_chairman',
  'enterprise',
];
const BASE_UNITS_LABEL =
  'Thủ trưởng đơn vị có tư cách pháp nhân thuộc bộ, ngành; Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh; Chủ tịch Ủy ban nhân dân cấp xã; Giám đốc doanh nghiệp, hợp tác xã';
const ARMED_FORCES_LABEL = 'Theo quy định của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an';
const MILITARY_BODIES_LABEL =
  'Thủ trưởng quân khu, quân đoàn, quân chủng, binh chủng, tổng cục (Bộ Quốc phòng), Ban Cơ yếu Chính phủ; Giám đốc Đại học Quốc gia';
const ARMED_FORCES_NOTE = 'Quân đội nhân dân, Công an nhân dân';

type Defaulted = 'otherNames' | 'subjectNote' | 'note' | 'insigniaConfidence' | 'validFrom' | 'validTo';
type Draft = Omit<CatalogueEntry, Defaulted> & Partial<Pick<CatalogueEntry, Defaulted>>;

function entry(d: Draft): CatalogueEntry {
  return {
    otherNames: [],
    subjectNote: null,
    note: null,
    insigniaConfidence: 'R',
    validFrom: null,
    validTo: null,
    ...d,
  };
}

// ---------------------------------------------------------------- §1.1 emulation titles (Law Điều 19–32)

const MERIT: CommendationType[] = ['cong_trang'];

const EMULATION_TITLES: CatalogueEntry[] = [
  entry({
    code: 'cstd_toan_quoc',
    name: 'Chiến sĩ thi đua toàn quốc',
    group: 'emulation_title',
    subjectTypes: ['individual'],
    authorities: ['prime_minister'],
    authorityLabel: 'Thủ tướng Chính phủ',
    periods: ['annual'],
    insignia: ['certificate', 'frame', 'badge', 'badge_box'],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 19, Điều 21`,
    confidence: 'V',
    commendationTypes: MERIT,
    meritLadder: true,
    rank: 40,
    note: 'Xét vào năm sau năm thứ hai liên tục đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh.',
  }),
  entry({
    code: 'cstd_bo_tinh',
    name: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
    group: 'emulation_title',
    subjectTypes: ['individual'],
    authorities: ['ministry_or_province'],
    authorityLabel: 'Bộ trưởng, Thủ trưởng ban, ngành; Chủ tịch Ủy ban nhân dân cấp tỉnh',
    periods: ['annual'],
    insignia: ['certificate', 'frame', 'badge', 'badge_box'],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 19, Điều 22; thẩm quyền Điều 79`,
    confidence: 'V',
    commendationTypes: MERIT,
    meritLadder: true,
    rank: 30,
  }),
  entry({
    code: 'cstd_co_so',
    name: 'Chiến sĩ thi đua cơ sở',
    group: 'emulation_title',
    subjectTypes: ['individual'],
    authorities: BASE_UNITS,
    authorityLabel: BASE_UNITS_LABEL,
    periods: ['annual'],
    insignia: ['certificate', 'frame'],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 23, Điều 80; Nghị định 129/2025/NĐ-CP Điều 59`,
    confidence: 'V',
    commendationTypes: MERIT,
    meritLadder: true,
    rank: 20,
  }),
  entry({
    code: 'lao_dong_tien_tien',
    name: 'Lao động tiên tiến',
    group: 'emulation_title',
    subjectTypes: ['individual'],
    authorities: BASE_UNITS,
    authorityLabel: BASE_UNITS_LABEL,
    periods: ['annual'],
    insignia: [],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 24 khoản 1, khoản 3; Điều 80`,
    confidence: 'V',
    commendationTypes: MERIT,
    meritLadder: true,
    rank: 10,
  }),
  entry({
    code: 'chien_si_tien_tien',
    name: 'Chiến sĩ tiên tiến',
    group: 'emulation_title',
    subjectTypes: ['individual'],
    subjectNote: 'Quân đội nhân dân, Công an nhân dân, dân quân thường trực, dân quân cơ động',
    authorities: ['mod_moc_internal'],
    authorityLabel: ARMED_FORCES_LABEL,
    periods: ['annual'],
    insignia: [],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 24 khoản 2; Điều 80 khoản 5`,
    confidence: 'V',
    commendationTypes: MERIT,
    meritLadder: true,
    rank: 10,
  }),
  entry({
    code: 'co_thi_dua_chinh_phu',
    name: 'Cờ thi đua của Chính phủ',
    group: 'emulation_title',
    subjectTypes: ['collective'],
    authorities: ['prime_minister'],
    authorityLabel: 'Thủ tướng Chính phủ',
    periods: ['annual', 'movement_end'],
    insignia: ['flag'],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 20, Điều 25`,
    confidence: 'V',
    commendationTypes: ['cong_trang', 'phong_trao_thi_dua'],
    meritLadder: true,
    rank: 60,
    note: 'Hằng năm; hoặc khi tổng kết phong trào thi đua do Thủ tướng phát động từ 05 năm trở lên.',
  }),
  entry({
    code: 'co_thi_dua_bo_tinh',
    name: 'Cờ thi đua của bộ, ban, ngành, tỉnh',
    group: 'emulation_title',
    subjectTypes: ['collective'],
    authorities: ['ministry_or_province'],
    authorityLabel: 'Bộ trưởng, Thủ trưởng ban, ngành; Chủ tịch Ủy ban nhân dân cấp tỉnh',
    periods: ['annual', 'movement_end'],
    insignia: ['flag'],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 26`,
    confidence: 'R',
    commendationTypes: ['cong_trang', 'phong_trao_thi_dua'],
    meritLadder: true,
    rank: 50,
    note: 'Hằng năm cho đơn vị dẫn đầu cụm, khối thi đua; hoặc khi tổng kết phong trào thi đua theo chuyên đề từ 03 năm trở lên.',
  }),
  entry({
    code: 'co_thi_dua_quan_khu_dhqg',
    name: 'Cờ thi đua của quân khu, quân đoàn, quân chủng, binh chủng, tổng cục, Ban Cơ yếu Chính phủ, Đại học Quốc gia',
    group: 'emulation_title',
    subjectTypes: ['collective'],
    authorities: ['mod_moc_internal', 'other_org'],
    authorityLabel: MILITARY_BODIES_LABEL,
    periods: ['annual'],
    insignia: ['flag'],
    insigniaConfidence: 'V',
    citation: 'Nghị định 152/2025/NĐ-CP Điều 50 khoản 2 điểm g',
    confidence: 'V',
    commendationTypes: ['cong_trang', 'phong_trao_thi_dua'],
    meritLadder: true,
    rank: 45,
  }),
  entry({
    code: 'tap_the_lao_dong_xuat_sac',
    name: 'Tập thể lao động xuất sắc',
    group: 'emulation_title',
    subjectTypes: ['collective'],
    authorities: ['ministry_or_province'],
    authorityLabel: 'Bộ trưởng, Thủ trưởng ban, ngành; Chủ tịch Ủy ban nhân dân cấp tỉnh',
    periods: ['annual'],
    insignia: ['certificate', 'frame'],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 27`,
    confidence: 'R',
    commendationTypes: MERIT,
    meritLadder: true,
    rank: 20,
  }),
  entry({
    code: 'don_vi_quyet_thang',
    name: 'Đơn vị quyết thắng',
    group: 'emulation_title',
    subjectTypes: ['collective'],
    subjectNote: ARMED_FORCES_NOTE,
    authorities: ['mod_moc_internal'],
    authorityLabel: ARMED_FORCES_LABEL,
    periods: ['annual'],
    insignia: ['certificate', 'frame'],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 27`,
    confidence: 'R',
    commendationTypes: MERIT,
    meritLadder: true,
    rank: 20,
  }),
  entry({
    code: 'tap_the_lao_dong_tien_tien',
    name: 'Tập thể lao động tiên tiến',
    group: 'emulation_title',
    subjectTypes: ['collective'],
    authorities: BASE_UNITS,
    authorityLabel: BASE_UNITS_LABEL,
    periods: ['annual'],
    insignia: [],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 28, Điều 80`,
    confidence: 'V',
    commendationTypes: MERIT,
    meritLadder: true,
    rank: 10,
    note: 'Tiêu chuẩn Điều 28 chưa đối chiếu văn bản [R]; thẩm quyền đã đối chiếu.',
  }),
  entry({
    code: 'don_vi_tien_tien',
    name: 'Đơn vị tiên tiến',
    group: 'emulation_title',
    subjectTypes: ['collective'],
    subjectNote: ARMED_FORCES_NOTE,
    authorities: ['mod_moc_internal'],
    authorityLabel: ARMED_FORCES_LABEL,
    periods: ['annual'],
    insignia: [],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 28; Điều 80 khoản 5`,
    confidence: 'R',
    commendationTypes: MERIT,
    meritLadder: true,
    rank: 10,
  }),
  entry({
    code: 'xa_phuong_dac_khu_tieu_bieu',
    name: 'Xã, phường, đặc khu tiêu biểu',
    otherNames: ['Xã, phường, thị trấn tiêu biểu'],
    group: 'emulation_title',
    subjectTypes: ['collective'],
    subjectNote: 'Đơn vị hành chính cấp xã',
    authorities: ['ministry_or_province'],
    authorityLabel: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    periods: ['multi_year'],
    insignia: ['certificate', 'frame'],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 20 khoản 1 điểm đ; Nghị định 152/2025/NĐ-CP Điều 50 khoản 2 điểm c; Nghị định 86/2023/NĐ-CP`,
    confidence: 'V',
    commendationTypes: MERIT,
    meritLadder: false,
    rank: 25,
    note: 'Luật 2022 gọi là "Xã, phường, thị trấn tiêu biểu"; quy định tiền thưởng của Nghị định 152/2025 đã dùng "xã, phường, đặc khu tiêu biểu". Chu kỳ xét theo Nghị định 86/2023 chưa xác nhận [R].',
  }),
  entry({
    code: 'thon_to_dan_pho_van_hoa',
    name: 'Thôn, tổ dân phố văn hóa',
    group: 'emulation_title',
    subjectTypes: ['collective'],
    subjectNote: 'Thôn, tổ dân phố',
    authorities: ['commune_chairman'],
    authorityLabel: 'Chủ tịch Ủy ban nhân dân cấp xã',
    periods: ['multi_year'],
    insignia: ['certificate', 'frame'],
    insigniaConfidence: 'V',
    citation: `${LAW} Điều 20 khoản 1 điểm e; Nghị định 129/2025/NĐ-CP Điều 59; Nghị định 86/2023/NĐ-CP`,
    confidence: 'V',
    commendationTypes: MERIT,
    meritLadder: false,
    rank: 20,
    note: 'Trước 01/07/2025 do Chủ tịch Ủy ban nhân dân cấp huyện quyết định. Chu kỳ xét theo Nghị định 86/2023 chưa xác nhận [R].',
  }),
  entry({
    code: 'gia_dinh_van_hoa',
    name: 'Gia đình văn hóa',
    group: 'emulation_title',
    subjectTypes: ['household'],
    authorities: ['commune_chairman'],
    authorityLabel: 'Chủ tịch Ủy ban nhân dân cấp xã',
    periods: ['annual'],
    insignia: [],
    insigniaConfidence: 'R',
    citation: `${LAW} Điều 20 khoản 2; Nghị định 86/2023/NĐ-CP`,
    confidence: 'V',
    commendationTypes: MERIT,
    meritLadder: false,
    rank: 5,
    note: 'Xét hằng năm theo thực tiễn thủ tục cấp xã [V2]; chu kỳ theo Nghị định 86/2023 chưa xác nhận.',
  }),
  entry({
    code: 'danh_hieu_thi_dua_khac',
    name: 'Danh hiệu thi đua khác do bộ, ngành, tỉnh, tổ chức quy định',
    group: 'emulation_title',
    subjectTypes: ['individual', 'collective', 'household'],
    authorities: ['ministry_or_province', 'other_org'],
    authorityLabel: 'Cơ quan, tổ chức ban hành danh hiệu',
    periods: ['annual'],
    insignia: [],
    insigniaConfidence: 'R',
    citation: `${LAW} Điều 32`,
    confidence: 'V2',
    commendationTypes: ['cong_trang', 'phong_trao_thi_dua'],
    meritLadder: false,
    rank: 0,
    note: 'Tiêu chuẩn, chu kỳ và tiền thưởng do cơ quan ban hành quy định.',
  }),
];

// ---------------------------------------------------------------- §1.2.1 orders (Law Điều 33–53)

const ORDER_TYPES: CommendationType[] = [
  'cong_trang',
  'dot_xuat',
  'phong_trao_thi_dua',
  'qua_trinh_cong_hien',
];
const RANK_NAMES = { 1: 'hạng Nhất', 2: 'hạng Nhì', 3: 'hạng Ba' } as const;

/**
 * Huân chương, Huy chương Kháng chiến: created by Sắc lệnh 216/SL (1948), left out of the ladder since the
 * 2003 Law, still conferred when the resistance wars are summed up (khen thưởng tổng kết thành tích kháng
 * chiến). Real award books of 2015–2020 hold them (seed 004); the statistical forms count them on their
 * own row "Kháng chiến" (src/domain/statistics).
 */
const RESISTANCE: Partial<Draft> = {
  subjectTypes: ['individual', 'collective', 'household'],
  subjectNote: 'Tập thể, gia đình, cá nhân có công lao, thành tích trong kháng chiến chống Pháp, chống Mỹ',
  authorityLabel: 'Chủ tịch nước',
  periods: ['career'],
  citation:
    'Sắc lệnh 216/SL ngày 20/8/1948; khen thưởng tổng kết thành tích kháng chiến theo Nghị định 28/2024/NĐ-CP, nay Nghị định 152/2025/NĐ-CP',
  confidence: 'R',
  commendationTypes: ['qua_trinh_cong_hien'],
  meritLadder: false,
  note: 'Không thuộc thang bậc khen thưởng của Luật; chỉ tặng khi tổng kết thành tích kháng chiến. Biểu thống kê tính vào dòng "Kháng chiến".',
};

function order(code: AwardCode, name: string, rank: number, extra: Partial<Draft> = {}): CatalogueEntry {
  return entry({
    code,
    name,
    group: 'order',
    subjectTypes: ['individual', 'collective'],
    authorities: ['president'],
    authorityLabel: 'Chủ tịch nước (theo đề nghị của Thủ tướng Chính phủ)',
    periods: ['ad_hoc', 'career'],
    insignia: ['decoration', 'certificate'],
    citation: `${LAW} Điều 33 khoản 2; tiêu chuẩn Điều 34–53`,
    confidence: 'V',
    commendationTypes: ORDER_TYPES,
    meritLadder: true,
    rank,
    note: 'Danh mục đã đối chiếu; số điều về tiêu chuẩn từng loại chưa đối chiếu [R].',
    ...extra,
  });
}

function rankedOrders(stem: string, label: string, topRank: number): CatalogueEntry[] {
  return ([1, 2, 3] as const).map((n) =>
    order(
      `huan_chuong_${stem}_hang_${n}` as AwardCode,
      `Huân chương ${label} ${RANK_NAMES[n]}`,
      topRank - n + 1,
    ),
  );
}

const ORDERS: CatalogueEntry[] = [
  order('huan_chuong_sao_vang', 'Huân chương Sao vàng', 100),
  order('huan_chuong_ho_chi_minh', 'Huân chương Hồ Chí Minh', 95),
  ...rankedOrders('doc_lap', 'Độc lập', 90),
  ...rankedOrders('quan_cong', 'Quân công', 90),
  ...rankedOrders('lao_dong', 'Lao động', 80),
  ...rankedOrders('bao_ve_to_quoc', 'Bảo vệ Tổ quốc', 80),
  ...rankedOrders('chien_cong', 'Chiến công', 80),
  order('huan_chuong_dai_doan_ket_dan_toc', 'Huân chương Đại đoàn kết dân tộc', 79),
  order('huan_chuong_dung_cam', 'Huân chương Dũng cảm', 78, {
    subjectTypes: ['individual'],
    subjectNote: 'Cá nhân dũng cảm cứu người, cứu tài sản',
    commendationTypes: ['dot_xuat'],
    periods: ['ad_hoc'],
    meritLadder: false,
  }),
  order('huan_chuong_huu_nghi', 'Huân chương Hữu nghị', 70, {
    subjectNote: 'Cá nhân, tập thể người nước ngoài',
    commendationTypes: ['doi_ngoai'],
    periods: ['ad_hoc'],
    meritLadder: false,
  }),
  ...([1, 2, 3] as const).map((n) =>
    order(
      `huan_chuong_khang_chien_hang_${n}`,
      `Huân chương Kháng chiến ${RANK_NAMES[n]}`,
      70 - n,
      RESISTANCE,
    ),
  ),
];

// ---------------------------------------------------------------- §1.2.2 medals (Law Điều 54–58)

function medal(code: AwardCode, name: string, rank: number, extra: Partial<Draft> = {}): CatalogueEntry {
  return entry({
    code,
    name,
    group: 'medal',
    subjectTypes: ['individual'],
    subjectNote: ARMED_FORCES_NOTE,
    authorities: ['president'],
    authorityLabel: 'Chủ tịch nước (hồ sơ do Bộ Quốc phòng, Bộ Công an xử lý)',
    periods: ['service_years'],
    insignia: ['decoration', 'certificate'],
    citation: `${LAW} Điều 54 khoản 2`,
    confidence: 'V',
    commendationTypes: ['nien_han'],
    meritLadder: false,
    rank,
    ...extra,
  });
}

const MEDALS: CatalogueEntry[] = [
  medal('huy_chuong_quan_ky_quyet_thang', 'Huy chương Quân kỳ quyết thắng', 50, {
    subjectNote: 'Quân đội nhân dân',
  }),
  medal('huy_chuong_vi_an_ninh_to_quoc', 'Huy chương Vì an ninh Tổ quốc', 50, {
    subjectNote: 'Công an nhân dân',
  }),
  medal('huy_chuong_chien_si_ve_vang_hang_1', 'Huy chương Chiến sĩ vẻ vang hạng Nhất', 40),
  medal('huy_chuong_chien_si_ve_vang_hang_2', 'Huy chương Chiến sĩ vẻ vang hạng Nhì', 39),
  medal('huy_chuong_chien_si_ve_vang_hang_3', 'Huy chương Chiến sĩ vẻ vang hạng Ba', 38),
  medal('huy_chuong_huu_nghi', 'Huy chương Hữu nghị', 30, {
    subjectNote: 'Cá nhân người nước ngoài',
    authorityLabel: 'Chủ tịch nước',
    periods: ['ad_hoc'],
    commendationTypes: ['doi_ngoai'],
  }),
  medal('huy_chuong_tnxp_ve_vang', 'Huy chương Thanh niên xung phong vẻ vang', 20, {
    subjectNote: 'Cựu thanh niên xung phong',
    authorityLabel: 'Chủ tịch nước',
    periods: ['career'],
    citation: 'Nghị định 28/2024/NĐ-CP (nay quy định tại Nghị định 152/2025/NĐ-CP)',
    commendationTypes: ['qua_trinh_cong_hien'],
    note: 'Loại hình khen thưởng áp dụng chưa đối chiếu [R].',
  }),
  ...([1, 2] as const).map((n) =>
    medal(`huy_chuong_khang_chien_hang_${n}`, `Huy chương Kháng chiến ${RANK_NAMES[n]}`, 16 - n, {
      ...RESISTANCE,
      subjectTypes: ['individual'],
      subjectNote: 'Cá nhân có công lao, thành tích trong kháng chiến chống Pháp, chống Mỹ',
    }),
  ),
];

// ---------------------------------------------------------------- §1.2.3 State honorary titles (Law Điều 59–67)

function honorary(
  code: AwardCode,
  name: string,
  article: string,
  confidence: Confidence,
  rank: number,
  extra: Partial<Draft> = {},
): CatalogueEntry {
  return entry({
    code,
    name,
    group: 'honorary_title',
    subjectTypes: ['individual'],
    authorities: ['president'],
    authorityLabel: 'Chủ tịch nước',
    periods: ['multi_year'],
    insignia: ['decoration', 'certificate'],
    citation: `${LAW} Điều 59 khoản 2; ${article}`,
    confidence,
    commendationTypes: ['cong_trang'],
    meritLadder: false,
    rank,
    ...extra,
  });
}

const SECTOR_DECREE = 'và nghị định chuyên ngành';
const HONORARY_TITLES: CatalogueEntry[] = [
  honorary('tinh_anh_hung', 'Tỉnh Anh hùng', 'Điều 60', 'V', 100, {
    subjectTypes: ['collective'],
    subjectNote: 'Tỉnh',
    periods: ['ad_hoc'],
  }),
  honorary('thanh_pho_anh_hung', 'Thành phố Anh hùng', 'Điều 60', 'V', 100, {
    subjectTypes: ['collective'],
    subjectNote: 'Thành phố trực thuộc trung ương',
    periods: ['ad_hoc'],
  }),
  honorary('ba_me_viet_nam_anh_hung', 'Bà mẹ Việt Nam anh hùng', 'Điều 61', 'R', 90, {
    subjectNote: 'Tặng hoặc truy tặng',
    periods: ['career'],
  }),
  honorary('anh_hung_llvtnd', 'Anh hùng Lực lượng vũ trang nhân dân', 'Điều 62', 'R', 90, {
    subjectTypes: ['individual', 'collective'],
    periods: ['ad_hoc'],
    commendationTypes: ['cong_trang', 'dot_xuat'],
  }),
  honorary('anh_hung_lao_dong', 'Anh hùng Lao động', 'Điều 63', 'V2', 90, {
    subjectTypes: ['individual', 'collective'],
    periods: ['ad_hoc'],
    commendationTypes: ['cong_trang', 'dot_xuat'],
  }),
  honorary('nha_giao_nhan_dan', 'Nhà giáo nhân dân', `Điều 64 ${SECTOR_DECREE}`, 'R', 80),
  honorary('nha_giao_uu_tu', 'Nhà giáo ưu tú', `Điều 64 ${SECTOR_DECREE}`, 'R', 70),
  honorary('thay_thuoc_nhan_dan', 'Thầy thuốc nhân dân', `Điều 65 ${SECTOR_DECREE}`, 'R', 80),
  honorary('thay_thuoc_uu_tu', 'Thầy thuốc ưu tú', `Điều 65 ${SECTOR_DECREE}`, 'R', 70),
  honorary('nghe_si_nhan_dan', 'Nghệ sĩ nhân dân', `Điều 66 ${SECTOR_DECREE}`, 'R', 80),
  honorary('nghe_si_uu_tu', 'Nghệ sĩ ưu tú', `Điều 66 ${SECTOR_DECREE}`, 'R', 70),
  honorary('nghe_nhan_nhan_dan', 'Nghệ nhân nhân dân', `Điều 67 ${SECTOR_DECREE}`, 'R', 80),
  honorary('nghe_nhan_uu_tu', 'Nghệ nhân ưu tú', `Điều 67 ${SECTOR_DECREE}`, 'R', 70),
];

// ---------------------------------------------------------------- §1.2.4 prizes

function prize(code: AwardCode, name: string, rank: number): CatalogueEntry {
  return entry({
    code,
    name,
    group: 'prize',
    subjectTypes: ['individual', 'collective'],
    subjectNote: 'Tác giả, đồng tác giả của công trình',
    authorities: ['president'],
    authorityLabel: 'Chủ tịch nước',
    periods: ['multi_year'],
    insignia: ['decoration', 'certificate'],
    citation: `${LAW} Điều 9; tiêu chuẩn và tiền thưởng theo nghị định chuyên ngành (khoa học và công nghệ; văn học, nghệ thuật)`,
    confidence: 'R',
    commendationTypes: ['cong_trang'],
    meritLadder: false,
    rank,
  });
}

const PRIZES: CatalogueEntry[] = [
  prize('giai_thuong_ho_chi_minh', 'Giải thưởng Hồ Chí Minh', 20),
  prize('giai_thuong_nha_nuoc', 'Giải thưởng Nhà nước', 10),
];

// ---------------------------------------------------------------- §1.2.5 commemorative medals (Law Điều 71)

const COMMEMORATIVE_MEDALS: CatalogueEntry[] = [
  entry({
    code: 'ky_niem_chuong_ubtvqh',
    name: 'Kỷ niệm chương của Ủy ban Thường vụ Quốc hội',
    group: 'commemorative_medal',
    subjectTypes: ['individual'],
    authorities: ['other_org'],
    authorityLabel: 'Ủy ban Thường vụ Quốc hội',
    periods: ['career'],
    insignia: ['decoration', 'certificate'],
    citation: `${LAW} Điều 71`,
    confidence: 'V2',
    commendationTypes: ['qua_trinh_cong_hien'],
    meritLadder: false,
    rank: 20,
    note: 'Tiêu chuẩn do cơ quan ban hành quy định.',
  }),
  entry({
    code: 'ky_niem_chuong_bo_nganh_tinh',
    name: 'Kỷ niệm chương của bộ, ban, ngành, tỉnh, tổ chức chính trị - xã hội',
    group: 'commemorative_medal',
    subjectTypes: ['individual'],
    authorities: ['ministry_or_province', 'other_org'],
    authorityLabel:
      'Bộ, ban, ngành, tỉnh; tổ chức chính trị, tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp trung ương',
    periods: ['career'],
    insignia: ['decoration', 'certificate'],
    citation: `${LAW} Điều 71; quy định của cơ quan ban hành (ví dụ Thông tư 15/2025/TT-BXD, Thông tư 12/2024/TT-BNV)`,
    confidence: 'V2',
    commendationTypes: ['qua_trinh_cong_hien'],
    meritLadder: false,
    rank: 10,
    note: 'Thường tặng một lần cho mỗi người với mỗi loại; tiêu chuẩn (ví dụ số năm công tác) theo quy định của ngành [L].',
  }),
];

// ---------------------------------------------------------------- §1.2.6 Bằng khen (Law Điều 72–74)

const BK_TYPES: CommendationType[] = [
  'cong_trang',
  'dot_xuat',
  'phong_trao_thi_dua',
  'qua_trinh_cong_hien',
  'doi_ngoai',
];

const BANG_KHEN: CatalogueEntry[] = [
  entry({
    code: 'bang_khen_thu_tuong',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    group: 'bang_khen',
    subjectTypes: ['individual', 'collective', 'household'],
    authorities: ['prime_minister'],
    authorityLabel: 'Thủ tướng Chính phủ',
    periods: ['multi_year', 'ad_hoc', 'movement_end'],
    insignia: ['certificate', 'frame'],
    citation: `${LAW} Điều 72, Điều 73`,
    confidence: 'V2',
    commendationTypes: BK_TYPES,
    meritLadder: true,
    rank: 30,
  }),
  entry({
    code: 'bang_khen_bo_tinh',
    name: 'Bằng khen của bộ, ban, ngành, tỉnh',
    group: 'bang_khen',
    subjectTypes: ['individual', 'collective', 'household'],
    authorities: ['ministry_or_province'],
    authorityLabel: 'Bộ trưởng, Thủ trưởng ban, ngành, tổ chức trung ương; Chủ tịch Ủy ban nhân dân cấp tỉnh',
    periods: ['multi_year', 'ad_hoc', 'movement_end'],
    insignia: ['certificate', 'frame'],
    citation: `${LAW} Điều 72, Điều 74`,
    confidence: 'V2',
    commendationTypes: BK_TYPES,
    meritLadder: true,
    rank: 20,
  }),
  entry({
    code: 'bang_khen_quan_khu_dhqg',
    name: 'Bằng khen của quân khu, quân đoàn, quân chủng, binh chủng, tổng cục, Ban Cơ yếu Chính phủ, Đại học Quốc gia',
    group: 'bang_khen',
    subjectTypes: ['individual', 'collective'],
    authorities: ['mod_moc_internal', 'other_org'],
    authorityLabel: MILITARY_BODIES_LABEL,
    periods: ['multi_year', 'ad_hoc', 'movement_end'],
    insignia: ['certificate', 'frame'],
    citation: 'Nghị định 152/2025/NĐ-CP Điều 54',
    confidence: 'V2',
    commendationTypes: BK_TYPES,
    meritLadder: true,
    rank: 10,
  }),
];

// ---------------------------------------------------------------- §1.2.7 Giấy khen (Law Điều 75)

const GK_TYPES: CommendationType[] = ['cong_trang', 'dot_xuat', 'phong_trao_thi_dua'];

function giayKhen(
  code: AwardCode,
  name: string,
  authorities: AuthorityLevel[],
  authorityLabel: string,
  subjectTypes: SubjectType[],
  extra: Partial<Draft> = {},
): CatalogueEntry {
  return entry({
    code,
    name,
    group: 'giay_khen',
    subjectTypes,
    authorities,
    authorityLabel,
    periods: ['annual', 'ad_hoc', 'movement_end'],
    insignia: ['certificate', 'frame'],
    citation: `${LAW} Điều 75 khoản 1`,
    confidence: 'V2',
    commendationTypes: GK_TYPES,
    meritLadder: false,
    rank: 10,
    ...extra,
  });
}

const ALL_SUBJECTS: SubjectType[] = ['individual', 'collective', 'household'];

/** The last day of the district level (cấp huyện): local government has two tiers from 01/07/2025. */
export const DISTRICT_LEVEL_LAST_DAY: IsoDate = '2025-06-30';

const GIAY_KHEN: CatalogueEntry[] = [
  giayKhen(
    'giay_khen_don_vi_thuoc_bo',
    'Giấy khen của Thủ trưởng cơ quan, đơn vị thuộc bộ, ban, ngành',
    ['unit_under_ministry_or_province_dept'],
    'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc bộ, ban, ngành',
    ALL_SUBJECTS,
  ),
  giayKhen(
    'giay_khen_doanh_nghiep',
    'Giấy khen của Chủ tịch Hội đồng quản trị, Chủ tịch Hội đồng thành viên, Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã',
    ['enterprise'],
    AUTHORITY_LEVEL_LABELS.enterprise,
    ['individual', 'collective'],
  ),
  giayKhen(
    'giay_khen_co_quan_chuyen_mon_tinh',
    'Giấy khen của Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh',
    ['unit_under_ministry_or_province_dept'],
    'Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh và tương đương',
    ALL_SUBJECTS,
  ),
  giayKhen(
    'giay_khen_chu_tich_ubnd_xa',
    'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
    ['commune_chairman'],
    'Chủ tịch Ủy ban nhân dân cấp xã (xã, phường, đặc khu)',
    ALL_SUBJECTS,
    {
      citation: `${LAW} Điều 75 khoản 1; Nghị định 129/2025/NĐ-CP Điều 59`,
      note: 'Thẩm quyền tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện chấm dứt từ 01/07/2025.',
    },
  ),
  giayKhen(
    'giay_khen_khac',
    'Giấy khen của thủ trưởng cơ quan, đơn vị khác',
    ['other_org'],
    'Thủ trưởng cơ quan, đơn vị được giao thẩm quyền theo quy định của bộ, ngành, tỉnh',
    ALL_SUBJECTS,
    { confidence: 'L', rank: 5 },
  ),
  // The district level ended on 30/06/2025 (two-tier local government from 01/07/2025; its TĐKT powers
  // went to the commune chairman, Nghị định 129/2025/NĐ-CP Điều 59). Kept for the award books of earlier years.
  giayKhen(
    'giay_khen_chu_tich_ubnd_huyen',
    'Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện',
    ['district_chairman'],
    'Chủ tịch Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh',
    ALL_SUBJECTS,
    {
      otherNames: ['Giấy khen của Ủy ban nhân dân huyện', 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện'],
      citation: `Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013); ${LAW} Điều 75 khoản 1 (đến 30/06/2025); Nghị định 129/2025/NĐ-CP Điều 59`,
      validTo: DISTRICT_LEVEL_LAST_DAY,
      note: 'Cấp huyện kết thúc hoạt động từ 01/07/2025; thẩm quyền chuyển cho Chủ tịch Ủy ban nhân dân cấp xã. Giữ để nhập và thống kê sổ khen thưởng các năm trước.',
    },
  ),
  giayKhen(
    'giay_khen_co_quan_cap_huyen',
    'Giấy khen của thủ trưởng cơ quan, tổ chức, đoàn thể cấp huyện',
    ['other_org'],
    'Thủ trưởng phòng, ban, cơ quan chuyên môn; người đứng đầu tổ chức chính trị - xã hội cấp huyện theo quy chế của tỉnh, của tổ chức',
    ALL_SUBJECTS,
    {
      citation: `${LAW} Điều 75 khoản 1; quy chế thi đua, khen thưởng của tỉnh, của tổ chức (đến 30/06/2025)`,
      confidence: 'L',
      rank: 5,
      validTo: DISTRICT_LEVEL_LAST_DAY,
      note: 'Cấp huyện kết thúc hoạt động từ 01/07/2025. Giữ để nhập và thống kê sổ khen thưởng các năm trước.',
    },
  ),
];

/** The whole catalogue, in the order of law-reference §1. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...EMULATION_TITLES,
  ...ORDERS,
  ...MEDALS,
  ...HONORARY_TITLES,
  ...PRIZES,
  ...COMMEMORATIVE_MEDALS,
  ...BANG_KHEN,
  ...GIAY_KHEN,
];

const BY_CODE: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.map((e) => [e.code, e]));

export function isKnownAwardCode(code: string): code is AwardCode {
  return BY_CODE.has(code);
}

/** The catalogue entry of `code`, or undefined for a code the catalogue does not know. */
export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return BY_CODE.get(code);
}

/**
 * Whether the title or form could be conferred on `date` (ISO): false before its `validFrom` and after its
 * `validTo` (a district Giấy khen dated 01/07/2025 or later), and for a code the catalogue does not know.
 */
export function isConferrableOn(code: string, date: IsoDate): boolean {
  const e = BY_CODE.get(code);
  return (
    e !== undefined &&
    (e.validFrom === null || e.validFrom <= date) &&
    (e.validTo === null || date <= e.validTo)
  );
}

/** Vietnamese name of a code, or the code itself when unknown (for labels of historical data). */
export function awardName(code: string): string {
  return BY_CODE.get(code)?.name ?? code;
}

/**
 * The Chiến sĩ thi đua titles, lowest first: cơ sở (Luật Thi đua, khen thưởng 2022 Điều 23), bộ, ban, ngành,
 * tỉnh (Điều 22: chosen among three-time CSTĐ cơ sở) and toàn quốc (Điều 21: chosen among two-time CSTĐ bộ,
 * tỉnh).
 */
export const CSTD_CODES = ['cstd_co_so', 'cstd_bo_tinh', 'cstd_toan_quoc'] as const;

/**
 * The titles that mean their holder met the Lao động tiên tiến / Chiến sĩ tiên tiến standard that year: the
 * two titles themselves (Luật Thi đua, khen thưởng 2022 Điều 24 k1, k2) and every Chiến sĩ thi đua, whose
 * standard includes it (Điều 23 k1 a: CSTĐ cơ sở is for an individual who "đạt tiêu chuẩn Lao động tiên tiến,
 * Chiến sĩ tiên tiến"; Điều 21–22 choose among CSTĐ cơ sở). The member ratios of Điều 27 k3 and Điều 28 k3
 * (collectives) count these.
 */
export const LDTT_OR_BETTER_CODES = ['lao_dong_tien_tien', 'chien_si_tien_tien', ...CSTD_CODES] as const;

const LDTT_OR_BETTER: ReadonlySet<string> = new Set(LDTT_OR_BETTER_CODES);
const CSTD_OR_BETTER: ReadonlySet<string> = new Set(CSTD_CODES);

/** Whether `code` is Lao động tiên tiến, Chiến sĩ tiên tiến or a Chiến sĩ thi đua of any level. */
export function isLdttOrBetter(code: string): boolean {
  return LDTT_OR_BETTER.has(code);
}

/** Whether `code` is a Chiến sĩ thi đua of any level (cơ sở, bộ/tỉnh, toàn quốc). */
export function isCstdOrBetter(code: string): boolean {
  return CSTD_OR_BETTER.has(code);
}

// ---------------------------------------------------------------- §6 commendation types (Law Điều 8)

export interface CommendationTypeEntry {
  code: CommendationType;
  name: string;
  definition: string;
  procedure: string;
  citation: string;
  confidence: Confidence;
  /** The rule sets in which the type exists; `chuyen_de` only from RS_2026 and behind a setting ([D]). */
  ruleSets: RuleSetId[];
}

const EVERY_RULE_SET: RuleSetId[] = ['RS_2024', 'RS_2025', 'RS_2026'];

const TYPE_DETAILS: Record<
  CommendationType,
  Omit<CommendationTypeEntry, 'code' | 'name' | 'ruleSets'> & { ruleSets?: RuleSetId[] }
> = {
  cong_trang: {
    definition:
      'Khen thưởng cho tập thể, cá nhân thường xuyên đạt thành tích xuất sắc (thường xuyên, tổng kết năm).',
    procedure:
      'Theo chu kỳ hằng năm; Hội đồng Thi đua - Khen thưởng xét; bỏ phiếu kín đối với danh hiệu; hồ sơ đầy đủ.',
    citation: `${LAW} Điều 8`,
    confidence: 'V',
  },
  dot_xuat: {
    definition: 'Khen thưởng kịp thời thành tích xuất sắc đột xuất.',
    procedure:
      'Bất kỳ lúc nào; có thể theo thủ tục đơn giản; kết quả không dùng làm căn cứ khen thưởng công trạng cao hơn (Nghị định 152/2025/NĐ-CP Điều 4).',
    citation: `${LAW} Điều 8`,
    confidence: 'V',
  },
  phong_trao_thi_dua: {
    definition:
      'Khen thưởng thành tích xuất sắc trong phong trào thi đua theo đợt, theo chuyên đề hoặc phục vụ nhiệm vụ chính trị.',
    procedure:
      'Khi sơ kết, tổng kết phong trào; Cờ thi đua cần phong trào từ 03 năm (bộ, tỉnh) hoặc 05 năm (Chính phủ) trở lên; kết quả không dùng làm căn cứ khen thưởng công trạng.',
    citation: `${LAW} Điều 8`,
    confidence: 'V',
  },
  qua_trinh_cong_hien: {
    definition:
      'Khen thưởng người có quá trình cống hiến lâu dài trong các thời kỳ cách mạng hoặc giữ chức vụ lãnh đạo, quản lý.',
    procedure:
      'Khi có thông báo, quyết định nghỉ hưu (kể cả đã từ trần); theo bảng chức vụ và thời gian giữ chức vụ; nữ được giảm 1/3 thời gian (Nghị định 152/2025/NĐ-CP Điều 4 khoản 7, Điều 9).',
    citation: `${LAW} Điều 8; Nghị định 152/2025/NĐ-CP Điều 9`,
    confidence: 'V',
  },
  nien_han: {
    definition: 'Khen thưởng theo niên hạn công tác đối với quân nhân, công an.',
    procedure: 'Theo quy định của Bộ Quốc phòng, Bộ Công an.',
    citation: `${LAW} Điều 8`,
    confidence: 'V',
  },
  doi_ngoai: {
    definition: 'Khen thưởng người Việt Nam ở nước ngoài, người nước ngoài, tổ chức nước ngoài.',
    procedure: 'Mẫu báo cáo thành tích riêng cho cá nhân, tập thể.',
    citation: `${LAW} Điều 8`,
    confidence: 'V',
  },
  chuyen_de: {
    definition:
      'Khen thưởng phong trào thi đua theo chuyên đề, khen thưởng chuyên đề (bổ sung theo Luật 06/2026/QH16 — theo tin tóm tắt).',
    procedure: 'Chưa có văn bản chính thức; chỉ bật khi được cấu hình.',
    citation: 'Luật 06/2026/QH16 (chưa đối chiếu toàn văn)',
    confidence: 'D',
    ruleSets: ['RS_2026'],
  },
};

export const COMMENDATION_TYPE_CATALOGUE: readonly CommendationTypeEntry[] = COMMENDATION_TYPES.map(
  (code) => {
    const { ruleSets, ...rest } = TYPE_DETAILS[code];
    return { code, name: COMMENDATION_TYPE_LABELS[code], ruleSets: ruleSets ?? EVERY_RULE_SET, ...rest };
  },
);
