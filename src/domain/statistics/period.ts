/**
 * Reporting periods of the statistics, and which date an award record counts by.
 *
 * The TĐKT statistical year runs **from 01/12 of the previous year to 30/11 of the reporting year**
 * (Thông tư 02/2023/TT-BNV, chế độ báo cáo thống kê ngành Nội vụ: thời kỳ báo cáo of the thi đua, khen
 * thưởng forms; every other Home Affairs field uses the calendar year). The start day is a tenant setting
 * with that default, since the successor Thông tư 18/2025/TT-BNV has not been read. Statistical year Y is
 * named after the year in which it ends: with the default, 2020 = 01/12/2019 – 30/11/2020; with a start on
 * 01/01 it is the calendar year.
 *
 * Other periods (the choices of the reporting tools in use): the calendar year, its halves and quarters,
 * five years, any two dates. Dates are ISO `YYYY-MM-DD`; no clock is read.
 */
import { LEDGER_FIRST_YEAR, type Problem } from '../awards/ledger';
import type { IsoDate } from '../awards/types';
import { addMonths, daysInMonth, isIsoDate, isoDate, monthOf, yearOf } from '../eligibility/dates';

export interface StatisticalYearStart {
  month: number;
  day: number;
}
/** Thông tư 02/2023/TT-BNV: the TĐKT statistical year starts on 01/12 of the previous year. */
export const DEFAULT_STATISTICAL_YEAR_START: StatisticalYearStart = { month: 12, day: 1 };

export const PERIOD_FIRST_YEAR = LEDGER_FIRST_YEAR;
export const PERIOD_LAST_YEAR = 2200;
/** The longest period a statistic may span, in years. */
export const MAX_PERIOD_YEARS = 30;

export type PeriodSpec =
  | { kind: 'statistical_year'; year: number }
  | { kind: 'calendar_year'; year: number }
  | { kind: 'half_year'; year: number; half: number }
  | { kind: 'quarter'; year: number; quarter: number }
  /**
   * "Giai đoạn firstYear–lastYear": five statistical years (2021–2025), or the span between two emulation
   * congresses named by both their years (2015–2020, seed 004), cut at `until` — the date the figures are
   * taken (seed 004, published 29/07/2020, counts "từ năm 2015 đến nay").
   */
  | { kind: 'five_years'; firstYear: number; lastYear: number; until?: IsoDate | null }
  | { kind: 'range'; from: IsoDate; to: IsoDate };
export type PeriodKind = PeriodSpec['kind'];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  statistical_year: 'Năm thống kê thi đua, khen thưởng',
  calendar_year: 'Năm dương lịch',
  half_year: '6 tháng',
  quarter: 'Quý',
  five_years: 'Giai đoạn 5 năm',
  range: 'Từ ngày đến ngày',
};

export interface ReportingPeriod {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
  /** Vietnamese, e.g. "Năm 2020 (01/12/2019 – 30/11/2020)". */
  label: string;
}
export type PeriodResult = { ok: true; period: ReportingPeriod } | { ok: false; problems: Problem[] };

