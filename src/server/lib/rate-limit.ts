import { LRUCache } from 'lru-cache';

/**
 * A fixed-window counter kept in memory (one process serves a tenant's database), bounded: at most
 * `maxKeys` keys (least recently used dropped first), each forgotten when its window ends — a flood of
 * new addresses cannot grow it without limit.
 */
export class RateLimiter {
  private readonly hits: LRUCache<string, { count: number; resetAt: number }>;
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    maxKeys = 50_000,
  ) {
    this.hits = new LRUCache({ max: maxKeys });
  }

  /** Counts one hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return 0;
    }
    entry.count += 1;
    return entry.count > this.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  /** Keys currently held (for tests of the bound). */
  get size(): number {
    return this.hits.size;
  }
}
