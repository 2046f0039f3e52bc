import { vietnamDate } from '../../../domain/calendar';
import { PassThrough } from 'node:stream';
import { ethnicGroupName } from '../../../domain/people/ethnic-groups';
import type { Ctx } from '../../lib/context';
import { buildImportTemplate, exportCells, streamPeopleSheet } from './people-excel';
import { writeAudit } from '../../lib/audit.repo';
import { inTransaction } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { scopesFor } from './people.policy';
import { fullCitizenId, maskedCitizenId } from './people.present';
import * as repo from './people.repo';
import type { PersonFilter } from './people.schemas';
import { resolvePersonWhere } from './people-list.service';

const PAGE = 2000;

/**
 * Exports the filtered list as .xlsx in the import template's layout (so the sheet re-imports), streamed
 * page by page. Filters are checked before the first byte is sent, so a bad filter still answers 4xx.
 * Citizen IDs are masked unless `full` is given: then a role with `people.citizenId.read` gets the full
 * numbers of the people on units where it holds that permission (the rest stay masked), and the export, its
 * filters and the reason are written to the audit trail first.
 */
export async function exportPeople(ctx: Ctx, filter: PersonFilter, full?: { reason: string }) {
  const where = await resolvePersonWhere(ctx, filter);
  if (full) {
    const scopes = scopesFor(ctx, 'people.citizenId.read');
    if (scopes !== 'all' && scopes.length === 0)
      throw forbidden('Bạn không có quyền xuất đầy đủ số định danh cá nhân.');
    const { q, ...rest } = filter;
    await inTransaction(ctx, (tx) =>
      writeAudit(tx, ctx, {
        action: 'people.export.citizenIds',
        entityType: 'person',
        summary: `Xuất Excel danh sách cá nhân có đầy đủ số định danh — lý do: ${full.reason}`,
        // A search term may itself be a citizen ID: only whether there was one is kept.
        after: { filter: { ...rest, q: q ? '[có từ khoá tìm kiếm]' : undefined }, reason: full.reason },
      }),
    );
  }
  async function* pages() {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await repo.listPeople(ctx.db, where.sql, filter.sort, PAGE, offset);
      yield rows.map((r) =>
        exportCells({
          ...r,
          ethnicityName: ethnicGroupName(r.ethnicity) ?? r.ethnicity,
          citizenId: full ? fullCitizenId(ctx, r, r.unitPath) : maskedCitizenId(r),
        }),
      );
      if (rows.length < PAGE) return;
    }
  }
  const stream = new PassThrough();
  void streamPeopleSheet(stream, pages()).catch((error: unknown) => stream.destroy(error as Error));
  return { filename: `danh-sach-ca-nhan-${vietnamDate(ctx.now)}.xlsx`, stream };
}

export async function getImportTemplate() {
  return { filename: 'mau-nhap-danh-sach-ca-nhan.xlsx', body: await buildImportTemplate() };
}
