/** Vietnamese number display for scores and plan figures: 1.234.567; 124,0 %; 8,25. */

const EMPTY = '—';

/** A number with Vietnamese separators and at most `digits` decimals (fixed when `fixed`). */
export function formatDecimal(value: number | null | undefined, digits = 2, fixed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  return value.toLocaleString('vi-VN', {
    minimumFractionDigits: fixed ? digits : 0,
    maximumFractionDigits: digits,
  });
}

/** A percentage with one decimal: 124 → "124,0 %". */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  return `${formatDecimal(value, digits, true)} %`;
}

/** Points with two decimals: 8.5 → "8,50". */
export function formatPoints(value: number | null | undefined): string {
  return formatDecimal(value, 2, true);
}
