import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPercent, formatPoints } from './numbers';

describe('Vietnamese number display', () => {
  it.each([
    [1234567, 2, false, '1.234.567'],
    [8.25, 2, false, '8,25'],
    [8.2, 2, true, '8,20'],
    [0, 2, false, '0'],
    [null, 2, false, '—'],
    [Number.NaN, 2, false, '—'],
  ])('formatDecimal(%s, %s, %s) = %s', (value, digits, fixed, expected) => {
    expect(formatDecimal(value, digits, fixed)).toBe(expected);
  });

  it.each([
    [124, '124,0 %'],
    [153.33, '153,3 %'],
    [1234.5, '1.234,5 %'],
    [undefined, '—'],
  ])('formatPercent(%s) = %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it('formatPoints keeps two decimals', () => {
    expect(formatPoints(10)).toBe('10,00');
  });
});
