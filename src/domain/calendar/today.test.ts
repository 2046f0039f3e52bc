import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR } from './holidays';
import {
  addDays,
  isNotAfterToday,
  vietnamDate,
  vietnamYear,
  workingDaysFromToday,
  workingDaysUntil,
} from './today';
import type { HolidayCalendar } from './working-days';

const BARE: HolidayCalendar = {
  weekend: [0, 6],
  holidays: [],
  extraWorkingDays: [],
  compensateWeekendHolidays: true,
};
const NATIONAL = DEFAULT_HOLIDAY_CALENDAR;
const at = (instant: string) => new Date(instant);

// 23:59 in Việt Nam is 16:59 UTC; 00:00 in Việt Nam is 17:00 UTC the day before.
describe('vietnamDate and vietnamYear: today is the calendar date in Việt Nam (UTC+7)', () => {
  it.each<[string, string, string, number]>([
    ['16:59:59 UTC is still the same day (23:59:59 in Hà Nội)', '2026-12-07T16:59:59Z', '2026-12-07', 2026],
    ['17:00:00 UTC is the next day (00:00 in Hà Nội)', '2026-12-07T17:00:00Z', '2026-12-08', 2026],
    ['23:59 Việt Nam time', '2026-12-07T23:59:00+07:00', '2026-12-07', 2026],
    ['00:00 Việt Nam time', '2026-12-08T00:00:00+07:00', '2026-12-08', 2026],
    ['18:00 UTC: the UTC date is a day behind', '2026-12-07T18:00:00Z', '2026-12-08', 2026],
    ['06:59 in Hà Nội: still the UTC date of the evening before', '2026-12-07T23:59:59Z', '2026-12-08', 2026],
    ['07:00 in Hà Nội = 00:00 UTC: both agree', '2026-12-08T00:00:00Z', '2026-12-08', 2026],
    ['31/12 at 16:59:59 UTC is 31/12', '2026-12-31T16:59:59Z', '2026-12-31', 2026],
    ['31/12 at 17:00:00 UTC is 01/01 of the next year', '2026-12-31T17:00:00Z', '2027-01-01', 2027],
    ['31/12 23:59 Việt Nam time', '2026-12-31T23:59:00+07:00', '2026-12-31', 2026],
    ['01/01 00:00 Việt Nam time', '2027-01-01T00:00:00+07:00', '2027-01-01', 2027],
    ['29/02 of a leap year at 17:00 UTC the day before', '2028-02-28T17:00:00Z', '2028-02-29', 2028],
  ])('%s', (_, instant, date, year) => {
    expect(vietnamDate(at(instant))).toBe(date);
    expect(vietnamYear(at(instant))).toBe(year);
  });

  it('agrees with the IANA zone Asia/Ho_Chi_Minh at every hour and at every minute around midnight', () => {
    const zone = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const instants: Date[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000) instants.push(new Date(t));
    for (let m = -3; m <= 3; m++) instants.push(new Date(Date.UTC(2026, 11, 31, 17, m, 0)));
    for (const d of instants) expect(vietnamDate(d), d.toISOString()).toBe(zone.format(d));
  });

  it('refuses an invalid instant instead of returning "NaN-aN-aN"', () => {
    expect(() => vietnamDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('isNotAfterToday: a date may be recorded as done when it is today or earlier in Việt Nam', () => {
  it.each<[string, string, string, boolean]>([
    ['tomorrow in Hà Nội at 16:59:59 UTC', '2026-12-08', '2026-12-07T16:59:59Z', false],
    ['the same date at 17:00:00 UTC is today', '2026-12-08', '2026-12-07T17:00:00Z', true],
    [
      'today in Hà Nội at 18:00 UTC (the UTC date is still yesterday)',
      '2026-12-08',
      '2026-12-07T18:00:00Z',
      true,
    ],
    ['the day after the Vietnam date at 18:00 UTC', '2026-12-09', '2026-12-07T18:00:00Z', false],
    ['yesterday at 00:00 Việt Nam time', '2026-12-07', '2026-12-08T00:00:00+07:00', true],
    ['today at 23:59 Việt Nam time', '2026-12-07', '2026-12-07T23:59:00+07:00', true],
    ['tomorrow at 23:59 Việt Nam time', '2026-12-08', '2026-12-07T23:59:00+07:00', false],
    ['01/01 on 31/12 at 16:59:59 UTC', '2027-01-01', '2026-12-31T16:59:59Z', false],
    ['01/01 on 31/12 at 17:00:00 UTC (00:00 01/01 in Hà Nội)', '2027-01-01', '2026-12-31T17:00:00Z', true],
    ['31/12 of last year on 01/01 00:00 Việt Nam time', '2026-12-31', '2027-01-01T00:00:00+07:00', true],
  ])('%s', (_, iso, instant, expected) => {
    expect(isNotAfterToday(iso, at(instant))).toBe(expected);
  });
});

describe('working days from today in Việt Nam', () => {
  it.each<[string, string, number, HolidayCalendar, string]>([
    ['Mon 07/12 23:59:59 in Hà Nội (16:59:59 UTC) + 1', '2026-12-07T16:59:59Z', 1, BARE, '2026-12-08'],
    ['Tue 08/12 00:00 in Hà Nội (17:00:00 UTC) + 1', '2026-12-07T17:00:00Z', 1, BARE, '2026-12-09'],
    ['23:59 Việt Nam time + 0 is today', '2026-12-07T23:59:00+07:00', 0, BARE, '2026-12-07'],
    ['00:00 Việt Nam time + 0 is the new day', '2026-12-08T00:00:00+07:00', 0, BARE, '2026-12-08'],
    [
      'Thu 31/12 at 16:59:59 UTC + 1 is Fri 01/01 without holidays',
      '2026-12-31T16:59:59Z',
      1,
      BARE,
      '2027-01-01',
    ],
    ['Fri 01/01 at 17:00:00 UTC on 31/12 + 1 is Mon 04/01', '2026-12-31T17:00:00Z', 1, BARE, '2027-01-04'],
    ['Thu 31/12 + 1 skips Tết Dương lịch and the weekend', '2026-12-31T16:59:59Z', 1, NATIONAL, '2027-01-04'],
    ['Fri 11/12 23:59 in Hà Nội + 1 is Monday', '2026-12-11T16:59:59Z', 1, BARE, '2026-12-14'],
  ])('workingDaysFromToday: %s', (_, instant, n, cal, expected) => {
    expect(workingDaysFromToday(at(instant), n, cal)).toBe(expected);
  });

  it.each<[string, string, string, HolidayCalendar, number]>([
    ['until Wed 09/12 from Mon 07/12 23:59:59 in Hà Nội', '2026-12-07T16:59:59Z', '2026-12-09', BARE, 2],
    ['until Wed 09/12 from Tue 08/12 00:00 in Hà Nội', '2026-12-07T17:00:00Z', '2026-12-09', BARE, 1],
    ['a deadline of today at 23:59 Việt Nam time', '2026-12-07T23:59:00+07:00', '2026-12-07', BARE, 0],
    [
      "yesterday's deadline at 00:00 Việt Nam time is overdue",
      '2026-12-08T00:00:00+07:00',
      '2026-12-07',
      BARE,
      -1,
    ],
    ['until Mon 04/01 from Thu 31/12 (16:59:59 UTC)', '2026-12-31T16:59:59Z', '2027-01-04', BARE, 2],
    ['until Mon 04/01 from Fri 01/01 (17:00:00 UTC on 31/12)', '2026-12-31T17:00:00Z', '2027-01-04', BARE, 1],
    ['until Mon 04/01 from Thu 31/12, 01/01 a holiday', '2026-12-31T16:59:59Z', '2027-01-04', NATIONAL, 1],
  ])('workingDaysUntil: %s', (_, instant, iso, cal, expected) => {
    expect(workingDaysUntil(at(instant), iso, cal)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each<[string, number, string]>([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-08', 0, '2026-12-08'],
  ])('%s + %i = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });
  it('refuses a date that does not exist', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
