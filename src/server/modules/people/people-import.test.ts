import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, jobs, people } from '../../db/schema';
import {
  as,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  signIn,
  type TestApp,
} from '../../test/harness';
import { generatePeopleWorkbook } from './people.fixtures';
import { importWorkbook, insertUnit, multipartBody } from './people.test-helpers';

let t: TestApp;
let tenantId: string;
let dir: string;
let admin: Session;
let officer: Session;
let viewer: Session;
let stranger: Session;
let communeA: Awaited<ReturnType<typeof insertUnit>>;
let communeB: Awaited<ReturnType<typeof insertUnit>>;

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(tmpdir(), 'tdkt-people-'));
  tenantId = await createTenant(t.deps, 'tq');
  const other = await createTenant(t.deps, 'hg');
  const province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang', 'province');
  communeA = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', 'commune', province, 'X01');
  communeB = await insertUnit(t.deps, tenantId, 'Xã Lâm Bình', 'commune', province, 'X02');
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'unit_officer', orgUnitId: communeA.id }]);
  await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]);
  await createUser(t.deps, other, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  officer = await signIn(t.app, 'officer@tq.vn');
  viewer = await signIn(t.app, 'viewer@tq.vn');
  stranger = await signIn(t.app, 'admin@hg.vn');
});
afterAll(() => t.close());

async function workbook(
  name: string,
  rows: number,
  seed: number,
  opts: Parameters<typeof generatePeopleWorkbook>[3] = {},
) {
  const file = path.join(dir, name);
  await generatePeopleWorkbook(file, rows, seed, opts);
  return readFile(file);
}

async function readSheet(buffer: Buffer, sheet = 1) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[sheet - 1]!;
  const rows: string[][] = [];
  ws.eachRow((row) =>
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number),
        ),
    ),
  );
  return { wb, rows };
}

const countPeople = async () =>
  (await t.deps.database.db.select({ id: people.id }).from(people).where(eq(people.tenantId, tenantId)))
    .length;

describe('import template', () => {
  it('has Vietnamese headers, drop-downs, a frozen header and instructions', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: '/api/people/import-template' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const { wb, rows } = await readSheet(res.rawPayload);
    expect(rows[0]!.slice(0, 5)).toEqual([
      'STT',
      'Họ và tên*',
      'Giới tính* (Nam/Nữ)',
      'Ngày sinh (dd/mm/yyyy)',
      'Dân tộc',
    ]);
    expect(rows[0]).toContain('Số định danh cá nhân');
    expect(rows[0]).toContain('Lãnh đạo (Có/Không)');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách', 'Danh mục', 'Hướng dẫn']);
    const sheet = wb.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'] });
    expect(sheet.getCell('E3').dataValidation.formulae[0]).toContain('Danh mục');
    expect(wb.worksheets[1]!.getColumn(1).values.filter(Boolean)).toHaveLength(55);
  });

  it('is refused to a viewer (no people.write)', async () => {
    expect((await as(t.app, viewer)({ method: 'GET', url: '/api/people/import-template' })).statusCode).toBe(
      403,
    );
  });
});

