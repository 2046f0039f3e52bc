import { awardName } from '../../../domain/awards/catalogue';
import { decisionTotal, dmy, formatVnd } from '../../../domain/commendation/decision';
import { annexHeading } from '../../../domain/commendation/decision-wording';
import { ExcelJS, writeHeader } from '../../lib/excel';
import {
  article,
  authorityLine,
  borderedTable,
  centeredBold,
  decree30Document,
  documentHeader,
  documentTitle,
  legalBases,
  para,
  recipientsAndSignature,
  toDocxBuffer,
} from '../../lib/documents/decree30';
import type { DecisionView } from './decisions.common';

/**
 * The decision as a Word file in the Decree 30/2020 layout (header, number, place and date, title, authority,
 * legal bases, "QUYẾT ĐỊNH:", articles, Nơi nhận and signature) with its annex on a new page (STT, Họ và tên,
 * Chức vụ/Đơn vị, Thành tích, Tiền thưởng; total in numbers and in words), and the payment list for
 * accounting as Excel.
 */

export type DocumentInput = Pick<
  DecisionView,
  | 'status'
  | 'number'
  | 'numberLine'
  | 'decisionDate'
  | 'summary'
  | 'awardCode'
  | 'issuingSuperior'
  | 'issuingBody'
  | 'authorityLine'
  | 'place'
  | 'legalBases'
  | 'articles'
  | 'recipients'
  | 'signerCapacity'
  | 'signerTitle'
  | 'signerName'
> & {
  items: readonly Pick<
    DecisionView['items'][number],
    'displayName' | 'positionUnit' | 'achievement' | 'amount'
  >[];
};

export async function decisionDocx(d: DocumentInput): Promise<Buffer> {
  const issued = d.status !== 'draft' && d.status !== 'cancelled';
  const date = issued ? d.decisionDate : null;
  const { total, inWords } = decisionTotal(d.items.map((i) => i.amount ?? 0));
  const by = d.authorityLine.replace(/\s*\n\s*/g, ' ');
  const annexOf =
    issued && d.number && d.decisionDate
      ? `(Kèm theo Quyết định số ${d.number} ngày ${dmy(d.decisionDate)} của ${by})`
      : `(Kèm theo Quyết định số        ngày      của ${by})`;
  const doc = decree30Document({
    title: d.summary,
    sections: [
      {
        children: [
          ...(d.status === 'draft'
            ? [para('DỰ THẢO', { bold: true, align: 'right', size: 12, after: 0 })]
            : []),
          ...documentHeader({
            issuingBody: { superior: d.issuingSuperior, name: d.issuingBody },
            numberSymbol: d.numberLine,
            place: d.place,
            date,
          }),
          ...documentTitle('Quyết định', d.summary),
          authorityLine(d.authorityLine.replace(/\n/g, ' ')),
          ...legalBases(d.legalBases),
          centeredBold('QUYẾT ĐỊNH:'),
          ...d.articles.map((text, i) => article(i + 1, text)),
          recipientsAndSignature({
            recipients: d.recipients,
            signature: { capacity: d.signerCapacity, title: d.signerTitle, name: d.signerName },
          }),
        ],
      },
      {
        children: [
          centeredBold('DANH SÁCH'),
          para(annexHeading(d.summary), {
            bold: true,
            align: 'center',
            after: 0,
          }),
          para(annexOf, { italics: true, align: 'center', after: 12 }),
          borderedTable({
            columns: [
              { header: 'STT', width: 8, align: 'center' },
              { header: 'Họ và tên', width: 21 },
              { header: 'Chức vụ/Đơn vị', width: 28 },
              { header: 'Thành tích', width: 26 },
              { header: 'Tiền thưởng (đồng)', width: 16, align: 'right' },
            ],
            rows: d.items.map((i, n) => [
              String(n + 1),
              i.displayName,
              i.positionUnit ?? '',
              i.achievement ?? '',
              i.amount === null ? '—' : formatVnd(i.amount),
            ]),
            footer: [[{ text: 'Tổng cộng', span: 4 }, formatVnd(total)]],
          }),
          para(`(Bằng chữ: ${inWords}./.)`, { italics: true, align: 'left', before: 6 }),
        ],
      },
    ],
  });
  return toDocxBuffer(doc);
}

const MONEY = '#,##0';

/** The payment list (danh sách chi tiền thưởng) for accounting: one row per awardee, a total row, signatures. */
export async function paymentListXlsx(d: DecisionView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TĐKT';
  const sheet = workbook.addWorksheet('Danh sách chi tiền');
  writeHeader(sheet, [
    { header: 'STT', width: 6 },
    { header: 'Họ và tên', width: 30 },
    { header: 'Đơn vị', width: 36 },
    { header: 'Hình thức', width: 34 },
    { header: 'Số tiền (đồng)', width: 16, numFmt: MONEY },
    { header: 'Ký nhận', width: 16 },
  ]);
  const form = awardName(d.awardCode);
  const border = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  } as const;
  const styleRow = (row: ExcelJS.Row, bold = false) =>
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > 6) return;
      cell.border = border;
      cell.font = { name: 'Times New Roman', size: 12, bold };
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 1 ? 'center' : undefined };
    });
  d.items.forEach((i, n) => {
    const row = sheet.addRow([n + 1, i.displayName, i.positionUnit ?? '', form, i.amount ?? 0, '']);
    row.getCell(5).numFmt = MONEY;
    styleRow(row);
  });
  const { total, inWords } = decisionTotal(d.items.map((i) => i.amount ?? 0));
  const totalRow = sheet.addRow(['', 'Tổng cộng', '', '', total, '']);
  totalRow.getCell(5).numFmt = MONEY;
  styleRow(totalRow, true);
  sheet.addRow([]);
  const note = (text: string, italic = false) => {
    const row = sheet.addRow(['', text]);
    row.getCell(2).font = { name: 'Times New Roman', size: 12, italic };
  };
  note(`Bằng chữ: ${inWords}.`, true);
  note(
    `Theo Quyết định số ${d.number ?? '…'}${d.decisionDate ? ` ngày ${dmy(d.decisionDate)}` : ''}: ${d.summary}.`,
  );
  sheet.addRow([]);
  const signers = sheet.addRow(['', 'Người lập biểu', 'Kế toán trưởng', 'Thủ trưởng đơn vị']);
  signers.eachCell((cell) => {
    cell.font = { name: 'Times New Roman', size: 12, bold: true };
    cell.alignment = { horizontal: 'center' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
