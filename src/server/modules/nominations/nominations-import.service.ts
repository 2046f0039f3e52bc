import { CATALOGUE } from '../../../domain/awards/catalogue';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import type { Ctx } from '../../lib/context';
import { AppError, badRequest, notFound } from '../../lib/errors';
import { addListValidation, ExcelJS, readSheetRows, type SheetColumn, writeHeader } from '../../lib/excel';
import { SHEET_LIMITS, UPLOAD_MAX_BYTES } from '../../lib/upload-limits';
import { assertMayPropose } from './nominations.policy';
import * as repo from './nominations.repo';
import { createNomination } from './nominations.service';
import { findUnits } from './rounds.repo';
import { loadRound } from './rounds.service';

/**
 * Nominees from Excel (individuals): a template with a drop-down of the titles and forms the round's type
 * allows, and an import that checks every row first (Vietnamese error per row number) and creates the dossiers
 * only when no row is wrong. People are matched in the proposing unit's subtree by staff code, else by name.
 */

export const IMPORT_MAX_BYTES = UPLOAD_MAX_BYTES.nominationsImport;
const MAX_ROWS = 500;
const SHEET = 'Đề nghị';
const COLUMNS: SheetColumn[] = [
  { header: 'STT', width: 6 },
  { header: 'Mã cán bộ', width: 16, numFmt: '@' },
  { header: 'Họ và tên', width: 30, numFmt: '@' },
  { header: 'Danh hiệu, hình thức', width: 50, numFmt: '@' },
  { header: 'Tóm tắt thành tích', width: 60, numFmt: '@' },
];

const individualAwards = (commendationType: string) =>
  CATALOGUE.filter(
    (e) => e.subjectTypes.includes('individual') && e.commendationTypes.includes(commendationType as never),
  );

export async function buildImportTemplate(ctx: Ctx, roundId: string) {
  const round = await loadRound(ctx, roundId);
  const awards = individualAwards(round.round.commendationType);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TĐKT';
  const sheet = wb.addWorksheet(SHEET);
  writeHeader(sheet, COLUMNS);
  const lists = wb.addWorksheet('Danh mục');
  awards.forEach((a, i) => (lists.getCell(i + 1, 1).value = a.name));
  lists.state = 'hidden';
  addListValidation(
    sheet,
    4,
    MAX_ROWS,
    { range: `'Danh mục'!$A$1:$A$${Math.max(1, awards.length)}` },
    'Chọn trong danh sách',
  );
  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 120;
  [
    `ĐỀ NGHỊ KHEN THƯỞNG — ${round.round.name}`,
    '1. Mỗi dòng là một cá nhân được đề nghị. Cá nhân được tìm theo Mã cán bộ, nếu không có mã thì theo Họ và tên trong đơn vị đề nghị.',
    '2. Cột "Danh hiệu, hình thức": chọn trong danh sách.',
    '3. Nếu có dòng lỗi, không hồ sơ nào được tạo; hệ thống báo lỗi theo số dòng để sửa và tải lên lại.',
  ].forEach((line, i) => (help.getCell(i + 1, 1).value = line));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Imports nominees from an uploaded sheet (a file saved by lib/uploads.ts, read on the sheet worker). */
export async function importNominations(
  ctx: Ctx,
  roundId: string,
  proposingUnitId: string,
  filePath: string,
) {
  const round = await loadRound(ctx, roundId);
  const [unit] = await findUnits(ctx.db, ctx.actor.tenantId, [proposingUnitId]);
  if (!unit) throw notFound('Đơn vị đề nghị');
  assertMayPropose(ctx, unit.path);
  const sheet = await readSheetRows(filePath, SHEET_LIMITS.nominations);
  const first = sheet.find((r) => r.n === 1)?.cells ?? [];
  const header = COLUMNS.map((_, i) => foldVietnamese(first[i + 1] ?? ''));
  if (header.some((h, i) => h !== foldVietnamese(COLUMNS[i]!.header)))
    throw badRequest(
      `Tệp không đúng mẫu: dòng 1 phải là các cột ${COLUMNS.map((c) => c.header).join(' | ')}.`,
    );
  const data = sheet.filter((r) => r.n > 1 && [2, 3, 4, 5].some((c) => r.cells[c]));
  if (data.length > MAX_ROWS) throw badRequest(`Tệp có quá nhiều dòng (tối đa ${MAX_ROWS} dòng mỗi lần).`);
  const awardsByName = new Map(
    individualAwards(round.round.commendationType).map((a) => [foldVietnamese(a.name), a.code]),
  );
  const staff = await repo.peopleInSubtree(ctx.db, ctx.actor.tenantId, unit.path);
  const byCode = new Map(
    staff.filter((p) => p.externalCode).map((p) => [foldVietnamese(p.externalCode!), p]),
  );
  const byName = new Map<string, typeof staff>();
  for (const p of staff)
    byName.set(foldVietnamese(p.fullName), [...(byName.get(foldVietnamese(p.fullName)) ?? []), p]);
  const errors: { row: number; message: string }[] = [];
  const rows: { row: number; personId: string; awardCode: string; summary: string }[] = [];
  for (const { n: r, cells: row } of data) {
    const cells = [2, 3, 4, 5].map((c) => row[c] ?? '');
    const [code, name, award, summary] = cells as [string, string, string, string];
    const fail = (message: string) => errors.push({ row: r, message: `Dòng ${r}: ${message}` });
    const person = code ? byCode.get(foldVietnamese(code)) : undefined;
    const named = !code && name ? byName.get(foldVietnamese(name)) : undefined;
    const awardCode = awardsByName.get(foldVietnamese(award));
    if (code && !person) fail(`không có cán bộ mã "${code}" trong ${unit.name}.`);
    else if (!code && !name) fail('thiếu Mã cán bộ hoặc Họ và tên.');
    else if (!code && !named?.length) fail(`không có "${name}" trong ${unit.name}.`);
    else if (!code && named!.length > 1)
      fail(`có ${named!.length} người tên "${name}" trong ${unit.name}; hãy ghi Mã cán bộ.`);
    else if (!awardCode)
      fail(
        award
          ? `"${award}" không thuộc danh sách danh hiệu, hình thức của đợt.`
          : 'chưa chọn danh hiệu, hình thức.',
      );
    else if (summary.length > 10_000) fail('tóm tắt thành tích quá dài (tối đa 10.000 ký tự).');
    else rows.push({ row: r, personId: (person ?? named![0]!).id, awardCode, summary });
  }
  if (errors.length)
    throw new AppError(
      'VALIDATION_ERROR',
      `Tệp có ${errors.length} dòng lỗi; chưa hồ sơ nào được tạo.`,
      errors,
    );
  if (rows.length === 0) throw badRequest('Tệp không có dòng đề nghị nào.');
  const created: string[] = [];
  for (const r of rows) {
    const d = await createNomination(ctx, {
      roundId,
      proposingUnitId,
      subjectType: 'individual',
      subjectId: r.personId,
      awardCode: r.awardCode,
      report: r.summary ? { summary: r.summary } : undefined,
    });
    created.push(d.id);
  }
  return { created: created.length, ids: created };
}
