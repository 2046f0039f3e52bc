import { isIP } from 'node:net';
import { z } from 'zod';

/** The only place that reads process.env. Validated at start; a bad value stops the process with a clear message. */
const boolFromString = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

/** proxy-addr's names for address ranges, accepted in TRUSTED_PROXIES next to addresses and CIDRs. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** "10.0.0.1, 10.1.0.0/16" → ['10.0.0.1', '10.1.0.0/16']; every entry an address, a CIDR or a range name. */
const proxyList = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every(isProxyEntry), {
    message:
      'TRUSTED_PROXIES phải là danh sách địa chỉ IP hoặc dải CIDR cách nhau bằng dấu phẩy (vd. 10.0.0.1,10.1.0.0/16; hoặc loopback, linklocal, uniquelocal)',
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  ADMIN_EMAIL: z.string().email().default('admin@tdkt.local'),
  ADMIN_PASSWORD: z.string().min(10, 'ADMIN_PASSWORD phải có ít nhất 10 ký tự').optional(),
  DEMO_DATA: boolFromString.optional(),
  /** 32-byte key (base64) protecting citizen IDs; generated into DATA_DIR/secret.key when absent. */
  DATA_KEY: z.string().optional(),
  COOKIE_SECURE: boolFromString.default(false),
  /**
   * The reverse proxies whose X-Forwarded-For is believed (addresses or CIDRs, comma-separated). Default none:
   * the client address is the connection's, so a forged header changes nothing (per-address limits, the
   * address recorded in sessions and the audit). Behind nginx on the same host: TRUSTED_PROXIES=127.0.0.1.
   */
  TRUSTED_PROXIES: proxyList.default([]),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHARED_DIR: z.string().optional(),
  /** Public address printed in certificate QR codes (e.g. https://tdkt.tuyenquang.gov.vn); else the request's host. */
  PUBLIC_BASE_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'PUBLIC_BASE_URL phải bắt đầu bằng http:// hoặc https://')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  /** smtp://user:pass@host:587 or smtps://…: mail is delivered over SMTP; absent → kept in the outbox (admin page). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'SMTP_URL phải có dạng smtp://… hoặc smtps://…')
    .optional(),
  MAIL_FROM: z.string().min(3).default('TĐKT <no-reply@tdkt.local>'),
  /** Minutes between two sweeps of deadline reminders (0 = no timer). */
  REMINDER_SWEEP_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
  TEST_DATABASE_URL: z.string().url().optional(),
  CI: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema> & { demoData: boolean };

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (`DATABASE_URL=`) means unset, as shells and .env files use it.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Cấu hình không hợp lệ (biến môi trường):\n${lines}`);
  }
  const env = parsed.data;
  return { ...env, demoData: env.DEMO_DATA ?? !env.DATABASE_URL };
}
