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
  it('treats an empty variable as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', PORT: '' })).toMatchObject({ PORT: 3000, demoData: true });
  });
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD phải có ít nhất 10 ký tự'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
  ])('rejects %j with a message naming the problem', (source, expected) => {
    expect(() => loadEnv(source)).toThrow(expected);
  });
});
