/**
 * Vietnamese text folding and ordering, computed in the application so that PostgreSQL 15 (ICU) and
 * PGlite (no ICU) search and sort identically. See docs/decisions/0005-search-and-collation.md.
 */

const COMBINING = /[\u0300-\u036f]/g;

// Folded form per character, memoised (normalising whole strings dominated bulk imports).
const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    folded = ch.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    if (FOLDED.size < 10_000) FOLDED.set(ch, folded);
  }
  return folded;
}

/** Accent-insensitive, case-insensitive form used for search: "Huyện Xín Mần" → "huyen xin man". */
export function foldVietnamese(input: string): string {
  let out = '';
  for (const ch of input.normalize('NFC')) out += foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
}

// Vietnamese alphabet order (with f, j, w, z for loan words), as taught in schools and used by the
// Vietnamese dictionary: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];
const LETTER_CODE = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]));
// Tone order used by Vietnamese dictionaries: none, huyền, hỏi, ngã, sắc, nặng.
const TONE_CODE: Record<string, string> = {
  '\u0300': '1',
  '\u0309': '2',
  '\u0303': '3',
  '\u0301': '4',
  '\u0323': '5',
};
const TONE_MARKS = /[\u0300\u0309\u0303\u0301\u0323]/g;

interface CharKey {
  primary: string;
  tone: string;
}

// Keys per character, memoised: names repeat the same few dozen letters, and normalising each
// character is the costly part of a sort key (imports compute one per row).
const CHAR_KEYS = new Map<string, CharKey | null>();

function charKey(ch: string): CharKey | null {
  let key = CHAR_KEYS.get(ch);
  if (key !== undefined) return key;
  const decomposed = ch.normalize('NFD');
  const toneMark = decomposed.match(TONE_MARKS)?.[0];
  const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  const code = LETTER_CODE.get(base);
  if (code) key = { primary: code, tone: toneMark ? (TONE_CODE[toneMark] ?? '0') : '0' };
  else if (/[0-9]/.test(base)) key = { primary: base, tone: '0' };
  else if (/\s/.test(base)) key = { primary: ' ', tone: '' };
  else key = null;
  if (CHAR_KEYS.size < 10_000) CHAR_KEYS.set(ch, key);
  return key;
}

function splitLetters(word: string): { primary: string; tones: string } {
  let primary = '';
  let tones = '';
  for (const ch of word.normalize('NFC').toLowerCase()) {
    const key = charKey(ch);
    if (!key) continue;
    if (key.primary === ' ') {
      if (primary !== '' && !primary.endsWith(' ')) primary += ' ';
      continue;
    }
    primary += key.primary;
    tones += key.tone;
  }
  return { primary: primary.trim(), tones };
}

/**
 * A key that sorts under byte order ("C" collation) as Vietnamese collation does: letters by the
 * Vietnamese alphabet first, tones only break ties. Several parts sort part by part.
 */
export function vietnameseSortKey(...parts: string[]): string {
  const split = parts.map(splitLetters);
  return split.map((s) => s.primary).join('\u0001') + '\u0001' + split.map((s) => s.tones).join('');
}

/** Given name (tên) = last word of a Vietnamese full name; lists of people sort by it, then by full name. */
export function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** Sort key for a person: by given name, then by the full name (Vietnamese convention). */
export function personSortKey(fullName: string): string {
  return vietnameseSortKey(givenName(fullName), fullName);
}

/** Normalises a person's or unit's name for storage: NFC, single spaces, trimmed. */
export function normaliseName(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}