describe('import, report, re-import, export', () => {
  let jobId: string;
  const units = [
    { code: 'X01', name: '' },
    { code: null, name: 'xa lam binh' },
  ];

  it('writes the good rows, rejects the bad one with its row and column in Vietnamese', async () => {
    const content = await workbook('five.xlsx', 5, 1, {
      units,
      mutate: (cells, i) => {
        if (i === 2) cells[1] = 'Khác';
      },
    });
    const job = await importWorkbook(t.app, admin, content);
    jobId = job.id;
    expect(job).toMatchObject({
      status: 'succeeded',
      total: 5,
      processed: 5,
      result: { created: 4, updated: 0, rejected: 1 },
    });
    expect(job.result!.errors).toEqual([
      { row: 4, column: 'Giới tính*', message: 'Giới tính phải là "Nam" hoặc "Nữ"' },
    ]);
    expect(await countPeople()).toBe(4);
    const inB = await as(t.app, admin)({ method: 'GET', url: `/api/people?unitId=${communeB.id}` });
    expect(inB.json().total).toBe(2);
    const audits = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'import'), eq(auditLog.entityId, jobId)));
    expect(audits).toHaveLength(1);
    expect((audits[0]!.after as { created: string[] }).created).toHaveLength(4);
    expect(JSON.stringify(audits)).not.toMatch(/00[28]\d{9}/);
  });

  it('reports the rejected rows as xlsx with a "Lỗi" column', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: `/api/people/import/${jobId}/report` });
    expect(res.statusCode).toBe(200);
    const { rows } = await readSheet(res.rawPayload);
    expect(rows[0]!.at(-1)).toBe('Lỗi');
    expect(rows).toHaveLength(2);
    expect(rows[1]![2]).toBe('Khác');
    expect(rows[1]!.at(-1)).toBe('Dòng 4: Giới tính*: Giới tính phải là "Nam" hoặc "Nữ"');
    const [stored] = await t.deps.database.db.select().from(jobs).where(eq(jobs.id, jobId));
    expect(JSON.stringify(stored!.result)).not.toMatch(/00[28]\d{9}/);
    expect(rows[1]![5]).toMatch(/^00[28]\d{9}$/);
  });

  it('re-importing the same sheet updates instead of duplicating', async () => {
    const content = await workbook('five-again.xlsx', 5, 1, {
      units,
      mutate: (cells, i) => {
        if (i === 2) cells[1] = 'Khác';
        if (i === 0) cells[6] = 'Phó Chủ tịch UBND xã';
      },
    });
    const job = await importWorkbook(t.app, admin, content);
    expect(job.result).toMatchObject({ created: 0, updated: 4, rejected: 1 });
    expect(await countPeople()).toBe(4);
    const found = await as(t.app, admin)({ method: 'GET', url: '/api/people?q=CB1-000001' });
    expect(found.json().items[0].position).toBe('Phó Chủ tịch UBND xã');
  });

  it('an exported sheet (masked for a viewer) re-imports onto the same people and keeps their citizen IDs', async () => {
    const exported = await as(t.app, viewer)({ method: 'GET', url: '/api/people/export?sort=name' });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('.xlsx');
    const { rows } = await readSheet(exported.rawPayload);
    expect(rows).toHaveLength(5);
    expect(rows[1]![5]).toMatch(/^00[28]\*{6}\d{3}$/);
    expect(rows[1]![3]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const full = await as(t.app, admin)({ method: 'GET', url: '/api/people/export' });
    expect((await readSheet(full.rawPayload)).rows[1]![5]).toMatch(/^00[28]\d{9}$/);
    const before = (await as(t.app, admin)({ method: 'GET', url: '/api/people?sort=name' })).json().items;
    const job = await importWorkbook(t.app, admin, exported.rawPayload);
    expect(job.result).toMatchObject({ created: 0, updated: 4, rejected: 0 });
    expect(await countPeople()).toBe(4);
    const after = (await as(t.app, admin)({ method: 'GET', url: '/api/people?sort=name' })).json().items;
    expect(after.map((p: { citizenId: string }) => p.citizenId)).toEqual(
      before.map((p: { citizenId: string }) => p.citizenId),
    );
    expect(after[0].version).toBe(before[0].version + 1);
  });

  it('export filters like the list and refuses bad filters before streaming', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: `/api/people/export?unitId=${communeA.id}` });
    expect((await readSheet(res.rawPayload)).rows).toHaveLength(3);
    expect((await as(t.app, admin)({ method: 'GET', url: '/api/people/export?sort=x' })).statusCode).toBe(
      400,
    );
    expect(
      (await as(t.app, stranger)({ method: 'GET', url: `/api/people/export?unitId=${communeA.id}` }))
        .statusCode,
    ).toBe(404);
  });

  it('a scoped officer imports only into its units', async () => {
    const content = await workbook('officer.xlsx', 2, 99, {
      units: [
        { code: 'X01', name: '' },
        { code: 'X02', name: '' },
      ],
    });
    const job = await importWorkbook(t.app, officer, content);
    expect(job.result).toMatchObject({ created: 1, rejected: 1 });
    expect(job.result!.errors[0]).toMatchObject({ row: 3, column: 'Mã đơn vị' });
    expect(job.result!.errors[0]!.message).toContain('phạm vi quản lý');
  });
});

