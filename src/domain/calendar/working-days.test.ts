import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR, statutoryHolidays } from './holidays';
import {
  addWorkingDays,
  compileCalendar,
  type HolidayCalendar,
  nextWorkingDayOnOrAfter,
  weekdayOf,
  workingDaysBetween,
} from './working-days';

const BARE: HolidayCalendar = {
  weekend: [0, 6],
  holidays: [],
  extraWorkingDays: [],
  compensateWeekendHolidays: true,
};
const NATIONAL = DEFAULT_HOLIDAY_CALENDAR;
const NO_COMPENSATION: HolidayCalendar = { ...NATIONAL, compensateWeekendHolidays: false };
const TET_2026_ANNOUNCED: HolidayCalendar = {
  ...BARE,
  holidays: [{ from: '2026-02-14', to: '2026-02-22', name: 'Tết Âm lịch', announced: true }],
};
const TET_2026_UNANNOUNCED: HolidayCalendar = {
  ...BARE,
  holidays: [{ from: '2026-02-14', to: '2026-02-22', name: 'Tết Âm lịch' }],
};
const MAKE_UP_SATURDAY: HolidayCalendar = { ...BARE, extraWorkingDays: ['2026-01-10'] };
const SIX_DAY_WEEK: HolidayCalendar = { ...BARE, weekend: [0] };

describe('addWorkingDays', () => {
  it.each<[string, string, number, HolidayCalendar, string]>([
    ['zero days is the start itself', '2026-03-04', 0, BARE, '2026-03-04'],
    ['inside one week', '2026-03-02', 3, BARE, '2026-03-05'],
    ['Friday + 1 skips the weekend', '2026-03-06', 1, BARE, '2026-03-09'],
    ['from a Saturday the next Monday is day 1', '2026-03-07', 1, BARE, '2026-03-09'],
    ['20 working days (four weeks)', '2026-03-02', 20, BARE, '2026-03-30'],
    ['year boundary without holidays', '2025-12-31', 1, BARE, '2026-01-01'],
    ['year boundary: 01/01 is Tết Dương lịch', '2025-12-31', 1, NATIONAL, '2026-01-02'],
    ['five days across the new year', '2025-12-26', 5, NATIONAL, '2026-01-05'],
    ['Tết 2026 (default: 16–20/02)', '2026-02-13', 1, NATIONAL, '2026-02-23'],
    ['Tết 2025 with a Saturday inside: compensatory Monday 03/02', '2025-01-27', 1, NATIONAL, '2025-02-04'],
    ['Giỗ Tổ 2026 on a Sunday: Monday 27/04 off', '2026-04-24', 1, NATIONAL, '2026-04-28'],
    ['Giỗ Tổ 2026 on a Sunday without compensation', '2026-04-24', 1, NO_COMPENSATION, '2026-04-27'],
    ['30/4–01/5 2026 (Thu–Fri)', '2026-04-29', 1, NATIONAL, '2026-05-04'],
    ['01/5/2027 on a Saturday: compensatory Monday 03/5', '2027-04-29', 1, NATIONAL, '2027-05-04'],
    ['announced Tết range: no compensation on top', '2026-02-13', 1, TET_2026_ANNOUNCED, '2026-02-23'],
    ['same range not announced: four weekend days owed', '2026-02-13', 1, TET_2026_UNANNOUNCED, '2026-02-27'],
    ['a make-up Saturday is a working day', '2026-01-09', 1, MAKE_UP_SATURDAY, '2026-01-10'],
    ['six-day week', '2026-03-06', 1, SIX_DAY_WEEK, '2026-03-07'],
    ['backwards over a weekend', '2026-03-09', -1, BARE, '2026-03-06'],
    ['backwards over the new year', '2026-01-02', -1, NATIONAL, '2025-12-31'],
    ['leap day counts', '2028-02-28', 1, BARE, '2028-02-29'],
  ])('%s', (_label, start, n, cal, expected) => {
    expect(addWorkingDays(start, n, cal)).toBe(expected);
  });

  it.each([['2026-02-30'], ['26-01-01'], ['']])('refuses the non-date %j', (start) => {
    expect(() => addWorkingDays(start, 1, BARE)).toThrow(RangeError);
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkingDays('2026-03-02', 1.5, BARE)).toThrow(RangeError);
  });

  it('refuses a calendar without any working day instead of looping', () => {
    expect(() => addWorkingDays('2026-03-02', 1, { ...BARE, weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(
      RangeError,
    );
  });
});

describe('workingDaysBetween', () => {
  it.each<[string, string, string, HolidayCalendar, number]>([
    ['same day', '2026-03-04', '2026-03-04', BARE, 0],
    ['Monday to Friday', '2026-03-02', '2026-03-06', BARE, 4],
    ['Friday to Monday', '2026-03-06', '2026-03-09', BARE, 1],
    ['a whole week', '2026-03-02', '2026-03-09', BARE, 5],
    ['across the new year with 01/01 off', '2025-12-31', '2026-01-05', NATIONAL, 2],
    ['across Tết 2026', '2026-02-13', '2026-02-23', NATIONAL, 1],
    ['backwards is negative', '2026-03-09', '2026-03-02', BARE, -5],
    ['holiday on a weekend, compensated', '2026-04-24', '2026-04-28', NATIONAL, 1],
  ])('%s', (_label, from, to, cal, expected) => {
    expect(workingDaysBetween(from, to, cal)).toBe(expected);
  });

  it.each([0, 1, 5, 20, 60])('inverts addWorkingDays for %i days over 2025–2027', (n) => {
    const cal = compileCalendar(NATIONAL);
    for (const start of ['2025-01-20', '2025-12-24', '2026-02-10', '2026-04-23', '2027-04-28']) {
      expect(workingDaysBetween(start, addWorkingDays(start, n, cal), cal)).toBe(n);
    }
  });
});

describe('calendar data', () => {
  it.each<[string, boolean, string | null]>([
    ['2026-01-01', false, 'Tết Dương lịch'],
    ['2026-04-27', false, 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    ['2026-02-16', false, 'Tết Âm lịch'],
    ['2026-09-01', false, 'Quốc khánh'],
    ['2026-03-07', false, null],
    ['2026-03-09', true, null],
  ])('%s working=%s holiday=%s', (iso, working, name) => {
    const cal = compileCalendar(NATIONAL);
    expect(cal.isWorkingDay(iso)).toBe(working);
    expect(cal.holidayName(iso)).toBe(name);
  });

  it('the statutory year has the six holidays of Điều 112 (11 days with Tết 5 and Quốc khánh 2)', () => {
    const days = statutoryHolidays(2026).reduce(
      (n, r) => n + workingDaysBetween(r.from, r.to, { ...BARE, weekend: [] }) + 1,
      0,
    );
    expect(days).toBe(11);
  });

  it.each([
    ['2026-03-08', 0],
    ['2026-03-07', 6],
    ['1970-01-01', 4],
  ])('weekday of %s is %i', (iso, wd) => expect(weekdayOf(iso)).toBe(wd));

  it.each([
    ['2026-03-07', '2026-03-09'],
    ['2026-03-09', '2026-03-09'],
    ['2026-02-14', '2026-02-23'],
  ])('next working day on or after %s is %s', (iso, expected) => {
    expect(nextWorkingDayOnOrAfter(iso, NATIONAL)).toBe(expected);
  });
});
