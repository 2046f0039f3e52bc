import { count } from 'drizzle-orm';
import { writeAudit } from '../../lib/audit.repo';
import type { Actor, Deps } from '../../lib/context';
import { randomToken } from '../../lib/crypto';
import { newId } from '../../lib/ids';
import { hashPassword } from '../../modules/auth/password';
import { roleGrants, tenants, users } from '../schema';
import { seedDemo } from './demo';

export interface BootstrapOptions {
  adminEmail: string;
  adminPassword?: string;
  demoData: boolean;
  now?: Date;
}

export interface BootstrapResult {
  created: boolean;
  adminEmail?: string;
  /** Set only when the password was generated here: printed once, never stored in clear. */
  generatedPassword?: string;
  tenantName?: string;
}

/**
 * First start: when there are no users, create the first tenant (the demo province when demo data is on,
 * else the central level) and the first administrator, and load the demo data. Idempotent.
 */
export async function bootstrap(deps: Deps, options: BootstrapOptions): Promise<BootstrapResult> {
  const db = deps.database.db;
  const [row] = await db.select({ n: count() }).from(users);
  if (Number(row?.n ?? 0) > 0) return { created: false };
  const now = options.now ?? new Date();
  const password = options.adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const tenantId = newId();
  const userId = newId();
  const tenant = options.demoData
    ? { id: tenantId, code: 'tuyen-quang', name: 'Tỉnh Tuyên Quang', kind: 'province' as const }
    : {
        id: tenantId,
        code: 'trung-uong',
        name: 'Ban Thi đua - Khen thưởng Trung ương',
        kind: 'central' as const,
      };
  const actor: Actor = {
    userId,
    email: options.adminEmail,
    label: 'Hệ thống (khởi tạo)',
    tenantId,
    grants: [],
    via: 'session',
  };
  await db.transaction(async (tx) => {
    await tx.insert(tenants).values({ ...tenant, createdAt: now, updatedAt: now });
    await tx.insert(users).values({
      id: userId,
      tenantId,
      email: options.adminEmail.toLowerCase(),
      fullName: 'Quản trị hệ thống',
      passwordHash,
      createdAt: now,
      updatedAt: now,
    });
    await tx
      .insert(roleGrants)
      .values({ id: newId(), tenantId, userId, role: 'system_admin', orgUnitId: null });
    await writeAudit(
      tx,
      { actor, requestId: 'bootstrap', now },
      {
        action: 'create',
        entityType: 'user',
        entityId: userId,
        summary: `Khởi tạo đơn vị sử dụng "${tenant.name}" và tài khoản quản trị ${options.adminEmail}`,
        after: { tenant, email: options.adminEmail },
      },
    );
  });
  if (options.demoData) await seedDemo(deps, { tenantId, actor, now });
  return {
    created: true,
    adminEmail: options.adminEmail,
    generatedPassword: options.adminPassword ? undefined : password,
    tenantName: tenant.name,
  };
}

function generatePassword(): string {
  // 16 url-safe characters plus a digit, so it meets the password policy.
  return randomToken(12).replace(/[-_]/g, 'x') + '7';
}
