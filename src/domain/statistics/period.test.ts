import { describe, expect, it } from 'vitest';
import {
  checkStatisticalYearStart,
  countingDate,
  inPeriod,
  type PeriodSpec,
  quarterOf,
  resolvePeriod,
  statisticalYear,
  statisticalYearOf,
} from './period';

const JAN_1 = { month: 1, day: 1 };
const MAR_1 = { month: 3, day: 1 };

describe('the TĐKT statistical year (01/12 of the previous year – 30/11)', () => {
  it.each([
    [2020, undefined, '2019-12-01', '2020-11-30'],
    [2025, undefined, '2024-12-01', '2025-11-30'],
    [2020, JAN_1, '2020-01-01', '2020-12-31'],
    [2024, MAR_1, '2023-03-01', '2024-02-29'],
    [2023, MAR_1, '2022-03-01', '2023-02-28'],
  ])('year %i with start %j runs %s – %s', (year, start, from, to) => {
    expect(statisticalYear(year, start)).toEqual({ from, to });
  });

  it.each([
    ['2020-11-30', undefined, 2020],
    ['2020-12-01', undefined, 2021],
    ['2019-12-31', undefined, 2020],
    ['2020-01-01', undefined, 2020],
    ['2020-12-31', JAN_1, 2020],
    ['2021-01-01', JAN_1, 2021],
    ['2024-02-29', MAR_1, 2024],
    ['2024-03-01', MAR_1, 2025],
  ])('%s falls in statistical year %s → %i', (date, start, year) => {
    expect(statisticalYearOf(date, start ?? undefined)).toBe(year);
  });

  it.each([
    [{ month: 12, day: 1 }, true],
    [{ month: 1, day: 1 }, true],
    [{ month: 2, day: 28 }, true],
    [{ month: 2, day: 29 }, false],
    [{ month: 4, day: 31 }, false],
    [{ month: 13, day: 1 }, false],
    [{ month: 0, day: 1 }, false],
    [{ month: 12, day: 1.5 }, false],
  ])('start %j is acceptable: %s', (start, ok) => {
    expect(checkStatisticalYearStart(start).length === 0).toBe(ok);
  });
});

describe('resolvePeriod', () => {
  it.each<[PeriodSpec, string, string]>([
    [{ kind: 'statistical_year', year: 2020 }, '2019-12-01', '2020-11-30'],
    [{ kind: 'calendar_year', year: 2020 }, '2020-01-01', '2020-12-31'],
    [{ kind: 'half_year', year: 2020, half: 1 }, '2020-01-01', '2020-06-30'],
    [{ kind: 'half_year', year: 2020, half: 2 }, '2020-07-01', '2020-12-31'],
    [{ kind: 'quarter', year: 2024, quarter: 1 }, '2024-01-01', '2024-03-31'],
    [{ kind: 'quarter', year: 2024, quarter: 2 }, '2024-04-01', '2024-06-30'],
    [{ kind: 'quarter', year: 2024, quarter: 4 }, '2024-10-01', '2024-12-31'],
    [{ kind: 'five_years', firstYear: 2021, lastYear: 2025 }, '2020-12-01', '2025-11-30'],
    [
      { kind: 'five_years', firstYear: 2015, lastYear: 2020, until: '2020-07-29' },
      '2014-12-01',
      '2020-07-29',
    ],
    [{ kind: 'range', from: '1996-01-01', to: '2025-12-31' }, '1996-01-01', '2025-12-31'],
    [{ kind: 'range', from: '2020-05-05', to: '2020-05-05' }, '2020-05-05', '2020-05-05'],
  ])('%j → %s – %s', (spec, from, to) => {
    const r = resolvePeriod(spec);
    expect(r.ok && r.period).toMatchObject({ kind: spec.kind, from, to });
  });

  it.each<[PeriodSpec, string]>([
    [{ kind: 'statistical_year', year: 2020 }, 'Năm 2020 (01/12/2019 – 30/11/2020)'],
    [{ kind: 'half_year', year: 2020, half: 1 }, '6 tháng đầu năm 2020'],
    [{ kind: 'quarter', year: 2020, quarter: 3 }, 'Quý III năm 2020'],
    [
      { kind: 'five_years', firstYear: 2015, lastYear: 2020, until: '2020-07-29' },
      'Giai đoạn 2015 – 2020 (đến 29/07/2020)',
    ],
    [{ kind: 'range', from: '2020-01-01', to: '2020-03-31' }, 'Từ 01/01/2020 đến 31/03/2020'],
  ])('%j is labelled "%s"', (spec, label) => {
    const r = resolvePeriod(spec);
    expect(r.ok && r.period.label).toBe(label);
  });

  it.each<[PeriodSpec, string, RegExp]>([
    [{ kind: 'range', from: '2020-12-01', to: '2020-11-30' }, 'from', /Từ ngày phải trước/],
    [{ kind: 'range', from: '1996-01-01', to: '2026-01-01' }, 'to', /dài quá 30 năm/],
    [{ kind: 'range', from: '2020-02-30', to: '2020-03-01' }, 'from', /không hợp lệ/],
    [{ kind: 'range', from: '2020-01-01', to: '31/12/2020' }, 'to', /không hợp lệ/],
    [{ kind: 'statistical_year', year: 1800 }, 'year', /Năm phải/],
    [{ kind: 'calendar_year', year: 2020.5 }, 'year', /Năm phải/],
    [{ kind: 'half_year', year: 2020, half: 3 }, 'half', /Nửa năm/],
    [{ kind: 'quarter', year: 2020, quarter: 5 }, 'quarter', /Quý phải từ 1 đến 4/],
    [{ kind: 'five_years', firstYear: 2015, lastYear: 2022 }, 'lastYear', /Giai đoạn 5 năm/],
    [
      { kind: 'five_years', firstYear: 2015, lastYear: 2020, until: '2021-01-01' },
      'until',
      /Ngày chốt số liệu/,
    ],
  ])('%j is refused on %s', (spec, path, message) => {
    const r = resolvePeriod(spec);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.path).toBe(path);
      expect(r.problems[0]!.message).toMatch(message);
    }
  });

  it('a start on 01/01 makes the statistical year the calendar year', () => {
    const r = resolvePeriod({ kind: 'statistical_year', year: 2020 }, JAN_1);
    expect(r.ok && [r.period.from, r.period.to]).toEqual(['2020-01-01', '2020-12-31']);
  });

  it('five statistical years 2021–2025 are the union of the five annual periods, without gap or overlap', () => {
    const five = resolvePeriod({ kind: 'five_years', firstYear: 2021, lastYear: 2025 });
    const years = [2021, 2022, 2023, 2024, 2025].map((y) => statisticalYear(y));
    expect(five.ok && five.period.from).toBe(years[0]!.from);
    expect(five.ok && five.period.to).toBe(years[4]!.to);
    for (let i = 1; i < years.length; i++) expect(statisticalYearOf(years[i]!.from)).toBe(2021 + i);
  });
});

