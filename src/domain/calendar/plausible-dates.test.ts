import { describe, expect, it } from 'vitest';
import { dateWindow, implausibleDate } from './plausible-dates';

describe('plausible date windows', () => {
  it.each([
    ['act', '2025-06-30', null],
    ['act', '1945-09-02', null],
    ['act', '1945-09-01', 'Ngày phải trong khoảng 02/09/1945 – 31/12/2027'],
    ['act', '1900-01-01', 'Ngày phải trong khoảng 02/09/1945 – 31/12/2027'],
    ['act', '2027-12-31', null],
    ['act', '2028-01-01', 'Ngày phải trong khoảng 02/09/1945 – 31/12/2027'],
    ['act', '9999-12-31', 'Ngày phải trong khoảng 02/09/1945 – 31/12/2027'],
    ['plan', '2035-12-31', null],
    ['plan', '2037-01-01', 'Ngày phải trong khoảng 02/09/1945 – 31/12/2036'],
    ['any', '1831-10-01', null],
    ['any', '1900-01-01', null],
    ['any', '0001-01-01', 'Ngày phải trong khoảng 01/01/1800 – 31/12/2126'],
    ['any', '9999-12-31', 'Ngày phải trong khoảng 01/01/1800 – 31/12/2126'],
  ] as const)('%s %s → %s', (kind, date, expected) => {
    expect(implausibleDate(kind, date, 2026)).toBe(expected);
  });

  it('counts the upper bound from the current year', () => {
    expect(dateWindow('act', 2030)).toEqual({ from: '1945-09-02', to: '2031-12-31' });
  });
});
