/**
 * The documents a dossier must hold (law-reference §7.1 — Law Điều 84 k1; ND 152/2025 Mẫu số 01, 05 and the
 * 11 achievement-report templates of its appendix; QĐ 311/QĐ-BNV 2025 for forms decided at central level;
 * Law Điều 85 for the simplified procedure). Pure: which items, which report template, what is missing.
 */

import { catalogueEntry } from '../awards/catalogue';
import type { CommendationType, SubjectType } from '../awards/types';
import { requiresCentralDecision } from './dossier';

export const DOCUMENT_CODES = [
  'to_trinh',
  'bao_cao_thanh_tich',
  'tom_tat_thanh_tich',
  'bien_ban_binh_xet',
  'xac_nhan_sang_kien',
  'tom_tat_qua_trinh_cong_tac',
  'bien_ban_hoi_dong',
  'ban_dien_tu',
  'xac_nhan_nghia_vu',
  'tai_lieu_khac',
] as const;
export type DocumentCode = (typeof DOCUMENT_CODES)[number];
export const DOCUMENT_LABELS: Record<DocumentCode, string> = {
  to_trinh: 'Tờ trình đề nghị khen thưởng (Mẫu số 01)',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  tom_tat_thanh_tich: 'Tóm tắt thành tích',
  bien_ban_binh_xet: 'Biên bản bình xét thi đua',
  xac_nhan_sang_kien:
    'Xác nhận của cấp có thẩm quyền về sáng kiến, đề tài khoa học hoặc kết quả hoàn thành xuất sắc nhiệm vụ',
  tom_tat_qua_trinh_cong_tac: 'Báo cáo tóm tắt quá trình công tác (chức vụ, thời gian giữ chức vụ)',
  bien_ban_hoi_dong: 'Biên bản họp và kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng cấp trình',
  ban_dien_tu: 'Tệp điện tử của hồ sơ (Word và PDF)',
  xac_nhan_nghia_vu: 'Xác nhận chấp hành nghĩa vụ thuế, bảo hiểm xã hội (đối với doanh nghiệp)',
  tai_lieu_khac: 'Tài liệu khác theo yêu cầu',
};

/** The state of one checklist item: the unit provides it, the board accepts it or says it is insufficient. */
export const DOCUMENT_ITEM_STATUSES = ['missing', 'provided', 'accepted', 'insufficient'] as const;
export type DocumentItemStatus = (typeof DOCUMENT_ITEM_STATUSES)[number];
export const DOCUMENT_ITEM_STATUS_LABELS: Record<DocumentItemStatus, string> = {
  missing: 'Chưa có',
  provided: 'Đã nộp',
  accepted: 'Đạt',
  insufficient: 'Chưa đạt, cần bổ sung',
};

export interface DocumentRequirement {
  code: DocumentCode;
  label: string;
  required: boolean;
  /** E.g. "kèm kết quả bỏ phiếu". */
  note: string | null;
  basis: string;
}

/** law-reference §7.1: the 11 achievement-report templates of the ND 152/2025 appendix. */
export const REPORT_TEMPLATES = [
  'bc_co_thi_dua_chinh_phu',
  'bc_cstd_toan_quoc',
  'bc_cong_trang_tap_the',
  'bc_cong_trang_ca_nhan',
  'bc_dot_xuat',
  'bc_qua_trinh_cong_hien',
  'bc_thi_dua_chuyen_de',
  'bc_anh_hung_tap_the',
  'bc_anh_hung_ca_nhan',
  'bc_doi_ngoai_tap_the',
  'bc_doi_ngoai_ca_nhan',
] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];
export const REPORT_TEMPLATE_LABELS: Record<ReportTemplate, string> = {
  bc_co_thi_dua_chinh_phu: 'Báo cáo thành tích đề nghị tặng Cờ thi đua của Chính phủ',
  bc_cstd_toan_quoc: 'Báo cáo thành tích đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc',
  bc_cong_trang_tap_the: 'Báo cáo thành tích đề nghị khen thưởng công trạng (tập thể)',
  bc_cong_trang_ca_nhan: 'Báo cáo thành tích đề nghị khen thưởng công trạng (cá nhân, Mẫu số 05)',
  bc_dot_xuat: 'Báo cáo thành tích đề nghị khen thưởng đột xuất',
  bc_qua_trinh_cong_hien: 'Báo cáo tóm tắt quá trình công tác đề nghị khen thưởng quá trình cống hiến',
  bc_thi_dua_chuyen_de: 'Báo cáo thành tích đề nghị khen thưởng phong trào thi đua theo đợt, chuyên đề',
  bc_anh_hung_tap_the: 'Báo cáo thành tích đề nghị phong tặng danh hiệu Anh hùng (tập thể)',
  bc_anh_hung_ca_nhan: 'Báo cáo thành tích đề nghị phong tặng danh hiệu Anh hùng (cá nhân)',
  bc_doi_ngoai_tap_the: 'Báo cáo thành tích đề nghị khen thưởng đối ngoại (tập thể)',
  bc_doi_ngoai_ca_nhan: 'Báo cáo thành tích đề nghị khen thưởng đối ngoại (cá nhân)',
};

