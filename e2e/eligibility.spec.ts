import { expect, type APIRequestContext } from '@playwright/test';
import { setDate, signIn, test } from './fixtures';

/** JSON calls with the page's session cookie and its CSRF token. */
async function apiClient(request: APIRequestContext) {
  const session = (await (await request.get('/api/auth/session')).json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': session.csrfToken };
  return async <T>(method: 'GET' | 'POST', url: string, data?: unknown): Promise<T> => {
    const response = await request.fetch(url, { method, data, headers });
    expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
}

test('a person with three years of CSTĐ cơ sở and a province-level initiative is eligible for CSTĐ bộ, tỉnh — the panel says why, with Điều 22', async ({
  page,
}) => {
  await signIn(page);
  const call = await apiClient(page.request);

  // A person of the demo tenant with a ledger built for this test: HTXS and CSTĐ cơ sở in 2023–2025,
  // one initiative recognised at province level in 2025 (Law Điều 22 k1).
  const units = await call<{ items: { id: string }[] }>('GET', '/api/org-units?q=xin%20man&pageSize=5');
  const unitId = units.items[0]?.id;
  expect(unitId).toBeTruthy();
  const person = await call<{ id: string }>('POST', '/api/people', {
    fullName: 'Lục Thị Thanh Hương',
    gender: 'female',
    birthDate: '1988-06-15',
    ethnicity: '01',
    isLeader: false,
    occupationGroup: 'civil_servant',
    recruitedOn: '2012-09-01',
    position: 'Chuyên viên',
    unitId,
  });
  for (const year of [2023, 2024, 2025]) {
    await call('POST', '/api/ratings', {
      subjectType: 'individual',
      subjectId: person.id,
      year,
      rating: 'HTXS',
    });
    await call('POST', '/api/awards', {
      subjectType: 'individual',
      subjectId: person.id,
      awardCode: 'cstd_co_so',
      evaluationYear: year,
      commendationType: 'cong_trang',
      decisionNumber: `${year}/QĐ-UBND-E2E`,
      decisionDate: `${year + 1}-01-15`,
      decisionAuthority: 'Chủ tịch UBND xã Xín Mần',
    });
  }
  await call('POST', '/api/initiatives', {
    title: 'Số hoá hồ sơ thi đua, khen thưởng cấp xã',
    recognizingBody: 'Hội đồng sáng kiến tỉnh Tuyên Quang',
    decisionNumber: '45/QĐ-UBND',
    decisionDate: '2025-11-20',
    scope: 'bo_tinh',
    authors: [{ personId: person.id, sharePercent: 100 }],
  });

  // The officer opens the person and reads the achievement file.
  await page.goto(`/ca-nhan/${person.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lục Thị Thanh Hương' })).toBeVisible();
  await page.getByRole('tab', { name: 'Hồ sơ thành tích' }).click();
  const year2025 = page.getByRole('region', { name: 'Năm 2025' });
  await expect(year2025.getByText('Chiến sĩ thi đua cơ sở (2025)')).toBeVisible();
  await expect(year2025.getByText('Số hoá hồ sơ thi đua, khen thưởng cấp xã')).toBeVisible();

  // A second CSTĐ cơ sở for 2025 is refused with the server's Vietnamese reason.
  await page.getByRole('button', { name: 'Thêm vào hồ sơ' }).click();
  await page.getByRole('menuitem', { name: 'Khen thưởng', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm khen thưởng' });
  await dialog.getByLabel('Danh hiệu, hình thức khen thưởng').fill('chien si thi dua co so');
  await page.keyboard.press('Enter');
  // The award list closes before the next field (a closing dropdown can swallow the next click).
  await expect(page.locator('.ant-select-dropdown').filter({ visible: true })).toHaveCount(0);
  await dialog.getByLabel('Năm đánh giá').fill('2025');
  // Saving is refused, so pressing "Lưu" again (as a person would when nothing seems to happen) is harmless.
  await expect(async () => {
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.getByText(/chỉ được công nhận một lần mỗi năm/)).toBeVisible({ timeout: 5000 });
  }).toPass({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Huỷ' }).click();

  // "Đủ điều kiện gì?" for 2025, dossier received on 02/03/2026 (RS_2025).
  await page.getByRole('tab', { name: 'Đủ điều kiện gì?' }).click();
  await page.getByLabel('Năm xét').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^2025$/ })
    .click();
  await setDate(page, 'Ngày nhận đủ hồ sơ', '02/03/2026');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByText('Chiến sĩ thi đua bộ, ban, ngành, tỉnh', { exact: true }) });
  await expect(row).toContainText('Đủ điều kiện');
  await expect(page.getByText('Bộ quy định áp dụng:')).toContainText('RS_2025');
  await row.click();

  const checks = page.locator('tr.ant-table-expanded-row');
  const streak = checks
    .getByRole('listitem')
    .filter({ hasText: 'Đạt Chiến sĩ thi đua cơ sở 3 năm liên tục' });
  await expect(streak).toContainText('2023, 2024, 2025');
  await expect(streak).toContainText('Căn cứ: Luật TĐKT 2022 Điều 22');
  await expect(streak).toContainText('Chiến sĩ thi đua cơ sở (2024)');
  await expect(streak.getByRole('img', { name: 'Đạt' })).toBeVisible();
  const initiative = checks.getByRole('listitem').filter({ hasText: 'sáng kiến' }).first();
  await expect(initiative).toContainText('Điều 22');
  await expect(initiative).toContainText('Số hoá hồ sơ thi đua, khen thưởng cấp xã');

  // The amount a decision dated today would carry.
  await page.getByRole('button', { name: 'Tính tiền thưởng' }).click();
  await expect(page.getByText(/Tiền thưởng: [\d.]+ đ/)).toBeVisible();
});
