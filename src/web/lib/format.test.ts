import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatVnd, maskText, orDash, parseDisplayDate } from './format';

describe('formatDate', () => {
  it.each([
    ['2025-07-01', '01/07/2025'],
    ['1990-12-31', '31/12/1990'],
    [null, '—'],
    [undefined, '—'],
    ['', '—'],
    ['không phải ngày', 'không phải ngày'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('parseDisplayDate', () => {
  it.each([
    ['01/07/2025', '2025-07-01'],
    ['1/7/2025', '2025-07-01'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2025', undefined],
    ['31/04/2025', undefined],
    ['2025-07-01', undefined],
  ])('%s → %s', (input, expected) => {
    expect(parseDisplayDate(input)).toBe(expected);
  });
});

describe('formatVnd', () => {
  it.each<[number | bigint | string | null, string]>([
    [1234567, '1.234.567 ₫'],
    [0, '0 ₫'],
    [999, '999 ₫'],
    [1000, '1.000 ₫'],
    [-2500000, '-2.500.000 ₫'],
    [12345678901234567890n, '12.345.678.901.234.567.890 ₫'],
    ['3500000', '3.500.000 ₫'],
    [null, '—'],
  ])('%s → %s', (input, expected) => {
    expect(formatVnd(input)).toBe(expected);
  });

  it('rounds fractional amounts to whole đồng', () => {
    expect(formatVnd(1499.6)).toBe('1.500 ₫');
  });
});

describe('formatNumber', () => {
  it('groups thousands with dots', () => {
    expect(formatNumber(20000)).toBe('20.000');
    expect(formatNumber(null)).toBe('—');
  });
});

describe('maskText', () => {
  it.each([
    ['001099012345', '********2345'],
    ['123', '***'],
    ['********2345', '********2345'],
    [null, '—'],
  ])('%s → %s', (input, expected) => {
    expect(maskText(input)).toBe(expected);
  });
});

describe('orDash', () => {
  it('shows a dash for empty values only', () => {
    expect(orDash('')).toBe('—');
    expect(orDash(0)).toBe('0');
    expect(orDash('Hà Giang')).toBe('Hà Giang');
  });
});
