import { vietnamDate } from '../../../domain/calendar';
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardRecords, certificates } from '../../db/schema';
import { loadEnv } from '../../env';
import { newId } from '../../lib/ids';
import { insertUnit } from '../../test/access-fixtures';
import {
  as,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  signIn,
  type TestApp,
} from '../../test/harness';
import { waitForJobs } from '../jobs';
import { insertPerson } from '../ledger/ledger.test-helpers';

let t: TestApp;
let tenantId: string;
let otherTenant: string;
let admin: Session;
let viewer: Session;
let stranger: Session;
let unitA: { id: string; path: string; depth: number };
let an: string;
let binh: string;
let cuong: string;
let foreignAward: string;

async function award(
  tenant: string,
  personId: string,
  awardCode: string,
  decisionDate: string | null,
  extra: Partial<typeof awardRecords.$inferInsert> = {},
) {
  const id = newId();
  await t.deps.database.db.insert(awardRecords).values({
    id,
    tenantId: tenant,
    subjectType: 'individual',
    personId,
    awardCode,
    isEmulationTitle: awardCode === 'lao_dong_tien_tien' || awardCode === 'cstd_co_so',
    evaluationYear: decisionDate ? null : 2025,
    decisionNumber: decisionDate ? `12${decisionDate.slice(0, 4)}/QĐ-UBND` : null,
    decisionDate,
    decisionAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang',
    ...extra,
  });
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq', 'Tỉnh Tuyên Quang');
  otherTenant = await createTenant(t.deps, 'hg', 'Tỉnh Hà Giang');
  const province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  unitA = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', province);
  const otherRoot = await insertUnit(t.deps, otherTenant, 'Tỉnh Hà Giang');
  an = await insertPerson(t.deps, tenantId, 'Nguyễn Thị Ngọc Ánh', unitA.id, { gender: 'female' });
  binh = await insertPerson(t.deps, tenantId, 'Đỗ Văn Bình', unitA.id);
  cuong = await insertPerson(t.deps, tenantId, 'Lò Văn Cường', unitA.id);
  const foreigner = await insertPerson(t.deps, otherTenant, 'Người Hà Giang', otherRoot.id);
  foreignAward = await award(otherTenant, foreigner, 'bang_khen_bo_tinh', '2026-03-01');
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]);
  await createUser(t.deps, otherTenant, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  viewer = await signIn(t.app, 'viewer@tq.vn');
  stranger = await signIn(t.app, 'admin@hg.vn');
});
afterAll(() => t.close());

const post = (s: Session, url: string, payload: unknown) =>
  as(t.app, s)({ method: 'POST', url, payload: payload as object });
const get = (s: Session, url: string) => as(t.app, s)({ method: 'GET', url });

interface Cert {
  id: string;
  registryNumber: string;
  publicCode: string;
  verifyUrl: string;
  status: string;
  holderLine: string;
}

async function bulk(s: Session, awardRecordIds: string[]) {
  const res = await post(s, '/api/certificates/bulk', { awardRecordIds, signerName: 'Hoàng Văn Thắng' });
  expect(res.statusCode, res.body).toBe(202);
  const { jobId } = res.json<{ jobId: string }>();
  await waitForJobs();
  const job = (await get(s, `/api/jobs/${jobId}`)).json<{
    status: string;
    total: number;
    processed: number;
    result: { count: number; created: number; skipped: { awardRecordId: string; reason: string }[] };
  }>();
  return { jobId, job };
}

