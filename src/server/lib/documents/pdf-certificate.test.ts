import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type CertificatePrint, renderCertificates } from './pdf-certificate';
import { extraCharacters, tinosSubset, VIETNAMESE_REPERTOIRE } from './pdf-fonts';
import QRCode from 'qrcode';
import { qrOperators } from './pdf-qr';

/**
 * pdf-lib cannot extract text, so these tests check what makes the text right instead: the embedded font
 * files have a real glyph (not .notdef) for every character printed, and the page's content stream shows
 * exactly the glyph ids that font gives the holder's name. (A rendering check by eye with pdftoppm was done
 * when the layout was written; it is not automated.)
 */

const PRINT: CertificatePrint = {
  issuingBody: 'Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang',
  heading: 'BẰNG KHEN',
  holder: 'Bà Đỗ Thị Ngọc Ữu',
  holderDetail: 'Phó Chủ tịch, Ủy ban nhân dân xã Minh Quang',
  achievement:
    'Đã có thành tích xuất sắc trong phong trào thi đua năm 2025; cố gắng vượt khó, giữ vững ổn định',
  decisionNumber: '125/QĐ-UBND',
  decisionDate: '24/11/2026',
  registryNumber: '0001/BK-2026',
  placeDate: 'Tuyên Quang, ngày 24 tháng 11 năm 2026',
  signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  signerName: 'Hoàng Văn Thắng',
  verifyUrl: 'https://tdkt.example.vn/xac-minh/ABCDEFGHJK',
  code: 'ABCDEFGHJK',
};

async function embeddedFonts(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes);
  const fonts: { name: string; font: ReturnType<typeof fontkit.create> }[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const ref = obj.get(PDFName.of('FontFile2'));
    const stream = ref instanceof PDFRef ? pdf.context.lookup(ref) : undefined;
    if (!(stream instanceof PDFRawStream)) continue;
    const data = decodePDFRawStream(stream).decode();
    fonts.push({
      name: obj.get(PDFName.of('FontName'))!.toString(),
      font: fontkit.create(Buffer.from(data)),
    });
  }
  const page = pdf.getPage(0);
  const contents = page.node.Contents();
  const streams = contents instanceof PDFRawStream ? [contents] : [];
  if (!streams.length && contents)
    for (const ref of (contents as unknown as { asArray(): PDFRef[] }).asArray()) {
      const s = pdf.context.lookup(ref);
      if (s instanceof PDFRawStream) streams.push(s);
    }
  const content = streams
    .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1'))
    .join('\n');
  return { pdf, fonts, content };
}

const hexOf = (font: ReturnType<typeof fontkit.create>, text: string) =>
  font
    .layout(text)
    .glyphs.map((g) => g.id.toString(16).padStart(4, '0'))
    .join('')
    .toUpperCase();

describe('certificate PDF', () => {
  it('embeds Tinos regular, bold and italic whole (pre-subset), one A4 landscape page per certificate', async () => {
    const bytes = await renderCertificates([PRINT, { ...PRINT, holder: 'Ông Trần Văn Bình' }]);
    const { pdf, fonts } = await embeddedFonts(bytes);
    expect(pdf.getPageCount()).toBe(2);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    const names = fonts.map((f) => f.name).join(' ');
    for (const style of ['Tinos-Regular', 'Tinos-Bold', 'Tinos-Italic']) expect(names).toContain(style);
  });

  it('every Vietnamese letter and every printed character has a real glyph in each embedded font', async () => {
    const { fonts } = await embeddedFonts(await renderCertificates([PRINT]));
    const printed = Object.values(PRINT).join('').replace(/\n/g, '');
    const needed = new Set([...VIETNAMESE_REPERTOIRE, ...printed]);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const { name, font } of fonts) {
      const missing = [...needed].filter((ch) => font.glyphForCodePoint(ch.codePointAt(0)!).id === 0);
      expect(missing, name).toEqual([]);
    }
  });

  it("the content stream draws the holder's name with the bold font's glyph ids for ỗ, Ữ, Đ", async () => {
    const { fonts, content } = await embeddedFonts(await renderCertificates([PRINT]));
    const bold = fonts.find((f) => /Tinos-Bold/.test(f.name) && !/Italic/.test(f.name))!;
    const name = PRINT.holder.normalize('NFC');
    const expected = hexOf(bold.font, name);
    expect(expected.match(/.{4}/g)).not.toContain('0000');
    expect(content.toUpperCase()).toContain(`<${expected}>`);
    // ...and the glyphs of the precomposed letters are distinct from their base letters.
    for (const [a, b] of [
      ['ỗ', 'o'],
      ['Ữ', 'U'],
      ['Đ', 'D'],
    ])
      expect(hexOf(bold.font, a!)).not.toBe(hexOf(bold.font, b!));
  });

  it('a name beyond the Vietnamese repertoire gets its characters added to the subset (cached per set)', async () => {
    expect(extraCharacters(['Nguyễn Văn An'])).toBe('');
    expect(extraCharacters(['Zoë Müller'])).toBe('ëü');
    const a = await tinosSubset('regular', 'ëü');
    expect(await tinosSubset('regular', 'ëü')).toBe(a);
    const font = fontkit.create(a);
    expect(font.glyphForCodePoint('ü'.codePointAt(0)!).id).not.toBe(0);
    const base = fontkit.create(await tinosSubset('regular'));
    expect(base.glyphForCodePoint('ü'.codePointAt(0)!).id).toBe(0);
  });

  it('the QR drawing covers exactly the dark modules of the code for the verification URL', () => {
    const url = 'https://tdkt.example.vn/xac-minh/ABCDEFGHJK';
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const n = modules.size;
    const drawn = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
    for (const op of qrOperators(url, 66, 62, 92)) {
      const [name, ...args] = op.toString().split(' ').reverse();
      if (name !== 're') continue;
      const [h, w, row, col] = args.map(Number) as [number, number, number, number];
      expect(h).toBe(1);
      for (let c = col; c < col + w; c++) drawn[row]![c] = true;
    }
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) expect(drawn[r]![c], `module ${r},${c}`).toBe(Boolean(modules.get(r, c)));
  });
});
