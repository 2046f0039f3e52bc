import {
  SCORING_DIRECTIONS,
  SCORING_METHOD_LABELS,
  SCORING_METHODS,
  type ScoringDirection,
  type ScoringItem,
  type ScoringItemParams,
  type ScoringMethod,
  type ScoringTable,
} from '../../../domain/scoring/types';
import { validateScoringTable } from '../../../domain/scoring/validate';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { AppError } from '../../lib/errors';
import {
  addListValidation,
  ExcelJS,
  forEachSheetRow,
  type SheetColumn,
  type SheetRow,
  writeHeader,
} from '../../lib/excel';
import { SHEET_LIMITS, UPLOAD_MAX_BYTES } from '../../lib/upload-limits';

/**
 * The scoring table as an Excel sheet (issue 5 item 4): one row per item with its group; a template with
 * drop-downs and a guide; a reader that turns the rows into the domain's table or per-row Vietnamese errors.
 * Params: `bands` "80%=6; 100%=8; 120%=10"; `bonus` "mỗi %=0,5; trần=5"; `deduction` "mỗi trường hợp=2; trần=5".
 */

export const SCORING_SHEET_MAX_BYTES = UPLOAD_MAX_BYTES.scoringTableImport;
const MAX_ROWS = 1000;
const COLUMNS: SheetColumn[] = [
  { header: 'Nhóm', width: 36 },
  { header: 'Mã nhóm', width: 10, numFmt: '@' },
  { header: 'Mã chỉ tiêu', width: 12, numFmt: '@' },
  { header: 'Tên chỉ tiêu', width: 50 },
  { header: 'Điểm tối đa', width: 12 },
  { header: 'Đơn vị tính', width: 14 },
  { header: 'Chiều (cao hơn tốt hơn / thấp hơn tốt hơn)', width: 22 },
  { header: 'Phương pháp', width: 22 },
  { header: 'Tham số', width: 34 },
  { header: 'Cần minh chứng', width: 12 },
];
const DIRECTION_LABELS: Record<ScoringDirection, string> = {
  higher_better: 'Cao hơn tốt hơn',
  lower_better: 'Thấp hơn tốt hơn',
};

const fmt = (n: number) => String(n).replace('.', ',');

/** The params of an item as the sheet writes them. */
export function paramsText(item: ScoringItem): string {
  const p = item.params ?? {};
  if (item.method === 'bands')
    return (p.bands ?? [])
      .map((b) => `${fmt(Math.round(b.minRatio * 10000) / 100)}%=${fmt(b.points)}`)
      .join('; ');
  if (item.method === 'bonus') return `mỗi %=${fmt(p.perPercent ?? 0)}; trần=${fmt(p.cap ?? 0)}`;
  if (item.method === 'deduction') return `mỗi trường hợp=${fmt(p.perCount ?? 0)}; trần=${fmt(p.cap ?? 0)}`;
  return '';
}

const GUIDE = [
  'HƯỚNG DẪN NHẬP BẢNG CHẤM ĐIỂM THI ĐUA',
  '',
  '1. Mỗi dòng ở trang "Bảng điểm" là một chỉ tiêu; các dòng cùng "Mã nhóm" thuộc một nhóm tiêu chí (tên nhóm lấy ở dòng đầu).',
  '2. Mã nhóm và mã chỉ tiêu không trùng nhau trong cả bảng. Điểm tối đa là số (dùng dấu phẩy cho phần thập phân).',
  `3. Phương pháp: ${SCORING_METHODS.map((m) => SCORING_METHOD_LABELS[m]).join('; ')}.`,
  '4. Tham số: Theo mức → "80%=6; 100%=8; 120%=10" (từ tỷ lệ thực hiện/kế hoạch trở lên được số điểm); Điểm thưởng → "mỗi %=0,5; trần=5"; Điểm trừ → "mỗi trường hợp=2; trần=5"; các phương pháp khác để trống.',
  '5. Chiều: Cao hơn tốt hơn hoặc Thấp hơn tốt hơn. Cần minh chứng: Có hoặc Không.',
  '6. Dòng trống được bỏ qua. Tệp có lỗi không được ghi; hệ thống báo lỗi theo số dòng và cột.',
];

