import { describe, expect, it } from 'vitest';
import { formatNumberVi, formatPercent, formatPoints, roundHalfUp, roundPoints, snap } from './format';

describe('roundPoints: half up to two decimals, immune to binary noise (issue 5: totals rounded at the end)', () => {
  const cases: [string, number, number][] = [
    ['0.1 + 0.2 (0.30000000000000004)', 0.1 + 0.2, 0.3],
    ['1.005 (stored as 1.00499999…)', 1.005, 1.01],
    ['2.675 (stored as 2.67499999…)', 2.675, 2.68],
    ['100.005 (×100 = 10000.499999…)', 100.005, 100.01],
    ['1.255', 1.255, 1.26],
    ['0.125 exactly', 0.125, 0.13],
    ['0.124999 stays down', 0.124999, 0.12],
    ['0.0049999 stays 0', 0.0049999, 0],
    ['0.005 goes up', 0.005, 0.01],
    ['a third', 10 / 3, 3.33],
    ['two thirds', 20 / 3, 6.67],
    ['sum of three thirds of 1 point', 1 / 3 + 1 / 3 + 1 / 3, 1],
    ['0.7 + 0.1 (0.7999999999999999)', 0.7 + 0.1, 0.8],
    ['large total 1234.565', 1234.565, 1234.57],
    ['negative half goes away from zero', -0.125, -0.13],
    ['negative noise', -(0.1 + 0.2), -0.3],
    ['zero', 0, 0],
  ];
  it.each(cases)('%s', (_label, x, expected) => {
    expect(roundPoints(x)).toBe(expected);
  });

  it('never returns −0', () => {
    expect(Object.is(roundPoints(-0.001), 0)).toBe(true);
  });

  it('rounds to other decimal places', () => {
    expect(roundHalfUp(124.05, 1)).toBe(124.1);
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(1.23456, 4)).toBe(1.2346);
  });

  it('snap removes float noise from ratios', () => {
    expect(0.3 / 0.1).not.toBe(3);
    expect(snap(0.3 / 0.1)).toBe(3);
    expect(snap(0.1 + 0.2)).toBe(0.3);
  });
});

describe('Vietnamese number notation (dot thousands, comma decimals)', () => {
  const cases: [number, number, number, string][] = [
    [124, 4, 0, '124'],
    [1.24, 4, 0, '1,24'],
    [1234.5, 2, 0, '1.234,5'],
    [1234567.891, 2, 0, '1.234.567,89'],
    [10, 2, 2, '10,00'],
    [0.1 + 0.2, 4, 0, '0,3'],
    [1.005, 2, 2, '1,01'],
    [-5, 2, 2, '-5,00'],
    [999, 2, 2, '999,00'],
    [1000, 0, 0, '1.000'],
    [2 / 3, 4, 0, '0,6667'],
  ];
  it.each(cases)('%d with ≤%d decimals (≥%d) → %s', (x, max, min, expected) => {
    expect(formatNumberVi(x, max, min)).toBe(expected);
  });

  it('formats points and percentages the way explanations show them', () => {
    expect(formatPoints(6.666666)).toBe('6,67');
    expect(formatPercent(124)).toBe('124,0%');
    expect(formatPercent(153.333333)).toBe('153,3%');
    expect(formatNumberVi(Infinity)).toBe('∞');
    expect(formatNumberVi(1e21, 2, 2)).toBe('1.000.000.000.000.000.000.000,00');
    expect(formatNumberVi(2 ** 53 + 2, 4)).toBe('9.007.199.254.740.994');
  });
});
