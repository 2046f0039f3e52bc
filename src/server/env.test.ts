import { describe, expect, it } from 'vitest';
import { loadEnv } from './env';

describe('loadEnv', () => {
  it('applies the documented defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      ADMIN_EMAIL: 'admin@tdkt.local',
      demoData: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });
  it('turns demo data off by default on PostgreSQL, on when asked', () => {
    expect(loadEnv({ DATABASE_URL: 'postgres://x@localhost/db' }).demoData).toBe(false);
    expect(loadEnv({ DATABASE_URL: 'postgres://x@localhost/db', DEMO_DATA: 'true' }).demoData).toBe(true);
  });
  it('trusts no proxy by default; TRUSTED_PROXIES takes addresses, CIDRs and range names', () => {
    expect(loadEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(
      loadEnv({ TRUSTED_PROXIES: ' 127.0.0.1, 10.1.0.0/16,::1,fd00::/8 ,loopback' }).TRUSTED_PROXIES,
    ).toEqual(['127.0.0.1', '10.1.0.0/16', '::1', 'fd00::/8', 'loopback']);
  });
  it('treats an empty variable as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', PORT: '' })).toMatchObject({ PORT: 3000, demoData: true });
  });
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD phải có ít nhất 10 ký tự'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ TRUSTED_PROXIES: '10.0.0.1, *' }, 'TRUSTED_PROXIES'],
    [{ TRUSTED_PROXIES: '10.0.0.0/33' }, 'TRUSTED_PROXIES'],
    [{ TRUSTED_PROXIES: 'proxy.example' }, 'TRUSTED_PROXIES'],
  ])('rejects %j with a message naming the problem', (source, expected) => {
    expect(() => loadEnv(source)).toThrow(expected);
  });
});
