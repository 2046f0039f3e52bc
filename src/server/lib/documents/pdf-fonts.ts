import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';

/**
 * Tinos (metric-compatible with Times New Roman, the Decree 30 typeface) for PDFs, PRE-SUBSET with
 * `subset-font` (HarfBuzz) and embedded by pdf-lib with `subset: false`: pdf-lib's own subsetting silently
 * drops Vietnamese glyphs (docs: /work/shared/docs/architecture.md). The subset holds the whole Vietnamese
 * repertoire, made once per process and style; text with characters beyond it (a foreign name) gets a subset
 * of its own, cached by the extra characters.
 */
export const FONT_STYLES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

const FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

const VIETNAMESE_LETTERS =
  'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư' +
  Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => String.fromCodePoint(0x1ea0 + i)).join('');
const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');
/** Every character the base subset carries: ASCII, Vietnamese letters, common typography. */
export const VIETNAMESE_REPERTOIRE = `${ASCII}${VIETNAMESE_LETTERS}\u00a0–—‘’“”…•°№«»·×`;
const BASE = new Set(Array.from(VIETNAMESE_REPERTOIRE));

const require = createRequire(import.meta.url);
const originals = new Map<FontStyle, Buffer>();
function original(style: FontStyle): Buffer {
  let buffer = originals.get(style);
  if (!buffer) {
    buffer = readFileSync(require.resolve(FILES[style]));
    originals.set(style, buffer);
  }
  return buffer;
}

/** Characters of `texts` (NFC) that the base subset lacks but the font has, sorted; '' in the usual case. */
export function extraCharacters(texts: readonly string[]): string {
  const extra = new Set<string>();
  for (const t of texts) for (const ch of t.normalize('NFC')) if (!BASE.has(ch) && ch >= ' ') extra.add(ch);
  if (extra.size === 0) return '';
  const font = fontkit.create(original('regular'));
  return [...extra]
    .filter((ch) => 'hasGlyphForCodePoint' in font && font.hasGlyphForCodePoint(ch.codePointAt(0)!))
    .sort()
    .join('');
}

const cache = new Map<string, Promise<Buffer>>();
const MAX_CACHED = 64;

/** The TTF subset of `style` for the Vietnamese repertoire plus `extra` characters (cached). */
export function tinosSubset(style: FontStyle, extra = ''): Promise<Buffer> {
  const key = `${style}\u0000${extra}`;
  let pending = cache.get(key);
  if (!pending) {
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    pending = subsetFont(original(style), VIETNAMESE_REPERTOIRE + extra, { targetFormat: 'sfnt' });
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

export { fontkit };

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}
interface FontkitLike {
  layout(text: string, features?: unknown): { glyphs: FontkitGlyph[] };
  glyphForCodePoint(codePoint: number): FontkitGlyph;
}

const COMBINING = /\p{M}/u;

/**
 * Speeds up a pdf-lib font embedded from our subsets: pdf-lib lays out every string with fontkit's full
 * shaper (GSUB/GPOS) for each width and each draw, which dominates a 1,000-page file. Text here is NFC, so
 * every Vietnamese letter is one precomposed glyph from the cmap; the fast path maps code points to glyphs
 * (cached) and leaves shaping out — what pdf-lib draws would be the same glyphs (it writes no kerning or
 * mark positions anyway with `subset: false`), only ligatures (fi, fl) are not formed. A string with a
 * combining mark still goes through the full shaper.
 */
export function useCmapLayout(pdfFont: object): void {
  const embedder = (pdfFont as { embedder?: { font?: FontkitLike } }).embedder;
  const font = embedder?.font;
  if (!font || typeof font.layout !== 'function') return;
  const shape = font.layout.bind(font);
  const glyphs = new Map<number, FontkitGlyph>();
  font.layout = (text: string, features?: unknown) => {
    if (COMBINING.test(text)) return shape(text, features);
    const out: FontkitGlyph[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let g = glyphs.get(cp);
      if (!g) {
        const found = font.glyphForCodePoint(cp);
        g = { id: found.id, advanceWidth: found.advanceWidth };
        glyphs.set(cp, g);
      }
      out.push(g);
    }
    return { glyphs: out };
  };
}

/** Subsets the four styles ahead of the first certificate (called once the server listens; errors ignored). */
export async function warmFonts(): Promise<void> {
  await Promise.all(FONT_STYLES.map((s) => tinosSubset(s))).catch(() => undefined);
}
