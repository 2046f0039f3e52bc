/**
 * The one clock rule of the product: "today" is the calendar date in Việt Nam.
 *
 * Việt Nam keeps Indochina Time, UTC+7, all year (no daylight saving since 1975; IANA `Asia/Ho_Chi_Minh`), so
 * the Vietnamese date of an instant is its UTC date seven hours later. Every comparison with "today" (a
 * decision not dated in the future, a revocation not after today, a deadline counted from today) and every
 * date a form pre-fills goes through `vietnamDate`; the UTC date (`toISOString().slice(0, 10)`) is a
 * different day from 17:00 to 24:00 UTC and is refused by lint outside this folder (docs/decisions/0013).
 *
 * The instant itself is never read here: callers pass `now` (the server's `ctx.now`, the browser's clock).
 */
import {
  addWorkingDays,
  type CompiledCalendar,
  dayNumber,
  type HolidayCalendar,
  isoOfDay,
  workingDaysBetween,
} from './working-days';

/** UTC+7 in milliseconds. */
export const VIETNAM_UTC_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Việt Nam at the instant `now`, ISO yyyy-mm-dd. */
export function vietnamDate(now: Date): string {
  const t = now.getTime();
  if (Number.isNaN(t)) throw new RangeError('Thời điểm không hợp lệ');
  return new Date(t + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar year in Việt Nam at the instant `now`. */
export function vietnamYear(now: Date): number {
  return Number(vietnamDate(now).slice(0, 4));
}

/** True when the ISO date `iso` is today or earlier in Việt Nam (a date that may be recorded as done). */
export function isNotAfterToday(iso: string, now: Date): boolean {
  return iso <= vietnamDate(now);
}

/** The n-th working day after today in Việt Nam (today not counted); n = 0 → today. */
export function workingDaysFromToday(now: Date, n: number, cal: HolidayCalendar | CompiledCalendar): string {
  return addWorkingDays(vietnamDate(now), n, cal);
}

/** Working days from today in Việt Nam until `iso` (today not counted); negative when `iso` has passed. */
export function workingDaysUntil(now: Date, iso: string, cal: HolidayCalendar | CompiledCalendar): number {
  return workingDaysBetween(vietnamDate(now), iso, cal);
}

/** The calendar day `n` days after the ISO date `iso` (n < 0: before). */
export function addDays(iso: string, n: number): string {
  const day = dayNumber(iso);
  if (Number.isNaN(day)) throw new RangeError(`Ngày không hợp lệ: ${iso}`);
  return isoOfDay(day + n);
}
