import { expect } from '@playwright/test';
import { setDate, signIn, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await signIn(page);
  await page.goto('/co-cau-to-chuc');
  await expect(page.getByRole('heading', { level: 1, name: 'Cơ cấu tổ chức' })).toBeVisible();
});

test('typing "xin man" finds Huyện Xín Mần', async ({ page }) => {
  await page.getByLabel('Tìm đơn vị').fill('xin man');
  const results = page.getByRole('region', { name: /Tìm thấy \d+ đơn vị/ });
  await expect(results.getByText('Huyện Xín Mần').first()).toBeVisible();
  await expect(results.getByText('Tỉnh Hà Giang').first()).toBeVisible();
});

test('the tree as of 2020 shows Hà Giang with its districts; as of 2026, Tuyên Quang with its communes', async ({
  page,
}) => {
  const tree = page.getByRole('tree', { name: 'Cây đơn vị' });

  await setDate(page, 'Xem theo ngày', '01/01/2020');
  await expect(tree.getByText('Tỉnh Hà Giang', { exact: true })).toBeVisible();
  await tree
    .getByRole('treeitem', { name: /Tỉnh Hà Giang/ })
    .locator('.ant-tree-switcher')
    .click();
  await expect(tree.getByText('Huyện Xín Mần', { exact: true })).toBeVisible();
  await expect(tree.getByText('Huyện Bắc Quang', { exact: true })).toBeVisible();
  await expect(tree.getByText('Thành phố Hà Giang', { exact: true })).toBeVisible();

  await setDate(page, 'Xem theo ngày', '01/01/2026');
  await expect(tree.getByText('Tỉnh Tuyên Quang', { exact: true })).toBeVisible();
  await expect(tree.getByText('Tỉnh Hà Giang', { exact: true })).toHaveCount(0);
  await tree
    .getByRole('treeitem', { name: /Tỉnh Tuyên Quang/ })
    .locator('.ant-tree-switcher')
    .click();
  await expect(tree.getByText('Xã Xín Mần', { exact: true })).toBeVisible();

  await tree.getByText('Tỉnh Tuyên Quang', { exact: true }).click();
  await expect(page.getByText('Tiếp nhận sáp nhập từ').first()).toBeVisible();
});
