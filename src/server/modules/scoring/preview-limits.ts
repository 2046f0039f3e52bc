import { LRUCache } from 'lru-cache';
import { RateLimiter } from '../../lib/rate-limit';

/**
 * The preview needs no sign-in and its cost grows with members × items (a full-size request scores 100,000
 * items and answers ~20 MB), so anonymous callers get two budgets per address and minute: 300
 * requests, and 1,000,000 scored items (ten full-size requests, or hundreds of bloc-sized ones).
 * Signed-in callers are not limited.
 */
export const previewRequestLimiter = new RateLimiter(300, 60 * 1000);

export const CELLS_PER_MINUTE = 1_000_000;

/** Fixed-window budget of scored items (member × item cells) per key; at most 50,000 keys (LRU). */
export class CellBudget {
  private readonly used = new LRUCache<string, { cells: number; resetAt: number }>({ max: 50_000 });
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds to wait when the key has spent its budget, else 0. */
  waitFor(key: string, now = Date.now()): number {
    const entry = this.used.get(key);
    if (!entry || entry.resetAt <= now || entry.cells < this.limit) return 0;
    return Math.ceil((entry.resetAt - now) / 1000);
  }

  charge(key: string, cells: number, now = Date.now()) {
    const entry = this.used.get(key);
    if (!entry || entry.resetAt <= now) {
      this.used.set(key, { cells, resetAt: now + this.windowMs });
      return;
    }
    entry.cells += cells;
  }
}

export const previewCellBudget = new CellBudget(CELLS_PER_MINUTE, 60 * 1000);
