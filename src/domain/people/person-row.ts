/**
 * One row of the people spreadsheet (import template and export share these columns), parsed and
 * validated without I/O. Messages are Vietnamese and name the column, so an officer can fix the sheet.
 */
import { checkCitizenId } from './citizen-id';
import { ETHNIC_GROUPS } from './ethnic-groups';
import { type GenderCode, OCCUPATION_GROUP_LABELS, OCCUPATION_GROUPS, type OccupationGroup } from './person';
import { foldVietnamese } from '../text/vietnamese';
import { isoOfDay } from '../calendar';

/** 30/12/1899 as a day number since 1970-01-01. */
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30) / 86_400_000;

/** Columns of the sheet in order (after STT). The header is what the officer sees. */
export const PERSON_COLUMNS = [
  { key: 'fullName', header: 'Họ và tên*', width: 28 },
  { key: 'gender', header: 'Giới tính*', width: 11 },
  { key: 'birthDate', header: 'Ngày sinh', width: 13 },
  { key: 'ethnicity', header: 'Dân tộc', width: 13 },
  { key: 'citizenId', header: 'Số định danh cá nhân', width: 20 },
  { key: 'externalCode', header: 'Mã cán bộ', width: 14 },
  { key: 'position', header: 'Chức vụ', width: 28 },
  { key: 'isLeader', header: 'Lãnh đạo', width: 10 },
  { key: 'occupationGroup', header: 'Nhóm đối tượng', width: 30 },
  { key: 'recruitedOn', header: 'Ngày tuyển dụng', width: 15 },
  { key: 'unitCode', header: 'Mã đơn vị', width: 14 },
  { key: 'unitName', header: 'Tên đơn vị', width: 32 },
  { key: 'phone', header: 'Điện thoại', width: 14 },
  { key: 'email', header: 'Email', width: 26 },
  /** The record's id, filled by exports so that a re-imported sheet updates the same people; blank for new people. */
  { key: 'systemId', header: 'Mã hệ thống', width: 38 },
] as const;
export type PersonColumnKey = (typeof PERSON_COLUMNS)[number]['key'];
export type PersonRowRaw = Partial<Record<PersonColumnKey, string | null | undefined>>;

const HEADER_BY_KEY = new Map<string, string>(PERSON_COLUMNS.map((c) => [c.key, c.header]));
/** The header of a column, as printed in the sheet. */
export const columnHeader = (key: PersonColumnKey): string => HEADER_BY_KEY.get(key) ?? key;

/** Maps a header cell (with or without the "*", "(Nam/Nữ)", "(dd/mm/yyyy)" hints, any accents/case) to its column. */
export function matchPersonColumn(header: string): PersonColumnKey | undefined {
  const folded = foldHeader(header);
  return PERSON_COLUMNS.find((c) => foldHeader(c.header) === folded)?.key;
}
const foldHeader = (s: string) =>
  foldVietnamese(s.replace(/\(.*?\)/g, '').replace(/\*/g, ''))
    .replace(/[^a-z0-9 ]/g, '')
    .trim();

export const LEADER_LABELS = { yes: 'Có', no: 'Không' } as const;
export const MAX_NAME_LENGTH = 200;
/** Minimum working age: Bộ luật Lao động 2019 Điều 143 khoản 1 (người chưa thành niên từ đủ 15 tuổi). */
export const MIN_RECRUITMENT_AGE = 15;

export interface PersonRow {
  fullName: string;
  gender: GenderCode;
  birthDate: string | null;
  ethnicity: string;
  /** Digits only; null when the cell is blank or masked (then an existing ID is kept). */
  citizenId: string | null;
  externalCode: string | null;
  position: string | null;
  isLeader: boolean;
  occupationGroup: OccupationGroup;
  recruitedOn: string | null;
  unitCode: string | null;
  unitName: string | null;
  phone: string | null;
  email: string | null;
  systemId: string | null;
}
export interface CellError {
  column: string;
  message: string;
}
export type PersonRowResult = { ok: true; value: PersonRow } | { ok: false; errors: CellError[] };

/** Parses dd/mm/yyyy (also d/m/yyyy, '-' or '.') into ISO yyyy-mm-dd; null when not a real calendar date. */
export function parseDmyDate(input: string): string | null {
  const serial = /^\d{1,6}$/.test(input.trim()) ? Number(input) : NaN;
  if (serial >= 1 && serial <= 2_958_465) return excelSerialToIso(serial);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * A date cell read without its style is Excel's serial day number (1900 date system, with Lotus's
 * phantom 29/02/1900, so day 0 is 30/12/1899 for every date after February 1900).
 */
export function excelSerialToIso(serial: number): string {
  return isoOfDay(EXCEL_DAY_ZERO + Math.floor(serial));
}

