/**
 * Working days (ngày làm việc) for the step deadlines of law-reference §7.2 and the publicity period of §4.4.
 *
 * A day is a working day unless it is a weekly rest day (Saturday and Sunday for state bodies, Decree
 * 113/2025 on working time — configurable) or a public holiday of the tenant's calendar. Public holidays follow
 * Labour Code 2019 Điều 112 (Tết Dương lịch, Tết Âm lịch, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh); which
 * calendar days are off each year (Tết ranges, bridge days) is announced yearly, so the calendar is tenant
 * configuration, not a constant. When a holiday falls on a weekly rest day, Điều 111 k3 gives a compensatory day
 * off on the next working day (`compensateWeekendHolidays`). Make-up working days (làm bù on a Saturday) are listed
 * in `extraWorkingDays`.
 *
 * Dates are ISO `YYYY-MM-DD` strings (calendar days in Việt Nam); all functions are pure.
 */

export interface HolidayRange {
  /** First day off, ISO. */
  from: string;
  /** Last day off, ISO (same as `from` for a single day). */
  to: string;
  name: string;
  /** An officially announced range (swaps already decided): no compensatory day is added for it. */
  announced?: boolean;
}

export interface HolidayCalendar {
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. */
  weekend: readonly number[];
  holidays: readonly HolidayRange[];
  /** Days that are worked although they are weekly rest days (làm bù). */
  extraWorkingDays: readonly string[];
  /** Labour Code Điều 111 k3: a holiday on a rest day gives the next working day off. */
  compensateWeekendHolidays: boolean;
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date; NaN when it is not a real date. */
export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC maps the years 0–99 to 1900–1999.
  const back = new Date(0);
  back.setUTCFullYear(y, mo - 1, d);
  const t = back.getTime();
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return Number.NaN;
  return t / DAY_MS;
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(iso: string): boolean {
  return !Number.isNaN(dayNumber(iso));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

function mustDay(iso: string, what: string): number {
  const n = dayNumber(iso);
  if (Number.isNaN(n)) throw new RangeError(`${what} không phải ngày hợp lệ: ${iso}`);
  return n;
}

/** A calendar compiled once: a set of days off, consulted per day. */
export interface CompiledCalendar {
  isWorkingDay(iso: string): boolean;
  isWorkingDayNumber(day: number): boolean;
  /** Name of the holiday on that day, if any (compensatory days are named after their holiday). */
  holidayName(iso: string): string | null;
}

export function compileCalendar(cal: HolidayCalendar): CompiledCalendar {
  const weekend = new Set(cal.weekend);
  const extra = new Set(cal.extraWorkingDays.map((d) => mustDay(d, 'Ngày làm bù')));
  const off = new Map<number, string>();
  const isRest = (day: number) => weekend.has((((day + 4) % 7) + 7) % 7) && !extra.has(day);
  const ranges = [...cal.holidays]
    .map((h) => ({
      from: mustDay(h.from, 'Ngày bắt đầu nghỉ'),
      to: mustDay(h.to, 'Ngày kết thúc nghỉ'),
      name: h.name,
      announced: h.announced === true,
    }))
    .sort((a, b) => a.from - b.from);
  for (const r of ranges) for (let d = r.from; d <= r.to; d++) off.set(d, r.name);
  if (cal.compensateWeekendHolidays) {
    for (const r of ranges) {
      if (r.announced) continue;
      let owed = 0;
      for (let d = r.from; d <= r.to; d++) if (isRest(d)) owed++;
      for (let d = r.to + 1; owed > 0; d++) {
        if (isRest(d) || off.has(d)) continue;
        off.set(d, `Nghỉ bù ${r.name}`);
        owed--;
      }
    }
  }
  const isWorkingDayNumber = (day: number) => !isRest(day) && !off.has(day);
  return {
    isWorkingDayNumber,
    isWorkingDay: (iso) => isWorkingDayNumber(mustDay(iso, 'Ngày')),
    holidayName: (iso) => off.get(mustDay(iso, 'Ngày')) ?? null,
  };
}

const asCompiled = (cal: HolidayCalendar | CompiledCalendar): CompiledCalendar =>
  'isWorkingDayNumber' in cal ? cal : compileCalendar(cal);

/** Ten years of days: no real deadline is further away; a longer walk means a calendar without working days. */
const MAX_WALK = 3660;

/**
 * The n-th working day after `start` (start itself not counted): "within n working days from receipt on
 * `start`" ends at the end of this day. n = 0 → `start`; negative n walks backwards (n-th working day before).
 */
export function addWorkingDays(start: string, n: number, cal: HolidayCalendar | CompiledCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError('Số ngày làm việc phải là số nguyên');
  const c = asCompiled(cal);
  let day = mustDay(start, 'Ngày bắt đầu');
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let walked = 0;
  while (left > 0) {
    day += step;
    if (++walked > MAX_WALK + Math.abs(n) * 7) throw new RangeError('Lịch không có ngày làm việc');
    if (c.isWorkingDayNumber(day)) left--;
  }
  return isoOfDay(day);
}

/**
 * Working days in (from, to]: how many working days have passed from `from` to `to` (from not counted).
 * Negative when `to` is before `from`. For n ≥ 0, workingDaysBetween(d, addWorkingDays(d, n)) === n.
 */
export function workingDaysBetween(
  from: string,
  to: string,
  cal: HolidayCalendar | CompiledCalendar,
): number {
  const c = asCompiled(cal);
  const a = mustDay(from, 'Ngày bắt đầu');
  const b = mustDay(to, 'Ngày kết thúc');
  if (b < a) return -workingDaysBetween(to, from, c);
  let n = 0;
  for (let d = a + 1; d <= b; d++) if (c.isWorkingDayNumber(d)) n++;
  return n;
}

/** `iso` if it is a working day, else the next working day. */
export function nextWorkingDayOnOrAfter(iso: string, cal: HolidayCalendar | CompiledCalendar): string {
  const c = asCompiled(cal);
  let day = mustDay(iso, 'Ngày');
  for (let i = 0; !c.isWorkingDayNumber(day); i++) {
    if (i > MAX_WALK) throw new RangeError('Lịch không có ngày làm việc');
    day++;
  }
  return isoOfDay(day);
}
