import type { OrgUnitType } from '../../../domain/org/org-unit';
import { unitPath } from '../../../domain/org/org-unit';
import { foldVietnamese, normaliseName, vietnameseSortKey } from '../../../domain/text/vietnamese';
import type { Executor } from '../../db/client';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { badRequest } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { type AdminUnitsData, loadAdminUnitsData } from './admin-units.data';
import { insertEvents, type NewOrgUnitEventRow } from './org-events.repo';
import { assertCanWriteOrg } from './org.policy';
import { insertUnits, listExternalKeys, type NewOrgUnitRow } from './org.repo';

/** Two-tier local government from 1 July 2025 (Luật Tổ chức chính quyền địa phương 2025). */
export const REFORM_DATE = '2025-07-01';
export const FORMER_LAST_DAY = '2025-06-30';
export const PROVINCE_MERGE_LEGAL_BASIS =
  'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh';

export interface AdminUnitsImportOptions {
  /** New (2025) province codes to import with their communes and former provinces; omitted = the whole country. */
  newProvinceCodes?: readonly string[];
  /** When given, one audit row summarising the import is written in the same transaction. */
  audit?: Pick<Ctx, 'actor' | 'requestId' | 'ip' | 'now'>;
}

export interface AdminUnitsImportResult {
  provinces: number;
  communes: number;
  formerProvinces: number;
  districts: number;
  formerCommunes: number;
  lineageEvents: number;
  createdUnits: number;
  createdEvents: number;
}

interface Node {
  id: string;
  path: string;
  depth: number;
}

/** Collects rows to insert, reusing units already imported (same external key) so that re-runs add nothing. */
function createPlanner(tenantId: string, existing: Map<string, string>) {
  const rows: NewOrgUnitRow[] = [];
  const nodes = new Map<string, Node>();
  function add(
    key: string,
    parent: Node | null,
    unit: { code: string; name: string; type: OrgUnitType; validFrom: string | null; validTo: string | null },
  ): Node {
    const known = existing.get(key);
    if (known) {
      const node = { id: known.split('/').at(-1)!, path: known, depth: known.split('/').length - 1 };
      nodes.set(key, node);
      return node;
    }
    const id = newId();
    const node = { id, path: unitPath(parent?.path ?? null, id), depth: parent ? parent.depth + 1 : 0 };
    const name = normaliseName(unit.name);
    rows.push({
      id,
      tenantId,
      parentId: parent?.id ?? null,
      path: node.path,
      depth: node.depth,
      code: unit.code,
      externalKey: key,
      name,
      type: unit.type,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
      searchText: foldVietnamese(name),
      sortKey: vietnameseSortKey(name),
    });
    nodes.set(key, node);
    return node;
  }
  return { rows, nodes, add };
}

function selectProvinces(data: AdminUnitsData, codes: readonly string[] | undefined) {
  if (!codes) return data.merges.provinces;
  const unknown = codes.filter((c) => !data.merges.provinces.some((p) => p.code === c));
  if (unknown.length)
    throw badRequest(`Không có tỉnh, thành phố (sau 01/7/2025) mang mã: ${unknown.join(', ')}.`, { unknown });
  return data.merges.provinces.filter((p) => codes.includes(p.code));
}

