import {
  closePath,
  fill,
  lineTo,
  moveTo,
  type PDFFont,
  PDFDocument,
  type PDFEmbeddedPage,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingRgbColor,
} from 'pdf-lib';
import {
  extraCharacters,
  FONT_STYLES,
  type FontStyle,
  fontkit,
  tinosSubset,
  useCmapLayout,
} from './pdf-fonts';
import { qrOperators } from './pdf-qr';

/** Everything printed on one certificate (already worded: the domain decides the words). */
export interface CertificatePrint {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG". */
  issuingBody: string;
  /** "BẰNG KHEN", "GIẤY KHEN", "LAO ĐỘNG TIÊN TIẾN"… */
  heading: string;
  /** "Ông Nguyễn Văn An". */
  holder: string;
  /** Position and unit, e.g. "Chuyên viên, Văn phòng UBND xã Minh Quang" (may be empty). */
  holderDetail: string;
  achievement: string;
  decisionNumber: string;
  /** dd/mm/yyyy. */
  decisionDate: string;
  registryNumber: string;
  /** "Tuyên Quang, ngày 24 tháng 11 năm 2026". */
  placeDate: string;
  /** "CHỦ TỊCH" / "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
  verifyUrl: string;
  code: string;
}

const W = 841.89; // A4 landscape
const H = 595.28;
const RED = rgb(0.63, 0.07, 0.1);
const INK = rgb(0.1, 0.1, 0.12);
const GOLD: [number, number, number] = [0.78, 0.6, 0.16];

type Fonts = Record<FontStyle, PDFFont>;

/** The decorative border: a dark red frame, a gold band of diamonds, a thin inner line; drawn once. */
async function borderTemplate(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([W, H]);
  page.drawRectangle({ x: 18, y: 18, width: W - 36, height: H - 36, borderColor: RED, borderWidth: 4 });
  page.drawRectangle({
    x: 26,
    y: 26,
    width: W - 52,
    height: H - 52,
    borderColor: rgb(...GOLD),
    borderWidth: 1.2,
  });
  page.drawRectangle({ x: 44, y: 44, width: W - 88, height: H - 88, borderColor: RED, borderWidth: 0.8 });
  const ops = [pushGraphicsState(), setFillingRgbColor(...GOLD)];
  const diamond = (cx: number, cy: number, r: number) =>
    ops.push(moveTo(cx, cy + r), lineTo(cx + r, cy), lineTo(cx, cy - r), lineTo(cx - r, cy), closePath());
  const band = 35; // between the gold line (26) and the inner line (44)
  for (let x = 50; x <= W - 50; x += 16) {
    diamond(x, band, 3.2);
    diamond(x, H - band, 3.2);
  }
  for (let y = 66; y <= H - 66; y += 16) {
    diamond(band, y, 3.2);
    diamond(W - band, y, 3.2);
  }
  for (const [cx, cy] of [
    [band, band],
    [W - band, band],
    [band, H - band],
    [W - band, H - band],
  ] as const)
    diamond(cx, cy, 7);
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
  return doc;
}

let template: Promise<PDFDocument> | undefined;

/** A PDF being filled with certificates: fonts and the border embedded once, one page per certificate. */
export class CertificateDocument {
  private constructor(
    readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly border: PDFEmbeddedPage,
  ) {}

  /** `texts`: every string that will be printed (for characters beyond the Vietnamese repertoire). */
  static async create(texts: readonly string[] = []): Promise<CertificateDocument> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    doc.setTitle('Bằng khen, giấy khen');
    doc.setProducer('TĐKT');
    doc.setCreator('TĐKT');
    const extra = extraCharacters(texts);
    const subsets = await Promise.all(FONT_STYLES.map((s) => tinosSubset(s, extra)));
    const embedded = await Promise.all(subsets.map((b) => doc.embedFont(b, { subset: false })));
    for (const f of embedded) useCmapLayout(f);
    const fonts = Object.fromEntries(FONT_STYLES.map((s, i) => [s, embedded[i]!])) as Fonts;
    template ??= borderTemplate();
    const [border] = await doc.embedPdf(await template, [0]);
    return new CertificateDocument(doc, fonts, border!);
  }