export const dmy = (d: IsoDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

function previousDay(d: IsoDate): IsoDate {
  const y = yearOf(d);
  const m = monthOf(d);
  const day = Number(d.slice(8, 10));
  if (day > 1) return isoDate(y, m, day - 1);
  return m === 1 ? isoDate(y - 1, 12, 31) : isoDate(y, m - 1, daysInMonth(y, m - 1));
}

/** A start day that exists in every year (29/02 does not). */
export function checkStatisticalYearStart(s: StatisticalYearStart): Problem[] {
  const okMonth = Number.isInteger(s.month) && s.month >= 1 && s.month <= 12;
  if (okMonth && Number.isInteger(s.day) && s.day >= 1 && s.day <= daysInMonth(2001, s.month)) return [];
  return [
    {
      path: 'statisticalYearStart',
      message: 'Ngày bắt đầu năm thống kê phải là một ngày có trong mọi năm (ví dụ 01/12; không nhận 29/02)',
    },
  ];
}

const isJanFirst = (s: StatisticalYearStart) => s.month === 1 && s.day === 1;

/** First and last day of statistical year `year` (the one ending in `year`). */
export function statisticalYear(
  year: number,
  start: StatisticalYearStart = DEFAULT_STATISTICAL_YEAR_START,
): { from: IsoDate; to: IsoDate } {
  if (isJanFirst(start)) return { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
  return {
    from: isoDate(year - 1, start.month, start.day),
    to: previousDay(isoDate(year, start.month, start.day)),
  };
}

/** The statistical year a date falls in: 01/12/2019 → 2020, 30/11/2020 → 2020 (default start). */
export function statisticalYearOf(
  date: IsoDate,
  start: StatisticalYearStart = DEFAULT_STATISTICAL_YEAR_START,
): number {
  const y = yearOf(date);
  if (isJanFirst(start)) return y;
  const md = date.slice(5);
  return md >= isoDate(2000, start.month, start.day).slice(5) ? y + 1 : y;
}

/** Calendar quarter (1–4) of a date. */
export const quarterOf = (date: IsoDate): number => Math.floor((monthOf(date) - 1) / 3) + 1;

/** Whether `date` lies in the period, both ends included. */
export const inPeriod = (date: IsoDate, period: { from: IsoDate; to: IsoDate }): boolean =>
  period.from <= date && date <= period.to;

/**
 * The date an award record counts by:
 * 1. its decision date;
 * 2. else, with an evaluation year Y, the **last day of statistical year Y** (30/11/Y by default): such a
 *    record falls in statistical year Y, calendar year Y, the second half and the fourth quarter of Y;
 *    and in any range or five-year period exactly when that day does;
 * 3. else the end of the period it rewards (`periodTo`); null when the record has none of the three.
 *
 * SQL twin, for a start on day d of month m: `coalesce(decision_date, make_date(evaluation_year, m, d) - 1,
 * period_to)` (default `make_date(evaluation_year, 12, 1) - 1`); for a start on 01/01 the middle term is
 * `make_date(evaluation_year, 12, 31)`.
 */
export function countingDate(
  r: { decisionDate: IsoDate | null; evaluationYear: number | null; periodTo?: IsoDate | null },
  start: StatisticalYearStart = DEFAULT_STATISTICAL_YEAR_START,
): IsoDate | null {
  if (r.decisionDate) return r.decisionDate;
  if (r.evaluationYear !== null) return statisticalYear(r.evaluationYear, start).to;
  return r.periodTo ?? null;
}

const problem = (path: string, message: string): PeriodResult => ({
  ok: false,
  problems: [{ path, message }],
});
const yearOk = (y: number) => Number.isInteger(y) && y >= PERIOD_FIRST_YEAR && y <= PERIOD_LAST_YEAR;
const YEAR_MESSAGE = `Năm phải là số nguyên từ ${PERIOD_FIRST_YEAR} đến ${PERIOD_LAST_YEAR}`;
const ROMAN = ['I', 'II', 'III', 'IV'];

/** From and to of a range: real dates, from ≤ to, at most 30 years. */
export function checkRange(from: IsoDate, to: IsoDate): Problem[] {
  const problems: Problem[] = [];
  if (!isIsoDate(from))
    problems.push({ path: 'from', message: 'Từ ngày không hợp lệ (cần dạng yyyy-mm-dd)' });
  if (!isIsoDate(to)) problems.push({ path: 'to', message: 'Đến ngày không hợp lệ (cần dạng yyyy-mm-dd)' });
  if (problems.length) return problems;
  if (from > to) return [{ path: 'from', message: 'Từ ngày phải trước hoặc trùng đến ngày' }];
  if (to >= addMonths(from, MAX_PERIOD_YEARS * 12))
    return [{ path: 'to', message: `Khoảng thời gian thống kê không được dài quá ${MAX_PERIOD_YEARS} năm` }];
  return [];
}

/** The dates and label of a period, or why it is not one (Vietnamese messages, with the field's path). */
export function resolvePeriod(
  spec: PeriodSpec,
  start: StatisticalYearStart = DEFAULT_STATISTICAL_YEAR_START,
): PeriodResult {
  const make = (from: IsoDate, to: IsoDate, label: string): PeriodResult => ({
    ok: true,
    period: { kind: spec.kind, from, to, label },
  });
  if (spec.kind === 'range') {
    const problems = checkRange(spec.from, spec.to);
    return problems.length
      ? { ok: false, problems }
      : make(spec.from, spec.to, `Từ ${dmy(spec.from)} đến ${dmy(spec.to)}`);
  }
  if (spec.kind === 'five_years') return fiveYears(spec, start);
  if (!yearOk(spec.year)) return problem('year', YEAR_MESSAGE);
  const y = spec.year;
  switch (spec.kind) {
    case 'statistical_year': {
      const { from, to } = statisticalYear(y, start);
      return make(from, to, `Năm ${y} (${dmy(from)} – ${dmy(to)})`);
    }
    case 'calendar_year':
      return make(isoDate(y, 1, 1), isoDate(y, 12, 31), `Năm ${y} (năm dương lịch)`);
    case 'half_year':
      if (spec.half === 1) return make(isoDate(y, 1, 1), isoDate(y, 6, 30), `6 tháng đầu năm ${y}`);
      if (spec.half === 2) return make(isoDate(y, 7, 1), isoDate(y, 12, 31), `6 tháng cuối năm ${y}`);
      return problem('half', 'Nửa năm phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)');
    case 'quarter': {
      const q = spec.quarter;
      if (!Number.isInteger(q) || q < 1 || q > 4) return problem('quarter', 'Quý phải từ 1 đến 4');
      const from = isoDate(y, 3 * q - 2, 1);
      return make(from, previousDay(addMonths(from, 3)), `Quý ${ROMAN[q - 1]} năm ${y}`);
    }
  }
}

function fiveYears(
  spec: Extract<PeriodSpec, { kind: 'five_years' }>,
  start: StatisticalYearStart,
): PeriodResult {
  if (!yearOk(spec.firstYear)) return problem('firstYear', YEAR_MESSAGE);
  if (!yearOk(spec.lastYear)) return problem('lastYear', YEAR_MESSAGE);
  const span = spec.lastYear - spec.firstYear;
  if (span !== 4 && span !== 5)
    return problem(
      'lastYear',
      'Giai đoạn 5 năm gồm 5 năm (ví dụ 2021–2025), hoặc ghi năm đầu và năm cuối của hai kỳ đại hội (ví dụ 2015–2020)',
    );
  const from = statisticalYear(spec.firstYear, start).from;
  const end = statisticalYear(spec.lastYear, start).to;
  const label = `Giai đoạn ${spec.firstYear} – ${spec.lastYear}`;
  if (!spec.until) return { ok: true, period: { kind: 'five_years', from, to: end, label } };
  if (!isIsoDate(spec.until) || spec.until < from || spec.until > end)
    return problem('until', `Ngày chốt số liệu phải nằm trong giai đoạn (${dmy(from)} – ${dmy(end)})`);
  return {
    ok: true,
    period: { kind: 'five_years', from, to: spec.until, label: `${label} (đến ${dmy(spec.until)})` },
  };
}
