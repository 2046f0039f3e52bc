import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { orgUnits } from '../../db/schema';
import type { Deps } from '../../lib/context';
import { newId } from '../../lib/ids';
import { as, type Session } from '../../test/harness';
import { waitForJobs } from '../jobs';

/** Inserts an org unit directly (tests stay independent of the org module). */
export async function insertUnit(
  deps: Deps,
  tenantId: string,
  name: string,
  type: 'province' | 'commune' | 'village' | 'agency' | 'school',
  parent?: { id: string; path: string; depth: number },
  code?: string,
) {
  const id = newId();
  const unit = { id, path: parent ? `${parent.path}/${id}` : id, depth: parent ? parent.depth + 1 : 0, name };
  await deps.database.db.insert(orgUnits).values({
    id,
    tenantId,
    parentId: parent?.id ?? null,
    path: unit.path,
    depth: unit.depth,
    code: code ?? null,
    name,
    type,
    searchText: name.toLowerCase(),
    sortKey: name,
  });
  return unit;
}

/** A multipart/form-data body with one file part. */
export function multipartBody(field: string, filename: string, content: Buffer) {
  const boundary = '----tdkt-people-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface JobBody {
  id: string;
  status: string;
  total: number;
  processed: number;
  result: {
    created: number;
    updated: number;
    rejected: number;
    errors: { row: number; column: string; message: string }[];
  } | null;
  error: string | null;
}

/** Uploads a workbook, waits for the job and returns its final state. */
export async function importWorkbook(
  app: FastifyInstance,
  session: Session,
  content: Buffer,
): Promise<JobBody> {
  const res = await as(
    app,
    session,
  )({ method: 'POST', url: '/api/people/import', ...multipartBody('file', 'ds.xlsx', content) });
  expect(res.statusCode, res.body).toBe(202);
  const { jobId } = res.json<{ jobId: string }>();
  await waitForJobs();
  const job = await as(app, session)({ method: 'GET', url: `/api/jobs/${jobId}` });
  expect(job.statusCode, job.body).toBe(200);
  return job.json<JobBody>();
}
