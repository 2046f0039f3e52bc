import { eq } from 'drizzle-orm';
import type { LegalSettings } from '../../../domain/awards/settings';
import type { Executor } from '../../db/client';
import { tenantSettings } from '../../db/schema';

export async function findSettings(db: Executor, tenantId: string) {
  const [row] = await db.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId)).limit(1);
  return row;
}

export async function saveLegal(
  db: Executor,
  tenantId: string,
  legal: LegalSettings,
  userId: string,
  now: Date,
) {
  await db
    .insert(tenantSettings)
    .values({ tenantId, legal, updatedBy: userId, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: tenantSettings.tenantId,
      set: { legal, updatedBy: userId, updatedAt: now },
    });
}
