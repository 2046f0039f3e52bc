import {
  ANNEX_COLUMNS,
  type AnnexColumnKey,
  type AnnexRowRaw,
  matchAnnexColumn,
} from '../../../domain/awards/annex';
import { AppError } from '../../lib/errors';
import { addListValidation, ExcelJS, forEachSheetRow, type SheetColumn, writeHeader } from '../../lib/excel';
import { SHEET_LIMITS } from '../../lib/upload-limits';
import { INDIVIDUAL_AWARDS } from './annex-rows';

/** The annex template and the reading of an uploaded annex (header found among the first rows). */

export const SHEET_NAME = 'Phụ lục';
const TEMPLATE_ROWS = 2000;
/** A decision annex lists at most a few thousand people; larger files are split. */
export const MAX_ANNEX_ROWS = 5000;
/** Annexes often start with the decision's title lines: the header is looked for in the first rows. */
const HEADER_SEARCH_ROWS = 30;

const WIDTHS: Record<AnnexColumnKey, number> = {
  stt: 6,
  fullName: 28,
  position: 24,
  unitName: 32,
  award: 40,
  decisionNumber: 18,
  decisionDate: 16,
  birthDate: 16,
  citizenId: 20,
  evaluationYear: 10,
};

const COLUMNS: SheetColumn[] = ANNEX_COLUMNS.map((c) => ({
  header:
    c.key === 'decisionDate' || c.key === 'birthDate'
      ? `${c.header} (dd/mm/yyyy)`
      : c.key === 'evaluationYear'
        ? `${c.header} (yyyy)`
        : c.header,
  width: WIDTHS[c.key],
  numFmt: '@',
}));
const col = (key: AnnexColumnKey) => ANNEX_COLUMNS.findIndex((c) => c.key === key) + 1;

const INSTRUCTIONS = [
  'HƯỚNG DẪN NHẬP PHỤ LỤC QUYẾT ĐỊNH KHEN THƯỞNG',
  '',
  '1. Mỗi dòng ở trang "Phụ lục" là một cá nhân được khen thưởng theo một quyết định; giữ nguyên dòng tiêu đề.',
  '2. Cột có dấu * là bắt buộc: Họ và tên, Danh hiệu/Hình thức, Số quyết định, Ngày (ngày ký quyết định).',
  '3. Ngày ghi theo dạng dd/mm/yyyy, ví dụ 15/01/2024. Ngày quyết định không được sau ngày nhập.',
  '4. Danh hiệu/Hình thức: chọn trong danh sách, hoặc ghi đúng như trên quyết định (ví dụ "Bằng khen của Chủ tịch UBND tỉnh", "Chiến sĩ thi đua cơ sở"). Cách ghi hệ thống chưa nhận ra sẽ được hỏi lại ở bước kiểm tra.',
  '5. Cá nhân được nhận ra theo Số định danh cá nhân (12 chữ số) nếu có; nếu không, theo họ và tên (không phân biệt dấu, hoa thường), đối chiếu thêm ngày sinh và đơn vị.',
  '6. Nhiều người trùng họ tên, hoặc không tìm thấy người: hệ thống liệt kê để bạn chọn đúng người hoặc bỏ qua dòng, trước khi ghi vào sổ.',
  '7. Năm xét: năm đánh giá của danh hiệu thi đua (ví dụ Lao động tiên tiến năm 2023). Để trống thì dùng năm xét mặc định chọn khi tải lên.',
  '8. Chỉ những người thuộc đơn vị trong phạm vi quản lý của bạn mới được đối chiếu.',
  '9. Không có gì được ghi vào sổ khen thưởng cho đến khi bạn bấm "Ghi vào sổ khen thưởng"; khen thưởng đã có trong sổ sẽ không bị ghi trùng.',
  '',
  'Ví dụ một dòng: 1 | Nguyễn Văn An | Chuyên viên | Văn phòng UBND xã Minh Quang | Chiến sĩ thi đua cơ sở | 125/QĐ-UBND | 15/01/2024 | 02/09/1985 | | 2023',
];

