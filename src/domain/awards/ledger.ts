/**
 * The ledger's vocabulary and its plain validity rules (issue 3 item 3): award records, annual ratings,
 * discipline records, pending cases (gate G1), maternity leave (G3), initiatives (law-reference §2.6).
 * Pure: the schema builds its check constraints from these lists; the services call the checks.
 */
import type { IsoDate } from './types';

/** Law Điều 93: a revoked award stays in the ledger with its status, it never counts again. */
export const AWARD_STATUSES = ['valid', 'revoked'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];
export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = {
  valid: 'Còn hiệu lực',
  revoked: 'Đã bị huỷ bỏ',
};

/** How a record reached the ledger: typed in, imported from a decision annex, or issued by a decision here. */
export const AWARD_SOURCES = ['manual', 'annex_import', 'decision'] as const;
export type AwardSource = (typeof AWARD_SOURCES)[number];

export const RATING_SOURCES = ['manual', 'import'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

/** Ratings exist for people and for collectives (org units), not for households. */
export const RATED_SUBJECT_TYPES = ['individual', 'collective'] as const;
export type RatedSubjectType = (typeof RATED_SUBJECT_TYPES)[number];

/**
 * Gate G1 (ND 152/2025 Điều 4): no award while the subject is under disciplinary review, investigation,
 * inspection or audit for signs of violation, or a complaint/denunciation or press allegation is being
 * verified. A case counts while it is open (no closing date).
 */
export const PENDING_CASE_KINDS = [
  'discipline_review',
  'investigation',
  'inspection',
  'audit',
  'complaint',
  'press',
] as const;
export type PendingCaseKind = (typeof PENDING_CASE_KINDS)[number];
export const PENDING_CASE_KIND_LABELS: Record<PendingCaseKind, string> = {
  discipline_review: 'Đang xem xét kỷ luật',
  investigation: 'Đang bị điều tra',
  inspection: 'Đang thanh tra, kiểm tra',
  audit: 'Đang kiểm toán',
  complaint: 'Đang xác minh khiếu nại, tố cáo',
  press: 'Đang xác minh thông tin báo chí phản ánh',
};

/** The earliest evaluation year the ledger accepts (the first emulation movements, 1945). */
export const LEDGER_FIRST_YEAR = 1945;

/** The latest year a record may name on `today`: next year (evaluations planned ahead), never later. */
export const ledgerLastYear = (today: IsoDate): number => Number(today.slice(0, 4)) + 1;

export interface Problem {
  path: string;
  message: string;
}

/** An evaluation year between 1945 and next year. */
export function checkYear(path: string, year: number, today: IsoDate): Problem[] {
  const last = ledgerLastYear(today);
  if (!Number.isInteger(year) || year < LEDGER_FIRST_YEAR || year > last)
    return [{ path, message: `Năm phải từ ${LEDGER_FIRST_YEAR} đến ${last}` }];
  return [];
}

/** A date that is not before 1945 and not after the end of next year. */
export function checkDate(path: string, date: IsoDate | null | undefined, today: IsoDate): Problem[] {
  if (!date) return [];
  const year = Number(date.slice(0, 4));
  const last = ledgerLastYear(today);
  if (year < LEDGER_FIRST_YEAR || year > last)
    return [{ path, message: `Ngày phải trong khoảng năm ${LEDGER_FIRST_YEAR} đến năm ${last}` }];
  return [];
}

/** `from` ≤ `to` when both are known. */
export function checkPeriod(
  fromPath: string,
  from: IsoDate | null | undefined,
  toPath: string,
  to: IsoDate | null | undefined,
  today: IsoDate,
): Problem[] {
  const problems = [...checkDate(fromPath, from, today), ...checkDate(toPath, to, today)];
  if (from && to && from > to)
    problems.push({ path: toPath, message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  return problems;
}

/** A decision cannot be dated in the future. */
export function checkNotFuture(path: string, date: IsoDate | null | undefined, today: IsoDate): Problem[] {
  if (date && date > today) return [{ path, message: 'Ngày quyết định không được sau ngày hôm nay' }];
  return [];
}

/**
 * Award codes are catalogue codes (lower-case latin letters, digits, underscores), e.g. `cstd_co_so`.
 * Whether the code is in the catalogue is checked separately.
 */
export const AWARD_CODE_RE = /^[a-z][a-z0-9_]{1,79}$/;

/** Law-reference §2.6: authors' contribution shares are percentages that add up to at most 100. */
export function checkShares(shares: readonly (number | null)[]): Problem[] {
  let sum = 0;
  for (const s of shares) sum += s ?? 0;
  if (sum > 100)
    return [{ path: 'authors', message: `Tổng tỷ lệ đóng góp của các tác giả là ${sum}%, vượt quá 100%` }];
  return [];
}

/**
 * The year an award record counts for: its evaluation year, else the year its period ends, else the year
 * of its decision (the schema keeps the same rule as a generated column, `counted_year`).
 */
export function countedYear(r: {
  evaluationYear: number | null;
  periodTo: IsoDate | null;
  decisionDate: IsoDate | null;
}): number | null {
  if (r.evaluationYear !== null) return r.evaluationYear;
  const date = r.periodTo ?? r.decisionDate;
  return date ? Number(date.slice(0, 4)) : null;
}
