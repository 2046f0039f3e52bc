import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annexImports,
  auditLog,
  blocScoringTables,
  emulationAttachments,
  emulationRegistrations,
  nominations,
  orgUnitEvents,
  people,
} from '../db/schema';
import {
  createWorld,
  multipart,
  requester,
  VIETNAMESE,
  type World,
} from '../modules/emulation/emulation.test-helpers';
import { waitForJobs } from '../modules/jobs';
import { hostileAttachments, hostileWorkbooks } from './fixtures/hostile-files';

/**
 * Issue 11 item 1: hostile files (test/fixtures: zip bombs, renamed and damaged files) posted to every
 * upload route. Each answer is a 4xx with a Vietnamese message (or, for a queued import, a failed job
 * with one), nothing is written, the server answers /api/health at once afterwards, and this process's
 * heap does not grow with the bomb (the sheet is read on a capped worker thread).
 */

let w: World;
let req: ReturnType<typeof requester>;
const YEAR = 2019;
let routes: { url: string; async: boolean }[];

beforeAll(async () => {
  w = await createWorld();
  req = requester(w);
  const round = await req('board')({
    method: 'POST',
    url: '/api/award-rounds',
    payload: {
      name: 'Đợt khen thưởng thử',
      orgUnitId: w.province.id,
      commendationType: 'cong_trang',
      level: 'province',
      year: YEAR,
      unitIds: [w.viXuyen.id],
      proposalDeadline: `${YEAR}-12-10`,
    },
  });
  expect(round.statusCode, round.body).toBe(201);
  const bloc = await req('board')({
    method: 'POST',
    url: '/api/emulation/blocs',
    payload: { kind: 'bloc', name: 'Khối thử', organiserUnitId: w.province.id, rotationOrder: [] },
  });
  expect(bloc.statusCode, bloc.body).toBe(201);
  const blocId = bloc.json<{ id: string }>().id;
  await req('board')({
    method: 'PUT',
    url: `/api/emulation/blocs/${blocId}/years/${YEAR}/members`,
    payload: { unitIds: [w.haGiang.id, w.viXuyen.id] },
  });
  routes = [
    { url: '/api/people/import', async: true },
    { url: '/api/org-unit-events/import', async: false },
    {
      url: `/api/award-rounds/${round.json<{ id: string }>().id}/nominations/import?proposingUnitId=${w.viXuyen.id}`,
      async: false,
    },
    { url: `/api/emulation/registrations/import?year=${YEAR}`, async: false },
    { url: `/api/emulation/blocs/${blocId}/years/${YEAR}/scoring/table/import`, async: false },
    { url: '/api/annex-imports', async: true },
  ];
});
afterAll(() => w.t.close());

/** Rows of every table an import or an upload writes to. */
async function written() {
  const db = w.t.deps.database.db;
  const tables = [
    people,
    orgUnitEvents,
    nominations,
    emulationRegistrations,
    blocScoringTables,
    annexImports,
    auditLog,
    emulationAttachments,
  ];
  return Promise.all(tables.map(async (table) => (await db.select({ n: count() }).from(table))[0]!.n));
}

async function healthWithin(ms: number) {
  const t0 = performance.now();
  const res = await w.t.app.inject({ method: 'GET', url: '/api/health' });
  expect(res.statusCode).toBe(200);
  expect(performance.now() - t0).toBeLessThan(ms);
}

describe('every upload route is covered', () => {
  it('the import routes here are all the multipart routes taking a spreadsheet, and the rest take attachments', () => {
    const uploads = w.t.app.routeCatalogue.filter((r) => r.multipart).map((r) => r.url);
    const imports = uploads.filter((p) => p.endsWith('/import') || p === '/api/annex-imports');
    expect(imports.sort()).toEqual(
      [
        '/api/annex-imports',
        '/api/award-rounds/:id/nominations/import',
        '/api/emulation/blocs/:id/years/:year/scoring/table/import',
        '/api/emulation/registrations/import',
        '/api/org-unit-events/import',
        '/api/people/import',
      ].sort(),
    );
    expect(routes).toHaveLength(imports.length);
    // Every other upload is an attachment, checked by lib/files.ts#inspectAttachment (below, through one of them).
    const others = uploads.filter((p) => !imports.includes(p));
    expect(others.length).toBeGreaterThanOrEqual(4);
    expect(
      others.every((p) => /\/(attachments|evidence)$/.test(p)),
      others.join(', '),
    ).toBe(true);
  });
});

describe.each(hostileWorkbooks().map((f) => [f.id, f] as const))('the hostile workbook %s', (_id, file) => {
  it(`(${file.what}) is refused on every import route, nothing is written, the server answers`, async () => {
    for (const route of routes) {
      const before = await written();
      const heapBefore = process.memoryUsage().heapUsed;
      let heapPeak = heapBefore;
      const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 5);
      const res = await req('admin')({
        method: 'POST',
        url: route.url,
        ...multipart(file.content, file.fileName),
      });
      clearInterval(sampler);
      if (route.async && res.statusCode === 202) {
        await waitForJobs();
        const jobId = res.json<{ jobId: string }>().jobId;
        const job = (await req('admin')({ method: 'GET', url: `/api/jobs/${jobId}` })).json<{
          status: string;
          error: string;
        }>();
        expect(job.status, `${route.url}: ${JSON.stringify(job)}`).toBe('failed');
        expect(job.error).toMatch(VIETNAMESE);
        expect(job.error).not.toContain('lỗi hệ thống');
      } else {
        expect(res.statusCode, `${route.url}: ${res.body}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${route.url}: ${res.body}`).toBeLessThan(500);
        expect(res.json<{ error: { message: string } }>().error.message).toMatch(VIETNAMESE);
      }
      // The multipart body itself is held by the injected request; the bomb never reaches this heap.
      expect(heapPeak - heapBefore, route.url).toBeLessThan(48 * 1024 * 1024);
      expect(await written(), route.url).toEqual(before);
      await healthWithin(1000);
    }
  });
});

describe('hostile attachments', () => {
  it.each(hostileAttachments().map((f) => [f.id, f] as const))(
    '%s is refused with a Vietnamese 4xx',
    async (_id, file) => {
      const bloc = (await req('board')({ method: 'GET', url: '/api/emulation/blocs' })).json<{
        items: { id: string }[];
      }>().items[0]!;
      const meeting = await req('board')({
        method: 'POST',
        url: `/api/emulation/blocs/${bloc.id}/meetings`,
        payload: { date: `${YEAR}-12-01`, kind: 'year_end_review' },
      });
      expect(meeting.statusCode, meeting.body).toBe(201);
      const before = await written();
      const res = await req('board')({
        method: 'POST',
        url: `/api/emulation/blocs/${bloc.id}/meetings/${meeting.json<{ id: string }>().id}/attachments`,
        ...multipart(file.content, file.fileName),
      });
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(VIETNAMESE);
      expect(await written()).toEqual(before);
      await healthWithin(1000);
    },
  );
});
