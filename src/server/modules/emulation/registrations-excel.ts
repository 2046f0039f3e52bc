import {
  isBlankRegistrationRow,
  REGISTRABLE_TITLES,
  REGISTRATION_COLUMNS,
  REGISTRATION_SUBJECT_LABELS,
  type RegistrationRowInput,
} from '../../../domain/emulation/registration';
import { formatDmyDate } from '../../../domain/people/person-row';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { badRequest } from '../../lib/errors';
import { addListValidation, ExcelJS, readSheetRows, type SheetColumn, writeHeader } from '../../lib/excel';
import { SHEET_LIMITS, UPLOAD_MAX_BYTES } from '../../lib/upload-limits';

/** The registration sheet: template (with drop-downs, optionally pre-filled) and reader. */

export const REGISTRATION_MAX_BYTES = UPLOAD_MAX_BYTES.registrationsImport;
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

/**
 * The rows of the first sheet ("Đăng ký") as text, read on the sheet worker within the import's limits;
 * rejects files that are not the template or hold more than REGISTRATION_MAX_ROWS rows.
 */
export async function readRegistrationRows(
  filePath: string,
): Promise<{ row: number; input: RegistrationRowInput }[]> {
  const sheet = await readSheetRows(filePath, SHEET_LIMITS.registrations);
  const first = sheet.find((r) => r.n === 1)?.cells ?? [];
  const header = COLUMNS.map((_, i) => foldVietnamese(first[i + 1] ?? ''));
  if (header.some((h, i) => h !== foldVietnamese(COLUMNS[i]!.header)))
    throw badRequest(
      `Tệp không đúng mẫu: dòng 1 phải là các cột ${COLUMNS.map((c) => c.header).join(' | ')}.`,
    );
  const rows = sheet
    .filter((r) => r.n > 1)
    .map((r) => ({
      row: r.n,
      input: Object.fromEntries(
        REGISTRATION_COLUMNS.map((c, i) => [c.key, r.cells[i + 2] ?? '']),
      ) as RegistrationRowInput,
    }));
  if (rows.filter((r) => !isBlankRegistrationRow(r.input)).length > REGISTRATION_MAX_ROWS)
    throw badRequest(`Tệp có quá nhiều dòng (tối đa ${REGISTRATION_MAX_ROWS} dòng mỗi lần).`);
  return rows;
}
