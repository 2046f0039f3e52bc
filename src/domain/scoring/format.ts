/**
 * Rounding and Vietnamese number formatting for scores ("124,0%", "1.234,5", "10,00 điểm").
 *
 * Points are summed unrounded and rounded once, at the end (issue 5, item 5). Binary floating point cannot
 * hold most decimals (1.005 is 1.00499999999999989…), so a naive `Math.round(x * 100) / 100` rounds some
 * halves down. `roundHalfUp` first snaps the value to 15 significant digits — below the noise floor of a
 * double, above any figure a table can produce — and rounds that decimal half away from zero.
 */

/**
 * Snaps binary noise off: the double nearest to `x` written with 15 significant digits
 * (0.3 / 0.1 = 2.9999999999999996 → 3; 0.1 + 0.2 → 0.3). Used on ratios before comparing them with
 * thresholds, and before rounding.
 */
export function snap(x: number): number {
  return Number(x.toPrecision(15));
}

/** Rounds half away from zero to `decimals` places (0.125 → 0.13, −0.125 → −0.13, 1.005 → 1.01). */
export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  const factor = 10 ** decimals;
  const magnitude = snap(Math.abs(snap(x)) * factor);
  const rounded = Math.floor(magnitude + 0.5) / factor;
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Points as stored and compared: two decimals, half up. */
export const roundPoints = (x: number) => roundHalfUp(x, 2);

function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += '.' + digits.slice(i, i + 3);
  return out;
}

/**
 * Vietnamese notation: dot between thousands, comma before decimals. Rounds half up to `maxDecimals`,
 * keeps at least `minDecimals` (1234.5, 2 → "1.234,5"; 10, 2, 2 → "10,00"; 0.1 + 0.2 → "0,3").
 */
export function formatNumberVi(x: number, maxDecimals = 2, minDecimals = 0): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '-∞' : 'không xác định';
  const r = roundHalfUp(x, maxDecimals);
  const fixed = Math.abs(r).toFixed(maxDecimals);
  const dot = fixed.indexOf('.');
  const intPart = dot < 0 ? fixed : fixed.slice(0, dot);
  let frac = dot < 0 ? '' : fixed.slice(dot + 1);
  let end = frac.length;
  while (end > minDecimals && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  const sign = r < 0 ? '-' : '';
  return sign + groupThousands(intPart) + (frac ? ',' + frac : '');
}

/** Points in explanations and totals: always two decimals ("10,00", "6,67"). */
export const formatPoints = (x: number) => formatNumberVi(x, 2, 2);
/** A percentage of plan with one decimal ("124,0%"). */
export const formatPercent = (x: number) => `${formatNumberVi(x, 1, 1)}%`;
/** A ratio in explanations, up to four decimals ("1,24", "1,5333", "1"). */
export const formatRatio = (x: number) => formatNumberVi(x, 4);
/** A reported figure as typed, up to four decimals ("124", "1.234,5"). */
export const formatFigure = (x: number) => formatNumberVi(x, 4);
