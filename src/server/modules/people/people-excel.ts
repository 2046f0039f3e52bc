import type { Writable } from 'node:stream';
import { ETHNIC_GROUPS } from '../../../domain/people/ethnic-groups';
import { GENDER_LABELS, OCCUPATION_GROUP_LABELS, OCCUPATION_GROUPS } from '../../../domain/people/person';
import { type CellError, LEADER_LABELS, PERSON_COLUMNS } from '../../../domain/people/person-row';
import {
  addListValidation,
  createStreamingWorkbook,
  ExcelJS,
  formatDmyDate,
  type SheetColumn,
  writeHeader,
} from '../../lib/excel';

/** The people sheet: STT, then the columns of the domain (same for template, export and error report). */
export const SHEET_NAME = 'Danh sách';
const TEMPLATE_ROWS = 5000;
const COLUMNS: SheetColumn[] = [
  { header: 'STT', width: 6 },
  ...PERSON_COLUMNS.map((c) => ({
    header:
      c.key === 'gender'
        ? 'Giới tính* (Nam/Nữ)'
        : c.key === 'birthDate' || c.key === 'recruitedOn'
          ? `${c.header} (dd/mm/yyyy)`
          : c.key === 'isLeader'
            ? 'Lãnh đạo (Có/Không)'
            : c.header,
    width: c.width,
    numFmt: '@',
  })),
];
const col = (key: (typeof PERSON_COLUMNS)[number]['key']) =>
  PERSON_COLUMNS.findIndex((c) => c.key === key) + 2;

const INSTRUCTIONS = [
  'HƯỚNG DẪN NHẬP DANH SÁCH CÁ NHÂN',
  '',
  '1. Mỗi dòng ở trang "Danh sách" là một người; không đổi tên, không đổi thứ tự các cột tiêu đề.',
  '2. Cột có dấu * là bắt buộc: Họ và tên, Giới tính (chọn Nam hoặc Nữ).',
  '3. Ngày ghi theo dạng dd/mm/yyyy, ví dụ 02/09/1985. Ngày không được sau ngày nhập.',
  '4. Dân tộc chọn trong danh sách 54 dân tộc; để trống được hiểu là Kinh.',
  '5. Số định danh cá nhân gồm 12 chữ số (số trên thẻ căn cước), phải khớp với năm sinh và giới tính.',
  '6. Người đã có trong hệ thống được nhận ra theo Số định danh cá nhân hoặc Mã cán bộ (hoặc Mã hệ thống trên tệp xuất ra): nhập lại sẽ cập nhật, không tạo trùng.',
  '7. Đơn vị: ghi Mã đơn vị, hoặc Tên đơn vị đúng như trong hệ thống (không phân biệt dấu, hoa thường).',
  '8. Lãnh đạo: Có hoặc Không. Nhóm đối tượng chọn trong danh sách.',
  '9. Mã hệ thống: để trống khi thêm người mới; không sửa giá trị trên tệp xuất ra.',
  '10. Dòng có lỗi sẽ bị bỏ qua; tải "Báo cáo lỗi" để xem lỗi từng dòng, sửa và nhập lại các dòng đó.',
];

/** The import template: headers, drop-down lists, instructions. Small, so built in memory. */
export async function buildImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TĐKT';
  const sheet = wb.addWorksheet(SHEET_NAME);
  writeHeader(sheet, COLUMNS);
  const lists = wb.addWorksheet('Danh mục');
  lists.getRow(1).values = ['Dân tộc', 'Nhóm đối tượng'];
  ETHNIC_GROUPS.forEach(([, name], i) => (lists.getCell(i + 2, 1).value = name));
  OCCUPATION_GROUPS.forEach((g, i) => (lists.getCell(i + 2, 2).value = OCCUPATION_GROUP_LABELS[g]));
  lists.state = 'hidden';
  const gender = Object.values(GENDER_LABELS);
  addListValidation(sheet, col('gender'), TEMPLATE_ROWS, { values: gender }, 'Chọn Nam hoặc Nữ');
  addListValidation(
    sheet,
    col('isLeader'),
    TEMPLATE_ROWS,
    { values: Object.values(LEADER_LABELS) },
    'Chọn Có hoặc Không',
  );
  addListValidation(
    sheet,
    col('ethnicity'),
    TEMPLATE_ROWS,
    { range: `'Danh mục'!$A$2:$A$${ETHNIC_GROUPS.length + 1}` },
    'Chọn một trong 54 dân tộc',
  );
  addListValidation(
    sheet,
    col('occupationGroup'),
    TEMPLATE_ROWS,
    { range: `'Danh mục'!$B$2:$B$${OCCUPATION_GROUPS.length + 1}` },
    'Chọn nhóm đối tượng trong danh sách',
  );
  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 120;
  INSTRUCTIONS.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One exported person, in the order of PERSON_COLUMNS. */
export interface ExportRow {
  fullName: string;
  gender: 'male' | 'female';
  birthDate: string | null;
  ethnicityName: string;
  citizenId: string | null;
  externalCode: string | null;
  position: string | null;
  isLeader: boolean;
  occupationGroup: keyof typeof OCCUPATION_GROUP_LABELS;
  recruitedOn: string | null;
  unitCode: string | null;
  unitName: string | null;
  phone: string | null;
  email: string | null;
  id: string;
}

export function exportCells(r: ExportRow): string[] {
  return [
    r.fullName,
    GENDER_LABELS[r.gender],
    formatDmyDate(r.birthDate),
    r.ethnicityName,
    r.citizenId ?? '',
    r.externalCode ?? '',
    r.position ?? '',
    r.isLeader ? LEADER_LABELS.yes : LEADER_LABELS.no,
    OCCUPATION_GROUP_LABELS[r.occupationGroup],
    formatDmyDate(r.recruitedOn),
    r.unitCode ?? '',
    r.unitName ?? '',
    r.phone ?? '',
    r.email ?? '',
    r.id,
  ];
}

/** A streamed sheet in the template's layout; `pages` yields rows page by page. */
export async function streamPeopleSheet(
  out: Writable,
  pages: AsyncIterable<string[][]>,
  extra?: { header: string; width: number },
) {
  const wb = createStreamingWorkbook(out);
  const sheet = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  writeHeader(sheet, extra ? [...COLUMNS, { ...extra, numFmt: '@' }] : COLUMNS);
  sheet.getRow(1).commit();
  let n = 0;
  for await (const rows of pages) {
    for (const cells of rows) sheet.addRow([++n, ...cells]).commit();
  }
  sheet.commit();
  await wb.commit();
}

export interface RejectedRow {
  row: number;
  cells: string[];
  errors: CellError[];
}

/** The rejected rows with their original cells and a "Lỗi" column (row number and messages per column). */
export async function writeImportReport(out: Writable, rejected: RejectedRow[]) {
  async function* pages() {
    yield rejected.map((r) => [
      ...r.cells,
      `Dòng ${r.row}: ` + r.errors.map((e) => `${e.column}: ${e.message}`).join('; '),
    ]);
  }
  await streamPeopleSheet(out, pages(), { header: 'Lỗi', width: 80 });
}
