import { expect, type Page, test } from '@playwright/test';
import { E2E_ADMIN, signIn } from './fixtures';

/** Issue 11 item 6: under the Content-Security-Policy the back office, its styles and Swagger UI still work. */

function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text()))
      seen.push(m.text());
  });
  return seen;
}

test('the back office works under its CSP: antd styles applied, no violation', async ({ page }) => {
  const violations = cspViolations(page);
  const res = await page.goto('/dang-nhap');
  expect(res?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  // antd's CSS-in-JS reached the page: the primary button is painted in the theme's colour.
  const button = page.getByRole('button', { name: 'Đăng nhập' });
  await expect(button).toBeVisible();
  expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await signIn(page);
  await page.getByRole('menuitem', { name: /Cơ cấu tổ chức/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('Swagger UI loads under its own policy', async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto('/api/docs');
  await expect(page.locator('.swagger-ui .opblock').first()).toBeVisible();
  await expect(page.getByText('/api/auth/sign-in').first()).toBeVisible();
  expect(violations).toEqual([]);
});
