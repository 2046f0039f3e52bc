/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) for the eligibility engine, without `Date`: the domain takes
 * no clock, and string/integer work is cheaper than Date objects when 100,000 subjects are evaluated.
 *
 * Evaluation years (law-reference §3.2, tenant setting `evaluationCalendar`) are integers either way:
 * - `calendar_year`: year Y spans 01/01/Y – 31/12/Y;
 * - `school_year`: year Y is the school year that ENDS in Y ("năm học 2024–2025" → 2025), spanning
 *   01/09/(Y−1) – 31/08/Y. Ratings, awards and streaks of an education unit are keyed by that integer.
 */
import type { EvaluationCalendar } from '../awards/settings';
import type { IsoDate } from '../awards/types';

const DIGIT_0 = 48;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - DIGIT_0;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** A real calendar date written `YYYY-MM-DD` (2025-02-30 is not). */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  return y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export const yearOf = (date: IsoDate): number => digits(date, 0, 4);
export const monthOf = (date: IsoDate): number => digits(date, 5, 7);
const dayOf = (date: IsoDate): number => digits(date, 8, 10);

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad4 = (n: number) => (n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : `${n}`);
export const isoDate = (y: number, m: number, d: number): IsoDate => `${pad4(y)}-${pad2(m)}-${pad2(d)}`;

/** The evaluation year a date falls in. */
export function evaluationYearOf(date: IsoDate, calendar: EvaluationCalendar): number {
  const y = yearOf(date);
  return calendar === 'school_year' && monthOf(date) >= 9 ? y + 1 : y;
}

/** First day of evaluation year `year`. */
export function evaluationYearStart(year: number, calendar: EvaluationCalendar): IsoDate {
  return calendar === 'school_year' ? isoDate(year - 1, 9, 1) : isoDate(year, 1, 1);
}

/** Last day of evaluation year `year` (inclusive). */
export function evaluationYearEnd(year: number, calendar: EvaluationCalendar): IsoDate {
  return calendar === 'school_year' ? isoDate(year, 8, 31) : isoDate(year, 12, 31);
}

/** `date` + `months` calendar months; the day is clamped to the month's length (31/08 + 6 → 28/02 or 29/02). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const total = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return isoDate(y, m, Math.min(dayOf(date), daysInMonth(y, m)));
}

/** The day after `date`. */
export function nextDay(date: IsoDate): IsoDate {
  const y = yearOf(date);
  const m = monthOf(date);
  const d = dayOf(date);
  if (d < daysInMonth(y, m)) return isoDate(y, m, d + 1);
  return m === 12 ? isoDate(y + 1, 1, 1) : isoDate(y, m + 1, 1);
}

/** dd/mm/yyyy, the way the product writes dates. */
export const formatDate = (date: IsoDate): string =>
  `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** "2023, 2024, 2025" — years ascending. */
export function yearList(years: readonly number[]): string {
  return [...years].sort((a, b) => a - b).join(', ');
}

/** "năm 2025" or "năm học 2024–2025" for messages. */
export function yearLabel(year: number, calendar: EvaluationCalendar): string {
  return calendar === 'school_year' ? `năm học ${year - 1}–${year}` : `năm ${year}`;
}
