import { hash, verify } from '@node-rs/argon2';

// argon2id (Algorithm.Argon2id = 2), OWASP-recommended memory/time cost.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);
export async function verifyPassword(hashValue: string, password: string): Promise<boolean> {
  try {
    return await verify(hashValue, password);
  } catch {
    return false;
  }
}

/** Password policy: at least 10 characters with letters and digits. Returns a Vietnamese reason or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return 'Mật khẩu phải có ít nhất 10 ký tự';
  if (password.length > 200) return 'Mật khẩu quá dài (tối đa 200 ký tự)';
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'Mật khẩu phải có cả chữ và số';
  return null;
}