/** The template, prefilled with `table` when given. */
export async function buildScoringTemplate(table: ScoringTable | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TĐKT';
  const sheet = wb.addWorksheet('Bảng điểm');
  writeHeader(sheet, COLUMNS);
  for (const g of table?.groups ?? [])
    for (const i of g.items)
      sheet.addRow([
        g.name,
        g.code,
        i.code,
        i.name,
        i.maxPoints,
        i.unit ?? '',
        DIRECTION_LABELS[i.direction],
        SCORING_METHOD_LABELS[i.method],
        paramsText(i),
        i.evidenceRequired ? 'Có' : 'Không',
      ]);
  addListValidation(
    sheet,
    7,
    MAX_ROWS,
    { values: Object.values(DIRECTION_LABELS) },
    'Chọn Cao hơn tốt hơn hoặc Thấp hơn tốt hơn',
  );
  addListValidation(
    sheet,
    8,
    MAX_ROWS,
    { values: SCORING_METHODS.map((m) => SCORING_METHOD_LABELS[m]) },
    'Chọn phương pháp chấm trong danh sách',
  );
  addListValidation(sheet, 10, MAX_ROWS, { values: ['Có', 'Không'] }, 'Chọn Có hoặc Không');
  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 120;
  GUIDE.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SheetProblem {
  row: number;
  column: string;
  message: string;
}

const number = (s: string): number | null => {
  const t = s.replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
};

const METHOD_BY_TEXT = new Map<string, ScoringMethod>(
  SCORING_METHODS.flatMap((m) => [
    [foldVietnamese(m), m] as const,
    [foldVietnamese(SCORING_METHOD_LABELS[m]), m] as const,
  ]),
);
const DIRECTION_BY_TEXT = new Map<string, ScoringDirection>(
  SCORING_DIRECTIONS.flatMap((d) => [
    [foldVietnamese(d), d] as const,
    [foldVietnamese(DIRECTION_LABELS[d]), d] as const,
  ]),
);
const PARAM_KEYS: Record<string, keyof ScoringItemParams> = {
  perpercent: 'perPercent',
  'moi %': 'perPercent',
  'moi 1%': 'perPercent',
  cap: 'cap',
  tran: 'cap',
  'toi da': 'cap',
  percount: 'perCount',
  'moi truong hop': 'perCount',
  'moi lan': 'perCount',
};

/** The params cell of a method, or a message. */
function parseParams(method: ScoringMethod, text: string): ScoringItemParams | string | undefined {
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  if (method === 'fixed' || method === 'proportional')
    return parts.length ? 'phương pháp này không có tham số; để trống ô' : undefined;
  const pairs = parts.map((p) => p.split(/[=:]/).map((x) => x.trim()));
  if (pairs.some((p) => p.length !== 2))
    return 'mỗi tham số có dạng khoá=giá trị, cách nhau bằng dấu chấm phẩy';
  if (method === 'bands') {
    const bands = pairs.map(([r, p]) => {
      const pct = r!.endsWith('%');
      const ratio = number(pct ? r!.slice(0, -1) : r!);
      const points = number(p!);
      return ratio === null || points === null ? null : { minRatio: pct ? ratio / 100 : ratio, points };
    });
    if (!bands.length || bands.some((b) => b === null)) return 'mức điểm có dạng "80%=6; 100%=8"';
    return { bands: bands as { minRatio: number; points: number }[] };
  }
  const params: ScoringItemParams = {};
  for (const [k, v] of pairs) {
    const key = PARAM_KEYS[foldVietnamese(k!)];
    const value = number(v!);
    if (!key || key === 'bands') return `không hiểu tham số “${k}”`;
    if (value === null) return `“${k}” phải là một số`;
    (params as Record<string, number>)[key] = value;
  }
  return params;
}

/** Maps a domain problem path (`table.groups.0.items.2.maxPoints`) to the row and column of the sheet. */
function locate(path: string, rowsOf: number[][], groupRows: number[]): { row: number; column: string } {
  const m = /^table\.groups\.(\d+)(?:\.items\.(\d+))?(?:\.(\w+))?/.exec(path);
  if (!m) return { row: 1, column: '' };
  const g = Number(m[1]);
  const row = m[2] !== undefined ? (rowsOf[g]?.[Number(m[2])] ?? 1) : (groupRows[g] ?? 1);
  const field = m[3] ?? '';
  const column =
    {
      code: m[2] !== undefined ? 'Mã chỉ tiêu' : 'Mã nhóm',
      name: m[2] !== undefined ? 'Tên chỉ tiêu' : 'Nhóm',
      maxPoints: 'Điểm tối đa',
      params: 'Tham số',
      method: 'Phương pháp',
      direction: COLUMNS[6]!.header,
      unit: 'Đơn vị tính',
    }[field] ?? '';
  return { row, column };
}

const fail = (problems: SheetProblem[]) => {
  const first = problems[0]!;
  return new AppError(
    'VALIDATION_ERROR',
    `Bảng chấm điểm trong tệp có ${problems.length} lỗi; dòng ${first.row}: ${first.message}`,
    problems,
  );
};

/**
 * Reads an uploaded sheet (a file saved by lib/uploads.ts, read on the sheet worker within the import's
 * limits) into a table; per-row problems → 400 VALIDATION_ERROR with details [{ row, column, message }].
 */
export async function readScoringSheet(filePath: string): Promise<ScoringTable> {
  const rows: SheetRow[] = [];
  await forEachSheetRow(filePath, SHEET_LIMITS.scoringTable, (row) => {
    if (rows.length > MAX_ROWS)
      throw new AppError('BAD_REQUEST', `Tệp có quá nhiều dòng (tối đa ${MAX_ROWS} chỉ tiêu).`);
    rows.push(row);
  });
  const header = rows.find((r) => r.n === 1)?.cells.slice(1) ?? [];
  if (COLUMNS.some((c, i) => foldVietnamese(header[i] ?? '') !== foldVietnamese(c.header)))
    throw new AppError(
      'BAD_REQUEST',
      `Tệp không đúng mẫu: dòng 1 phải là các cột ${COLUMNS.map((c) => c.header).join(' | ')}.`,
    );
  const problems: SheetProblem[] = [];
  const groups: ScoringTable['groups'] = [];
  const groupIndex = new Map<string, number>();
  const rowsOf: number[][] = [];
  const groupRows: number[] = [];
  for (const { n, cells } of rows) {
    if (n === 1) continue;
    const c = (i: number) => (cells[i + 1] ?? '').trim();
    if (COLUMNS.every((_, i) => !c(i))) continue;
    const add = (column: number, message: string) =>
      problems.push({
        row: n,
        column: COLUMNS[column]!.header,
        message: `Dòng ${n}, cột “${COLUMNS[column]!.header}”: ${message}.`,
      });
    const method = METHOD_BY_TEXT.get(foldVietnamese(c(7)));
    if (!method) add(7, `phương pháp “${c(7)}” không hợp lệ; chọn trong danh sách`);
    const direction = c(6) ? DIRECTION_BY_TEXT.get(foldVietnamese(c(6))) : 'higher_better';
    if (!direction) add(6, `chiều “${c(6)}” không hợp lệ; chọn Cao hơn tốt hơn hoặc Thấp hơn tốt hơn`);
    const maxPoints = number(c(4));
    if (maxPoints === null) add(4, 'điểm tối đa phải là một số');
    const evidence = foldVietnamese(c(9));
    if (evidence && !['co', 'khong'].includes(evidence)) add(9, 'ghi Có hoặc Không');
    const params = method ? parseParams(method, c(8)) : undefined;
    if (typeof params === 'string') add(8, params);
    if (!c(1)) add(1, 'mã nhóm không được để trống');
    if (!method || !direction || maxPoints === null || typeof params === 'string' || !c(1)) continue;
    let g = groupIndex.get(c(1));
    if (g === undefined) {
      g = groups.push({ code: c(1), name: c(0), items: [] }) - 1;
      groupIndex.set(c(1), g);
      rowsOf.push([]);
      groupRows.push(n);
    }
    groups[g]!.items.push({
      code: c(2),
      name: c(3),
      maxPoints,
      direction,
      method,
      ...(params ? { params } : {}),
      ...(c(5) ? { unit: c(5) } : {}),
      evidenceRequired: evidence === 'co',
    });
    rowsOf[g]!.push(n);
  }
  if (problems.length) throw fail(problems);
  if (groups.length === 0) throw new AppError('BAD_REQUEST', 'Tệp không có chỉ tiêu nào (từ dòng 2).');
  const table = { groups };
  const domain = validateScoringTable(table, 'table');
  if (domain.length)
    throw fail(
      domain.map((p) => {
        const at = locate(p.path, rowsOf, groupRows);
        return { ...at, message: `Dòng ${at.row}: ${p.message}` };
      }),
    );
  return table;
}
