/**
 * Decree 30/2020/NĐ-CP building blocks for administrative documents (quyết định, biên bản, tờ trình …) as
 * Word files with the `docx` package. Layout (Phụ lục I of the decree): A4, margins top/bottom 20 mm, left
 * 30 mm, right 15 mm; Times New Roman 13–14 pt; issuing body top-left and the national heading top-right in a
 * borderless two-column table; number and symbol under the issuing body, place and date (italic) under the
 * national heading; title bold and centred; the "Nơi nhận" block bottom-left and the signature block
 * bottom-right; page numbers centred at the top from page 2.
 *
 * Usage (every function returns `docx` blocks, compose them in any order):
 *
 * ```ts
 * const doc = decree30Document({
 *   sections: [{ children: [
 *     ...documentHeader({ issuingBody: { superior: 'ỦY BAN NHÂN DÂN', name: 'TỈNH HÀ GIANG' },
 *                         numberSymbol: 'Số: 125/QĐ-UBND', place: 'Hà Giang', date: '2026-12-05' }),
 *     ...documentTitle('QUYẾT ĐỊNH', 'Về việc khen thưởng …'),
 *     authorityLine('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG'),
 *     ...legalBases(['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;']),
 *     centeredBold('QUYẾT ĐỊNH:'),
 *     article(1, 'Tặng Bằng khen …'),
 *     recipientsAndSignature({ recipients: ['Như Điều 3;', 'Lưu: VT.'], signature: { capacity: 'TM. ỦY BAN NHÂN DÂN',
 *       title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' } }),
 *   ] }],
 * });
 * const buffer = await toDocxBuffer(doc);
 * ```
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  SectionType,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const FONT = 'Times New Roman';

/** Millimetres → twentieths of a point (twips). */
export const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** Points → half-points (docx font sizes). */
const pt = (v: number) => v * 2;

export const A4 = { width: mm(210), height: mm(297) } as const;
/** Decree 30 margins (mid-range): top 20, bottom 20, left 30, right 15 mm. */
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;
/** Usable text width of a portrait A4 page in twips. */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** Usable text width of a landscape A4 page in twips (annexes with many columns). */
export const TEXT_WIDTH_LANDSCAPE = A4.height - MARGINS.left - MARGINS.right;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const LINES = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

export interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  /** Points; default 14. */
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent in mm (body paragraphs: 10 mm). */
  indentFirstLine?: number;
  /** Space after in points; default 6. */
  after?: number;
  before?: number;
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** A run of text in the document font. */
export const run = (text: string, o: Pick<TextOptions, 'bold' | 'italics' | 'size'> = {}) =>
  new TextRun({ text, font: FONT, bold: o.bold, italics: o.italics, size: pt(o.size ?? 14) });

/** One paragraph of plain text or of runs (`run(…)`) with Decree 30 spacing. */
export function para(content: string | ParagraphChild[], o: TextOptions = {}): Paragraph {
  return new Paragraph({
    children: typeof content === 'string' ? [run(content, o)] : content,
    alignment: ALIGN[o.align ?? 'left'],
    spacing: { after: (o.after ?? 6) * 20, before: (o.before ?? 0) * 20, line: 276 },
    indent: o.indentFirstLine ? { firstLine: mm(o.indentFirstLine) } : undefined,
    keepNext: o.keepNext,
  });
}

/** A centred bold line ("QUYẾT ĐỊNH:", "Điều …" headings, annex titles). */
export const centeredBold = (text: string, size = 14) =>
  para(text, { bold: true, align: 'center', size, after: 6, before: 6 });

/** A justified body paragraph with a 10 mm first-line indent. */
export const bodyParagraph = (content: string | ParagraphChild[], o: TextOptions = {}) =>
  para(content, { align: 'justify', indentFirstLine: 10, ...o });

/** A short centred rule under a heading line (the decree's "đường kẻ ngang, nét liền"), `widthTw` wide. */
function shortRule(cellWidth: number, widthTw: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - widthTw) / 2) - 110);
  return new Paragraph({
    children: [new TextRun({ text: '', size: 2 })],
    border: { bottom: LINE },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120, line: 240 },
  });
}

export interface DocumentHeaderInput {
  issuingBody: {
    /** The body directly above (e.g. "UBND TỈNH HÀ GIANG"); omitted for top-level issuers. */
    superior?: string | null;
    /** The issuing body, printed in capitals and bold; "\n" breaks the line ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG"). */
    name: string;
  };
  /** As printed, e.g. "Số: 125/QĐ-UBND" (for a draft "Số:      /QĐ-UBND"). */
  numberSymbol: string;
  place: string;
  /** ISO date, or null to leave "ngày … tháng … năm …" blank (drafts). */
  date: string | null;
}

