import dayjs, { type Dayjs } from 'dayjs';
import { isNotAfterToday, vietnamDate, vietnamYear } from '../../domain/calendar';

/** Display and input format of every date picker. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm:ss';

/** A picker value → ISO yyyy-mm-dd (null when empty). */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : null;
}

/** ISO yyyy-mm-dd → a picker value (null when empty). */
export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const d = dayjs(value.slice(0, 10), 'YYYY-MM-DD', true);
  return d.isValid() ? d : null;
}

/*
 * "Today" of the back office is the Vietnam date, whatever the browser's time zone: the server compares with
 * the same `vietnamDate` (src/domain/calendar/today.ts, ADR 0014), so a date pre-filled here is never "after
 * today" there. Lint forbids `dayjs()` and `new Date().getFullYear()` elsewhere in src/web.
 */

/** Today in Việt Nam, ISO yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  return vietnamDate(now);
}

/** Today in Việt Nam as a date picker value (the pre-filled default of every "today" field). */
export function todayPicker(now: Date = new Date()): Dayjs {
  return dayjs(todayIso(now), 'YYYY-MM-DD', true);
}

/** The current year in Việt Nam. */
export function currentYear(now: Date = new Date()): number {
  return vietnamYear(now);
}

/** True when a picked date is after today in Việt Nam (a future date, refused where a past event is asked). */
export function isAfterToday(value: Dayjs | null | undefined, now: Date = new Date()): boolean {
  const iso = toIsoDate(value);
  return iso !== null && !isNotAfterToday(iso, now);
}
