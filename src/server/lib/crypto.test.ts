import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  createProtector,
  type DataProtector,
  type ProtectorKeys,
  protectorFromKeys,
  protectorKeys,
  openWithKey,
  sealWithKey,
} from './crypto';

describe('encrypt', () => {
  it('draws a fresh 12-byte IV for every ciphertext, across refills of its IV pool', () => {
    const protector = createProtector(randomBytes(32));
    const ivs = Array.from({ length: 2000 }, () => protector.encrypt('001085012345').split(':')[1]!);
    expect(new Set(ivs).size).toBe(2000);
    for (const iv of ivs) expect(Buffer.from(iv, 'base64')).toHaveLength(12);
    expect(protector.decrypt(protector.encrypt('001085012345'))).toBe('001085012345');
  });
});

describe('a protector rebuilt from its keys (the import encrypts on its sheet worker)', () => {
  it('matches and decrypts like the original after the keys crossed a message port', async () => {
    const original = createProtector(randomBytes(32));
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(protectorKeys(original));
    const [keys] = (await once(port2, 'message')) as [ProtectorKeys];
    port1.close();
    const copy = protectorFromKeys(keys);
    expect(copy.blindIndex('001085012345')).toBe(original.blindIndex('001085012345'));
    expect(original.decrypt(copy.encrypt('001085012345'))).toBe('001085012345');
    expect(copy.decrypt(original.encrypt('002190054321'))).toBe('002190054321');
    expect(copy.blindIndex('001085012345')).not.toBe(
      createProtector(randomBytes(32)).blindIndex('001085012345'),
    );
  });

  it('has no keys to give for a protector it did not make', () => {
    const other: DataProtector = { encrypt: (s) => s, decrypt: (s) => s, blindIndex: (s) => s };
    expect(() => protectorKeys(other)).toThrow();
  });
});

describe('sealWithKey / openWithKey', () => {
  const key = Buffer.alloc(32, 3);
  it('opens what it sealed, with a fresh nonce each time, only with the same key and context', () => {
    const a = sealWithKey(key, 'phiếu', 'ballot-1');
    expect(sealWithKey(key, 'phiếu', 'ballot-1')).not.toBe(a);
    expect(openWithKey(key, a, 'ballot-1')).toBe('phiếu');
    expect(() => openWithKey(key, a, 'ballot-2')).toThrow();
    expect(() => openWithKey(Buffer.alloc(32, 4), a, 'ballot-1')).toThrow();
  });
});
