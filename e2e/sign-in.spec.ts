import { expect } from '@playwright/test';
import { E2E_ADMIN, signIn, test } from './fixtures';

test('a wrong password is refused in Vietnamese, the right one opens the back office', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau-9');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Email hoặc mật khẩu không đúng.')).toBeVisible();

  await signIn(page);
  await expect(page.getByText('Tỉnh Tuyên Quang').first()).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Cơ cấu tổ chức/ })).toBeVisible();
});