  addCertificate(c: CertificatePrint): PDFPage {
    const page = this.doc.addPage([W, H]);
    page.drawPage(this.border, { x: 0, y: 0 });
    const { regular, bold, italic } = this.fonts;
    const nfc = (s: string) => s.normalize('NFC');

    this.center(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold, 13, H - 82, INK);
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    this.center(page, motto, bold, 13.5, H - 99, INK);
    const mw = bold.widthOfTextAtSize(motto, 13.5);
    page.drawLine({
      start: { x: (W - mw) / 2, y: H - 103 },
      end: { x: (W + mw) / 2, y: H - 103 },
      thickness: 0.7,
      color: INK,
    });

    let y = H - 132;
    for (const line of this.wrap(nfc(c.issuingBody).toLocaleUpperCase('vi'), bold, 14, 600).slice(0, 2)) {
      this.center(page, line, bold, 14, y, RED);
      y -= 18;
    }
    const headingSize = this.fit(nfc(c.heading), bold, 44, 660, 22);
    this.center(page, nfc(c.heading), bold, headingSize, H - 205, RED);

    const tang = 'Tặng: ';
    const holder = nfc(c.holder);
    const holderSize = this.fit(tang + holder, bold, 24, 660, 13);
    const total = italic.widthOfTextAtSize(tang, holderSize) + bold.widthOfTextAtSize(holder, holderSize);
    const x0 = (W - total) / 2;
    page.drawText(tang, { x: x0, y: H - 255, size: holderSize, font: italic, color: INK });
    page.drawText(holder, {
      x: x0 + italic.widthOfTextAtSize(tang, holderSize),
      y: H - 255,
      size: holderSize,
      font: bold,
      color: RED,
    });

    y = H - 283;
    if (c.holderDetail.trim()) {
      for (const line of this.wrap(nfc(c.holderDetail), italic, 14, 620).slice(0, 2)) {
        this.center(page, line, italic, 14, y, INK);
        y -= 18;
      }
    }
    y -= 6;
    for (const line of this.wrap(nfc(c.achievement), regular, 15, 640).slice(0, 3)) {
      this.center(page, line, regular, 15, y, INK);
      y -= 19;
    }

    // Bottom left: QR and the references.
    page.pushOperators(...qrOperators(c.verifyUrl, 66, 62, 92));
    const refs = [
      `Quyết định số ${c.decisionNumber}`,
      `ngày ${c.decisionDate}`,
      `Số sổ: ${c.registryNumber}`,
      `Mã xác minh: ${c.code}`,
    ];
    let ry = 134;
    for (const r of refs) {
      page.drawText(nfc(r), { x: 166, y: ry, size: 11, font: regular, color: INK });
      ry -= 15;
    }
    page.drawText('Quét mã QR để xác minh', { x: 166, y: ry - 2, size: 9, font: italic, color: INK });

    // Bottom right: place, date and the signer.
    const cx = W - 230;
    this.centerAt(page, nfc(c.placeDate), italic, 13, cx, 176, INK);
    let sy = 158;
    for (const line of nfc(c.signerTitle).split('\n')) {
      this.centerAt(page, line.toLocaleUpperCase('vi'), bold, 13, cx, sy, INK);
      sy -= 16;
    }
    if (c.signerName.trim()) this.centerAt(page, nfc(c.signerName), bold, 14, cx, 76, INK);
    return page;
  }

  save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: false });
  }

  private center(page: PDFPage, text: string, font: PDFFont, size: number, y: number, color = INK) {
    this.centerAt(page, text, font, size, W / 2, y, color);
  }

  private centerAt(
    page: PDFPage,
    text: string,
    font: PDFFont,
    size: number,
    cx: number,
    y: number,
    color = INK,
  ) {
    page.drawText(text, { x: cx - font.widthOfTextAtSize(text, size) / 2, y, size, font, color });
  }

  /** The largest size ≤ `preferred` (not below `min`) at which `text` fits `width`. */
  private fit(text: string, font: PDFFont, preferred: number, width: number, min: number): number {
    const w = font.widthOfTextAtSize(text, preferred);
    return w <= width ? preferred : Math.max(min, Math.floor((preferred * width) / w));
  }

  /** Greedy word wrap to `width`. */
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let current = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(next, size) > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    if (current) lines.push(current);
    return lines;
  }
}

/** One PDF with one page per certificate (the merged file of a decision, or a single certificate). */
export async function renderCertificates(prints: readonly CertificatePrint[]): Promise<Uint8Array> {
  const texts = prints.flatMap((p) => [
    p.issuingBody,
    p.heading,
    p.holder,
    p.holderDetail,
    p.achievement,
    p.signerName,
    p.placeDate,
    p.signerTitle,
    p.decisionNumber,
  ]);
  const doc = await CertificateDocument.create(texts);
  for (const p of prints) doc.addCertificate(p);
  return doc.save();
}
