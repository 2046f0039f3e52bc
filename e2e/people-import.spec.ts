import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn, test } from './fixtures';

test('importing a people sheet with one bad row writes the good rows and reports the bad one', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/nhap-du-lieu');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập dữ liệu' })).toBeVisible();

  // The officer downloads the template and fills it in.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp mẫu' }).click();
  const template = await downloading;
  const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-e2e-'));
  const templatePath = path.join(dir, 'mau.xlsx');
  await template.saveAs(templatePath);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath);
  const sheet = workbook.worksheets[0]!;
  const headers = Array.from(sheet.getRow(1).values as unknown[], (v) => (typeof v === 'string' ? v : ''));
  const col = (name: string) => {
    const index = headers.findIndex((h) => h.replace('*', '').trim().startsWith(name));
    if (index < 1) throw new Error(`template has no column ${name}: ${headers.join(' | ')}`);
    return index;
  };
  const rows: Record<string, string>[] = [
    {
      'Họ và tên': 'Hoàng Văn Thắng',
      'Giới tính': 'Nam',
      'Ngày sinh': '12/03/1985',
      'Dân tộc': 'Tày',
      'Tên đơn vị': 'Xã Xín Mần',
      'Chức vụ': 'Công chức Văn phòng - Thống kê',
      'Mã cán bộ': 'E2E-001',
    },
    {
      'Họ và tên': 'Vàng Thị Mai',
      'Giới tính': 'Nữ',
      'Ngày sinh': '30/02/1990',
      'Dân tộc': 'Mông',
      'Tên đơn vị': 'Xã Xín Mần',
      'Mã cán bộ': 'E2E-002',
    },
    {
      'Họ và tên': 'Giàng Seo Pao',
      'Giới tính': 'Nam',
      'Ngày sinh': '05/11/1978',
      'Dân tộc': 'Mông',
      'Tên đơn vị': 'Xã Xín Mần',
      'Mã cán bộ': 'E2E-003',
    },
  ];
  let r = 2;
  while (sheet.getRow(r).getCell(col('Họ và tên')).value) r++;
  const firstDataRow = r;
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) sheet.getRow(r).getCell(col(name)).value = value;
    r++;
  }
  const filled = path.join(dir, 'danh-sach.xlsx');
  await workbook.xlsx.writeFile(filled);

  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await page.locator('input[type=file]').setInputFiles(filled);
  await page.getByRole('button', { name: 'Bắt đầu nhập' }).click();

  // The bad row (30/02/1990 does not exist) is reported by its row number in the sheet, in Vietnamese.
  const badRow = firstDataRow + 1;
  const report = page.getByRole('table');
  await expect(report.getByRole('row', { name: new RegExp(`^${badRow} Ngày sinh`) })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('Bị từ chối')).toBeVisible();
  await expect(report.getByRole('row')).toHaveCount(2);

  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải báo cáo lỗi' }).click();
  const saved = path.join(dir, 'bao-cao.xlsx');
  await (await reportDownload).saveAs(saved);
  const reportBook = new ExcelJS.Workbook();
  await reportBook.xlsx.readFile(saved);
  const reportText = JSON.stringify(reportBook.worksheets[0]!.getSheetValues());
  expect(reportText).toContain('Vàng Thị Mai');
  expect(reportText).not.toContain('Hoàng Văn Thắng');

  // The good rows are in the people list.
  await page.goto('/ca-nhan');
  await page.getByLabel('Tìm cá nhân').fill('hoang van thang');
  await expect(page.getByRole('link', { name: 'Hoàng Văn Thắng' })).toBeVisible();
});
