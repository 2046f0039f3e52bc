import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signIn, test } from './fixtures';

const UNIT = 'Trường Tiểu học Xín Mần';
const DECISION = 'E2E-15/QĐ-UBND';

/** Calls the API as the signed-in person (the session cookie and its CSRF token). */
async function apiAs(page: Page) {
  const session = await page.request.get('/api/auth/session');
  expect(session.ok()).toBe(true);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  return {
    get: async <T>(url: string): Promise<T> => {
      const res = await page.request.get(url);
      expect(res.ok(), await res.text()).toBe(true);
      return (await res.json()) as T;
    },
    post: async <T>(url: string, data: unknown): Promise<T> => {
      const res = await page.request.post(url, { data, headers: { 'x-csrf-token': csrfToken } });
      expect(res.ok(), await res.text()).toBe(true);
      return (await res.json()) as T;
    },
  };
}

test('a decision annex with an ambiguous row: resolve it, commit, the award is on the person', async ({
  page,
}) => {
  await signIn(page);
  const api = await apiAs(page);

  // Two namesakes in the same school, and one person found by name and unit alone.
  const units = await api.get<{ items: { id: string; name: string }[] }>(
    `/api/org-units?q=${encodeURIComponent('truong tieu hoc xin man')}`,
  );
  const unit = units.items.find((u) => u.name === UNIT);
  expect(unit, `demo data has no unit ${UNIT}`).toBeTruthy();
  const create = (fullName: string, gender: 'male' | 'female', birthDate: string) =>
    api.post<{ id: string }>('/api/people', { fullName, gender, birthDate, unitId: unit!.id });
  const elder = await create('Thào Mí Chứ', 'male', '1980-03-12');
  const younger = await create('Thào Mí Chứ', 'male', '1986-11-25');
  const dop = await create('Lầu Thị Dợ', 'female', '1990-01-05');

  await page.goto('/');
  await page.getByRole('menuitem', { name: 'Nhập phụ lục quyết định' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Nhập phụ lục quyết định khen thưởng' }),
  ).toBeVisible();

  // The officer downloads the template and fills in the annex.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp mẫu' }).click();
  const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-annex-'));
  const templatePath = path.join(dir, 'mau.xlsx');
  await (await downloading).saveAs(templatePath);
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
      STT: '1',
      'Họ và tên': 'Thào Mí Chứ',
      'Chức vụ': 'Giáo viên',
      'Đơn vị': UNIT,
      'Danh hiệu/Hình thức': 'Lao động tiên tiến',
      'Số quyết định': DECISION,
      Ngày: '15/01/2025',
    },
    {
      STT: '2',
      'Họ và tên': 'lau thi do',
      'Đơn vị': UNIT,
      'Danh hiệu/Hình thức': 'Chiến sĩ thi đua cơ sở',
      'Số quyết định': DECISION,
      Ngày: '15/01/2025',
    },
  ];
  rows.forEach((row, i) => {
    for (const [name, value] of Object.entries(row)) sheet.getRow(i + 2).getCell(col(name)).value = value;
  });
  const filled = path.join(dir, 'phu-luc.xlsx');
  await workbook.xlsx.writeFile(filled);

  await page.locator('input[type=file]').setInputFiles(filled);
  const year = page.getByLabel('Năm xét mặc định');
  await year.fill('2024');
  await page.getByLabel('Cơ quan, người ra quyết định').fill('Chủ tịch UBND xã Xín Mần');
  await page.getByRole('button', { name: 'Tải lên và đối chiếu' }).click();

  // Review: the namesakes' row waits for a choice; the other row is matched by name and unit.
  await expect(page.getByText('Còn 1 dòng cần xử lý', { exact: false })).toBeVisible({ timeout: 60_000 });
  const commit = page.getByRole('button', { name: 'Ghi vào sổ khen thưởng' });
  await expect(commit).toBeDisabled();
  const choice = page.getByRole('radiogroup', { name: 'Chọn đúng người cho dòng 2' });
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await expect(choice).toContainText('Thào Mí Chứ — sinh 12/03/1980 — Trường Tiểu học Xín Mần');
  await choice.getByRole('radio', { name: /sinh 25\/11\/1986/ }).check();
  await expect(page.getByText('Mọi dòng đã được xử lý', { exact: false })).toBeVisible();

  await page.getByText('Tất cả (2)', { exact: true }).click();
  const matched = page.getByRole('row', { name: /^3 lau thi do/ });
  await expect(matched).toContainText('Lầu Thị Dợ');
  await expect(matched).toContainText('Khớp');

  await expect(commit).toBeEnabled();
  await commit.click();
  await page.getByRole('button', { name: 'Xác nhận ghi' }).click();

  await expect(page.getByText('Đã ghi vào sổ khen thưởng')).toBeVisible();
  await expect(page.getByRole('row', { name: /^2 Thào Mí Chứ/ })).toContainText('Đã ghi');

  // The awards are in the ledger, on the chosen namesake only.
  type Award = { awardCode: string; evaluationYear: number | null; decisionNumber: string; source: string };
  const awardsOf = (id: string) =>
    api.get<{ items: Award[] }>(`/api/awards?subjectType=individual&subjectId=${id}`);
  expect((await awardsOf(younger.id)).items).toEqual([
    expect.objectContaining({
      awardCode: 'lao_dong_tien_tien',
      evaluationYear: 2024,
      decisionNumber: DECISION,
      source: 'annex_import',
    }),
  ]);
  expect((await awardsOf(elder.id)).items).toEqual([]);
  expect((await awardsOf(dop.id)).items).toEqual([
    expect.objectContaining({ awardCode: 'cstd_co_so', evaluationYear: 2024 }),
  ]);

  // The result links to the person.
  await page.getByRole('link', { name: 'Xem hồ sơ Lầu Thị Dợ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lầu Thị Dợ' })).toBeVisible();
});
