// `npm start`: builds the back office when its build is missing or older than its sources (SKIP_WEB_BUILD=1
// skips that), then runs the server as its one child and stays tied to it: SIGINT/SIGTERM/SIGHUP are forwarded,
// the exit code is the server's, and when whatever started this script dies (npm's shell dies on SIGTERM
// without passing it on) the server is stopped too. The server itself stops when this script dies, even by
// SIGKILL (its IPC channel closes). So no orphan keeps the port or the DATA_DIR lock (docs/ARCHITECTURE.md).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

const built = path.join(root, 'dist', 'web', 'index.html');
const sources = ['src/web', 'src/domain', 'index.html', 'vite.config.ts'].map((p) =>
  newestMtime(path.join(root, p)),
);
const skipBuild = ['1', 'true', 'yes', 'on'].includes(process.env.SKIP_WEB_BUILD ?? '');
if (!skipBuild && (!existsSync(built) || statSync(built).mtimeMs < Math.max(...sources))) {
  console.log('Đang dựng giao diện (vite build)…');
  const result = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// One node process with the TypeScript loader (no tsx CLI in between, which would be a third process).
// A larger young generation: batch eligibility over a province allocates millions of short-lived objects,
// and the default 16 MB semi-space spends seconds in scavenges (docs/benchmarks.md). In NODE_OPTIONS, not
// in the arguments: worker threads inherit the arguments and refuse that flag.
const server = spawn(
  process.execPath,
  ['--import', import.meta.resolve('tsx'), path.join(root, 'src/server/main.ts')],
  {
    cwd: root,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=64`.trim(),
    },
  },
);

const stop = (signal) => {
  if (server.exitCode === null && server.signalCode === null) server.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));

// Orphaned (npm or its shell killed): the parent id changes; stop the server as if SIGTERM had come.
const parent = process.ppid;
const orphanWatch = setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 250);

server.on('exit', (code, signal) => {
  clearInterval(orphanWatch);
  process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 0));
});