describe('which date a record counts by', () => {
  it.each([
    [{ decisionDate: '2020-11-30', evaluationYear: 2019 }, undefined, '2020-11-30'],
    [{ decisionDate: null, evaluationYear: 2020 }, undefined, '2020-11-30'],
    [{ decisionDate: null, evaluationYear: 2020 }, JAN_1, '2020-12-31'],
    [{ decisionDate: null, evaluationYear: 2024 }, MAR_1, '2024-02-29'],
    [{ decisionDate: null, evaluationYear: null, periodTo: '2020-06-30' }, undefined, '2020-06-30'],
    [{ decisionDate: null, evaluationYear: null }, undefined, null],
  ])('%j (start %j) counts on %s', (record, start, date) => {
    expect(countingDate(record, start ?? undefined)).toBe(date);
  });

  it('an evaluation-year-only record falls in its statistical and calendar year, H2 and Q4', () => {
    const date = countingDate({ decisionDate: null, evaluationYear: 2020 })!;
    const within = (spec: PeriodSpec) => {
      const r = resolvePeriod(spec);
      return r.ok && inPeriod(date, r.period);
    };
    expect(within({ kind: 'statistical_year', year: 2020 })).toBe(true);
    expect(within({ kind: 'statistical_year', year: 2021 })).toBe(false);
    expect(within({ kind: 'calendar_year', year: 2020 })).toBe(true);
    expect(within({ kind: 'half_year', year: 2020, half: 2 })).toBe(true);
    expect(within({ kind: 'quarter', year: 2020, quarter: 4 })).toBe(true);
    expect(within({ kind: 'quarter', year: 2020, quarter: 3 })).toBe(false);
  });

  it.each([
    ['2020-11-30', { from: '2019-12-01', to: '2020-11-30' }, true],
    ['2020-12-01', { from: '2019-12-01', to: '2020-11-30' }, false],
    ['2019-12-01', { from: '2019-12-01', to: '2020-11-30' }, true],
    ['2020-12-31', { from: '2020-01-01', to: '2020-12-31' }, true],
    ['2021-01-01', { from: '2020-01-01', to: '2020-12-31' }, false],
    ['2024-02-29', { from: '2024-01-01', to: '2024-03-31' }, true],
  ])('%s in %j: %s', (date, period, expected) => {
    expect(inPeriod(date, period)).toBe(expected);
  });

  it.each([
    ['2020-01-01', 1],
    ['2020-03-31', 1],
    ['2020-04-01', 2],
    ['2020-09-30', 3],
    ['2020-10-01', 4],
    ['2020-12-31', 4],
  ])('%s is in quarter %i', (date, q) => expect(quarterOf(date)).toBe(q));
});
