/**
 * Vietnamese numbers in words, as written on decisions and payment vouchers ("Bằng chữ: …"):
 * 760000 → "Bảy trăm sáu mươi nghìn đồng", 1053000 → "Một triệu không trăm năm mươi ba nghìn đồng".
 *
 * Rules: groups of three digits named nghìn, triệu, tỷ (then nghìn tỷ, triệu tỷ…); a group after the first
 * is read in full ("không trăm", "linh"), an all-zero group is skipped; tens: "mười" for 1, "X mươi" from 2;
 * units after a zero ten (with hundreds before it): "linh"; after "mươi": 1 → "mốt", 4 → "tư", 5 → "lăm";
 * after "mười": 5 → "lăm" (14 stays "mười bốn").
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const digit = (d: number) => DIGITS[d] as string;

/** Words of 0 < n < 1000; `full` reads the hundreds even when zero (a group after a leading one). */
function threeDigits(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const out: string[] = [];
  const readHundreds = full || hundreds > 0;
  if (readHundreds) out.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units === 0) return out;
    if (readHundreds) out.push('linh');
    out.push(digit(units));
    return out;
  }
  if (tens === 1) out.push('mười');
  else out.push(digit(tens), 'mươi');
  if (units === 0) return out;
  if (units === 5) out.push('lăm');
  else if (units === 1 && tens > 1) out.push('mốt');
  else if (units === 4 && tens > 1) out.push('tư');
  else out.push(digit(units));
  return out;
}

const SCALES = ['', 'nghìn', 'triệu'] as const;

/** Words of n < 1,000,000,000 without capitalisation; `full` when something was read before it. */
function belowBillion(n: number, full: boolean): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const out: string[] = [];
  let started = full;
  for (let i = 2; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    out.push(...threeDigits(g, started));
    if (SCALES[i]) out.push(SCALES[i] as string);
    started = true;
  }
  return out;
}

/** Words of n > 0: tỷ repeats for larger numbers (1,000 tỷ = "một nghìn tỷ"). */
function words(n: number, full: boolean): string[] {
  if (n < 1_000_000_000) return belowBillion(n, full);
  const high = Math.floor(n / 1_000_000_000);
  const low = n % 1_000_000_000;
  const out = [...words(high, full), 'tỷ'];
  if (low > 0) out.push(...belowBillion(low, true));
  return out;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** A non-negative safe integer in Vietnamese words, first letter capitalised: 21 → "Hai mươi mốt". */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`numberInWords: cần số nguyên không âm, nhận ${n}`);
  if (n === 0) return 'Không';
  return capitalise(words(n, false).join(' '));
}

/** An amount of VND in words: 760000 → "Bảy trăm sáu mươi nghìn đồng"; 0 → "Không đồng". */
export function vndInWords(n: number): string {
  return `${numberInWords(n)} đồng`;
}
