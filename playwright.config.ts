import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts run their journeys side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.resolve('.tmp/e2e-data');

export const E2E_ADMIN = { email: 'admin@tdkt.local', password: 'MatKhauE2E2026' };

/*
 * One clock (ADR 0014): the journeys run with the browser's and the server's clocks at 20:00 UTC of the day —
 * 03:00 the next day in Hà Nội, when the UTC date and the Vietnam date differ — so that a "today" computed in
 * UTC anywhere fails here rather than only for the CI runs of the evening. E2E_CLOCK=<ISO instant> picks another
 * instant. Time then flows: the browser through Playwright's clock (e2e/fixtures.ts), the server through
 * libfaketime (Debian package faketime) shifting its system clock by the same offset. The offset is decided
 * once, in the runner, and handed to the workers through the environment.
 */
function pinnedInstant(): number {
  if (process.env.E2E_CLOCK) {
    const t = Date.parse(process.env.E2E_CLOCK);
    if (Number.isNaN(t)) throw new Error(`E2E_CLOCK không phải thời điểm ISO: ${process.env.E2E_CLOCK}`);
    return t;
  }
  const real = new Date();
  return Date.UTC(real.getUTCFullYear(), real.getUTCMonth(), real.getUTCDate(), 20);
}
const ci = process.env.CI === 'true' || process.env.CI === '1';
const hasFaketime = spawnSync('sh', ['-c', 'command -v faketime'], { stdio: 'ignore' }).status === 0;
if (!hasFaketime && ci)
  throw new Error(
    'CI=true nhưng thiếu faketime (apt-get install faketime): không được chạy hành trình với đồng hồ thật.',
  );
if (!hasFaketime && process.env.E2E_CLOCK_OFFSET_MS === undefined)
  console.warn(
    'Không có faketime: hành trình chạy với đồng hồ thật (cài "faketime" để ghim 20:00 UTC như CI).',
  );
process.env.E2E_CLOCK_OFFSET_MS ??= hasFaketime ? String(pinnedInstant() - Date.now()) : '';
/** Milliseconds to add to the real time to get the pinned clock; null when the clocks are real. */
export const E2E_CLOCK_OFFSET_MS =
  process.env.E2E_CLOCK_OFFSET_MS === '' ? null : Number(process.env.E2E_CLOCK_OFFSET_MS);
const offsetSeconds = Math.round((E2E_CLOCK_OFFSET_MS ?? 0) / 1000);
// -m: the thread-safe library (Node runs threads); the monotonic clock stays real (timers, event loop).
const serverClock =
  E2E_CLOCK_OFFSET_MS === null ? '' : `faketime -m -f "${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}s" `;

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  outputDir: '.tmp/test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The app as `npm start` starts it, on a fresh embedded database with the demo data.
    command: `rm -rf "${dataDir}" && ${serverClock}node scripts/start.mjs`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    },
  },
});
