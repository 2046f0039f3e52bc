import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { as, type Session } from '../../test/harness';
import { waitForJobs } from '../jobs';

/** Helpers of the annex import tests: sheets, multipart bodies with fields, upload-and-wait. */

export const HEADERS = [
  'STT',
  'Họ và tên',
  'Chức vụ',
  'Đơn vị',
  'Danh hiệu/Hình thức',
  'Số quyết định',
  'Ngày',
  'Ngày sinh',
  'Số định danh cá nhân',
  'Năm xét',
] as const;
export type AnnexSheetRow = Partial<Record<(typeof HEADERS)[number], string | number>>;

/** An annex as decisions print it: title lines, then the header, then the rows. */
export async function annexWorkbook(rows: AnnexSheetRow[], opts: { titleLines?: string[] } = {}) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Phụ lục');
  for (const line of opts.titleLines ?? []) sheet.addRow([line]);
  sheet.addRow([...HEADERS]);
  rows.forEach((r) => sheet.addRow(HEADERS.map((h) => r[h] ?? null)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** multipart/form-data with text fields and one file part. */
export function multipart(fields: Record<string, string>, file?: { name: string; content: Buffer }) {
  const boundary = '----tdkt-annex-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export interface AnnexCandidate {
  personId: string;
  fullName: string;
  birthDate: string | null;
  unitName: string | null;
  byCitizenId: boolean;
}
export interface AnnexRowView {
  id: string;
  rowNumber: number;
  status: string;
  cells: Record<string, string>;
  awardCode: string | null;
  awardName: string | null;
  evaluationYear: number | null;
  person: AnnexCandidate | null;
  matchHow: string | null;
  candidates: AnnexCandidate[];
  messages: string[];
  skipped: boolean;
  pending: boolean;
  outcome: string | null;
  outcomeMessage: string | null;
  awardRecordId: string | null;
}
export interface AnnexImportView {
  id: string;
  status: string;
  error: string | null;
  counts: Record<string, number>;
  result: { written: number; duplicates: number; skipped: number; errors: number } | null;
  rows: { items: AnnexRowView[]; total: number };
}

/** Uploads an annex, waits for its job, returns the session (all rows on one page). */
export async function uploadAnnex(
  app: FastifyInstance,
  session: Session,
  content: Buffer,
  fields: Record<string, string> = {},
): Promise<AnnexImportView> {
  const res = await as(
    app,
    session,
  )({ method: 'POST', url: '/api/annex-imports', ...multipart(fields, { name: 'phu-luc.xlsx', content }) });
  expect(res.statusCode, res.body).toBe(202);
  const { id, jobId } = res.json<{ id: string; jobId: string }>();
  await waitForJobs();
  const job = await as(app, session)({ method: 'GET', url: `/api/jobs/${jobId}` });
  expect(job.json<{ status: string }>().status, job.body).toBe('succeeded');
  return getAnnex(app, session, id);
}

export async function getAnnex(app: FastifyInstance, session: Session, id: string, query = '') {
  const res = await as(app, session)({ method: 'GET', url: `/api/annex-imports/${id}?pageSize=500${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AnnexImportView>();
}
