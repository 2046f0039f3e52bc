import { vietnamDate } from '../../../domain/calendar';
import { rm } from 'node:fs/promises';
import type { AnnexRow } from '../../../domain/awards/annex';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { newId } from '../../lib/ids';
import type { JobHandle } from '../jobs';
import { cellsOf, classifyRow, type FoundPerson } from './annex-rows';
import { type AnnexHeader, readAnnexRows } from './annex-sheet';
import { annexScopes } from './annex.policy';
import * as repo from './annex.repo';

/**
 * The annex job: read the rows, parse and recognise each, find the people they may be in three set-based
 * look-ups (citizen-ID blind indexes, folded names, the names of their units), match, and store the rows
 * of the session for review. Nothing is written to the ledger.
 */
export async function runAnnexImport(
  ctx: Ctx,
  job: JobHandle,
  session: { id: string; defaultEvaluationYear: number | null; filename: string },
  filePath: string,
  header: AnnexHeader,
) {
  const tenantId = ctx.actor.tenantId;
  try {
    const sheetRows = await readAnnexRows(filePath, header);
    await job.setTotal(sheetRows.length);
    const today = vietnamDate(ctx.now);
    const scopes = annexScopes(ctx);
    const protector = ctx.deps.protector;

    // Keys of every row first, so that the look-ups are one statement each.
    const hashes = new Set<string>();
    const names = new Set<string>();
    for (const r of sheetRows) {
      const id = (r.raw.citizenId ?? '').replace(/[\s.]/g, '');
      if (/^\d{12}$/.test(id)) hashes.add(protector.blindIndex(id));
      const name = foldVietnamese(r.raw.fullName ?? '');
      if (name) names.add(name);
    }
    const [byHash, byName] = await Promise.all([
      repo.peopleByCitizenHashes(ctx.db, tenantId, scopes, [...hashes]),
      repo.peopleByFoldedNames(ctx.db, tenantId, scopes, [...names]),
    ]);
    const all = new Map([...byHash, ...byName].map((p) => [p.id, p]));
    const unitNames = await repo.unitNamesOfPeople(ctx.db, tenantId, [...all.keys()]);
    const found = (p: repo.PersonFound): FoundPerson => ({
      id: p.id,
      fullName: p.fullName,
      birthDate: p.birthDate,
      unitName: p.unitName,
      unitNames: unitNames.get(p.id) ?? [],
    });
    const hashIndex = groupBy(byHash, (p) => p.citizenIdHash ?? '');
    const nameIndex = groupBy(byName, (p) => foldVietnamese(p.fullName));
    const lookup = (row: AnnexRow) => ({
      byHash: row.citizenId ? (hashIndex.get(protector.blindIndex(row.citizenId)) ?? []).map(found) : [],
      byName: (nameIndex.get(foldVietnamese(row.fullName)) ?? []).map(found),
    });

    const now = new Date();
    const records: repo.NewRowRecord[] = sheetRows.map(({ rowNumber, raw }) => {
      const c = classifyRow(raw, today, session.defaultEvaluationYear, lookup);
      return {
        id: newId(),
        tenantId,
        importId: session.id,
        rowNumber,
        status: c.status,
        cells: cellsOf(raw, c.row?.citizenId ?? null),
        fullName: c.row?.fullName ?? null,
        unitName: c.row?.unitName ?? null,
        awardText: c.row?.awardText ?? null,
        decisionNumber: c.row?.decisionNumber ?? null,
        decisionDate: c.row?.decisionDate ?? null,
        birthDate: c.row?.birthDate ?? null,
        evaluationYear: c.row?.evaluationYear ?? null,
        awardCode: c.awardCode,
        personId: c.personId,
        matchHow: c.matchHow,
        candidates: c.candidates,
        messages: c.messages,
        createdAt: now,
        updatedAt: now,
      };
    });
    await repo.insertRows(ctx.db, records, (n) => job.progress(n));
    const counts = countBy(records.map((r) => r.status));
    await inTransaction(ctx, async (tx) => {
      await repo.updateImport(tx, tenantId, session.id, { status: 'ready', updatedAt: new Date() });
      await writeAudit(tx, ctx, {
        action: 'annex_import.read',
        entityType: 'annex_import',
        entityId: session.id,
        summary: `Đọc phụ lục quyết định "${session.filename}": ${records.length} dòng`,
        after: { rows: records.length, ...counts },
      });
    });
    return { importId: session.id, rows: records.length, ...counts };
  } catch (error) {
    const message =
      error instanceof Error && /[àáảãạăâđêôơư]/i.test(error.message)
        ? error.message
        : 'Không xử lý được phụ lục do lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.';
    await repo.deleteRowsOf(ctx.db, tenantId, session.id).catch(() => undefined);
    await repo
      .updateImport(ctx.db, tenantId, session.id, { status: 'failed', error: message, updatedAt: new Date() })
      .catch(() => undefined);
    throw error instanceof Error ? error : new Error(message);
  } finally {
    await rm(filePath, { force: true });
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