/** ISO yyyy-mm-dd → dd/mm/yyyy, the way Vietnamese documents write dates. */
export function formatDmyDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Whole years between two ISO dates (age on `on` of someone born on `born`). */
export function yearsBetween(born: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(born.slice(0, 4));
  return on.slice(5) < born.slice(5) ? years - 1 : years;
}

const squash = (s: string) => foldVietnamese(s).replace(/[\s'’-]/g, '');
const ETHNIC_ALIASES: Record<string, string> = { hmong: '08', khmer: '05', muong: '06' };
const ETHNIC_BY_NAME = new Map<string, string>([
  ...ETHNIC_GROUPS.map(([code, name]) => [squash(name), code] as [string, string]),
  ...Object.entries(ETHNIC_ALIASES),
]);

const ETHNIC_BY_EXACT_NAME = new Map<string, string>(ETHNIC_GROUPS.map(([code, name]) => [name, code]));

/** Ethnic group code from its name, accent- and hyphen-insensitive ("Khơ me", "khome", "05"). */
export function findEthnicGroupCode(input: string): string | undefined {
  const trimmed = input.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const code = trimmed.padStart(2, '0');
    return ETHNIC_GROUPS.some(([c]) => c === code) ? code : undefined;
  }
  return ETHNIC_BY_EXACT_NAME.get(trimmed) ?? ETHNIC_BY_NAME.get(squash(trimmed));
}

/** Occupation group from its Vietnamese label or code, accent-insensitive. */
const OCCUPATION_BY_LABEL = new Map<string, OccupationGroup>(
  OCCUPATION_GROUPS.flatMap((g) => [
    [foldVietnamese(OCCUPATION_GROUP_LABELS[g]), g],
    [g, g],
    [OCCUPATION_GROUP_LABELS[g], g],
  ]),
);
export function findOccupationGroup(input: string): OccupationGroup | undefined {
  return OCCUPATION_BY_LABEL.get(input.trim()) ?? OCCUPATION_BY_LABEL.get(foldVietnamese(input));
}

export function parseGender(input: string): GenderCode | undefined {
  if (input === 'Nam') return 'male';
  if (input === 'Nữ') return 'female';
  const folded = foldVietnamese(input);
  if (folded === 'nam') return 'male';
  if (folded === 'nu') return 'female';
  return undefined;
}

function parseLeader(input: string): boolean | undefined {
  if (input === LEADER_LABELS.yes) return true;
  if (input === LEADER_LABELS.no || input === '') return false;
  const folded = foldVietnamese(input);
  if (['', 'khong', 'k', '0', 'no'].includes(folded)) return false;
  if (['co', 'x', '1', 'yes'].includes(folded)) return true;
  return undefined;
}

const NAME_RE = /^[\p{L}\p{M}]+(?:[ '’.-][\p{L}\p{M}]+)*$/u;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE_RE = /^(?:\+84|0)\d{9,10}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Checks a full name: required, at most 200 characters, letters and single separators only. */
export function checkFullName(input: string): { ok: true; value: string } | { ok: false; reason: string } {
  const value = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!value) return { ok: false, reason: 'Họ và tên không được để trống' };
  if (value.length > MAX_NAME_LENGTH)
    return { ok: false, reason: `Họ và tên tối đa ${MAX_NAME_LENGTH} ký tự` };
  if (!NAME_RE.test(value)) return { ok: false, reason: 'Họ và tên chỉ được gồm chữ cái và dấu cách' };
  return { ok: true, value };
}

/** Normalises a phone number (spaces, dots, hyphens dropped); undefined when not a Vietnamese number. */
export function normalisePhone(input: string): string | undefined {
  const value = input.replace(/[\s.()-]/g, '');
  return PHONE_RE.test(value) ? value : undefined;
}

export function isEmail(input: string): boolean {
  return input.length <= 254 && EMAIL_RE.test(input);
}

/** A citizen ID typed into a number cell loses its leading zeros; province codes start with 0, so pad back. */
function normaliseCitizenId(input: string): string {
  const digits = input.replace(/[\s.-]/g, '');
  return /^\d{9,11}$/.test(digits) ? digits.padStart(12, '0') : digits;
}

// The helpers below take the row and its error list as arguments rather than being closures made per row:
// imports parse tens of thousands of rows, and tsx (which runs the server) names every closure it creates.
const cellOf = (raw: PersonRowRaw, key: PersonColumnKey) => (raw[key] ?? '').toString().trim();

function addError(errors: CellError[], key: PersonColumnKey, message: string) {
  errors.push({ column: columnHeader(key), message });
}

function optionalTextOf(raw: PersonRowRaw, errors: CellError[], key: PersonColumnKey, max: number) {
  const value = cellOf(raw, key).replace(/\s+/g, ' ');
  if (value.length > max) addError(errors, key, `Tối đa ${max} ký tự`);
  return value ? value.normalize('NFC') : null;
}

function dateOf(raw: PersonRowRaw, errors: CellError[], key: PersonColumnKey, label: string, today: string) {
  const value = cellOf(raw, key);
  if (!value) return null;
  const iso = parseDmyDate(value);
  if (!iso) addError(errors, key, `${label} phải là ngày có thật, dạng dd/mm/yyyy`);
  else if (iso > today) addError(errors, key, `${label} không được sau ngày hôm nay`);
  else if (iso < '1900-01-01') addError(errors, key, `${label} không được trước năm 1900`);
  else return iso;
  return null;
}

/**
 * Parses one spreadsheet row. Dates must be real and not after `today` (ISO); birth precedes recruitment
 * and the person was at least 15 at recruitment (Bộ luật Lao động 2019 Điều 143); the citizen ID must
 * agree with birth year and gender (Thông tư 59/2021/TT-BCA Điều 7).
 */
export function parsePersonRow(raw: PersonRowRaw, today: string): PersonRowResult {
  const errors: CellError[] = [];

  const name = checkFullName(cellOf(raw, 'fullName'));
  if (!name.ok) addError(errors, 'fullName', name.reason);
  const genderText = cellOf(raw, 'gender');
  const gender = parseGender(genderText);
  if (!gender)
    addError(
      errors,
      'gender',
      genderText ? 'Giới tính phải là "Nam" hoặc "Nữ"' : 'Giới tính không được để trống',
    );
  const birthDate = dateOf(raw, errors, 'birthDate', 'Ngày sinh', today);
  const recruitedOn = dateOf(raw, errors, 'recruitedOn', 'Ngày tuyển dụng', today);
  if (birthDate && recruitedOn) {
    if (recruitedOn <= birthDate) addError(errors, 'recruitedOn', 'Ngày tuyển dụng phải sau ngày sinh');
    else if (yearsBetween(birthDate, recruitedOn) < MIN_RECRUITMENT_AGE)
      addError(errors, 'recruitedOn', `Tuổi khi tuyển dụng phải từ đủ ${MIN_RECRUITMENT_AGE} tuổi trở lên`);
  }
  const ethnicityText = cellOf(raw, 'ethnicity');
  const ethnicity = ethnicityText ? findEthnicGroupCode(ethnicityText) : '01';
  if (!ethnicity) addError(errors, 'ethnicity', `Dân tộc "${ethnicityText}" không thuộc danh mục 54 dân tộc`);
  const citizenId = parseCitizenCell(cellOf(raw, 'citizenId'), birthDate, gender, errors);
  const isLeader = parseLeader(cellOf(raw, 'isLeader'));
  if (isLeader === undefined) addError(errors, 'isLeader', 'Lãnh đạo phải là "Có" hoặc "Không"');
  const occupationText = cellOf(raw, 'occupationGroup');
  const occupationGroup = occupationText ? findOccupationGroup(occupationText) : 'civil_servant';
  if (!occupationGroup)
    addError(errors, 'occupationGroup', `Nhóm đối tượng "${occupationText}" không có trong danh mục`);
  const phoneText = cellOf(raw, 'phone');
  const phone = phoneText ? normalisePhone(phoneText) : null;
  if (phone === undefined)
    addError(errors, 'phone', 'Số điện thoại không hợp lệ (10–11 chữ số, bắt đầu bằng 0 hoặc +84)');
  const email = cellOf(raw, 'email').toLowerCase() || null;
  if (email && !isEmail(email)) addError(errors, 'email', 'Email không hợp lệ');
  const externalCode = optionalTextOf(raw, errors, 'externalCode', 50);
  const position = optionalTextOf(raw, errors, 'position', 200);
  const unitCode = optionalTextOf(raw, errors, 'unitCode', 50);
  const unitName = optionalTextOf(raw, errors, 'unitName', 300);
  const systemId = cellOf(raw, 'systemId').toLowerCase() || null;
  if (systemId && !UUID_RE.test(systemId))
    addError(errors, 'systemId', 'Mã hệ thống không hợp lệ (để trống khi thêm người mới)');

  if (errors.length > 0 || !name.ok || !gender || !ethnicity || isLeader === undefined || !occupationGroup)
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      fullName: name.value,
      gender,
      birthDate,
      ethnicity,
      citizenId,
      externalCode,
      position,
      isLeader,
      occupationGroup,
      recruitedOn,
      unitCode,
      unitName,
      phone: phone ?? null,
      email,
      systemId,
    },
  };
}

function parseCitizenCell(
  text: string,
  birthDate: string | null,
  gender: GenderCode | undefined,
  errors: CellError[],
): string | null {
  // A masked ID ("002******234", as exports show it to those who may not read it) keeps the stored one.
  if (!text || /^\d{3}\*+\d{3}$/.test(text.replace(/\s/g, ''))) return null;
  const checked = checkCitizenId(normaliseCitizenId(text), { birthDate, gender: gender ?? null });
  if (!checked.ok) {
    addError(errors, 'citizenId', checked.reason);
    return null;
  }
  return checked.value;
}
