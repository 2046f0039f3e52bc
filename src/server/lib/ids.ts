import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

// Random bytes drawn 4 KiB at a time: one system call per 256 ids instead of one per id (imports make
// tens of thousands of ids a second).
const pool = Buffer.alloc(4096);
let offset = pool.length;

/** Time-ordered UUID v7, made in the application (architecture.md conventions). */
export function newId(): string {
  if (offset + 16 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const random = pool.subarray(offset, offset + 16);
  offset += 16;
  return v7({ random });
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
