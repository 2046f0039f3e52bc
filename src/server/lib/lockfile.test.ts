import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from './lockfile';

describe('DATA_DIR lockfile', () => {
  it('refuses a second holder while the first is alive, and frees the lock on release', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-lock-'));
    // A lock held by another live process (this test's parent stands in for it).
    writeFileSync(path.join(dir, 'tdkt.lock'), String(process.ppid));
    expect(() => acquireLock(dir)).toThrow(/đang được tiến trình \d+ sử dụng/);
  });

  it('takes over a lock left by a dead process', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-lock-'));
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    writeFileSync(path.join(dir, 'tdkt.lock'), String(deadPid));
    const release = acquireLock(dir);
    expect(existsSync(path.join(dir, 'tdkt.lock'))).toBe(true);
    release();
    expect(existsSync(path.join(dir, 'tdkt.lock'))).toBe(false);
  });

  it('a second real server process on the same DATA_DIR exits with a clear message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-lock-'));
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
