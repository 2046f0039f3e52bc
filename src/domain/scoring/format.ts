/**
 * Rounding and Vietnamese number formatting for scores ("124,0%", "1.234,5", "10,00 điểm").
 *
 * Points are summed unrounded and rounded once, at the end (issue 5, item 5). Binary floating point cannot
 * hold most decimals (1.005 is 1.00499999999999989…, 0.3 / 0.1 is 2.9999999999999996), so a naive
 * `Math.round(x * 100) / 100` rounds some halves down and a ratio can miss a threshold it reaches.
 * `snap` takes a value to 12 significant digits — far below any figure a table produces, far above the
 * noise of a double (about 16 digits) — and `roundHalfUp` rounds the snapped decimal half away from zero.
 * Both are plain arithmetic (no string round trip): the engine calls them a few times per item.
 */

/** 10^0 … 10^22, each exact in a double. */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Snaps binary noise off: `x` to 12 significant digits (0.3 / 0.1 → 3; 0.1 + 0.2 → 0.3;
 * 6.666666666666667 → 6.66666666667). Values of 10^12 and above, or below 10^-9, are returned as they are.
 */
export function snap(x: number): number {
  const mag = x < 0 ? -x : x;
  if (!(mag >= 1e-9 && mag < 1e12) || Number.isInteger(x)) return x;
  // e = the number of digits before the decimal point (≤ 0 below 1); a loop of comparisons, not Math.log10.
  let e = 0;
  if (mag >= 1) while (mag >= (POW10[e] as number)) e++;
  else for (let p = mag * 10; p < 1; p *= 10) e--;
  const scale = POW10[12 - e] as number;
  return Math.round(x * scale) / scale;
}

/** Rounds half away from zero to `decimals` places, 0–6 (0.125 → 0.13, −0.125 → −0.13, 1.005 → 1.01). */
export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  const factor = POW10[decimals] as number;
  const raw = Math.abs(x) * factor;
  const rounded = (Number.isInteger(raw) ? raw : Math.floor(snap(raw) + 0.5)) / factor;
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

const ZEROS = '000000';

/**
 * Vietnamese notation: dot between thousands, comma before decimals. Rounds half up to `maxDecimals` (0–6),
 * keeps at least `minDecimals` (1234.5, 2 → "1.234,5"; 10, 2, 2 → "10,00"; 0.1 + 0.2 → "0,3"). Integer
 * arithmetic on the scaled value: explanations format several numbers per item.
 */
export function formatNumberVi(x: number, maxDecimals = 2, minDecimals = 0): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '-∞' : 'không xác định';
  if (minDecimals === 0 && Number.isSafeInteger(x))
    return x < 0 ? '-' + groupThousands(String(-x)) : groupThousands(String(x));
  const factor = POW10[maxDecimals] as number;
  const raw = Math.abs(x) * factor;
  const scaled = Number.isInteger(raw) ? raw : Math.floor(snap(raw) + 0.5);
  if (scaled === 0) return minDecimals ? '0,' + ZEROS.slice(0, minDecimals) : '0';
  const sign = x < 0 ? '-' : '';
  let intText: string;
  let frac: number;
  if (scaled <= Number.MAX_SAFE_INTEGER) {
    frac = scaled % factor;
    intText = String((scaled - frac) / factor);
  } else {
    // Beyond 2^53 there are no decimals left to show.
    frac = 0;
    intText = BigInt(Math.round(Math.abs(x))).toString();
  }
  let decimals = '';
  if (maxDecimals > 0) {
    let digits = String(frac);
    if (digits.length < maxDecimals) digits = ZEROS.slice(0, maxDecimals - digits.length) + digits;
    let end = maxDecimals;
    while (end > minDecimals && digits.charCodeAt(end - 1) === 48) end--;
    decimals = digits.slice(0, end);
  }
  return sign + groupThousands(intText) + (decimals ? ',' + decimals : '');
}

/** Points in explanations and totals: always two decimals ("10,00", "6,67"). */
export const formatPoints = (x: number) => formatNumberVi(x, 2, 2);
/** A percentage of plan with one decimal ("124,0%"). */
export const formatPercent = (x: number) => `${formatNumberVi(x, 1, 1)}%`;
/** A ratio in explanations, up to four decimals ("1,24", "1,5333", "1"). */
export const formatRatio = (x: number) => formatNumberVi(x, 4);
/** A reported figure as typed, up to four decimals ("124", "1.234,5"). */
export const formatFigure = (x: number) => formatNumberVi(x, 4);
