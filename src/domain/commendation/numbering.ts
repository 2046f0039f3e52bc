/**
 * Number and symbol of a decision (số, ký hiệu) — Decree 30/2020/NĐ-CP Điều 15 and Phụ lục I: the number is
 * a sequence restarting on 1 January of each year, per issuing body; the symbol is the document kind and the
 * body's abbreviation, e.g. "125/QĐ-UBND". A tenant configures a pattern with placeholders:
 *
 * - `{seq}` the sequence (required), `{seq2}` / `{seq3}` / `{seq4}` zero-padded to 2–4 digits;
 * - `{year}` the four-digit year (for patterns such as "{seq}/{year}/QĐ-UBND").
 *
 * Pure: the sequence is taken by the server (one counter per tenant and year).
 */

export const DEFAULT_NUMBER_PATTERN = '{seq}/QĐ-UBND';

const SEQ = /\{seq([234])?\}/;
const TOKENS = /\{(seq[234]?|year)\}/g;
/** Letters (Vietnamese too), digits, "/", "-", ".", "_" and the placeholders. */
const ALLOWED = /^[\p{L}\p{N}/\-._]+$/u;

export type PatternCheck = { ok: true } | { ok: false; message: string };

/** A pattern has exactly one sequence placeholder, no unknown placeholder and only number-and-symbol characters. */
export function checkNumberPattern(pattern: string): PatternCheck {
  const p = pattern.trim();
  if (p.length === 0 || p.length > 60)
    return { ok: false, message: 'Mẫu số, ký hiệu phải có từ 1 đến 60 ký tự' };
  const seqs = p.match(/\{seq[234]?\}/g) ?? [];
  if (seqs.length !== 1)
    return {
      ok: false,
      message: 'Mẫu số, ký hiệu phải có đúng một chỗ đánh số {seq} (hoặc {seq2}, {seq3}, {seq4})',
    };
  const rest = p.replace(TOKENS, '');
  if (/[{}]/.test(rest))
    return { ok: false, message: 'Mẫu chỉ dùng được {seq}, {seq2}, {seq3}, {seq4} và {year}' };
  if (!ALLOWED.test(rest))
    return { ok: false, message: 'Mẫu số, ký hiệu chỉ gồm chữ, số và các dấu "/", "-", ".", "_"' };
  if (!rest.includes('/'))
    return { ok: false, message: 'Số và ký hiệu phải ngăn cách bằng dấu "/" (ví dụ {seq}/QĐ-UBND)' };
  return { ok: true };
}

/** The number and symbol for `seq` in `year`: ("{seq}/QĐ-UBND", 125, 2026) → "125/QĐ-UBND". */
export function formatDecisionNumber(pattern: string, seq: number, year: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`Số thứ tự không hợp lệ: ${seq}`);
  return pattern.trim().replace(TOKENS, (_, token: string) => {
    if (token === 'year') return String(year);
    const width = token === 'seq' ? 0 : Number(token.slice(3));
    return String(seq).padStart(width, '0');
  });
}

/** "Số: 125/QĐ-UBND"; for a draft without a number, the blank left for the clerk: "Số:        /QĐ-UBND". */
export function numberLine(number: string | null, pattern: string, year: number): string {
  if (number) return `Số: ${number}`;
  const blank = pattern
    .trim()
    .replace(SEQ, '        ')
    .replace(/\{year\}/g, String(year));
  return `Số: ${blank}`;
}
