import { closeSync, existsSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes DATA_DIR/tdkt.lock so that a second process never opens the same PGlite files (two writers
 * silently lose data). A lock left by a dead process is taken over.
 */
export function acquireLock(dataDir: string): () => void {
  const file = path.join(dataDir, 'tdkt.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        if (existsSync(file) && readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new Error(
          `Thư mục dữ liệu ${path.resolve(dataDir)} đang được tiến trình ${pid} sử dụng. ` +
            'Không thể chạy hai máy chủ trên cùng một thư mục dữ liệu PGlite; hãy dừng tiến trình kia hoặc đặt DATA_DIR khác.',
        );
      }
      unlinkSync(file); // stale lock from a process that no longer runs
    }
  }
  throw new Error('Không lấy được khoá thư mục dữ liệu.');
}
