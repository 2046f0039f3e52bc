import { checkLineageEvent, isInForce, previousDay } from '../../../domain/org/org-unit';
import {
  formatVietnameseDate,
  isBlankLineageRow,
  type LineageRow,
  parseLineageRow,
} from '../../../domain/org/lineage-row';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { badRequest } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { readLineageRows } from './lineage-excel';
import * as events from './org-events.repo';
import { canWriteOrg } from './org.policy';
import * as repo from './org.repo';

type Candidate = Awaited<ReturnType<typeof repo.findUnitsByCodesOrNames>>[number];

export interface LineageImportResult {
  created: number;
  skipped: number;
  errors: { row: number; messages: string[] }[];
}

/** Finds the one unit a side of a row names, in force on `date`; or the Vietnamese reason why not. */
function matchUnit(
  candidates: readonly Candidate[],
  side: { code: string | null; name: string | null },
  date: string,
  label: string,
): Candidate | string {
  const folded = side.name ? foldVietnamese(side.name) : '';
  const found = candidates.filter((c) =>
    side.code ? c.code === side.code && isInForce(c, date) : c.searchText === folded && isInForce(c, date),
  );
  const what = side.code ? `mã ${side.code}` : `tên "${side.name}"`;
  if (found.length === 0)
    return `Không tìm thấy ${label} có ${what} còn hiệu lực ngày ${formatVietnameseDate(date)}.`;
  if (found.length > 1)
    return `Có ${found.length} đơn vị có ${what} cùng hiệu lực ngày ${formatVietnameseDate(date)}; hãy ghi mã đơn vị.`;
  return found[0]!;
}

interface Resolved {
  row: LineageRow;
  from: Candidate;
  to: Candidate;
}

function resolveRow(ctx: Ctx, row: LineageRow, candidates: readonly Candidate[]): Resolved | string[] {
  const from = matchUnit(candidates, row.from, previousDay(row.effectiveDate), 'đơn vị trước');
  const to = matchUnit(candidates, row.to, row.effectiveDate, 'đơn vị sau');
  const errors = [from, to].filter((m): m is string => typeof m === 'string');
  if (typeof from === 'string' || typeof to === 'string') return errors;
  if (from.id === to.id) return ['Đơn vị trước và đơn vị sau là cùng một đơn vị.'];
  const check = checkLineageEvent(row.kind, from, to, row.effectiveDate);
  if (!check.ok) errors.push(`${check.reason}.`);
  if (!canWriteOrg(ctx, from.path) || !canWriteOrg(ctx, to.path))
    errors.push('Đơn vị nằm ngoài phạm vi bạn được phân quyền quản lý cơ cấu tổ chức.');
  return errors.length ? errors : { row, from, to };
}

async function loadCandidates(ctx: Ctx, rows: readonly LineageRow[]) {
  const sides = rows.flatMap((r) => [r.from, r.to]);
  const codes = [...new Set(sides.flatMap((s) => (s.code ? [s.code] : [])))];
  const names = [...new Set(sides.flatMap((s) => (!s.code && s.name ? [foldVietnamese(s.name)] : [])))];
  return repo.findUnitsByCodesOrNames(ctx.db, ctx.actor.tenantId, codes, names);
}

/**
 * Imports lineage events from the Excel template (a file saved by lib/uploads.ts). All or nothing: when any row has an error nothing is
 * written and every faulty row is reported (row number as in Excel, Vietnamese messages). Events already
 * recorded, or repeated in the file, are skipped.
 */
export async function importLineageEvents(ctx: Ctx, filePath: string): Promise<LineageImportResult> {
  const raw = (await readLineageRows(filePath)).filter((r) => !isBlankLineageRow(r.input));
  if (raw.length === 0) throw badRequest('Tệp không có dòng dữ liệu nào.');
  const errors: LineageImportResult['errors'] = [];
  const parsed: { row: number; value: LineageRow }[] = [];
  for (const r of raw) {
    const p = parseLineageRow(r.input);
    if (p.ok) parsed.push({ row: r.row, value: p.row });
    else errors.push({ row: r.row, messages: p.errors });
  }
  const candidates = await loadCandidates(
    ctx,
    parsed.map((p) => p.value),
  );
  const resolved: Resolved[] = [];
  for (const p of parsed) {
    const r = resolveRow(ctx, p.value, candidates);
    if (Array.isArray(r)) errors.push({ row: p.row, messages: r });
    else resolved.push(r);
  }
  errors.sort((a, b) => a.row - b.row);
  if (errors.length) return { created: 0, skipped: 0, errors };
  return writeResolved(ctx, resolved);
}

async function writeResolved(ctx: Ctx, resolved: readonly Resolved[]): Promise<LineageImportResult> {
  const tenantId = ctx.actor.tenantId;
  const seen = await events.listEventKeys(ctx.db, tenantId, [...new Set(resolved.map((r) => r.from.id))]);
  const rows: events.NewOrgUnitEventRow[] = [];
  for (const { row, from, to } of resolved) {
    const key = `${row.kind}|${from.id}|${to.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      id: newId(),
      tenantId,
      kind: row.kind,
      fromUnitId: from.id,
      toUnitId: to.id,
      effectiveDate: row.effectiveDate,
      legalBasis: row.legalBasis,
      note: row.note,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  }
  return inTransaction(ctx, async (tx) => {
    const created = await events.insertEvents(tx, rows);
    const skipped = resolved.length - created;
    await writeAudit(tx, ctx, {
      action: 'import',
      entityType: 'org_unit_event',
      summary: `Nhập sự kiện sắp xếp đơn vị từ Excel: thêm ${created}, bỏ qua ${skipped} (đã có)`,
      after: { created, skipped, eventIds: rows.map((r) => r.id) },
    });
    return { created, skipped, errors: [] };
  });
}
