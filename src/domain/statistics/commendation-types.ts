/**
 * Commendation types as the statistical forms name them — "chia theo phương thức khen thưởng" of biểu
 * 0602.N/BNV-TĐKT (rows 15–21) and 0603.N/BNV-TĐKT (rows 11–17), Thông tư 02/2023/TT-BNV — mapped from the
 * ledger's types, which are the Law's (Luật Thi đua, khen thưởng 06/2022/QH15 Điều 8). The two lists differ:
 *
 * | Law Điều 8 (ledger)                       | Form row     |
 * |-------------------------------------------|--------------|
 * | công trạng (`cong_trang`)                 | Thường xuyên |
 * | phong trào thi đua (`phong_trao_thi_dua`) | Chuyên đề    |
 * | chuyên đề, Luật 06/2026/QH16 (`chuyen_de`)| Chuyên đề    |
 * | đột xuất (`dot_xuat`)                     | Đột xuất     |
 * | đối ngoại (`doi_ngoai`)                   | Đối ngoại    |
 * | quá trình cống hiến (`qua_trinh_cong_hien`)| Cống hiến   |
 * | niên hạn (`nien_han`)                     | Niên hạn     |
 * | — (Huân chương, Huy chương Kháng chiến)   | Kháng chiến  |
 *
 * "Kháng chiến" is no type of Điều 8: the awards of the resistance-war summaries are recognised by their
 * code (classification.ts), whatever type the record carries.
 */
import { COMMENDATION_TYPES, type CommendationType } from '../awards/types';
import { classifyAward } from './classification';

export const FORM_COMMENDATION_TYPES = [
  'thuong_xuyen',
  'chuyen_de',
  'dot_xuat',
  'doi_ngoai',
  'cong_hien',
  'nien_han',
  'khang_chien',
] as const;
export type FormCommendationType = (typeof FORM_COMMENDATION_TYPES)[number];
export const FORM_COMMENDATION_TYPE_LABELS: Record<FormCommendationType, string> = {
  thuong_xuyen: 'Thường xuyên',
  chuyen_de: 'Chuyên đề',
  dot_xuat: 'Đột xuất',
  doi_ngoai: 'Đối ngoại',
  cong_hien: 'Cống hiến',
  nien_han: 'Niên hạn',
  khang_chien: 'Kháng chiến',
};

/** The form row of each ledger type (the table above). */
export const FORM_TYPE_OF: Readonly<Record<CommendationType, FormCommendationType>> = {
  cong_trang: 'thuong_xuyen',
  phong_trao_thi_dua: 'chuyen_de',
  chuyen_de: 'chuyen_de',
  dot_xuat: 'dot_xuat',
  doi_ngoai: 'doi_ngoai',
  qua_trinh_cong_hien: 'cong_hien',
  nien_han: 'nien_han',
};

/** The form's commendation type of an award record: kháng chiến by its code, else by its ledger type. */
export function formCommendationType(type: CommendationType, awardCode: string): FormCommendationType {
  if (classifyAward(awardCode)?.resistanceWar) return 'khang_chien';
  return FORM_TYPE_OF[type];
}

/** The ledger types that land on a form row (the inverse of FORM_TYPE_OF); empty for kháng chiến. */
export const ledgerTypesOf = (formType: FormCommendationType): CommendationType[] =>
  COMMENDATION_TYPES.filter((t) => FORM_TYPE_OF[t] === formType);
