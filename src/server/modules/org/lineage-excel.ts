import ExcelJS from 'exceljs';
import { LINEAGE_KIND_LABELS, LINEAGE_KINDS } from '../../../domain/org/org-unit';
import { LINEAGE_SHEET_HEADERS, type LineageRowInput } from '../../../domain/org/lineage-row';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { badRequest } from '../../lib/errors';

export const LINEAGE_MAX_BYTES = 5 * 1024 * 1024;
export const LINEAGE_MAX_ROWS = 5000;
const SHEET_NAME = 'Sự kiện';

/** exceljs has range data validations at runtime but not in its typings. */
interface DataValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** The import template: Vietnamese headers, a drop-down of the event kinds, and a guidance sheet. */
export async function buildLineageTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TĐKT';
  const ws = wb.addWorksheet(SHEET_NAME);
  ws.columns = LINEAGE_SHEET_HEADERS.map((header, i) => ({
    header,
    width: [22, 16, 32, 16, 32, 24, 48, 32][i],
    style: i === 1 || i === 3 || i === 5 ? { numFmt: '@' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const kinds = LINEAGE_KINDS.map((k) => LINEAGE_KIND_LABELS[k]);
  (ws as unknown as DataValidations).dataValidations.add(`A2:A${LINEAGE_MAX_ROWS + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${kinds.join(',')}"`],
    showErrorMessage: true,
    errorTitle: 'Loại sự kiện',
    error: `Chọn một trong: ${kinds.join(', ')}`,
  });
  ws.getCell('A1').note = `Chọn một trong: ${kinds.join('; ')}`;
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.getColumn(1).width = 110;
  [
    'Mỗi dòng ở trang "Sự kiện" là một sự kiện: đơn vị trước → đơn vị sau, có hiệu lực từ ngày ghi ở cột "Ngày hiệu lực".',
    `Loại sự kiện: ${kinds.join('; ')}.`,
    'Đơn vị được tìm theo mã (mã đơn vị hành chính của Tổng cục Thống kê); nếu không ghi mã thì tìm theo tên đầy đủ (không phân biệt dấu, hoa thường).',
    'Đơn vị trước phải còn hiệu lực vào ngày liền trước ngày hiệu lực; đơn vị sau phải có hiệu lực vào ngày hiệu lực.',
    'Ví dụ: Sáp nhập vào | 00715 | Xã Minh Ngọc | 00712 | Xã Minh Ngọc | 01/07/2025 | Nghị quyết số .../NQ-UBTVQH15 | ',
    'Nếu có bất kỳ dòng nào lỗi thì không dòng nào được ghi; hệ thống báo lỗi theo số dòng để sửa rồi tải lên lại.',
  ].forEach((line) => guide.addRow([line]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An .xlsx is a ZIP: it starts with "PK\x03\x04". */
export function looksLikeXlsx(buffer: Buffer): boolean {
  return (
    buffer.length > 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04
  );
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value);
}

/** Reads the first sheet's rows (after the header) as text; rejects files that are not the template. */
export async function readLineageRows(buffer: Buffer): Promise<{ row: number; input: LineageRowInput }[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badRequest('Không đọc được tệp Excel (.xlsx). Hãy dùng tệp mẫu tải từ hệ thống.');
  }
  const ws = wb.getWorksheet(SHEET_NAME) ?? wb.worksheets[0];
  if (!ws) throw badRequest('Tệp Excel không có trang dữ liệu.');
  const header = LINEAGE_SHEET_HEADERS.map((_, i) =>
    foldVietnamese(cellText(ws.getRow(1).getCell(i + 1).value)),
  );
  if (header.some((h, i) => h !== foldVietnamese(LINEAGE_SHEET_HEADERS[i]!)))
    throw badRequest(`Tệp không đúng mẫu: dòng 1 phải là các cột ${LINEAGE_SHEET_HEADERS.join(' | ')}.`);
  if (ws.rowCount - 1 > LINEAGE_MAX_ROWS)
    throw badRequest(`Tệp có quá nhiều dòng (tối đa ${LINEAGE_MAX_ROWS} dòng mỗi lần).`);
  const rows: { row: number; input: LineageRowInput }[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const c = (i: number) => cellText(row.getCell(i).value);
    rows.push({
      row: r,
      input: {
        kind: c(1),
        fromCode: c(2),
        fromName: c(3),
        toCode: c(4),
        toName: c(5),
        effectiveDate: c(6),
        legalBasis: c(7),
        note: c(8),
      },
    });
  }
  return rows;
}
