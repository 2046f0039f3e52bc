import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from './lib/lockfile';

/**
 * `npm start` (scripts/start.mjs) and the server it starts live and die together: no orphan keeps the port
 * or the DATA_DIR lock (issue 11, item 11). Always on PGlite in a fresh DATA_DIR: the lock is what is at stake.
 */

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function portIsFree(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

function start(command: string, args: string[], dataDir: string, port: number) {
  const child = spawn(command, args, {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: '',
      DEMO_DATA: 'false',
      ADMIN_PASSWORD: 'mat-khau-thu-nghiem-1',
      LOG_LEVEL: 'warn',
      SKIP_WEB_BUILD: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Waits for /api/health, then returns the server's pid as its lock records it. */
async function serverUp(port: number, dataDir: string, proc: { output: () => string }): Promise<number> {
  const up = await waitFor(
    () =>
      fetch(`http://127.0.0.1:${port}/api/health`)
        .then((r) => r.ok)
        .catch(() => false),
    60_000,
  );
  expect(up, proc.output()).toBe(true);
  const lock = JSON.parse(readFileSync(path.join(dataDir, 'tdkt.lock'), 'utf8')) as { pid: number };
  return lock.pid;
}

function cleanup(child: ChildProcess, serverPid?: number) {
  if (child.exitCode === null) child.kill('SIGKILL');
  if (serverPid && alive(serverPid)) process.kill(serverPid, 'SIGKILL');
}

describe('npm start', () => {
  it(
    'SIGTERM to `npm start` stops the server: port free, lock released, no process left',
    { timeout: 90_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'tdkt-start-'));
      const port = await freePort();
      const proc = start('npm', ['start'], dataDir, port);
      let serverPid: number | undefined;
      try {
        serverPid = await serverUp(port, dataDir, proc);
        expect(serverPid).not.toBe(proc.child.pid); // npm → sh → start.mjs → server: the server is a descendant
        proc.child.kill('SIGTERM');
        await proc.exited;
        expect(await waitFor(() => !alive(serverPid!), 5_000), 'the server outlived npm').toBe(true);
        expect(await portIsFree(port)).toBe(true);
        expect(existsSync(path.join(dataDir, 'tdkt.lock'))).toBe(false); // released by a clean shutdown
      } finally {
        cleanup(proc.child, serverPid);
      }
    },
  );

  it(
    'start.mjs exits with the server: SIGTERM → 0 after a clean shutdown; SIGKILL of the script stops the server',
    { timeout: 150_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'tdkt-start-'));
      const port = await freePort();
      const first = start(process.execPath, ['scripts/start.mjs'], dataDir, port);
      let serverPid: number | undefined;
      try {
        serverPid = await serverUp(port, dataDir, first);
        first.child.kill('SIGTERM');
        expect(await first.exited).toBe(0);
        expect(alive(serverPid)).toBe(false);
        expect(await portIsFree(port)).toBe(true);
      } finally {
        cleanup(first.child, serverPid);
      }

      const second = start(process.execPath, ['scripts/start.mjs'], dataDir, port);
      try {
        serverPid = await serverUp(port, dataDir, second);
        second.child.kill('SIGKILL'); // no chance to forward anything: the server notices its parent is gone
        await second.exited;
        expect(await waitFor(() => !alive(serverPid!), 5_000), 'the server outlived start.mjs').toBe(true);
        expect(await portIsFree(port)).toBe(true);
        expect(existsSync(path.join(dataDir, 'tdkt.lock'))).toBe(false);
      } finally {
        cleanup(second.child, serverPid);
      }
    },
  );

  it("start.mjs exits with the server's exit code when the server cannot start (DATA_DIR locked)", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tdkt-start-'));
    const release = acquireLock(dataDir); // this live process holds the lock
    try {
      const proc = start(process.execPath, ['scripts/start.mjs'], dataDir, await freePort());
      expect(await proc.exited).toBe(1);
      expect(proc.output()).toContain('Không thể chạy hai máy chủ trên cùng một thư mục dữ liệu PGlite');
    } finally {
      release();
    }
  });
});