describe('matching rows within the file and against stored people', () => {
  const units = [{ code: 'X01', name: '' }];
  /** The cells of the first sheet below, as generated (people A = row 2 and B = row 3 once imported). */
  const first: string[][] = [];

  it('rejects a second row with the same citizen ID or staff code, naming the first row', async () => {
    const content = await workbook('dups.xlsx', 5, 42, {
      units,
      mutate: (cells, i) => {
        first.push([...cells]);
        // Row 4 repeats row 2's citizen ID (with its birth date and gender, so the ID stays valid).
        if (i === 2) [cells[1], cells[2], cells[4]] = [first[0]![1]!, first[0]![2]!, first[0]![4]!];
        // Row 5 repeats row 3's staff code in lower case.
        if (i === 3) cells[5] = first[1]![5]!.toLowerCase();
      },
    });
    const job = await importWorkbook(t.app, admin, content);
    expect(job.result).toMatchObject({ created: 3, updated: 0, rejected: 2 });
    expect(job.result!.errors).toEqual([
      { row: 4, column: 'Số định danh cá nhân', message: 'Trùng số định danh cá nhân với dòng 2' },
      { row: 5, column: 'Mã cán bộ', message: 'Trùng mã cán bộ với dòng 3' },
    ]);
  });

  it('rejects an unknown system id, keys of two different people and the same person twice', async () => {
    const stored = await t.deps.database.db
      .select({ id: people.id, externalCode: people.externalCode })
      .from(people)
      .where(eq(people.tenantId, tenantId));
    const a = stored.find((p) => p.externalCode === first[0]![5])!;
    const content = await workbook('keys.xlsx', 4, 43, {
      units,
      mutate: (cells, i) => {
        if (i === 0) cells[14] = '01900000-0000-7000-8000-00000000abcd';
        // A's citizen ID with B's staff code.
        if (i === 1) {
          [cells[1], cells[2], cells[4]] = [first[0]![1]!, first[0]![2]!, first[0]![4]!];
          cells[5] = first[1]![5]!;
        }
        // A by staff code, then A again by system id.
        if (i === 2) [cells[4], cells[5]] = ['', first[0]![5]!];
        if (i === 3) [cells[4], cells[5], cells[14]] = ['', '', a.id];
      },
    });
    const job = await importWorkbook(t.app, admin, content);
    expect(job.result).toMatchObject({ created: 0, updated: 1, rejected: 3 });
    expect(job.result!.errors).toEqual([
      { row: 2, column: 'Mã hệ thống', message: 'Không tìm thấy người có mã hệ thống này' },
      { row: 3, column: 'Mã cán bộ', message: 'Mã cán bộ đã thuộc về một người khác trong danh sách' },
      { row: 5, column: 'Mã hệ thống', message: 'Dòng này và dòng 4 cùng là một người' },
    ]);
  });
  it('writes quotes, backslashes and commas as typed (batch values travel as array literals)', async () => {
    const position = 'Tổ trưởng "Tổ 1", khu A\\B {x} NULL';
    const content = await workbook('quotes.xlsx', 1, 44, {
      units,
      mutate: (cells) => {
        cells[6] = position;
      },
    });
    const job = await importWorkbook(t.app, admin, content);
    expect(job.result).toMatchObject({ created: 1, rejected: 0 });
    const found = await as(t.app, admin)({ method: 'GET', url: '/api/people?q=CB44-000001' });
    expect(found.json().items[0].position).toBe(position);
  });
});

describe('jobs and bad uploads', () => {
  it('shows a job only to its owner or an administrator of its tenant', async () => {
    const content = await workbook('one.xlsx', 1, 5, { units: [{ code: 'X01', name: '' }] });
    const job = await importWorkbook(t.app, officer, content);
    expect((await as(t.app, admin)({ method: 'GET', url: `/api/jobs/${job.id}` })).statusCode).toBe(200);
    expect((await as(t.app, viewer)({ method: 'GET', url: `/api/jobs/${job.id}` })).statusCode).toBe(404);
    expect((await as(t.app, stranger)({ method: 'GET', url: `/api/jobs/${job.id}` })).statusCode).toBe(404);
    expect(
      (await as(t.app, stranger)({ method: 'GET', url: `/api/people/import/${job.id}/report` })).statusCode,
    ).toBe(404);
    expect((await as(t.app, admin)({ method: 'GET', url: '/api/jobs/nope' })).statusCode).toBe(400);
  });

  it('fails the job with a Vietnamese message when the header is missing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['Tên', 'Tuổi']);
    const job = await importWorkbook(t.app, admin, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job.status).toBe('failed');
    expect(job.error).toContain('Họ và tên*');
  });

  it('fails the job when a ZIP is not a workbook', async () => {
    const zipOnly = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]);
    const job = await importWorkbook(t.app, admin, zipOnly);
    expect(job.status).toBe('failed');
    expect(job.error).toContain('Không đọc được tệp Excel');
  });

  it('refuses a non-xlsx file renamed .xlsx (415), a missing file (400), a JSON body (415) and an oversize file (413)', async () => {
    const fake = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/people/import',
      ...multipartBody('file', 'ds.xlsx', Buffer.from('Họ và tên,Giới tính\nAn,Nam\n')),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toContain('.xlsx');
    const boundary = '----b';
    const empty = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/people/import',
      payload: `--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(empty.statusCode).toBe(400);
    const json = await as(
      t.app,
      admin,
    )({ method: 'POST', url: '/api/people/import', payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    const big = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(21 * 1024 * 1024)]);
    const oversize = await as(
      t.app,
      admin,
    )({ method: 'POST', url: '/api/people/import', ...multipartBody('file', 'big.xlsx', big) });
    expect(oversize.statusCode).toBe(413);
    expect(
      (
        await as(
          t.app,
          viewer,
        )({
          method: 'POST',
          url: '/api/people/import',
          ...multipartBody('file', 'ds.xlsx', big.subarray(0, 100)),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('marks jobs left running by a dead process as failed on start-up', async () => {
    const id = '01900000-0000-7000-8000-000000000001';
    await t.deps.database.db.insert(jobs).values({
      id,
      tenantId,
      kind: 'people.import',
      status: 'running',
      nodeId: '01900000-0000-7000-8000-0000000000ff', // a node that stopped beating a minute ago
      heartbeatAt: new Date(Date.now() - 60_000),
    });
    const { failAbandonedJobs } = await import('../jobs');
    await failAbandonedJobs(t.deps);
    const res = await as(t.app, admin)({ method: 'GET', url: `/api/jobs/${id}` });
    expect(res.json()).toMatchObject({ status: 'failed' });
    expect(res.json().error).toContain('khởi động lại');
  });
});
