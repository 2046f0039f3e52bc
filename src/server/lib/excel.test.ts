import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetter, fileLooksLikeXlsx, parseDmyDate, readFirstSheetRows } from './excel';

const TEXT = 'Nguyễn Thị Hồng Ngọc — Xã Lũng Cú, Đồng Văn ệệệ ữữữ';

let lastRow: number | null = null;
async function readAll(file: string) {
  const rows: string[][] = [];
  await readFirstSheetRows(file, (_n, cells, sheet) => {
    rows.push(cells);
    lastRow = sheet.lastRow;
  });
  return rows;
}

describe('readFirstSheetRows', () => {
  it('keeps every Vietnamese letter intact across compressed chunk boundaries (shared strings)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tdkt-excel-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    for (let i = 0; i < 4000; i++) ws.addRow([i, `${TEXT} ${i}`]);
    const file = path.join(dir, 'shared.xlsx');
    await wb.xlsx.writeFile(file);
    const rows = await readAll(file);
    expect(rows).toHaveLength(4000);
    const broken = rows.filter((r, i) => r[2] !== `${TEXT} ${i}`);
    expect(broken).toEqual([]);
    expect(lastRow).toBe(4000);
  });

  it('keeps inline strings intact too and reads date cells as serial days', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tdkt-excel-'));
    const file = path.join(dir, 'inline.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const ws = wb.addWorksheet('Danh sách');
    for (let i = 0; i < 4000; i++) ws.addRow([`${TEXT} ${i}`, new Date(Date.UTC(1985, 2, 2))]).commit();
    ws.commit();
    await wb.commit();
    const rows = await readAll(file);
    expect(rows.filter((r, i) => r[1] !== `${TEXT} ${i}`)).toEqual([]);
    expect(parseDmyDate(rows[0]![2]!)).toBe('1985-03-02');
  });

  it('checks the ZIP signature, not the name', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tdkt-excel-'));
    const fake = path.join(dir, 'fake.xlsx');
    await writeFile(fake, 'STT,Họ và tên\n1,An\n');
    expect(await fileLooksLikeXlsx(fake)).toBe(false);
    const real = path.join(dir, 'real.xlsx');
    await new ExcelJS.Workbook().addWorksheet('x').workbook.xlsx.writeFile(real);
    expect(await fileLooksLikeXlsx(real)).toBe(true);
  });
});

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
  ])('columnLetter(%i) = %s', (n, letter) => {
    expect(columnLetter(n)).toBe(letter);
  });
});
