import ExcelJS from 'exceljs';
import { LINEAGE_KIND_LABELS, LINEAGE_KINDS } from '../../../domain/org/org-unit';
import {
  isBlankLineageRow,
  LINEAGE_SHEET_HEADERS,
  type LineageRowInput,
} from '../../../domain/org/lineage-row';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { badRequest } from '../../lib/errors';
import { readSheetRows } from '../../lib/excel';
import { SHEET_LIMITS, UPLOAD_MAX_BYTES } from '../../lib/upload-limits';

export const LINEAGE_MAX_BYTES = UPLOAD_MAX_BYTES.lineageImport;
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

/**
 * The first sheet's rows (after the header) as text, read on the sheet worker within the import's limits;
 * rejects files that are not the template or hold more than LINEAGE_MAX_ROWS rows.
 */
export async function readLineageRows(filePath: string): Promise<{ row: number; input: LineageRowInput }[]> {
  const sheet = await readSheetRows(filePath, SHEET_LIMITS.lineage);
  const first = sheet.find((r) => r.n === 1)?.cells ?? [];
  const header = LINEAGE_SHEET_HEADERS.map((_, i) => foldVietnamese(first[i + 1] ?? ''));
  if (header.some((h, i) => h !== foldVietnamese(LINEAGE_SHEET_HEADERS[i]!)))
    throw badRequest(`Tệp không đúng mẫu: dòng 1 phải là các cột ${LINEAGE_SHEET_HEADERS.join(' | ')}.`);
  const rows = sheet
    .filter((r) => r.n > 1)
    .map(({ n, cells }) => {
      const c = (i: number) => cells[i] ?? '';
      const input: LineageRowInput = {
        kind: c(1),
        fromCode: c(2),
        fromName: c(3),
        toCode: c(4),
        toName: c(5),
        effectiveDate: c(6),
        legalBasis: c(7),
        note: c(8),
      };
      return { row: n, input };
    });
  if (rows.filter((r) => !isBlankLineageRow(r.input)).length > LINEAGE_MAX_ROWS)
    throw badRequest(`Tệp có quá nhiều dòng (tối đa ${LINEAGE_MAX_ROWS} dòng mỗi lần).`);
  return rows;
}
