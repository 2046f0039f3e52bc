import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, processStartIdentity } from './lockfile';

const lockOf = (dir: string) => path.join(dir, 'tdkt.lock');
const newDir = () => mkdtempSync(path.join(tmpdir(), 'tdkt-lock-'));

describe('DATA_DIR lockfile', () => {
  it('records the process id and its start identity, and frees the lock on release', () => {
    const dir = newDir();
    const release = acquireLock(dir);
    const lock = JSON.parse(readFileSync(lockOf(dir), 'utf8')) as { pid: number; started: string };
    expect(lock.pid).toBe(process.pid);
    expect(lock.started).toMatch(/^[0-9a-f-]*:\d+$/); // boot id : start ticks (/proc/<pid>/stat field 22)
    expect(lock.started).toBe(processStartIdentity(process.pid));
    expect(readdirSync(dir)).toEqual(['tdkt.lock']); // nothing left aside
    release();
    expect(existsSync(lockOf(dir))).toBe(false);
  });

  it('refuses while the process that wrote the lock runs (same pid, same start identity)', () => {
    const dir = newDir();
    // A lock held by another live process (this test's parent stands in for it), as it would have written it.
    const owner = { pid: process.ppid, started: processStartIdentity(process.ppid) };
    writeFileSync(lockOf(dir), JSON.stringify(owner));
    expect(() => acquireLock(dir)).toThrow(/đang được tiến trình \d+ sử dụng/);
    expect(JSON.parse(readFileSync(lockOf(dir), 'utf8'))).toEqual(owner); // left alone
  });

  it('takes over a lock left by a dead process', async () => {
    const dir = newDir();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    const started = '00000000-0000-0000-0000-000000000000:1';
    writeFileSync(lockOf(dir), JSON.stringify({ pid: deadPid, started }));
    const release = acquireLock(dir);
    expect(JSON.parse(readFileSync(lockOf(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
    expect(existsSync(lockOf(dir))).toBe(false);
  });

  it('takes over a lock whose pid now belongs to another live process (recycled pid)', () => {
    for (const pid of [1, process.ppid]) {
      const dir = newDir();
      const real = processStartIdentity(pid);
      expect(real).toBeDefined();
      // The lock's writer had this pid but started at another time: it is gone, the pid was reused.
      const [boot, ticks] = real!.split(':');
      writeFileSync(lockOf(dir), JSON.stringify({ pid, started: `${boot}:${Number(ticks) + 12345}` }));
      const release = acquireLock(dir);
      expect(JSON.parse(readFileSync(lockOf(dir), 'utf8'))).toMatchObject({ pid: process.pid });
      release();
    }
  });

  it('takes over a lock with our own pid (left before a restart) and a half-written one', () => {
    const own = newDir();
    writeFileSync(lockOf(own), JSON.stringify({ pid: process.pid, started: 'x:1' }));
    acquireLock(own)();
    const torn = newDir();
    writeFileSync(lockOf(torn), '{"pid":');
    acquireLock(torn)();
    expect(existsSync(lockOf(torn))).toBe(false);
  });

  it('a second real server process on the same DATA_DIR exits with a clear message', async () => {
    const dir = newDir();
    const release = acquireLock(dir);
    try {
      const tsx = path.resolve('node_modules/.bin/tsx');
      const child = spawn(tsx, ['src/server/main.ts'], {
        env: { ...process.env, DATA_DIR: dir, PORT: '0', DATABASE_URL: '' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain('Không thể chạy hai máy chủ trên cùng một thư mục dữ liệu PGlite');
      expect(existsSync(path.join(dir, 'pglite'))).toBe(false);
    } finally {
      release();
    }
  });
});
