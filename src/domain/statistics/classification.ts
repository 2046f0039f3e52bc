/**
 * Every catalogue code classified the way the statistical forms group awards (Thông tư 02/2023/TT-BNV,
 * biểu 0602.N/BNV-TĐKT "khen thưởng cấp Nhà nước" and 0603.N/BNV-TĐKT "khen thưởng cấp bộ, ban, ngành,
 * đoàn thể trung ương và tỉnh"): by the **level** that confers it and by its **kind**.
 *
 * Levels follow who decides (Luật Thi đua, khen thưởng 06/2022/QH15 Điều 79–80; Nghị định 129/2025/NĐ-CP
 * Điều 59 after the two-tier reform): the President (Nhà nước), the Prime Minister (Chính phủ),
 * ministers and provincial chairmen (bộ, ban, ngành, tỉnh), the grassroots (cấp xã, cơ quan, tổ chức, đơn
 * vị, doanh nghiệp) and, for the award books before 01/07/2025, the district (cấp huyện). Kinds follow Law
 * Điều 9 (groups of forms) and Điều 19–20 (titles), with the Cờ thi đua apart because both forms give it a
 * column of its own.
 *
 * The table is explicit per code (not derived from the catalogue's authorities) so that a new code without
 * a decision about its level fails to compile and fails the test that walks AWARD_CODES.
 */
import { type AwardCode, catalogueEntry } from '../awards/catalogue';

export const AWARD_LEVELS = ['state', 'government', 'ministry_province', 'district', 'grassroots'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  state: 'Nhà nước (Chủ tịch nước)',
  government: 'Chính phủ, Thủ tướng Chính phủ',
  ministry_province: 'Bộ, ban, ngành, đoàn thể trung ương, tỉnh',
  district: 'Cấp huyện (đến 30/06/2025)',
  grassroots: 'Cấp xã, cơ quan, tổ chức, đơn vị, doanh nghiệp',
};

/** "Khen thưởng cấp Nhà nước" in the sense of biểu 0602: the President's and the Prime Minister's forms. */
export const STATE_LEVELS: readonly AwardLevel[] = ['state', 'government'];

export const AWARD_KINDS = [
  'order',
  'medal',
  'honorary_title',
  'prize',
  'emulation_flag',
  'emulation_title',
  'commemorative_medal',
  'bang_khen',
  'giay_khen',
] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  order: 'Huân chương',
  medal: 'Huy chương',
  honorary_title: 'Danh hiệu vinh dự nhà nước',
  prize: 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước',
  emulation_flag: 'Cờ thi đua',
  emulation_title: 'Danh hiệu thi đua (trừ Cờ thi đua)',
  commemorative_medal: 'Kỷ niệm chương, huy hiệu',
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
};

type Row = readonly [AwardLevel, AwardKind];
const G: Row = ['grassroots', 'emulation_title'];
const MP_TITLE: Row = ['ministry_province', 'emulation_title'];
const ORDER: Row = ['state', 'order'];
const MEDAL: Row = ['state', 'medal'];
const HONOUR: Row = ['state', 'honorary_title'];

/**
 * Level and kind per code. Choices worth a word:
 * - Chiến sĩ thi đua toàn quốc, Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng: the Prime Minister
 *   decides (Law Điều 21, 25, 73); counted in biểu 0602 with the President's forms.
 * - Cờ thi đua and Bằng khen of quân khu, quân đoàn, tổng cục, Đại học Quốc gia: units under a ministry
 *   (Nghị định 152/2025/NĐ-CP Điều 50 k2g, Điều 54), hence grassroots, not 0603's ministry level.
 * - Kỷ niệm chương of the Standing Committee of the National Assembly: a central body's commemorative
 *   medal, counted with the ministries' (0603 column "Huy hiệu (kỷ niệm chương)").
 * - Danh hiệu thi đua khác (Law Điều 32): set by ministries, provinces, organisations — ministry level.
 * - Lao động tiên tiến, CSTĐ cơ sở, Tập thể lao động tiên tiến: grassroots titles whoever decided them
 *   (the district chairman before 01/07/2025, seed 004); the decider is in the record, not the code.
 */