function planAll(
  data: AdminUnitsData,
  codes: readonly string[] | undefined,
  tenantId: string,
  existing: Map<string, string>,
) {
  const planner = createPlanner(tenantId, existing);
  const counts = { provinces: 0, communes: 0, formerProvinces: 0, districts: 0, formerCommunes: 0 };
  const merges = selectProvinces(data, codes);
  for (const merge of merges) {
    const p = data.units2025.find((u) => u.Code === merge.code);
    if (!p) continue;
    const pn = planner.add(`vn2025:P${p.Code}`, null, {
      code: p.Code,
      name: p.FullName,
      type: 'province',
      validFrom: REFORM_DATE,
      validTo: null,
    });
    counts.provinces++;
    for (const w of p.Wards) {
      planner.add(`vn2025:W${w.Code}`, pn, {
        code: w.Code,
        name: w.FullName,
        type: 'commune',
        validFrom: REFORM_DATE,
        validTo: null,
      });
      counts.communes++;
    }
    for (const fp of merge.formerProvinces) {
      const f = data.former.find((u) => u.Code === fp.code);
      if (!f) continue;
      const old = { validFrom: null, validTo: FORMER_LAST_DAY };
      const fn = planner.add(`vn2008:P${f.Code}`, null, {
        code: f.Code,
        name: f.FullName,
        type: 'province',
        ...old,
      });
      counts.formerProvinces++;
      for (const d of f.District) {
        const dn = planner.add(`vn2008:D${d.Code}`, fn, {
          code: d.Code,
          name: d.FullName,
          type: 'district',
          ...old,
        });
        counts.districts++;
        for (const w of d.Ward ?? []) {
          planner.add(`vn2008:W${w.Code}`, dn, { code: w.Code, name: w.FullName, type: 'commune', ...old });
          counts.formerCommunes++;
        }
      }
    }
  }
  const events: NewOrgUnitEventRow[] = [];
  for (const merge of merges) {
    const to = planner.nodes.get(`vn2025:P${merge.code}`);
    for (const fp of merge.formerProvinces) {
      const from = planner.nodes.get(`vn2008:P${fp.code}`);
      if (!to || !from) continue;
      events.push({
        id: newId(),
        tenantId,
        kind: 'merged_into',
        fromUnitId: from.id,
        toUnitId: to.id,
        effectiveDate: REFORM_DATE,
        legalBasis: PROVINCE_MERGE_LEGAL_BASIS,
      });
    }
  }
  return { rows: planner.rows, events, counts };
}

/**
 * Imports Việt Nam's administrative units into a tenant's org tree: the 34 provinces and 3,321 communes
 * in force from 1 July 2025, the 63 former provinces with their 696 districts and 10,035 communes (ended
 * 30 June 2025), and the province merges as lineage events. Set-based, one transaction, idempotent by
 * external key ('vn2025:P08', 'vn2008:D033', ...).
 */
export async function importAdminUnits(
  db: Executor,
  tenantId: string,
  options: AdminUnitsImportOptions = {},
): Promise<AdminUnitsImportResult> {
  const data = await loadAdminUnitsData();
  return inTransaction({ db }, async (tx) => {
    const known = await listExternalKeys(tx, tenantId, ['vn2025:', 'vn2008:']);
    const existing = new Map(known.map((k) => [k.externalKey!, k.path]));
    const { rows, events, counts } = planAll(data, options.newProvinceCodes, tenantId, existing);
    const created = await insertUnits(tx, rows);
    const createdEvents = await insertEvents(tx, events);
    const result = { ...counts, lineageEvents: events.length, createdUnits: created.length, createdEvents };
    if (options.audit)
      await writeAudit(tx, options.audit, {
        action: 'import',
        entityType: 'org_unit',
        tenantId,
        summary: `Nhập danh mục đơn vị hành chính${options.newProvinceCodes ? ` (mã tỉnh ${options.newProvinceCodes.join(', ')})` : ' (cả nước)'}: thêm ${created.length} đơn vị, ${createdEvents} sự kiện sáp nhập`,
        after: { tenantId, newProvinceCodes: options.newProvinceCodes ?? null, ...result },
      });
    return result;
  });
}

/** The API's import: tenant-wide org.write, then the set-based import with its audit row. */
export async function importAdminUnitsForTenant(ctx: Ctx, input: { newProvinceCodes?: string[] }) {
  assertCanWriteOrg(ctx, null);
  return importAdminUnits(ctx.db, ctx.actor.tenantId, {
    newProvinceCodes: input.newProvinceCodes ? [...new Set(input.newProvinceCodes)] : undefined,
    audit: ctx,
  });
}
