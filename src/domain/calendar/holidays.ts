import { dayNumber, type HolidayCalendar, type HolidayRange, isoOfDay } from './working-days';

/**
 * The national default holiday calendar, Labour Code 2019 Điều 112 k1: Tết Dương lịch (01/01), Tết Âm lịch
 * (5 days), Giỗ Tổ Hùng Vương (10/3 âm lịch), Ngày Chiến thắng (30/4), Quốc tế Lao động (01/5), Quốc khánh (02/9
 * and one adjacent day). Which five days of Tết and which day next to 02/9 are off is announced every year
 * [R]: the default takes the day before Tết and mùng 1–4, and 01/9; a tenant administrator replaces them with the
 * announced ranges (marked `announced`, so no compensatory day is added on top) in the workflow settings.
 */

/** Mùng 1 Tết and 10/3 âm lịch (Giỗ Tổ) in the solar calendar, by year. */
export const LUNAR_DATES: Readonly<Record<number, { tet: string; gioTo: string }>> = {
  2024: { tet: '2024-02-10', gioTo: '2024-04-18' },
  2025: { tet: '2025-01-29', gioTo: '2025-04-07' },
  2026: { tet: '2026-02-17', gioTo: '2026-04-26' },
  2027: { tet: '2027-02-06', gioTo: '2027-04-16' },
  2028: { tet: '2028-01-26', gioTo: '2028-04-04' },
  2029: { tet: '2029-02-13', gioTo: '2029-04-23' },
  2030: { tet: '2030-02-03', gioTo: '2030-04-12' },
};

const one = (iso: string, name: string): HolidayRange => ({ from: iso, to: iso, name });

/** The statutory days off of one year (Điều 112 k1), with the default choice of Tết and Quốc khánh days. */
export function statutoryHolidays(year: number): HolidayRange[] {
  const y = String(year);
  const list: HolidayRange[] = [
    one(`${y}-01-01`, 'Tết Dương lịch'),
    one(`${y}-04-30`, 'Ngày Chiến thắng'),
    one(`${y}-05-01`, 'Ngày Quốc tế Lao động'),
    { from: `${y}-09-01`, to: `${y}-09-02`, name: 'Quốc khánh' },
  ];
  const lunar = LUNAR_DATES[year];
  if (lunar) {
    const tet = dayNumber(lunar.tet);
    list.push({ from: isoOfDay(tet - 1), to: isoOfDay(tet + 3), name: 'Tết Âm lịch' });
    list.push(one(lunar.gioTo, 'Giỗ Tổ Hùng Vương'));
  }
  return list.sort((a, b) => a.from.localeCompare(b.from));
}

/** Saturday and Sunday off, the statutory holidays of the years with lunar data, compensation on. */
export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = {
  weekend: [0, 6],
  holidays: Object.keys(LUNAR_DATES).flatMap((y) => statutoryHolidays(Number(y))),
  extraWorkingDays: [],
  compensateWeekendHolidays: true,
};