const TABLE: Readonly<Record<AwardCode, Row>> = {
  cstd_toan_quoc: ['government', 'emulation_title'],
  cstd_bo_tinh: MP_TITLE,
  cstd_co_so: G,
  lao_dong_tien_tien: G,
  chien_si_tien_tien: G,
  co_thi_dua_chinh_phu: ['government', 'emulation_flag'],
  co_thi_dua_bo_tinh: ['ministry_province', 'emulation_flag'],
  co_thi_dua_quan_khu_dhqg: ['grassroots', 'emulation_flag'],
  tap_the_lao_dong_xuat_sac: MP_TITLE,
  don_vi_quyet_thang: MP_TITLE,
  tap_the_lao_dong_tien_tien: G,
  don_vi_tien_tien: G,
  xa_phuong_dac_khu_tieu_bieu: MP_TITLE,
  thon_to_dan_pho_van_hoa: G,
  gia_dinh_van_hoa: G,
  danh_hieu_thi_dua_khac: MP_TITLE,
  huan_chuong_sao_vang: ORDER,
  huan_chuong_ho_chi_minh: ORDER,
  huan_chuong_doc_lap_hang_1: ORDER,
  huan_chuong_doc_lap_hang_2: ORDER,
  huan_chuong_doc_lap_hang_3: ORDER,
  huan_chuong_quan_cong_hang_1: ORDER,
  huan_chuong_quan_cong_hang_2: ORDER,
  huan_chuong_quan_cong_hang_3: ORDER,
  huan_chuong_lao_dong_hang_1: ORDER,
  huan_chuong_lao_dong_hang_2: ORDER,
  huan_chuong_lao_dong_hang_3: ORDER,
  huan_chuong_bao_ve_to_quoc_hang_1: ORDER,
  huan_chuong_bao_ve_to_quoc_hang_2: ORDER,
  huan_chuong_bao_ve_to_quoc_hang_3: ORDER,
  huan_chuong_chien_cong_hang_1: ORDER,
  huan_chuong_chien_cong_hang_2: ORDER,
  huan_chuong_chien_cong_hang_3: ORDER,
  huan_chuong_dai_doan_ket_dan_toc: ORDER,
  huan_chuong_dung_cam: ORDER,
  huan_chuong_huu_nghi: ORDER,
  huan_chuong_khang_chien_hang_1: ORDER,
  huan_chuong_khang_chien_hang_2: ORDER,
  huan_chuong_khang_chien_hang_3: ORDER,
  huy_chuong_quan_ky_quyet_thang: MEDAL,
  huy_chuong_vi_an_ninh_to_quoc: MEDAL,
  huy_chuong_chien_si_ve_vang_hang_1: MEDAL,
  huy_chuong_chien_si_ve_vang_hang_2: MEDAL,
  huy_chuong_chien_si_ve_vang_hang_3: MEDAL,
  huy_chuong_huu_nghi: MEDAL,
  huy_chuong_tnxp_ve_vang: MEDAL,
  huy_chuong_khang_chien_hang_1: MEDAL,
  huy_chuong_khang_chien_hang_2: MEDAL,
  tinh_anh_hung: HONOUR,
  thanh_pho_anh_hung: HONOUR,
  ba_me_viet_nam_anh_hung: HONOUR,
  anh_hung_llvtnd: HONOUR,
  anh_hung_lao_dong: HONOUR,
  nha_giao_nhan_dan: HONOUR,
  nha_giao_uu_tu: HONOUR,
  thay_thuoc_nhan_dan: HONOUR,
  thay_thuoc_uu_tu: HONOUR,
  nghe_si_nhan_dan: HONOUR,
  nghe_si_uu_tu: HONOUR,
  nghe_nhan_nhan_dan: HONOUR,
  nghe_nhan_uu_tu: HONOUR,
  giai_thuong_ho_chi_minh: ['state', 'prize'],
  giai_thuong_nha_nuoc: ['state', 'prize'],
  ky_niem_chuong_ubtvqh: ['ministry_province', 'commemorative_medal'],
  ky_niem_chuong_bo_nganh_tinh: ['ministry_province', 'commemorative_medal'],
  bang_khen_thu_tuong: ['government', 'bang_khen'],
  bang_khen_bo_tinh: ['ministry_province', 'bang_khen'],
  bang_khen_quan_khu_dhqg: ['grassroots', 'bang_khen'],
  giay_khen_don_vi_thuoc_bo: ['grassroots', 'giay_khen'],
  giay_khen_doanh_nghiep: ['grassroots', 'giay_khen'],
  giay_khen_co_quan_chuyen_mon_tinh: ['grassroots', 'giay_khen'],
  giay_khen_chu_tich_ubnd_xa: ['grassroots', 'giay_khen'],
  giay_khen_khac: ['grassroots', 'giay_khen'],
  giay_khen_chu_tich_ubnd_huyen: ['district', 'giay_khen'],
  giay_khen_co_quan_cap_huyen: ['district', 'giay_khen'],
};

/**
 * Awards of the resistance wars (khen thưởng tổng kết thành tích kháng chiến): the forms count them on the
 * row "Kháng chiến" whatever commendation type the ledger gave them (commendation-types.ts).
 */
const RESISTANCE_CODES: ReadonlySet<string> = new Set<AwardCode>([
  'huan_chuong_khang_chien_hang_1',
  'huan_chuong_khang_chien_hang_2',
  'huan_chuong_khang_chien_hang_3',
  'huy_chuong_khang_chien_hang_1',
  'huy_chuong_khang_chien_hang_2',
]);

export interface AwardClass {
  level: AwardLevel;
  kind: AwardKind;
  /** A resistance-war award (Huân chương, Huy chương Kháng chiến). */
  resistanceWar: boolean;
}

/** The level and kind of a catalogue code; undefined for a code the catalogue does not know. */
export function classifyAward(code: string): AwardClass | undefined {
  const row = catalogueEntry(code) ? (TABLE[code as AwardCode] as Row | undefined) : undefined;
  if (!row) return undefined;
  return { level: row[0], kind: row[1], resistanceWar: RESISTANCE_CODES.has(code) };
}

/** Whether a level counts as "khen thưởng cấp Nhà nước" (biểu 0602). */
export const isStateLevel = (level: AwardLevel | null): boolean =>
  level !== null && STATE_LEVELS.includes(level);
