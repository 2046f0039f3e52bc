import { expect } from '@playwright/test';
import { vietnamDate } from '../src/domain/calendar';
import { E2E_CLOCK_OFFSET_MS, pinnedNow, signIn, test } from './fixtures';

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
const ci = process.env.CI === 'true' || process.env.CI === '1';

// ADR 0014: the journeys run with both clocks pinned (20:00 UTC unless E2E_CLOCK says otherwise).
test('the browser and the server share the pinned clock, and the back office pre-fills the Vietnam date', async ({
  page,
  request,
}) => {
  if (ci) expect(E2E_CLOCK_OFFSET_MS, 'CI=true chạy hành trình với đồng hồ được ghim').not.toBeNull();
  if (E2E_CLOCK_OFFSET_MS !== null && !process.env.E2E_CLOCK) {
    // 20:00 UTC: the hours when the UTC date is yesterday in Hà Nội.
    expect(pinnedNow().getUTCHours()).toBeGreaterThanOrEqual(17);
  }

  const health = await request.get('/api/health');
  const serverNow = Date.parse(health.headers()['date']!);
  expect(Math.abs(serverNow - pinnedNow().getTime()), 'đồng hồ máy chủ (faketime)').toBeLessThan(120_000);

  await signIn(page);
  const browserNow = await page.evaluate(() => Date.now());
  expect(Math.abs(browserNow - pinnedNow().getTime()), 'đồng hồ trình duyệt').toBeLessThan(120_000);

  // The organisation page shows the tree as of today: the Vietnam date, the one the server compares with.
  await page.goto('/co-cau-to-chuc');
  await expect(page.getByLabel('Xem theo ngày')).toHaveValue(ddmmyyyy(vietnamDate(pinnedNow())));
});
