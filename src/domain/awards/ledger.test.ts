import { describe, expect, it } from 'vitest';
import {
  AWARD_CODE_RE,
  checkDate,
  checkNotFuture,
  checkPeriod,
  checkShares,
  checkYear,
  countedYear,
  ledgerLastYear,
} from './ledger';

const TODAY = '2026-03-02';

describe('ledger years (1945 … next year)', () => {
  it('allows next year at most', () => expect(ledgerLastYear(TODAY)).toBe(2027));
  it.each([
    [1945, true],
    [2025, true],
    [2027, true],
    [1944, false],
    [2028, false],
    [2025.5, false],
  ])('year %s accepted: %s', (year, ok) => {
    const problems = checkYear('year', year, TODAY);
    expect(problems.length === 0).toBe(ok);
    if (!ok) expect(problems[0]!.message).toBe('Năm phải từ 1945 đến 2027');
  });
  it.each([
    ['1944-12-31', false],
    ['1945-01-01', true],
    ['2027-12-31', true],
    ['2028-01-01', false],
  ])('date %s accepted: %s', (date, ok) => expect(checkDate('d', date, TODAY).length === 0).toBe(ok));
  it('no date is no problem', () => expect(checkDate('d', null, TODAY)).toEqual([]));
});

describe('periods and decisions', () => {
  it('from after to is refused', () =>
    expect(checkPeriod('from', '2025-05-02', 'to', '2025-05-01', TODAY)).toEqual([
      { path: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu' },
    ]));
  it('a one-day period is fine', () =>
    expect(checkPeriod('from', '2025-05-01', 'to', '2025-05-01', TODAY)).toEqual([]));
  it('an open period is fine', () =>
    expect(checkPeriod('from', '2025-05-01', 'to', null, TODAY)).toEqual([]));
  it('a decision cannot be dated after today', () => {
    expect(checkNotFuture('decisionDate', '2026-03-03', TODAY)).toHaveLength(1);
    expect(checkNotFuture('decisionDate', TODAY, TODAY)).toEqual([]);
  });
});

describe('initiative authors (law-reference §2.6: contribution shares)', () => {
  it.each([
    [[60, 40], true],
    [[100], true],
    [[null, null], true],
    [[60, null, 40], true],
    [[60, 50], false],
  ])('shares %j accepted: %s', (shares, ok) => {
    const problems = checkShares(shares);
    expect(problems.length === 0).toBe(ok);
    if (!ok) expect(problems[0]!.message).toContain('110%');
  });
});

describe('award codes and the year a record counts for', () => {
  it.each([
    ['cstd_co_so', true],
    ['huan_chuong_lao_dong_hang_3', true],
    ['CSTD', false],
    ['cstd co so', false],
    ['', false],
    ['x', false],
  ])('code %j is well-formed: %s', (code, ok) => expect(AWARD_CODE_RE.test(code)).toBe(ok));

  it.each([
    [{ evaluationYear: 2024, periodTo: '2025-12-31', decisionDate: '2026-01-10' }, 2024],
    [{ evaluationYear: null, periodTo: '2025-12-31', decisionDate: '2026-01-10' }, 2025],
    [{ evaluationYear: null, periodTo: null, decisionDate: '2026-01-10' }, 2026],
    [{ evaluationYear: null, periodTo: null, decisionDate: null }, null],
  ])('%j counts for %s', (record, year) => expect(countedYear(record)).toBe(year));
});
