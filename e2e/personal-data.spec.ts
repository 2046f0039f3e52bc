import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn } from './fixtures';

const MASKED = /^\d{3}\*{6}\d{3}$/;
const FULL = /^\d{12}$/;

/** The citizen-ID column of a downloaded people sheet. */
async function citizenIds(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0]!;
  const headers = Array.from(sheet.getRow(1).values as unknown[], (v) => (typeof v === 'string' ? v : ''));
  const col = headers.findIndex((h) => h.startsWith('Số định danh'));
  expect(col).toBeGreaterThan(0);
  const out: string[] = [];
  sheet.eachRow((row, n) => {
    const v = row.getCell(col).value;
    if (n > 1 && typeof v === 'string' && v) out.push(v);
  });
  return out;
}

test('citizen IDs are masked in the list, the person page and exports, and shown in full only on request', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/ca-nhan');
  await expect(page.getByRole('heading', { level: 1, name: 'Cá nhân' })).toBeVisible();

  // The list: masked for the administrator too.
  const cells = page.locator('td').filter({ hasText: /^\d{3}\*{6}\d{3}$/ });
  await expect(cells.first()).toBeVisible();
  await expect(page.locator('td').filter({ hasText: /^\d{12}$/ })).toHaveCount(0);

  // Export without full numbers: masked.
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất danh sách ra Excel' });
  await expect(dialog.getByText('Số định danh cá nhân trong tệp được che')).toBeVisible();
  let downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Xuất Excel' }).click();
  const masked = await citizenIds(await (await downloading).path());
  expect(masked.length).toBeGreaterThan(0);
  for (const id of masked) expect(id).toMatch(MASKED);
  // As a person would: wait for the dialog to close before opening it again.
  await expect(dialog).toBeHidden();

  // Export with full numbers: needs a reason.
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  await dialog.getByText('Ghi đầy đủ số định danh cá nhân').click();
  await expect(dialog.getByRole('button', { name: 'Xuất Excel' })).toBeDisabled();
  await dialog.getByLabel('Lý do cần số định danh đầy đủ').fill('Đối chiếu danh sách với Công an tỉnh');
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Xuất Excel' }).click();
  const full = await citizenIds(await (await downloading).path());
  expect(full.length).toBe(masked.length);
  for (const id of full) expect(id).toMatch(FULL);

  // The person page: masked until "Xem đầy đủ", which the server audits.
  await cells.first().locator('xpath=ancestor::tr').getByRole('link').first().click();
  const shown = page.getByTestId('citizen-id');
  await expect(shown).toHaveText(MASKED);
  await page.getByRole('button', { name: 'Xem đầy đủ' }).click();
  await expect(shown).toHaveText(FULL);

  await page.goto('/nhat-ky');
  await expect(page.getByText(/Xem đầy đủ số định danh cá nhân của/).first()).toBeVisible();
  await expect(page.getByText(/Xuất Excel danh sách cá nhân có đầy đủ số định danh/).first()).toBeVisible();
});
