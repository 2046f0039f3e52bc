import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { afterEach, describe, expect, it } from 'vitest';
import { currentYear, fromIsoDate, isAfterToday, toIsoDate, todayIso, todayPicker } from './dates';

dayjs.extend(customParseFormat);
const at = (instant: string) => new Date(instant);
const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
});

// The browser's zone must not matter: an officer abroad (or a CI browser in UTC) sees the Vietnam date.
describe.each(['Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles'])(
  "the web's today in a browser set to %s",
  (tz) => {
    it.each<[string, string, string, number]>([
      ['16:59:59 UTC', '2026-12-07T16:59:59Z', '2026-12-07', 2026],
      ['17:00:00 UTC', '2026-12-07T17:00:00Z', '2026-12-08', 2026],
      ['18:00 UTC', '2026-12-07T18:00:00Z', '2026-12-08', 2026],
      ['20:00 UTC', '2026-12-07T20:00:00Z', '2026-12-08', 2026],
      ['23:59 Việt Nam time', '2026-12-07T23:59:00+07:00', '2026-12-07', 2026],
      ['00:00 Việt Nam time', '2026-12-08T00:00:00+07:00', '2026-12-08', 2026],
      ['31/12 16:59:59 UTC', '2026-12-31T16:59:59Z', '2026-12-31', 2026],
      ['31/12 17:00:00 UTC', '2026-12-31T17:00:00Z', '2027-01-01', 2027],
    ])(
      'at %s: todayIso, the pre-filled picker and the year are the Vietnam ones',
      (_, instant, iso, year) => {
        process.env.TZ = tz;
        const now = at(instant);
        expect(todayIso(now)).toBe(iso);
        expect(toIsoDate(todayPicker(now))).toBe(iso);
        expect(currentYear(now)).toBe(year);
      },
    );

    it.each<[string, string, boolean]>([
      ['2026-12-08', '2026-12-07T16:59:59Z', true],
      ['2026-12-08', '2026-12-07T17:00:00Z', false],
      ['2026-12-08', '2026-12-07T20:00:00Z', false],
      ['2026-12-09', '2026-12-07T20:00:00Z', true],
      ['2027-01-01', '2026-12-31T16:59:59Z', true],
      ['2027-01-01', '2026-12-31T17:00:00Z', false],
    ])('%s picked at %s is after today: %s', (iso, instant, expected) => {
      process.env.TZ = tz;
      expect(isAfterToday(fromIsoDate(iso), at(instant))).toBe(expected);
    });

    it('an empty picker is not after today', () => {
      process.env.TZ = tz;
      expect(isAfterToday(null, at('2026-12-07T20:00:00Z'))).toBe(false);
    });
  },
);