/** Titles whose minutes must carry the ballot results (law-reference §7.1 item 3). */
const BALLOT_MINUTES = new Set([
  'cstd_co_so',
  'cstd_bo_tinh',
  'cstd_toan_quoc',
  'co_thi_dua_bo_tinh',
  'co_thi_dua_chinh_phu',
  'co_thi_dua_quan_khu_dhqg',
]);
/** Titles that need the certification of an initiative / HTXS (law-reference §7.1 item 4). */
const INITIATIVE_PROOF = new Set(['cstd_co_so', 'cstd_bo_tinh', 'cstd_toan_quoc']);

/** The achievement-report template for a title or form, commendation type and subject. */
export function reportTemplate(
  awardCode: string,
  type: CommendationType,
  subject: SubjectType,
): ReportTemplate {
  const collective = subject !== 'individual';
  if (awardCode === 'co_thi_dua_chinh_phu') return 'bc_co_thi_dua_chinh_phu';
  if (awardCode === 'cstd_toan_quoc') return 'bc_cstd_toan_quoc';
  if (awardCode === 'anh_hung_lao_dong' || awardCode === 'anh_hung_llvtnd')
    return collective ? 'bc_anh_hung_tap_the' : 'bc_anh_hung_ca_nhan';
  switch (type) {
    case 'dot_xuat':
      return 'bc_dot_xuat';
    case 'qua_trinh_cong_hien':
      return 'bc_qua_trinh_cong_hien';
    case 'phong_trao_thi_dua':
    case 'chuyen_de':
      return 'bc_thi_dua_chuyen_de';
    case 'doi_ngoai':
      return collective ? 'bc_doi_ngoai_tap_the' : 'bc_doi_ngoai_ca_nhan';
    default:
      return collective ? 'bc_cong_trang_tap_the' : 'bc_cong_trang_ca_nhan';
  }
}

const item = (code: DocumentCode, required: boolean, basis: string, note: string | null = null) => ({
  code,
  label: DOCUMENT_LABELS[code],
  required,
  note,
  basis,
});

const LAW_84 = 'Luật TĐKT 2022 Điều 84 khoản 1';

/**
 * The checklist for a dossier (law-reference §7.1):
 * - every dossier: the tờ trình (ND 152 Mẫu số 01);
 * - the achievement report (ND 152 Mẫu số 05 and appendix templates); ad hoc awards use the short summary of
 *   the simplified procedure (Law Điều 85);
 * - emulation titles: the minutes of the emulation review, with ballot results for CSTĐ cơ sở, CSTĐ bộ/tỉnh,
 *   CSTĐ toàn quốc and the flags; the certification of an initiative / HTXS for the CSTĐ titles;
 * - long service (quá trình cống hiến): the summary of positions and periods;
 * - central forms (Prime Minister, President): minutes and ballot results of the submitting level's council
 *   and the electronic files, Word and PDF (QĐ 311/QĐ-BNV 2025);
 * - collectives: tax and social-insurance compliance when the collective is an enterprise (optional here: the
 *   system does not know which units are enterprises).
 */
export function requiredDocuments(input: {
  awardCode: string;
  commendationType: CommendationType;
  subjectType: SubjectType;
}): DocumentRequirement[] {
  const { awardCode, commendationType, subjectType } = input;
  const entry = catalogueEntry(awardCode);
  const list: DocumentRequirement[] = [
    item('to_trinh', true, `${LAW_84}; Nghị định 152/2025/NĐ-CP Mẫu số 01`),
  ];
  if (commendationType === 'dot_xuat')
    list.push(item('tom_tat_thanh_tich', true, 'Luật TĐKT 2022 Điều 85 (thủ tục đơn giản)'));
  else if (commendationType === 'qua_trinh_cong_hien')
    list.push(
      item('tom_tat_qua_trinh_cong_tac', true, 'Nghị định 152/2025/NĐ-CP Điều 9; QĐ 311/QĐ-BNV 2025'),
    );
  else
    list.push(
      item(
        'bao_cao_thanh_tich',
        true,
        `${LAW_84}; Nghị định 152/2025/NĐ-CP Phụ lục`,
        REPORT_TEMPLATE_LABELS[reportTemplate(awardCode, commendationType, subjectType)],
      ),
    );
  if (entry?.group === 'emulation_title')
    list.push(
      item(
        'bien_ban_binh_xet',
        true,
        LAW_84,
        BALLOT_MINUTES.has(awardCode) ? 'Kèm kết quả bỏ phiếu kín' : null,
      ),
    );
  if (INITIATIVE_PROOF.has(awardCode)) list.push(item('xac_nhan_sang_kien', true, LAW_84));
  if (requiresCentralDecision(awardCode)) {
    list.push(item('bien_ban_hoi_dong', true, 'QĐ 311/QĐ-BNV 2025', 'Hội đồng TĐKT bộ, ngành, tỉnh'));
    list.push(
      item('ban_dien_tu', true, 'QĐ 311/QĐ-BNV 2025', 'Nộp qua Hệ thống quản lý hồ sơ khen thưởng điện tử'),
    );
  }
  if (subjectType === 'collective') list.push(item('xac_nhan_nghia_vu', false, 'QĐ 311/QĐ-BNV 2025'));
  list.push(item('tai_lieu_khac', false, 'QĐ 311/QĐ-BNV 2025'));
  return list;
}

/** The required items still missing or judged insufficient (names for a Vietnamese message). */
export function missingDocuments(
  items: readonly { code: string; required: boolean; status: DocumentItemStatus }[],
): string[] {
  return items
    .filter((i) => i.required && (i.status === 'missing' || i.status === 'insufficient'))
    .map((i) => DOCUMENT_LABELS[i.code as DocumentCode] ?? i.code);
}