/** "Hà Giang, ngày 05 tháng 12 năm 2026" (Decree 30: days < 10 and months < 3 get a leading zero). */
export function placeAndDate(place: string, isoDate: string | null): string {
  if (!isoDate) return `${place}, ngày      tháng      năm ${''.padEnd(6, ' ')}`;
  const [y, m, d] = isoDate.split('-');
  const month = Number(m) < 3 ? m! : String(Number(m));
  return `${place}, ngày ${d} tháng ${month} năm ${y}`;
}

/** Issuing body (left) and national heading (right), number and place/date under them. */
export function documentHeader(h: DocumentHeaderInput): FileChild[] {
  const left = Math.round(TEXT_WIDTH * 0.38);
  const right = TEXT_WIDTH - left;
  const center = (text: string, o: TextOptions) => para(text, { align: 'center', after: 0, ...o });
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: NO_BORDERS,
      margins: { left: 0, right: 0 },
      children,
    });
  const body = h.issuingBody;
  const leftTop = [
    ...(body.superior ? [center(body.superior.toUpperCase(), { size: 12 })] : []),
    ...body.name.split('\n').map((line) => center(line.toUpperCase(), { size: 12, bold: true })),
    shortRule(left, Math.round(left / 3)),
  ];
  const rightTop = [
    center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    center('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
    shortRule(right, mm(62)),
  ];
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [left, right],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows: [
        new TableRow({ children: [cell(left, leftTop), cell(right, rightTop)] }),
        new TableRow({
          children: [
            cell(left, [center(h.numberSymbol, { size: 13 })]),
            cell(right, [center(placeAndDate(h.place, h.date), { size: 14, italics: true })]),
          ],
        }),
      ],
    }),
    para('', { after: 6 }),
  ];
}

/** The kind of document in capitals, bold and centred, and its summary ("trích yếu") under it. */
export function documentTitle(title: string, summary?: string | string[]): Paragraph[] {
  const lines = summary === undefined ? [] : Array.isArray(summary) ? summary : [summary];
  const out = [para(title.toUpperCase(), { bold: true, align: 'center', size: 14, after: 0, before: 6 })];
  for (const line of lines) out.push(para(line, { bold: true, align: 'center', size: 14, after: 0 }));
  out.push(shortRule(TEXT_WIDTH, mm(40)));
  return out;
}

/** The authority that decides, in capitals, bold, centred ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"). */
export const authorityLine = (text: string) =>
  para(text.toUpperCase(), { bold: true, align: 'center', size: 14, after: 12, before: 6 });

/** Legal bases ("Căn cứ …;"), one italic justified paragraph each. */
export const legalBases = (bases: readonly string[]) =>
  bases.map((b) => para(b, { italics: true, align: 'justify', indentFirstLine: 10, after: 3 }));

/** "Điều n. text" — the article number bold. */
export const article = (n: number, text: string | ParagraphChild[]) =>
  para([run(`Điều ${n}. `, { bold: true }), ...(typeof text === 'string' ? [run(text)] : text)], {
    align: 'justify',
    indentFirstLine: 10,
  });

