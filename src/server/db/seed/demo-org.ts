import { and, eq, inArray } from 'drizzle-orm';
import type { OrgUnitType } from '../../../domain/org/org-unit';
import { unitPath } from '../../../domain/org/org-unit';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import type { Deps } from '../../lib/context';
import { newId } from '../../lib/ids';
import { importAdminUnits } from '../../modules/org';
import { orgUnits } from '../schema';
import type { DemoContext } from './demo';

const FROM = '2025-07-01';

/** Demo units beyond the administrative ones: [external key, parent external key, type, name]. Deterministic. */
export const DEMO_ORG_UNITS: readonly [string, string, OrgUnitType, string][] = [
  ['demo:so-noi-vu', 'vn2025:P08', 'agency', 'Sở Nội vụ tỉnh Tuyên Quang'],
  ['demo:so-gd-dt', 'vn2025:P08', 'agency', 'Sở Giáo dục và Đào tạo'],
  ['demo:so-tai-chinh', 'vn2025:P08', 'agency', 'Sở Tài chính'],
  ['demo:so-y-te', 'vn2025:P08', 'agency', 'Sở Y tế'],
  ['demo:so-nn-mt', 'vn2025:P08', 'agency', 'Sở Nông nghiệp và Môi trường'],
  ['demo:cong-an', 'vn2025:P08', 'agency', 'Công an tỉnh'],
  ['demo:ban-tdkt', 'demo:so-noi-vu', 'other', 'Ban Thi đua - Khen thưởng'],
  ['demo:thpt-chuyen', 'demo:so-gd-dt', 'school', 'Trường THPT Chuyên Tuyên Quang'],
  ['demo:thpt-xin-man', 'demo:so-gd-dt', 'school', 'Trường THPT Xín Mần'],
  ['demo:th-xin-man', 'vn2025:W01108', 'school', 'Trường Tiểu học Xín Mần'],
  ['demo:mn-xin-man', 'vn2025:W01108', 'school', 'Trường Mầm non Xín Mần'],
  ['demo:thcs-bac-quang', 'vn2025:W01153', 'school', 'Trường THCS Bắc Quang'],
  ['demo:thon-na-pan', 'vn2025:W01108', 'village', 'Thôn Na Pan'],
  ['demo:thon-ngan-chai', 'vn2025:W01108', 'village', 'Thôn Ngán Chải'],
  ['demo:thon-vi-xuyen', 'vn2025:W00913', 'village', 'Thôn Làng Khẻn'],
  ['demo:cty-che', 'vn2025:W01153', 'enterprise', 'Công ty Cổ phần Chè Hùng An'],
  ['demo:htx-xin-man', 'vn2025:W01108', 'enterprise', 'Hợp tác xã Nông nghiệp Xín Mần'],
];

/**
 * Tỉnh Tuyên Quang (from 1 July 2025) with its communes, the former provinces Tuyên Quang and Hà Giang
 * with their districts and communes, the merge events, and a few agencies, schools, villages and
 * enterprises. Idempotent: everything has a fixed external key.
 */
export async function seedDemoOrgUnits(deps: Deps, demo: DemoContext): Promise<void> {
  const db = deps.database.db;
  const audit = { actor: demo.actor, requestId: 'seed-demo', now: demo.now };
  await importAdminUnits(db, demo.tenantId, { newProvinceCodes: ['08'], audit });
  const keys = [...new Set(DEMO_ORG_UNITS.flatMap(([key, parent]) => [key, parent]))];
  await db.transaction(async (tx) => {
    const known = await tx
      .select({ key: orgUnits.externalKey, id: orgUnits.id, path: orgUnits.path, depth: orgUnits.depth })
      .from(orgUnits)
      .where(and(eq(orgUnits.tenantId, demo.tenantId), inArray(orgUnits.externalKey, keys)));
    const byKey = new Map(known.map((k) => [k.key!, k]));
    const rows: (typeof orgUnits.$inferInsert)[] = [];
    for (const [key, parentKey, type, name] of DEMO_ORG_UNITS) {
      const parent = byKey.get(parentKey);
      if (byKey.has(key) || !parent) continue;
      const id = newId();
      const node = { id, path: unitPath(parent.path, id), depth: parent.depth + 1 };
      byKey.set(key, { ...node, key });
      rows.push({
        ...node,
        externalKey: key,
        tenantId: demo.tenantId,
        parentId: parent.id,
        name,
        type,
        validFrom: FROM,
        searchText: foldVietnamese(name),
        sortKey: vietnameseSortKey(name),
        createdAt: demo.now,
        updatedAt: demo.now,
      });
    }
    if (rows.length === 0) return;
    await tx.insert(orgUnits).values(rows).onConflictDoNothing();
    await writeAudit(tx, audit, {
      action: 'create',
      entityType: 'org_unit',
      tenantId: demo.tenantId,
      summary: `Dữ liệu mẫu: thêm ${rows.length} sở, ngành, trường học, thôn và doanh nghiệp của tỉnh Tuyên Quang`,
      after: { externalKeys: rows.map((r) => r.externalKey) },
    });
  });
}
