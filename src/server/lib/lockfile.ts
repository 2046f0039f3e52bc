import {
  closeSync,
  existsSync,
  linkSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/** What the lock file holds: who took it, identified so that a recycled process id is not mistaken for it. */
export interface LockOwner {
  pid: number;
  /**
   * The process's start identity: on Linux the boot id and the start time in clock ticks since boot
   * (/proc/<pid>/stat field 22). Two processes with the same pid never share it. Absent where the platform
   * does not tell (then only the pid is checked) and in locks written by older versions.
   */
  started?: string;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The start identity of a live process (Linux), or undefined when it cannot be read. */
export function processStartIdentity(pid: number): string | undefined {
  const stat = readOrUndefined(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // Field 2 (the command) is in parentheses and may hold spaces or parentheses: count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const startTicks = fields[22 - 3];
  if (!startTicks || !/^\d+$/.test(startTicks)) return undefined;
  const bootId = readOrUndefined('/proc/sys/kernel/random/boot_id')?.trim() ?? '';
  return `${bootId}:${startTicks}`;
}

function parseLock(text: string): LockOwner | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) }; // a lock from before start identities
  try {
    const value = JSON.parse(trimmed) as Partial<LockOwner>;
    if (Number.isInteger(value.pid) && value.pid! > 0)
      return { pid: value.pid!, started: typeof value.started === 'string' ? value.started : undefined };
  } catch {
    // unreadable: a half-written lock of a process that died while writing it
  }
  return undefined;
}

/**
 * Whether the process that wrote the lock still runs: its pid is alive and, when the lock records a start
 * identity and this platform tells the pid's current one, they are the same (else the pid was recycled by an
 * unrelated process). A live pid whose identity cannot be read counts as the owner (refusing is safe).
 */
export function lockOwnerAlive(owner: LockOwner): boolean {
  if (owner.pid === process.pid) return false; // our own pid: a lock left before this process (e.g. a container restart)
  if (!processAlive(owner.pid)) return false;
  if (owner.started === undefined) return true;
  const current = processStartIdentity(owner.pid);
  return current === undefined || current === owner.started;
}

/**
 * Creates `file` with `content` or fails with EEXIST, never leaving it half-written for a moment (a
 * starter reading it then would judge it stale): written aside, then hard-linked into place. Where the file
 * system has no hard links, an exclusive create.
 */
function createWhole(file: string, content: string) {
  const aside = `${file}.${process.pid}`;
  writeFileSync(aside, content);
  try {
    linkSync(aside, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    const fd = openSync(file, 'wx');
    writeSync(fd, content);
    closeSync(fd);
  } finally {
    unlinkSync(aside);
  }
}

/**
 * Takes DATA_DIR/tdkt.lock so that a second process never opens the same PGlite files (two writers
 * silently lose data). The lock records the process id and start identity; a lock whose process is gone
 * (dead, or its pid now belongs to another process) is taken over.
 */
export function acquireLock(dataDir: string): () => void {
  const file = path.join(dataDir, 'tdkt.lock');
  const mine = JSON.stringify({
    pid: process.pid,
    started: processStartIdentity(process.pid),
  } satisfies LockOwner);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createWhole(file, mine);
      return () => {
        if (existsSync(file) && readOrUndefined(file) === mine) unlinkSync(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const text = readOrUndefined(file);
      if (text === undefined) continue; // removed meanwhile: try again
      const owner = parseLock(text);
      if (owner && lockOwnerAlive(owner)) {
        throw new Error(
          `Thư mục dữ liệu ${path.resolve(dataDir)} đang được tiến trình ${owner.pid} sử dụng. ` +
            'Không thể chạy hai máy chủ trên cùng một thư mục dữ liệu PGlite; hãy dừng tiến trình kia hoặc đặt DATA_DIR khác.',
        );
      }
      // Stale: removed only if it is still the lock judged stale (another starter may have taken it over).
      if (readOrUndefined(file) === text) unlinkSync(file);
    }
  }
  throw new Error('Không lấy được khoá thư mục dữ liệu.');
}