describe('issuing certificates', () => {
  let first: Cert;

  it('issues one certificate with the first registry number of its form and year, and a public code', async () => {
    const id = await award(tenantId, an, 'bang_khen_bo_tinh', '2026-03-01');
    const res = await post(admin, '/api/certificates', { awardRecordId: id, signerName: 'Hoàng Văn Thắng' });
    expect(res.statusCode, res.body).toBe(201);
    first = res.json<Cert>();
    expect(first.registryNumber).toBe('0001/BK-2026');
    expect(first.publicCode).toMatch(/^[A-Z2-7]{10}$/);
    expect(first.verifyUrl).toMatch(new RegExp(`^https?://[^/]+/xac-minh/${first.publicCode}$`));
    expect(first.holderLine).toBe('Bà Nguyễn Thị Ngọc Ánh');
    expect(first.status).toBe('valid');
    const again = await post(admin, '/api/certificates', { awardRecordId: id });
    expect(again.statusCode).toBe(200);
    expect(again.json<Cert>().id).toBe(first.id);
  });

  it('bulk: a job with progress, numbers counted per form and year in input order, one merged PDF', async () => {
    const ids = [
      await award(tenantId, binh, 'bang_khen_bo_tinh', '2026-03-01'),
      await award(tenantId, cuong, 'giay_khen_khac', '2026-03-01'),
      await award(tenantId, cuong, 'bang_khen_bo_tinh', '2026-04-01'),
      await award(tenantId, binh, 'bang_khen_bo_tinh', '2025-06-01'),
      await award(tenantId, an, 'lao_dong_tien_tien', '2026-01-10', { evaluationYear: 2025 }),
    ];
    const { jobId, job } = await bulk(admin, ids);
    expect(job).toMatchObject({ status: 'succeeded', total: 5, processed: 5 });
    expect(job.result).toMatchObject({ count: 5, created: 5, skipped: [] });
    const list = (await get(admin, '/api/certificates')).json<{
      items: (Cert & { decisionNumber: string })[];
    }>();
    const numbers = list.items.map((c) => c.registryNumber).sort();
    expect(numbers).toEqual([
      '0001/BK-2025',
      '0001/BK-2026',
      '0001/DH-2026',
      '0001/GK-2026',
      '0002/BK-2026',
      '0003/BK-2026',
    ]);
    expect(new Set(list.items.map((c) => c.publicCode)).size).toBe(6);
    const pdf = await get(admin, `/api/certificates/jobs/${jobId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await PDFDocument.load(pdf.rawPayload)).getPageCount()).toBe(5);
    const byNumber = (await get(admin, '/api/certificates?decisionNumber=122025/QĐ-UBND')).json<{
      total: number;
    }>();
    expect(byNumber.total).toBe(1);
  });

  it('another tenant counts from 1 again; the database refuses a duplicate registry number', async () => {
    const res = await post(stranger, '/api/certificates', { awardRecordId: foreignAward });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Cert>().registryNumber).toBe('0001/BK-2026');
    const [row] = await t.deps.database.db.select().from(certificates).limit(1);
    await expect(
      t.deps.database.db.insert(certificates).values({
        ...row!,
        id: newId(),
        awardRecordId: await award(tenantId, cuong, 'bang_khen_bo_tinh', '2026-05-05', {
          decisionNumber: '77/QĐ-UBND',
        }),
        publicCode: 'ZZZZZZZZZZ',
      }),
    ).rejects.toThrow();
  });

  it('skips revoked awards, orders and awards without a decision, with the reason', async () => {
    const revoked = await award(tenantId, cuong, 'giay_khen_khac', '2026-02-02', {
      status: 'revoked',
      revokedOn: '2026-02-10',
      revokeReason: 'Sai thành tích',
    });
    const order = await award(tenantId, cuong, 'huan_chuong_lao_dong_hang_3', '2026-02-02');
    const undecided = await award(tenantId, binh, 'cstd_co_so', null);
    const ok = await award(tenantId, binh, 'giay_khen_khac', '2026-02-02');
    const { job } = await bulk(admin, [revoked, order, undecided, ok]);
    expect(job.result.created).toBe(1);
    expect(job.result.skipped.map((s) => [s.awardRecordId, s.reason])).toEqual([
      [revoked, 'Khen thưởng đã bị thu hồi.'],
      [order, expect.stringContaining('không do đơn vị cấp')],
      [undecided, 'Bản ghi khen thưởng chưa có số và ngày quyết định.'],
    ]);
    const single = await post(admin, '/api/certificates', { awardRecordId: revoked });
    expect(single.statusCode).toBe(409);
    expect(single.json()).toMatchObject({
      error: { code: 'CONFLICT', message: 'Khen thưởng đã bị thu hồi.' },
    });
  });

  it('serves one certificate as PDF; 404 for another tenant, 403 for a viewer issuing, 401 anonymous', async () => {
    const pdf = await get(viewer, `/api/certificates/${first.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(stranger, `/api/certificates/${first.id}`)).statusCode).toBe(404);
    expect((await get(stranger, `/api/certificates/${first.id}/pdf`)).statusCode).toBe(404);
    expect((await post(admin, '/api/certificates', { awardRecordId: foreignAward })).statusCode).toBe(404);
    expect((await post(admin, '/api/certificates/bulk', { awardRecordIds: [foreignAward] })).statusCode).toBe(
      404,
    );
    expect(
      (await post(viewer, '/api/certificates/bulk', { awardRecordIds: [foreignAward] })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/certificates' })).statusCode).toBe(401);
  });

  it('the merged PDF of a job is 404 to another tenant and for an unknown job', async () => {
    const { jobId } = await bulk(admin, [await award(tenantId, an, 'giay_khen_khac', '2026-07-07')]);
    expect((await get(stranger, `/api/certificates/jobs/${jobId}/pdf`)).statusCode).toBe(404);
    expect((await get(admin, `/api/certificates/jobs/${newId()}/pdf`)).statusCode).toBe(404);
  });

  it.each([
    ['/api/certificates', { awardRecordId: 'khong-phai-uuid' }],
    ['/api/certificates', {}],
    ['/api/certificates', { awardRecordId: newId(), signedOn: '2026-02-30' }],
    ['/api/certificates', { awardRecordId: newId(), signerName: 'x'.repeat(101) }],
    ['/api/certificates/bulk', { awardRecordIds: [] }],
    ['/api/certificates/bulk', { awardRecordIds: 'abc' }],
    ['/api/certificates/by-decision-number', { decisionNumber: '' }],
  ])('refuses bad input to %s: %j', async (url, body) => {
    const res = await post(admin, url, body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_ERROR' } });
  });

  it('bulk by decision number: 404 for an unknown number, a job for a known one', async () => {
    expect(
      (await post(admin, '/api/certificates/by-decision-number', { decisionNumber: '999/QĐ-X' })).statusCode,
    ).toBe(404);
    const res = await post(admin, '/api/certificates/by-decision-number', {
      decisionNumber: '122026/QĐ-UBND',
    });
    expect(res.statusCode).toBe(202);
    await waitForJobs();
  });
});

describe('certificates of an issued decision', () => {
  it('409 while a draft; once issued, a job for its items signed as the decision is; 404 elsewhere', async () => {
    const today = vietnamDate(new Date());
    const draft = await post(admin, '/api/decisions', {
      orgUnitId: unitA.id,
      awardCode: 'bang_khen_bo_tinh',
      decisionDate: today,
      signerName: 'Nguyễn Văn Sơn',
      items: [
        { subjectType: 'individual', subjectId: an },
        { subjectType: 'individual', subjectId: cuong },
      ],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const d = draft.json<{ id: string; version: number }>();
    const early = await post(admin, `/api/decisions/${d.id}/certificates`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { message: expect.stringContaining('chưa ban hành') } });
    const issued = await post(admin, `/api/decisions/${d.id}/issue`, {
      version: d.version,
      decisionDate: today,
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect((await post(stranger, `/api/decisions/${d.id}/certificates`, {})).statusCode).toBe(404);
    const res = await post(admin, `/api/decisions/${d.id}/certificates`, {});
    expect(res.statusCode, res.body).toBe(202);
    await waitForJobs();
    const list = (await get(admin, `/api/certificates?decisionId=${d.id}`)).json<{ items: Cert[] }>();
    expect(list.items.map((c) => c.holderLine).sort()).toEqual([
      'Bà Nguyễn Thị Ngọc Ánh',
      'Ông Lò Văn Cường',
    ]);
    const [row] = await t.deps.database.db
      .select({ signerName: certificates.signerName, decisionId: certificates.decisionId })
      .from(certificates)
      .where(eq(certificates.id, list.items[0]!.id));
    expect(row).toEqual({ signerName: 'Nguyễn Văn Sơn', decisionId: d.id });
  });
});

describe('public verification', () => {
  let code: string;
  let awardId: string;
  beforeAll(async () => {
    awardId = await award(tenantId, binh, 'bang_khen_bo_tinh', '2026-08-15', {
      decisionNumber: '88/QĐ-UBND',
      achievementSummary: 'Bí mật <b>nội bộ</b>',
    });
    const res = await post(admin, '/api/certificates', { awardRecordId: awardId });
    code = res.json<Cert>().publicCode;
  });

  it('the page shows exactly holder, unit, title or form, decision, issuing body and status', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/xac-minh/${code}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const labels = [...res.body.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      'Họ và tên / Tập thể',
      'Đơn vị',
      'Danh hiệu / Hình thức',
      'Quyết định',
      'Cơ quan ban hành',
      'Tình trạng',
    ]);
    expect(res.body).toContain('Đỗ Văn Bình');
    expect(res.body).toContain('Xã Minh Quang');
    expect(res.body).toContain('Bằng khen');
    expect(res.body).toContain('Số 88/QĐ-UBND, ngày 15/08/2026');
    expect(res.body).toContain('Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang');
    expect(res.body).toContain('Còn hiệu lực');
    expect(res.body).not.toContain('nội bộ');
    expect(res.body).not.toMatch(/\/BK-/);
    expect(res.body).not.toContain('<script');
    // Codes are read case-insensitively (typed on a phone).
    expect((await t.app.inject({ method: 'GET', url: `/xac-minh/${code.toLowerCase()}` })).statusCode).toBe(
      200,
    );
  });

  it('the JSON twin has the same fields and nothing more', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/public/certificates/${code}` });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(
      [
        'decisionDate',
        'decisionNumber',
        'holderName',
        'issuingBody',
        'status',
        'statusLabel',
        'title',
        'unit',
      ].sort(),
    );
    expect(res.json()).toMatchObject({
      holderName: 'Đỗ Văn Bình',
      status: 'valid',
      decisionDate: '2026-08-15',
    });
  });

  it('follows the award record: a revoked award reads "Đã bị thu hồi"', async () => {
    const rev = await post(admin, `/api/awards/${awardId}/revoke`, {
      reason: 'Khai man thành tích',
      revokedOn: '2026-09-01',
    });
    expect(rev.statusCode, rev.body).toBe(200);
    const page = await t.app.inject({ method: 'GET', url: `/xac-minh/${code}` });
    expect(page.body).toContain('Đã bị thu hồi');
    expect(page.body).not.toContain('Còn hiệu lực');
    const json = await t.app.inject({ method: 'GET', url: `/api/public/certificates/${code}` });
    expect(json.json()).toMatchObject({ status: 'revoked', statusLabel: 'Đã bị thu hồi' });
    const listed = (
      await get(admin, `/api/certificates?decisionNumber=${encodeURIComponent('88/QĐ-UBND')}`)
    ).json<{
      items: Cert[];
    }>();
    expect(listed.items.find((c) => c.publicCode === code)?.status).toBe('revoked');
  });

  it.each(['ABCDEFGHJK', 'abc', '0000000000', '%3Cscript%3E'])(
    'unknown or malformed code %s → Vietnamese 404 page',
    async (c) => {
      const res = await t.app.inject({ method: 'GET', url: `/xac-minh/${c}` });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('Không tìm thấy bằng khen, giấy khen có mã xác minh này.');
      expect(res.body).not.toContain('<script>');
    },
  );

  it('the JSON twin: 404 for an unknown code, 400 for a malformed one', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/public/certificates/ABCDEFGHJK' })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/certificates/abc' })).statusCode).toBe(400);
  });

  it('is rate-limited per address (429 after 60 look-ups a minute)', async () => {
    const hit = (url: string) => t.app.inject({ method: 'GET', url, remoteAddress: '203.0.113.9' });
    for (let i = 0; i < 60; i++) expect((await hit(`/xac-minh/${code}`)).statusCode).toBe(200);
    const limited = await hit(`/xac-minh/${code}`);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeTruthy();
    expect(limited.body).toContain('Bạn gửi quá nhiều yêu cầu');
    for (let i = 0; i < 60; i++) await hit(`/api/public/certificates/${code}`);
    const json = await hit(`/api/public/certificates/${code}`);
    expect(json.statusCode).toBe(429);
    expect(json.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('PUBLIC_BASE_URL is validated and loses its trailing slash', () => {
    expect(loadEnv({ PUBLIC_BASE_URL: 'https://tdkt.tuyenquang.gov.vn/' }).PUBLIC_BASE_URL).toBe(
      'https://tdkt.tuyenquang.gov.vn',
    );
    expect(() => loadEnv({ PUBLIC_BASE_URL: 'ftp://x.vn' })).toThrow(/PUBLIC_BASE_URL/);
  });
});
