import { expect } from '@playwright/test';
import { signIn, test } from './fixtures';

test('the audit log shows who signed in and what changed', async ({ page }) => {
  await signIn(page);
  await page.goto('/nhat-ky');
  await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByText('admin@tdkt.local đăng nhập').first()).toBeVisible();

  // The tenant's first row is far down the newest-first list (the demo data writes many rows): find it by
  // keyword.
  await page.getByLabel('Từ khoá').fill('Khởi tạo');
  await expect(table.getByText('admin@tdkt.local đăng nhập')).toHaveCount(0);
  await expect(table.getByText(/Khởi tạo đơn vị sử dụng "Tỉnh Tuyên Quang"/)).toBeVisible();
});
