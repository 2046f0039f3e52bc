/**
 * Annual emulation registration (đăng ký thi đua) — law-reference §8.1: registration to take part is one of
 * the grounds for emulation titles (Law Điều 10, [V2]), so at the start of each evaluation year units register
 * their collective target titles and each member's individual target title, before a deadline the tenant sets.
 * Pure: the titles one may register, the late mark, and the rows of the Excel import.
 */

import { parseDmyDate } from '../people/person-row';
import { foldVietnamese } from '../text/vietnamese';

export const REGISTRATION_SUBJECTS = ['collective', 'individual'] as const;
export type RegistrationSubject = (typeof REGISTRATION_SUBJECTS)[number];
export const REGISTRATION_SUBJECT_LABELS: Record<RegistrationSubject, string> = {
  collective: 'Tập thể',
  individual: 'Cá nhân',
};

export interface RegistrableTitle {
  code: string;
  label: string;
  subject: RegistrationSubject;
}

/** The annual emulation titles (law-reference §1.1, Law Điều 19–28) a unit or a person may aim for. */
export const REGISTRABLE_TITLES: readonly RegistrableTitle[] = [
  { code: 'lao_dong_tien_tien', label: 'Lao động tiên tiến', subject: 'individual' },
  { code: 'chien_si_tien_tien', label: 'Chiến sĩ tiên tiến', subject: 'individual' },
  { code: 'cstd_co_so', label: 'Chiến sĩ thi đua cơ sở', subject: 'individual' },
  { code: 'cstd_bo_tinh', label: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh', subject: 'individual' },
  { code: 'cstd_toan_quoc', label: 'Chiến sĩ thi đua toàn quốc', subject: 'individual' },
  { code: 'tap_the_lao_dong_tien_tien', label: 'Tập thể lao động tiên tiến', subject: 'collective' },
  { code: 'don_vi_tien_tien', label: 'Đơn vị tiên tiến', subject: 'collective' },
  { code: 'tap_the_lao_dong_xuat_sac', label: 'Tập thể lao động xuất sắc', subject: 'collective' },
  { code: 'don_vi_quyet_thang', label: 'Đơn vị quyết thắng', subject: 'collective' },
  { code: 'co_thi_dua_bo_tinh', label: 'Cờ thi đua bộ, ban, ngành, tỉnh', subject: 'collective' },
  { code: 'co_thi_dua_chinh_phu', label: 'Cờ thi đua của Chính phủ', subject: 'collective' },
  { code: 'xa_phuong_dac_khu_tieu_bieu', label: 'Xã, phường, đặc khu tiêu biểu', subject: 'collective' },
  { code: 'thon_to_dan_pho_van_hoa', label: 'Thôn, tổ dân phố văn hóa', subject: 'collective' },
];

export const REGISTRABLE_CODES = REGISTRABLE_TITLES.map((t) => t.code);

export const registrableTitle = (code: string): RegistrableTitle | undefined =>
  REGISTRABLE_TITLES.find((t) => t.code === code);

/** The title a cell names, by its Vietnamese name (accents and case ignored) or by its code. */
export function findRegistrableTitle(text: string): RegistrableTitle | undefined {
  const folded = foldVietnamese(text);
  if (!folded) return undefined;
  return REGISTRABLE_TITLES.find((t) => t.code === text.trim() || foldVietnamese(t.label) === folded);
}

/** Checks that the title exists and suits the subject (a person cannot aim for a collective title). */
export function checkRegistrableTitle(subject: RegistrationSubject, code: string): string | null {
  const title = registrableTitle(code);
  if (!title) return `Danh hiệu "${code}" không có trong danh mục danh hiệu thi đua được đăng ký`;
  if (title.subject !== subject)
    return `Danh hiệu "${title.label}" dành cho ${REGISTRATION_SUBJECT_LABELS[title.subject].toLowerCase()}, không dành cho ${REGISTRATION_SUBJECT_LABELS[subject].toLowerCase()}`;
  return null;
}

/** Registered after the tenant's deadline for the year (no deadline set: never late). */
export function isLateRegistration(registeredOn: string, deadline: string | null): boolean {
  return deadline !== null && registeredOn > deadline;
}

/** A deadline belongs to its evaluation year or the year before (registration opens at the start of the year). */
export function checkDeadline(year: number, deadline: string): string | null {
  const y = Number(deadline.slice(0, 4));
  return y === year || y === year - 1
    ? null
    : `Hạn đăng ký thi đua năm ${year} phải thuộc năm ${year - 1} hoặc năm ${year}`;
}

/** The import sheet's columns after "STT" (same order in the template and the reader). */
export const REGISTRATION_COLUMNS = [
  { key: 'subject', header: 'Đối tượng* (Tập thể/Cá nhân)', width: 16 },
  { key: 'unitCode', header: 'Mã đơn vị', width: 14 },
  { key: 'unitName', header: 'Tên đơn vị', width: 36 },
  { key: 'personCode', header: 'Mã cán bộ', width: 14 },
  { key: 'fullName', header: 'Họ và tên', width: 28 },
  { key: 'birthDate', header: 'Ngày sinh (dd/mm/yyyy)', width: 14 },
  { key: 'title', header: 'Danh hiệu đăng ký*', width: 40 },
  { key: 'note', header: 'Ghi chú', width: 30 },
  { key: 'personId', header: 'Mã hệ thống', width: 38 },
] as const;
export type RegistrationColumnKey = (typeof REGISTRATION_COLUMNS)[number]['key'];
export type RegistrationRowInput = Record<RegistrationColumnKey, string>;

export interface RegistrationRow {
  subject: RegistrationSubject;
  titleCode: string;
  unitCode: string | null;
  unitName: string | null;
  personCode: string | null;
  fullName: string | null;
  birthDate: string | null;
  personId: string | null;
  note: string | null;
}

export type ParsedRegistrationRow = { ok: true; row: RegistrationRow } | { ok: false; errors: string[] };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isBlankRegistrationRow = (input: RegistrationRowInput): boolean =>
  Object.values(input).every((v) => v.trim() === '');

/**
 * One sheet row: the subject (Tập thể / Cá nhân), the title by name or code, and what identifies the
 * subject — a unit (code, else name) for a collective; a person (system id, else staff code, else full
 * name with birth date and/or unit) for an individual. Every problem of the row is reported at once.
 */
export function parseRegistrationRow(input: RegistrationRowInput): ParsedRegistrationRow {
  const errors: string[] = [];
  const text = (k: RegistrationColumnKey) => input[k].trim() || null;
  const subjectText = foldVietnamese(input.subject);
  const subject: RegistrationSubject | null =
    subjectText === 'tap the' ? 'collective' : subjectText === 'ca nhan' ? 'individual' : null;
  if (!subject) errors.push('Cột "Đối tượng" phải là "Tập thể" hoặc "Cá nhân"');
  const title = findRegistrableTitle(input.title);
  if (!input.title.trim()) errors.push('Chưa ghi danh hiệu đăng ký');
  else if (!title) errors.push(`Danh hiệu "${input.title.trim()}" không có trong danh mục`);
  else if (subject) {
    const problem = checkRegistrableTitle(subject, title.code);
    if (problem) errors.push(problem);
  }
  const birthText = text('birthDate');
  const birthDate = birthText ? parseDmyDate(birthText) : null;
  if (birthText && !birthDate) errors.push(`Ngày sinh "${birthText}" không đúng dạng dd/mm/yyyy`);
  const personId = text('personId');
  if (personId && !UUID_RE.test(personId)) errors.push('Mã hệ thống không hợp lệ');
  const row: RegistrationRow = {
    subject: subject ?? 'collective',
    titleCode: title?.code ?? '',
    unitCode: text('unitCode'),
    unitName: text('unitName'),
    personCode: text('personCode'),
    fullName: text('fullName'),
    birthDate,
    personId,
    note: text('note'),
  };
  if (subject === 'collective' && !row.unitCode && !row.unitName)
    errors.push('Tập thể: cần ghi mã đơn vị hoặc tên đơn vị');
  if (subject === 'individual' && !row.personId && !row.personCode && !row.fullName)
    errors.push('Cá nhân: cần ghi mã cán bộ hoặc họ và tên');
  if (row.note && row.note.length > 1000) errors.push('Ghi chú quá dài (tối đa 1.000 ký tự)');
  return errors.length ? { ok: false, errors } : { ok: true, row };
}
