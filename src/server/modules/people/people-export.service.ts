import { vietnamDate } from '../../../domain/calendar';
import { PassThrough } from 'node:stream';
import { ethnicGroupName } from '../../../domain/people/ethnic-groups';
import type { Ctx } from '../../lib/context';
import { buildImportTemplate, exportCells, streamPeopleSheet } from './people-excel';
import { visibleCitizenId } from './people.present';
import * as repo from './people.repo';
import type { PersonFilter } from './people.schemas';
import { resolvePersonWhere } from './people-list.service';

const PAGE = 2000;

/**
 * Exports the filtered list as .xlsx in the import template's layout (so the sheet re-imports), streamed
 * page by page. Filters are checked before the first byte is sent, so a bad filter still answers 4xx.
 */
export async function exportPeople(ctx: Ctx, filter: PersonFilter) {
  const where = await resolvePersonWhere(ctx, filter);
  async function* pages() {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await repo.listPeople(ctx.db, where.sql, filter.sort, PAGE, offset);
      yield rows.map((r) =>
        exportCells({
          ...r,
          ethnicityName: ethnicGroupName(r.ethnicity) ?? r.ethnicity,
          citizenId: visibleCitizenId(ctx, r, r.unitPath),
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
