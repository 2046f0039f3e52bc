import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('counts per key within the window and frees the key when it ends', () => {
    const limiter = new RateLimiter(2, 1000);
    expect([limiter.hit('a', 0), limiter.hit('a', 10), limiter.hit('a', 20)]).toEqual([0, 0, 1]);
    expect(limiter.hit('b', 20)).toBe(0);
    expect(limiter.hit('a', 1000)).toBe(0);
  });

  it('stays bounded when every request comes from a new address (issue 11 item 3)', () => {
    const limiter = new RateLimiter(5, 60_000, 1000);
    for (let i = 0; i < 20_000; i++) limiter.hit(`ip:${i}`, 0);
    expect(limiter.size).toBeLessThanOrEqual(1000);
  });
});
