import { describe, expect, it } from 'vitest';
import {
  addMonths,
  evaluationYearEnd,
  evaluationYearOf,
  evaluationYearStart,
  formatDate,
  isIsoDate,
  nextDay,
} from './dates';

describe('ISO dates without Date objects', () => {
  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-01', false],
    ['2025/01/01', false],
    ['abcd-01-01', false],
  ])('isIsoDate(%s) = %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));

  it.each([
    ['2025-07-01', 6, '2026-01-01'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-12-15', 1, '2026-01-15'],
  ])('addMonths(%s, %i) = %s', (d, m, out) => expect(addMonths(d, m)).toBe(out));

  it.each([
    ['2025-12-31', '2026-01-01'],
    ['2024-02-28', '2024-02-29'],
    ['2025-02-28', '2025-03-01'],
    ['2025-06-30', '2025-07-01'],
  ])('nextDay(%s) = %s', (d, out) => expect(nextDay(d)).toBe(out));

  it('formats dd/mm/yyyy', () => expect(formatDate('2025-03-07')).toBe('07/03/2025'));
});

describe('evaluation years (law-reference §3.2: calendar year or school year, integers either way)', () => {
  it('calendar year Y spans 01/01/Y–31/12/Y', () => {
    expect(evaluationYearStart(2025, 'calendar_year')).toBe('2025-01-01');
    expect(evaluationYearEnd(2025, 'calendar_year')).toBe('2025-12-31');
    expect(evaluationYearOf('2025-09-15', 'calendar_year')).toBe(2025);
  });
  it('school year Y is the one ending in Y: 01/09/(Y−1)–31/08/Y', () => {
    expect(evaluationYearStart(2025, 'school_year')).toBe('2024-09-01');
    expect(evaluationYearEnd(2025, 'school_year')).toBe('2025-08-31');
    expect(evaluationYearOf('2024-09-01', 'school_year')).toBe(2025);
    expect(evaluationYearOf('2025-08-31', 'school_year')).toBe(2025);
    expect(evaluationYearOf('2025-09-01', 'school_year')).toBe(2026);
  });
});