export interface TableColumn {
  header: string;
  /** Relative width (the widths are scaled to the text width). */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface BorderedTableInput {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  /** Rows printed bold after the data (e.g. the total row); a cell spanning several columns: `{ text, span }`. */
  footer?: readonly (readonly (string | { text: string; span: number })[])[];
  /** Points of the cell text: 12 (default) or 13. */
  size?: 12 | 13;
  /** Total width in twips; default the portrait text width. */
  width?: number;
}

/**
 * A table with single borders, a bold header row repeated on every page and rows that do not split across
 * pages (annexes, attendance lists, ballot counts).
 */
export function borderedTable(t: BorderedTableInput): Table {
  const total = t.width ?? TEXT_WIDTH;
  const sum = t.columns.reduce((a, c) => a + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / sum) * total));
  // Cells use the shared paragraph styles (font size, spacing) and table-level margins: per-run and per-cell
  // properties on thousands of cells cost more than the rest of the document (bench/decision-docx.ts).
  const style = (t.size ?? 12) === 12 ? CELL_STYLE : CELL_STYLE_13;
  const cellPara = (text: string, align: TableColumn['align'], bold = false) =>
    new Paragraph({
      style,
      children: [bold ? new TextRun({ text, bold: true }) : new TextRun(text)],
      alignment: align && align !== 'left' ? ALIGN[align] : undefined,
    });
  const cell = (text: string, i: number, bold: boolean, span = 1, align = t.columns[i]?.align) =>
    new TableCell({
      children: text.includes('\n')
        ? text.split('\n').map((line) => cellPara(line, align, bold))
        : [cellPara(text, align, bold)],
      columnSpan: span > 1 ? span : undefined,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cell(c.header, i, true, 1, 'center')),
  });
  const body = t.rows.map(
    (r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) }),
  );
  const footer = (t.footer ?? []).map((r) => {
    let i = 0;
    const cells = r.map((c) => {
      const span = typeof c === 'string' ? 1 : c.span;
      const out = cell(typeof c === 'string' ? c : c.text, i, true, span, span > 1 ? 'center' : undefined);
      i += span;
      return out;
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: LINES,
    margins: { left: 80, right: 80 },
    rows: [header, ...body, ...footer],
  });
}

const CELL_STYLE = 'Decree30Cell';
const CELL_STYLE_13 = 'Decree30Cell13';
const cellStyle = (id: string, size: number) => ({
  id,
  name: id,
  basedOn: 'Normal',
  run: { font: FONT, size: pt(size) },
  paragraph: { spacing: { before: 40, after: 40 } },
});

export interface SignatureInput {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" … or omitted when the signer signs in their own name. */
  capacity?: string | null;
  /** "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "THƯ KÝ" … */
  title: string;
  name: string;
}

/** "Nơi nhận:" (bottom-left, 12 pt bold italic, items 11 pt) and the signature block (bottom-right). */
export function recipientsAndSignature(o: {
  recipients: readonly string[];
  signature: SignatureInput;
}): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const right = TEXT_WIDTH - left;
  const leftChildren = [
    para('Nơi nhận:', { bold: true, italics: true, size: 12, after: 0 }),
    ...o.recipients.map((r) => para(`- ${r}`, { size: 11, after: 0 })),
  ];
  const s = o.signature;
  const rightChildren = [
    ...(s.capacity ? [para(s.capacity.toUpperCase(), { bold: true, align: 'center', after: 0 })] : []),
    para(s.title.toUpperCase(), { bold: true, align: 'center', after: 0 }),
    para('(Đã ký)', { italics: true, align: 'center', size: 13, after: 0, before: 30 }),
    para(s.name, { bold: true, align: 'center', before: 30, after: 0 }),
  ];
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return signatureTable([cell(left, leftChildren), cell(right, rightChildren)], [left, right]);
}

/** Several signature blocks side by side without "Nơi nhận" (minutes: chair and secretary). */
export function signaturesSideBySide(signatures: readonly SignatureInput[]): Table {
  const width = Math.floor(TEXT_WIDTH / Math.max(1, signatures.length));
  const cells = signatures.map(
    (s) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        borders: NO_BORDERS,
        children: [
          ...(s.capacity ? [para(s.capacity.toUpperCase(), { bold: true, align: 'center', after: 0 })] : []),
          para(s.title.toUpperCase(), { bold: true, align: 'center', after: 0 }),
          para('(Đã ký)', { italics: true, align: 'center', size: 13, after: 0, before: 30 }),
          para(s.name, { bold: true, align: 'center', before: 30, after: 0 }),
        ],
      }),
  );
  return signatureTable(
    cells,
    signatures.map(() => width),
  );
}

function signatureTable(cells: TableCell[], widths: number[]): Table {
  return new Table({
    margins: { top: 240 },
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

export interface Decree30Section {
  children: FileChild[];
  /** Annexes with many columns may use landscape pages. */
  landscape?: boolean;
}

/**
 * The document: A4, Decree 30 margins, Times New Roman 14 pt by default, page numbers centred at the top
 * from the second page of each section.
 */
export function decree30Document(o: { sections: readonly Decree30Section[]; title?: string }): Document {
  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });
  const emptyHeader = new Header({ children: [new Paragraph({ children: [] })] });
  return new Document({
    title: o.title,
    creator: 'TĐKT',
    styles: {
      default: { document: { run: { font: FONT, size: pt(14) } } },
      paragraphStyles: [cellStyle(CELL_STYLE, 12), cellStyle(CELL_STYLE_13, 13)],
    },
    sections: o.sections.map((s) => ({
      properties: {
        type: SectionType.NEXT_PAGE,
        titlePage: true,
        page: {
          // docx swaps width and height itself for landscape pages.
          size: { width: A4.width, height: A4.height, orientation: s.landscape ? 'landscape' : 'portrait' },
          margin: { ...MARGINS, header: mm(10), footer: mm(10) },
        },
      },
      headers: { default: pageNumberHeader, first: emptyHeader },
      // LibreOffice ignores the page break of a section that starts with a table.
      children: s.children[0] instanceof Table ? [para('', { after: 0 }), ...s.children] : s.children,
    })),
  });
}

/** The .docx bytes. */
export const toDocxBuffer = (doc: Document): Promise<Buffer> => Packer.toBuffer(doc);
