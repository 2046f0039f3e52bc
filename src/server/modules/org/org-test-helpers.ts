import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { as, type Session } from '../../test/harness';

export interface ListedUnit {
  id: string;
  name: string;
  type: string;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
  parentId: string | null;
  depth: number;
  hasChildren: boolean;
  ancestors: { id: string; name: string }[];
}

/** GET /api/org-units with a query string; asserts 200. */
export async function listUnits(
  app: FastifyInstance,
  session: Session,
  query: Record<string, string | number>,
) {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const res = await as(app, session)({ method: 'GET', url: `/api/org-units?${qs}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: ListedUnit[]; total: number }>();
}

/** The one unit with exactly this name among a search's results. */
export async function findUnitByName(app: FastifyInstance, session: Session, name: string, asOf?: string) {
  const { items } = await listUnits(app, session, { q: name, pageSize: 100, ...(asOf ? { asOf } : {}) });
  const found = items.filter((i) => i.name === name);
  expect(found, `unit ${name}`).toHaveLength(1);
  return found[0]!;
}

/** A multipart/form-data body with one file part. */
export function multipart(
  field: string,
  filename: string,
  content: Buffer,
  type = 'application/octet-stream',
) {
  const boundary = '----tdkt-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
