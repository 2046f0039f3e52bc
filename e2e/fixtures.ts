import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { E2E_ADMIN, E2E_CLOCK_OFFSET_MS } from '../playwright.config';

export { E2E_ADMIN, E2E_CLOCK_OFFSET_MS };

/** Now by the journeys' pinned clock (the server's, under faketime); the real time when nothing is pinned. */
export const pinnedNow = () => new Date(Date.now() + (E2E_CLOCK_OFFSET_MS ?? 0));

/**
 * Every journey's `test`: the browser context's clock starts at the pinned instant and flows (playwright.config.ts,
 * ADR 0014), with the Asia/Ho_Chi_Minh time zone of the config.
 */
export const test = base.extend<{ pinnedClock: void }>({
  pinnedClock: [
    async ({ context }, use) => {
      if (E2E_CLOCK_OFFSET_MS !== null) await context.clock.install({ time: pinnedNow() });
      await use();
    },
    { auto: true },
  ],
});

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, email = E2E_ADMIN.email, password = E2E_ADMIN.password) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
}

/** Sets an Ant Design DatePicker (format dd/mm/yyyy) by typing into it. */
export async function setDate(page: Page, label: string, ddmmyyyy: string) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
  await expect(input).toHaveValue(ddmmyyyy);
}

/**
 * Picks `text` in an Ant Design Select (single or multiple): opens it, types `search` when given (searching
 * selects), clicks the visible option whose title is `title` (default `text`) and checks the select now shows
 * `text`. Retries the whole gesture: a search result arriving between mouse-down and mouse-up re-renders the
 * list and swallows the click, and a closing dropdown of the previous select keeps stale options.
 */
export async function pickOption(
  page: Page,
  select: Locator,
  text: string,
  { search = '', title = text }: { search?: string; title?: string } = {},
) {
  const chosen = select
    .locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]')
    .locator('.ant-select-content-has-value, .ant-select-selection-item-content')
    .filter({ hasText: text });
  const shown = async () => (await chosen.count()) > 0;
  await expect(async () => {
    if (await shown()) return;
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click({ timeout: 3000 });
    if (search) await select.fill(search);
    await page
      .locator(`.ant-select-dropdown .ant-select-item-option[title="${title}"]`)
      .filter({ visible: true })
      .first()
      .click({ timeout: 3000 });
    await expect(chosen.first()).toBeAttached({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}
