import { catalogueEntry } from '../awards/catalogue';
import type { SubjectType } from '../awards/types';

/**
 * Certificates (hiện vật khen thưởng): which paper an award record is printed on, its heading, the registry
 * number and the words on it. Pure.
 *
 * - Bằng khen — Luật Thi đua, khen thưởng 2022 Điều 72–74 (law-reference §1.2.6); Giấy khen — Điều 75
 *   (§1.2.7); emulation titles (§1.1) get a title certificate naming the title; commemorative medals (§1.2.5)
 *   a Giấy chứng nhận. Orders, medals, State honorary titles and prizes are issued by the President and the
 *   Government, not by a tenant: no certificate here (`null`).
 * - The registry (số sổ) counts per tenant, form and year [R: practice of the provincial boards].
 */
export const CERTIFICATE_FORMS = ['bang_khen', 'giay_khen', 'danh_hieu', 'giay_chung_nhan'] as const;
export type CertificateForm = (typeof CERTIFICATE_FORMS)[number];

export const CERTIFICATE_FORM_LABELS: Record<CertificateForm, string> = {
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
  danh_hieu: 'Danh hiệu thi đua',
  giay_chung_nhan: 'Giấy chứng nhận',
};

/** Short registry prefix of each form: "0012/BK-2026". */
export const CERTIFICATE_FORM_PREFIX: Record<CertificateForm, string> = {
  bang_khen: 'BK',
  giay_khen: 'GK',
  danh_hieu: 'DH',
  giay_chung_nhan: 'CN',
};

/** The form an award code is printed on, or null when the tenant does not issue its certificate. */
export function certificateFormOf(awardCode: string): CertificateForm | null {
  const entry = catalogueEntry(awardCode);
  if (!entry) return null;
  switch (entry.group) {
    case 'bang_khen':
      return 'bang_khen';
    case 'giay_khen':
      return 'giay_khen';
    case 'emulation_title':
      return 'danh_hieu';
    case 'commemorative_medal':
      return 'giay_chung_nhan';
    default:
      return null;
  }
}

/** The big heading: "BẰNG KHEN", "GIẤY KHEN", "GIẤY CHỨNG NHẬN" or the title's name ("LAO ĐỘNG TIÊN TIẾN"). */
export function certificateHeading(form: CertificateForm, awardCode: string): string {
  if (form === 'danh_hieu') return (catalogueEntry(awardCode)?.name ?? 'Danh hiệu thi đua').toLocaleUpperCase('vi');
  return CERTIFICATE_FORM_LABELS[form].toLocaleUpperCase('vi');
}

/** "0012/BK-2026": the sequence padded to four digits (longer numbers kept whole), form prefix, year. */
export function registryNumber(form: CertificateForm, year: number, sequence: number): string {
  return `${String(sequence).padStart(4, '0')}/${CERTIFICATE_FORM_PREFIX[form]}-${year}`;
}

/** "Ông Nguyễn Văn An" / "Bà Lê Thị Hoa" for individuals; collectives and households by their own name. */
export function holderLine(subjectType: SubjectType, name: string, gender: 'male' | 'female' | null): string {
  if (subjectType !== 'individual') return name;
  if (gender === 'female') return `Bà ${name}`;
  if (gender === 'male') return `Ông ${name}`;
  return `Ông/Bà ${name}`;
}

/** The achievement line: the recorded summary, else the wording of the form. */
export function achievementLine(
  form: CertificateForm,
  awardCode: string,
  summary: string | null,
  year: number,
): string {
  const text = summary?.trim();
  if (text) return text;
  if (form === 'danh_hieu')
    return `Đã đạt danh hiệu ${catalogueEntry(awardCode)?.name ?? 'thi đua'} năm ${year}`;
  if (form === 'giay_chung_nhan') return `Đã được tặng ${catalogueEntry(awardCode)?.name ?? 'Kỷ niệm chương'}`;
  return 'Đã có thành tích xuất sắc trong phong trào thi đua';
}

/** "Tuyên Quang, ngày 24 tháng 11 năm 2026" — day and month below 10 with a leading zero, as Decree 30 writes. */
export function placeDateLine(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

/** The year a certificate is registered in: the decision's year, else the award's counted year. */
export function registryYear(decisionDate: string | null, countedYear: number): number {
  return decisionDate ? Number(decisionDate.slice(0, 4)) : countedYear;
}
