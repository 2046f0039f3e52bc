import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { type Database, openPglite, openPostgres } from './db/client';
import { migrate } from './db/migrate';
import { bootstrap } from './db/seed/bootstrap';
import { loadEnv } from './env';
import type { Deps } from './lib/context';
import { createProtector, loadDataKey } from './lib/crypto';
import { warmFonts } from './lib/documents/pdf-fonts';
import { acquireLock } from './lib/lockfile';
import { sendDueReminders } from './modules/appraisal';
import { createSmtpTransport } from './modules/mail';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main() {
  const env = loadEnv();
  const dataDir = path.resolve(env.DATA_DIR);
  mkdirSync(path.join(dataDir, 'uploads'), { recursive: true });
  let release: (() => void) | undefined;
  let database: Database;
  if (env.DATABASE_URL) {
    database = await openPostgres(env.DATABASE_URL);
  } else {
    release = acquireLock(dataDir);
    mkdirSync(path.join(dataDir, 'pglite'), { recursive: true });
    database = await openPglite(path.join(dataDir, 'pglite'));
  }
  await migrate(database);
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
    .version;
  const deps: Deps = {
    database,
    protector: createProtector(loadDataKey(dataDir, env.DATA_KEY)),
    dataDir,
    version,
    cookieSecure: env.COOKIE_SECURE,
    publicBaseUrl: env.PUBLIC_BASE_URL,
    mailTransport: env.SMTP_URL ? createSmtpTransport(env.SMTP_URL, env.MAIL_FROM) : undefined,
  };
  const boot = await bootstrap(deps, {
    adminEmail: env.ADMIN_EMAIL,
    adminPassword: env.ADMIN_PASSWORD,
    demoData: env.demoData,
  });
  const app = await buildApp(deps, {
    logger: { level: env.LOG_LEVEL },
    webDir: path.join(root, 'dist/web'),
    trustedProxies: env.TRUSTED_PROXIES,
  });
  // Deadline reminders (law-reference §7.2): swept on a timer; each reminder is sent once (idempotent).
  const sweep = () =>
    void sendDueReminders({ db: database.db, deps }, new Date()).catch((error: unknown) =>
      app.log.error({ err: error }, 'reminder sweep failed'),
    );
  const sweepTimer =
    env.REMINDER_SWEEP_MINUTES > 0
      ? setInterval(sweep, env.REMINDER_SWEEP_MINUTES * 60_000).unref()
      : undefined;
  // One shutdown however many signals arrive (Ctrl-C reaches both `npm start` and the server, which
  // forwards it too): close the app, the database, release the lock, exit 0.
  let closing: Promise<void> | undefined;
  const shutdown = () =>
    (closing ??= (async () => {
      if (sweepTimer) clearInterval(sweepTimer);
      await app.close();
      await database.close();
      release?.();
      process.exit(0);
    })());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown());
  // Started by scripts/start.mjs: its IPC channel closes when it dies, even by SIGKILL; stop with it.
  if (process.channel) {
    process.channel.unref();
    process.once('disconnect', () => void shutdown());
  }
  await app.listen({ port: env.PORT, host: env.HOST });
  void warmFonts(); // the first certificate PDF need not wait for HarfBuzz
  const url = `http://localhost:${env.PORT}`;
  const lines = [
    '',
    `TĐKT đang chạy tại ${url}  (cơ sở dữ liệu: ${database.kind === 'pglite' ? `PGlite trong ${dataDir}` : 'PostgreSQL'})`,
  ];
  if (boot.created) {
    lines.push(`Đã khởi tạo "${boot.tenantName}"${env.demoData ? ' với dữ liệu mẫu' : ''}.`);
    lines.push(`Đăng nhập: ${boot.adminEmail}`);
    if (boot.generatedPassword)
      lines.push(`Mật khẩu (chỉ hiện một lần, hãy đổi sau khi đăng nhập): ${boot.generatedPassword}`);
    else lines.push('Mật khẩu: giá trị ADMIN_PASSWORD bạn đã đặt.');
  } else {
    lines.push(`Đăng nhập bằng tài khoản quản trị đã tạo ở lần chạy đầu (${env.ADMIN_EMAIL}).`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(`\nKhông khởi động được TĐKT: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