/** The template: the annex columns as text, a drop-down of titles and forms, an instructions sheet. */
export async function buildAnnexTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TĐKT';
  const sheet = wb.addWorksheet(SHEET_NAME);
  writeHeader(sheet, COLUMNS);
  const lists = wb.addWorksheet('Danh mục');
  lists.getRow(1).values = ['Danh hiệu thi đua, hình thức khen thưởng (cá nhân)'];
  lists.getColumn(1).width = 90;
  INDIVIDUAL_AWARDS.forEach((e, i) => (lists.getCell(i + 2, 1).value = e.name));
  lists.state = 'hidden';
  addListValidation(
    sheet,
    col('award'),
    TEMPLATE_ROWS,
    { range: `'Danh mục'!$A$2:$A$${INDIVIDUAL_AWARDS.length + 1}` },
    'Chọn danh hiệu hoặc hình thức khen thưởng trong danh sách',
  );
  // Excel warns on a value outside the list but still accepts the exact wording of the decision.
  const validations = (
    sheet as unknown as { dataValidations: { model: Record<string, { errorStyle?: string }> } }
  ).dataValidations.model;
  for (const v of Object.values(validations)) v.errorStyle = 'warning';
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

const REQUIRED: readonly AnnexColumnKey[] = ['fullName', 'award', 'decisionNumber', 'decisionDate'];

export interface AnnexHeader {
  rowNumber: number;
  columns: Map<number, AnnexColumnKey>;
}

/** The annex columns of a row, when it looks like the header (the name and the award at least). */
function headerOf(cells: string[]): Map<number, AnnexColumnKey> | undefined {
  const columns = new Map<number, AnnexColumnKey>();
  cells.forEach((c, i) => {
    const key = c ? matchAnnexColumn(c) : undefined;
    if (key && ![...columns.values()].includes(key)) columns.set(i, key);
  });
  const keys = new Set(columns.values());
  return keys.has('fullName') && keys.has('award') ? columns : undefined;
}

/**
 * Checks an upload before a job is queued, on the sheet worker within the annex limits: an .xlsx by its
 * content (415 otherwise), readable (400), with the annex's header and its required columns in the first
 * rows (400, naming what is missing).
 */
export async function checkAnnexFile(filePath: string): Promise<AnnexHeader> {
  let header: AnnexHeader | undefined;
  let seen = 0;
  await forEachSheetRow(filePath, SHEET_LIMITS.annex, ({ n, cells }) => {
    if (!cells.some((c) => c)) return;
    const columns = headerOf(cells);
    if (columns) {
      header = { rowNumber: n, columns };
      return false;
    }
    if (++seen >= HEADER_SEARCH_ROWS) return false;
  });
  if (!header)
    throw new AppError(
      'BAD_REQUEST',
      'Không tìm thấy dòng tiêu đề của phụ lục (cần ít nhất các cột "Họ và tên" và "Danh hiệu/Hình thức"). Hãy dùng tệp mẫu tải từ hệ thống.',
    );
  const present = new Set(header.columns.values());
  const missing = REQUIRED.filter((k) => !present.has(k)).map(
    (k) => `"${ANNEX_COLUMNS.find((c) => c.key === k)!.header.replace('*', '')}"`,
  );
  if (missing.length > 0)
    throw new AppError(
      'BAD_REQUEST',
      `Phụ lục thiếu cột bắt buộc ${missing.join(', ')} ở dòng tiêu đề (dòng ${header.rowNumber}). Hãy dùng tệp mẫu tải từ hệ thống.`,
    );
  return header;
}

export interface SheetRow {
  rowNumber: number;
  raw: AnnexRowRaw;
}

/** The data rows under the header; blank rows and rows naming nobody and nothing are left out. */
export async function readAnnexRows(filePath: string, header: AnnexHeader): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  await forEachSheetRow(filePath, SHEET_LIMITS.annex, ({ n, cells }) => {
    if (n <= header.rowNumber) return;
    const raw: AnnexRowRaw = {};
    for (const [i, key] of header.columns) raw[key] = cells[i] ?? '';
    if (!raw.fullName && !raw.award && !raw.decisionNumber && !raw.citizenId) return;
    if (rows.length >= MAX_ANNEX_ROWS)
      throw new AppError(
        'BAD_REQUEST',
        `Phụ lục có hơn ${MAX_ANNEX_ROWS.toLocaleString('vi-VN')} dòng; hãy chia thành nhiều tệp.`,
      );
    rows.push({ rowNumber: n, raw });
  });
  return rows;
}
