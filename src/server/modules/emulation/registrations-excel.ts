import {
  REGISTRABLE_TITLES,
  REGISTRATION_COLUMNS,
  REGISTRATION_SUBJECT_LABELS,
  type RegistrationRowInput,
} from '../../../domain/emulation/registration';
import { formatDmyDate } from '../../../domain/people/person-row';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { badRequest } from '../../lib/errors';
import { addListValidation, ExcelJS, type SheetColumn, writeHeader } from '../../lib/excel';

/** The registration sheet: template (with drop-downs, optionally pre-filled) and reader. */

/** The text of a cell however Excel stored it; date cells become dd/mm/yyyy. */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDmyDate(value.toISOString().slice(0, 10));
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result);
  return '';
}

export const REGISTRATION_MAX_BYTES = 5 * 1024 * 1024;
export const REGISTRATION_MAX_ROWS = 5000;
const SHEET_NAME = 'Đăng ký';
const COLUMNS: SheetColumn[] = [
  { header: 'STT', width: 6 },
  ...REGISTRATION_COLUMNS.map((c) => ({ header: c.header, width: c.width, numFmt: '@' })),
];
const col = (key: (typeof REGISTRATION_COLUMNS)[number]['key']) =>
  REGISTRATION_COLUMNS.findIndex((c) => c.key === key) + 2;

export interface PrefilledRow {
  subject: 'collective' | 'individual';
  unitCode: string | null;
  unitName: string;
  personCode?: string | null;
  fullName?: string;
  birthDate?: string | null;
  personId?: string;
}

function guide(year: number | undefined): string[] {
  const titles = (subject: 'collective' | 'individual') =>
    REGISTRABLE_TITLES.filter((t) => t.subject === subject)
      .map((t) => t.label)
      .join('; ');
  return [
    `HƯỚNG DẪN ĐĂNG KÝ THI ĐUA${year ? ` NĂM ${year}` : ''}`,
    '',
    '1. Mỗi dòng ở trang "Đăng ký" là một danh hiệu đăng ký: của tập thể (đơn vị) hoặc của một cá nhân.',
    '2. Cột "Đối tượng": chọn Tập thể hoặc Cá nhân. Cột "Danh hiệu đăng ký": chọn trong danh sách.',
    `3. Danh hiệu tập thể: ${titles('collective')}.`,
    `4. Danh hiệu cá nhân: ${titles('individual')}. Mỗi người đăng ký một danh hiệu mỗi năm; nhập lại sẽ thay danh hiệu đã đăng ký.`,
    '5. Tập thể được tìm theo Mã đơn vị, nếu không ghi mã thì theo Tên đơn vị (không phân biệt dấu, hoa thường).',
    '6. Cá nhân được tìm theo Mã hệ thống (có sẵn trên tệp mẫu điền sẵn), hoặc Mã cán bộ, hoặc Họ và tên kèm đơn vị (thêm Ngày sinh khi trùng tên).',
    '7. Năm đăng ký chọn khi tải tệp lên; đăng ký sau hạn của năm được đánh dấu "muộn".',
    '8. Dòng để trống cột "Danh hiệu đăng ký" (và các cột khác) được bỏ qua. Dòng có lỗi không được ghi; hệ thống báo lỗi theo số dòng.',
  ];
}

/** The template: headers, drop-downs (subject, title), guidance, and the unit's collective and people if given. */
export async function buildRegistrationTemplate(year: number | undefined, rows: readonly PrefilledRow[]) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TĐKT';
  const sheet = wb.addWorksheet(SHEET_NAME);
  writeHeader(sheet, COLUMNS);
  rows.forEach((r, i) =>
    sheet.addRow([
      i + 1,
      REGISTRATION_SUBJECT_LABELS[r.subject],
      r.unitCode ?? '',
      r.unitName,
      r.personCode ?? '',
      r.fullName ?? '',
      formatDmyDate(r.birthDate ?? null),
      '',
      '',
      r.personId ?? '',
    ]),
  );
  const lists = wb.addWorksheet('Danh mục');
  lists.getCell(1, 1).value = 'Danh hiệu';
  REGISTRABLE_TITLES.forEach((t, i) => (lists.getCell(i + 2, 1).value = t.label));
  lists.state = 'hidden';
  const dataRows = Math.max(REGISTRATION_MAX_ROWS, rows.length);
  addListValidation(
    sheet,
    col('subject'),
    dataRows,
    { values: Object.values(REGISTRATION_SUBJECT_LABELS) },
    'Chọn Tập thể hoặc Cá nhân',
  );
  addListValidation(
    sheet,
    col('title'),
    dataRows,
    { range: `'Danh mục'!$A$2:$A$${REGISTRABLE_TITLES.length + 1}` },
    'Chọn danh hiệu trong danh sách',
  );
  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 120;
  guide(year).forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The rows of the "Đăng ký" sheet as text; rejects files that are not the template. */
export async function readRegistrationRows(
  buffer: Buffer,
): Promise<{ row: number; input: RegistrationRowInput }[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badRequest('Không đọc được tệp Excel (.xlsx). Hãy dùng tệp mẫu tải từ hệ thống.');
  }
  const ws = wb.getWorksheet(SHEET_NAME) ?? wb.worksheets[0];
  if (!ws) throw badRequest('Tệp Excel không có trang dữ liệu.');
  const header = COLUMNS.map((_, i) => foldVietnamese(cellText(ws.getRow(1).getCell(i + 1).value)));
  if (header.some((h, i) => h !== foldVietnamese(COLUMNS[i]!.header)))
    throw badRequest(
      `Tệp không đúng mẫu: dòng 1 phải là các cột ${COLUMNS.map((c) => c.header).join(' | ')}.`,
    );
  if (ws.rowCount - 1 > REGISTRATION_MAX_ROWS)
    throw badRequest(`Tệp có quá nhiều dòng (tối đa ${REGISTRATION_MAX_ROWS} dòng mỗi lần).`);
  const rows: { row: number; input: RegistrationRowInput }[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const input = Object.fromEntries(
      REGISTRATION_COLUMNS.map((c, i) => [c.key, cellText(row.getCell(i + 2).value).trim()]),
    ) as RegistrationRowInput;
    rows.push({ row: r, input });
  }
  return rows;
}
