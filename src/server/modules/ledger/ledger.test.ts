import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, initiatives as initiativesTable } from '../../db/schema';
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
import { insertHousehold, insertPerson } from './ledger.test-helpers';

let t: TestApp;
let tenantId: string;
let communeA: { id: string; path: string; depth: number };
let communeB: { id: string; path: string; depth: number };
let an: string;
let binh: string;
let household: string;
let foreignPerson: string;
let admin: Session;
let officerA: Session;
let viewer: Session;
let stranger: Session;

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  const other = await createTenant(t.deps, 'hg');
  const province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  communeA = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', province);
  communeB = await insertUnit(t.deps, tenantId, 'Xã Lâm Bình', province);
  const otherRoot = await insertUnit(t.deps, other, 'Tỉnh Hà Giang');
  an = await insertPerson(t.deps, tenantId, 'Nguyễn Thị An', communeA.id, { gender: 'female' });
  binh = await insertPerson(t.deps, tenantId, 'Trần Văn Bình', communeB.id);
  household = await insertHousehold(t.deps, tenantId, 'Hộ ông Lò Văn Páo', communeA.id);
  foreignPerson = await insertPerson(t.deps, other, 'Người Hà Giang', otherRoot.id);
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'unit_officer', orgUnitId: communeA.id }]);
  await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]);
  await createUser(t.deps, other, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  officerA = await signIn(t.app, 'officer@tq.vn');
  viewer = await signIn(t.app, 'viewer@tq.vn');
  stranger = await signIn(t.app, 'admin@hg.vn');
});
afterAll(() => t.close());

const post = (s: Session, url: string, payload: unknown) =>
  as(t.app, s)({ method: 'POST', url, payload: payload as object });
const get = (s: Session, url: string) => as(t.app, s)({ method: 'GET', url });
const patch = (s: Session, url: string, payload: unknown) =>
  as(t.app, s)({ method: 'PATCH', url, payload: payload as object });
const del = (s: Session, url: string) => as(t.app, s)({ method: 'DELETE', url });

async function audits(entityId: string) {
  return t.deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
}

const LDTT = (personId: string, year: number, extra: Record<string, unknown> = {}) => ({
  subjectType: 'individual',
  subjectId: personId,
  awardCode: 'lao_dong_tien_tien',
  evaluationYear: year,
  decisionNumber: `${year}-01/QĐ-UBND`,
  decisionDate: `${year + 1}-01-10`,
  decisionAuthority: 'Chủ tịch UBND xã Minh Quang',
  ...extra,
});

describe('award records', () => {
  let awardId: string;

  it('creates an award, names the subject and the award, writes the audit row', async () => {
    const res = await post(admin, '/api/awards', LDTT(an, 2024));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    awardId = body.id;
    expect(body).toMatchObject({
      subject: {
        type: 'individual',
        id: an,
        name: 'Nguyễn Thị An',
        unit: { id: communeA.id, name: 'Xã Minh Quang' },
      },
      awardCode: 'lao_dong_tien_tien',
      awardName: 'Lao động tiên tiến',
      isEmulationTitle: true,
      evaluationYear: 2024,
      countedYear: 2024,
      commendationType: 'cong_trang',
      status: 'valid',
      source: 'manual',
      version: 1,
    });
    const rows = await audits(awardId);
    expect(rows.map((r) => r.action)).toEqual(['create']);
    expect(rows[0]!.summary).toContain('Lao động tiên tiến');
  });

  it('reads, lists by subject and year, and updates with the version', async () => {
    expect((await get(viewer, `/api/awards/${awardId}`)).json().id).toBe(awardId);
    const list = await get(
      admin,
      `/api/awards?subjectType=individual&subjectId=${an}&fromYear=2024&toYear=2024`,
    );
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: awardId }] });
    const none = await get(admin, `/api/awards?subjectType=individual&subjectId=${an}&fromYear=2025`);
    expect(none.json().total).toBe(0);
    const res = await patch(admin, `/api/awards/${awardId}`, {
      version: 1,
      achievementSummary: 'Hoàn thành xuất sắc',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ achievementSummary: 'Hoàn thành xuất sắc', version: 2 });
    const stale = await patch(admin, `/api/awards/${awardId}`, { version: 1, achievementSummary: 'x' });
    expect(stale.statusCode).toBe(409);
    expect((await audits(awardId)).map((r) => r.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses the same emulation title for the same subject and year with 409 in Vietnamese', async () => {
    const res = await post(admin, '/api/awards', LDTT(an, 2024, { decisionNumber: 'khac/QĐ' }));
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.message).toContain('đã có danh hiệu "Lao động tiên tiến" năm 2024');
  });

  it('allows several Bằng khen in a year for different achievements, not twice in one decision', async () => {
    const bk = (decisionNumber: string) => ({
      subjectType: 'individual',
      subjectId: an,
      awardCode: 'bang_khen_bo_tinh',
      commendationType: 'dot_xuat',
      decisionNumber,
      decisionDate: '2025-05-20',
    });
    expect((await post(admin, '/api/awards', bk('101/QĐ-UBND'))).statusCode).toBe(201);
    expect((await post(admin, '/api/awards', bk('202/QĐ-UBND'))).statusCode).toBe(201);
    const twice = await post(admin, '/api/awards', bk('202/QĐ-UBND'));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain('trong quyết định số 202/QĐ-UBND');
  });

  it.each([
    ['an unknown code', { awardCode: 'huan_chuong_khong_co' }, 'không có trong danh mục'],
    ['a malformed code', { awardCode: 'Lao Động' }, 'Mã danh hiệu'],
    ['a title without its year', { evaluationYear: null }, 'cần năm đánh giá'],
    ['a year after next year', { evaluationYear: 2999 }, 'Năm'],
    ['a year before 1945', { evaluationYear: 1900 }, 'Năm phải từ 1945'],
    ['an impossible date', { decisionDate: '2025-02-30' }, 'Ngày không tồn tại'],
    ['a decision in the future', { evaluationYear: 2023, decisionDate: '2999-01-01' }, 'Ngày'],
    [
      'a period ending before it starts',
      { evaluationYear: 2022, periodFrom: '2022-12-01', periodTo: '2022-01-01' },
      'Ngày kết thúc',
    ],
    ['negative money', { evaluationYear: 2021, moneyAmount: -5 }, 'không được âm'],
    ['an unknown field', { evaluationYear: 2020, hacker: true }, ''],
  ])('answers 400 to %s', async (_name, extra, message) => {
    const res = await post(admin, '/api/awards', LDTT(an, 2019, extra));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(VIETNAMESE);
    expect(res.json().error.message).toContain(message);
  });

  it('refuses an individual title for a collective, accepts a collective title and a household form', async () => {
    const wrong = await post(admin, '/api/awards', {
      subjectType: 'collective',
      subjectId: communeA.id,
      awardCode: 'lao_dong_tien_tien',
      evaluationYear: 2024,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('không dành cho đối tượng tập thể');
    const collective = await post(admin, '/api/awards', {
      subjectType: 'collective',
      subjectId: communeA.id,
      awardCode: 'tap_the_lao_dong_tien_tien',
      evaluationYear: 2024,
    });
    expect(collective.statusCode, collective.body).toBe(201);
    expect(collective.json().subject).toMatchObject({
      type: 'collective',
      name: 'Xã Minh Quang',
      unit: null,
    });
    const home = await post(admin, '/api/awards', {
      subjectType: 'household',
      subjectId: household,
      awardCode: 'giay_khen_chu_tich_ubnd_xa',
      decisionDate: '2025-09-02',
    });
    expect(home.statusCode, home.body).toBe(201);
    expect(home.json()).toMatchObject({ countedYear: 2025, evaluationYear: null, isEmulationTitle: false });
  });

  it('revokes an award (Law Điều 93): the record stays, revoked, frozen; the title slot is free again', async () => {
    const bad = await post(admin, `/api/awards/${awardId}/revoke`, {
      reason: 'Gian dối',
      revokedOn: '2999-01-01',
    });
    expect(bad.statusCode).toBe(400);
    const res = await post(admin, `/api/awards/${awardId}/revoke`, {
      reason: 'Kê khai thành tích không trung thực',
      revokedOn: '2025-06-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'revoked',
      revokedOn: '2025-06-01',
      revokeReason: 'Kê khai thành tích không trung thực',
    });
    const again = await post(admin, `/api/awards/${awardId}/revoke`, {
      reason: 'x',
      revokedOn: '2025-06-02',
    });
    expect(again.statusCode).toBe(409);
    expect((await patch(admin, `/api/awards/${awardId}`, { version: 3, note: 'x' })).statusCode).toBe(400);
    expect(
      (await patch(admin, `/api/awards/${awardId}`, { version: 3, achievementSummary: 'x' })).statusCode,
    ).toBe(409);
    expect((await del(admin, `/api/awards/${awardId}`)).statusCode).toBe(409);
    expect((await get(admin, `/api/awards/${awardId}`)).json().status).toBe('revoked');
    expect((await audits(awardId)).map((r) => r.action)).toContain('revoke');
    const replacement = await post(admin, '/api/awards', LDTT(an, 2024, { decisionNumber: 'moi/QĐ' }));
    expect(replacement.statusCode, replacement.body).toBe(201);
    const revokedList = await get(admin, `/api/awards?subjectType=individual&subjectId=${an}&status=revoked`);
    expect(revokedList.json().items.map((a: { id: string }) => a.id)).toEqual([awardId]);
  });

  it('deletes an award typed in by mistake, with its audit row', async () => {
    const created = (await post(admin, '/api/awards', LDTT(an, 2018))).json();
    const res = await del(admin, `/api/awards/${created.id}`);
    expect(res.statusCode).toBe(204);
    expect((await get(admin, `/api/awards/${created.id}`)).statusCode).toBe(404);
    expect((await audits(created.id)).map((r) => r.action).sort()).toEqual(['create', 'delete']);
  });
});

describe('tenant isolation and subtree scope', () => {
  let binhAward: string;

  it('answers 404 to another tenant for ids of this tenant, and to this tenant for its subjects', async () => {
    binhAward = (await post(admin, '/api/awards', LDTT(binh, 2023))).json().id;
    expect((await get(stranger, `/api/awards/${binhAward}`)).statusCode).toBe(404);
    expect(
      (await patch(stranger, `/api/awards/${binhAward}`, { version: 1, achievementSummary: 'x' })).statusCode,
    ).toBe(404);
    expect((await del(stranger, `/api/awards/${binhAward}`)).statusCode).toBe(404);
    const foreign = await post(admin, '/api/awards', LDTT(foreignPerson, 2023));
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toContain('không tồn tại');
    expect((await get(admin, `/api/subjects/individual/${foreignPerson}/achievements`)).statusCode).toBe(404);
    expect((await get(stranger, '/api/awards')).json().total).toBe(0);
  });

  it("keeps a commune officer to the commune: another commune's people do not exist for them", async () => {
    const other = await post(officerA, '/api/awards', LDTT(binh, 2022));
    expect(other.statusCode).toBe(404);
    expect((await get(officerA, `/api/awards/${binhAward}`)).statusCode).toBe(404);
    const own = await post(officerA, '/api/awards', LDTT(an, 2022));
    expect(own.statusCode, own.body).toBe(201);
    const list = (await get(officerA, '/api/awards?pageSize=100')).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((a: { subject: { id: string } }) => a.subject.id !== binh)).toBe(true);
    const rating = await post(officerA, '/api/ratings', {
      subjectType: 'individual',
      subjectId: binh,
      year: 2024,
      rating: 'HTT',
    });
    expect(rating.statusCode).toBe(404);
  });

  it('lets a viewer read but not write (403)', async () => {
    expect((await get(viewer, `/api/awards/${binhAward}`)).statusCode).toBe(200);
    const res = await post(viewer, '/api/awards', LDTT(an, 2021));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(VIETNAMESE);
  });
});

describe('annual ratings', () => {
  it('creates then replaces the rating of a year (one per subject and year)', async () => {
    const first = await post(admin, '/api/ratings', {
      subjectType: 'individual',
      subjectId: an,
      year: 2024,
      rating: 'HTT',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ year: 2024, rating: 'HTT', ratingLabel: 'Hoàn thành tốt nhiệm vụ' });
    const second = await post(admin, '/api/ratings', {
      subjectType: 'individual',
      subjectId: an,
      year: 2024,
      rating: 'HTXS',
    });
    expect(second.json()).toMatchObject({ id: first.json().id, rating: 'HTXS' });
    const list = (await get(admin, `/api/ratings?subjectType=individual&subjectId=${an}`)).json();
    expect(list.total).toBe(1);
    const rows = await audits(first.json().id);
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => JSON.stringify(r.before).includes('HTT'))).toBe(true);
  });

  it('writes a list all together (counts created and updated) and refuses a bad list whole', async () => {
    const bulk = (items: unknown[]) =>
      as(t.app, admin)({ method: 'PUT', url: '/api/ratings/bulk', payload: { items } });
    const ok = await bulk([
      { subjectType: 'individual', subjectId: an, year: 2024, rating: 'HTXS' },
      { subjectType: 'individual', subjectId: an, year: 2023, rating: 'HTT' },
      { subjectType: 'individual', subjectId: binh, year: 2023, rating: 'HT' },
      { subjectType: 'collective', subjectId: communeA.id, year: 2024, rating: 'HTXS' },
    ]);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ created: 3, updated: 1 });
    const dup = await bulk([
      { subjectType: 'individual', subjectId: an, year: 2022, rating: 'HT' },
      { subjectType: 'individual', subjectId: an, year: 2022, rating: 'HTT' },
    ]);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.message).toContain('trùng');
    const foreign = await bulk([
      { subjectType: 'individual', subjectId: an, year: 2021, rating: 'HT' },
      { subjectType: 'individual', subjectId: foreignPerson, year: 2021, rating: 'HT' },
    ]);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toContain('dòng 2');
    const wrong = await bulk([{ subjectType: 'individual', subjectId: an, year: 2021, rating: 'XUAT_SAC' }]);
    expect(wrong.statusCode).toBe(400);
    const list = (
      await get(admin, `/api/ratings?subjectType=individual&subjectId=${an}&fromYear=2021&toYear=2022`)
    ).json();
    expect(list.total).toBe(0);
    const household = await post(admin, '/api/ratings', {
      subjectType: 'household',
      subjectId: an,
      year: 2024,
      rating: 'HT',
    });
    expect(household.statusCode).toBe(400);
  });

  it('deletes a rating with its audit row', async () => {
    const r = (
      await post(admin, '/api/ratings', {
        subjectType: 'individual',
        subjectId: binh,
        year: 2019,
        rating: 'KHT',
      })
    ).json();
    expect((await del(admin, `/api/ratings/${r.id}`)).statusCode).toBe(204);
    expect((await get(admin, `/api/ratings/${r.id}`)).statusCode).toBe(404);
    expect((await audits(r.id)).map((a) => a.action)).toContain('delete');
  });
});

describe('discipline, pending cases, maternity leave', () => {
  it('keeps discipline records (G2) with their periods', async () => {
    const res = await post(admin, '/api/disciplines', {
      personId: binh,
      form: 'canh_cao',
      fromDate: '2024-03-01',
      toDate: '2025-02-28',
      decisionNumber: '12/QĐ-KL',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ form: 'canh_cao', formLabel: 'Cảnh cáo', subject: { id: binh } });
    const id = res.json().id;
    expect((await get(admin, `/api/disciplines?personId=${binh}&fromYear=2025`)).json().total).toBe(1);
    expect((await get(admin, `/api/disciplines?personId=${binh}&toYear=2023`)).json().total).toBe(0);
    const upd = await patch(admin, `/api/disciplines/${id}`, { toDate: null });
    expect(upd.json().toDate).toBeNull();
    const bad = await patch(admin, `/api/disciplines/${id}`, { toDate: '2020-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Ngày kết thúc');
    expect(
      (await post(admin, '/api/disciplines', { personId: binh, form: 'phat_tien', fromDate: '2024-01-01' }))
        .statusCode,
    ).toBe(400);
    expect((await audits(id)).map((a) => a.action).sort()).toEqual(['create', 'update']);
    expect((await del(admin, `/api/disciplines/${id}`)).statusCode).toBe(204);
  });

  it('opens and closes pending cases (G1)', async () => {
    const res = await post(admin, '/api/pending-cases', {
      subjectType: 'individual',
      subjectId: an,
      kind: 'inspection',
      openedOn: '2025-10-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ isOpen: true, kindLabel: 'Đang thanh tra, kiểm tra' });
    const id = res.json().id;
    expect(
      (await get(admin, `/api/pending-cases?subjectType=individual&subjectId=${an}&open=true`)).json().total,
    ).toBe(1);
    const early = await post(admin, `/api/pending-cases/${id}/close`, { closedOn: '2025-09-01' });
    expect(early.statusCode).toBe(400);
    const closed = await post(admin, `/api/pending-cases/${id}/close`, {
      closedOn: '2025-12-01',
      note: 'Không có vi phạm',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ isOpen: false, closedOn: '2025-12-01', note: 'Không có vi phạm' });
    expect((await post(admin, `/api/pending-cases/${id}/close`, { closedOn: '2025-12-02' })).statusCode).toBe(
      409,
    );
    expect(
      (await get(admin, `/api/pending-cases?subjectType=individual&subjectId=${an}&open=true`)).json().total,
    ).toBe(0);
    expect((await audits(id)).map((a) => a.action).sort()).toEqual(['close', 'create']);
    const unit = await post(admin, '/api/pending-cases', {
      subjectType: 'collective',
      subjectId: communeB.id,
      kind: 'audit',
      openedOn: '2025-01-01',
    });
    expect(unit.statusCode).toBe(201);
  });

  it('keeps maternity leave (G3) and refuses a leave ending before it starts', async () => {
    const res = await post(admin, '/api/maternity-leaves', {
      personId: an,
      fromDate: '2023-02-01',
      toDate: '2023-07-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const bad = await post(admin, '/api/maternity-leaves', {
      personId: an,
      fromDate: '2023-02-01',
      toDate: '2023-01-31',
    });
    expect(bad.statusCode).toBe(400);
    expect((await get(admin, `/api/maternity-leaves?personId=${an}`)).json().total).toBe(1);
    const upd = await patch(admin, `/api/maternity-leaves/${res.json().id}`, { toDate: '2023-08-01' });
    expect(upd.json().toDate).toBe('2023-08-01');
  });
});

describe('initiatives (law-reference §2.6, G7)', () => {
  let initiativeId: string;

  it('refuses shares over 100% and records an initiative with its authors', async () => {
    const body = {
      title: 'Số hoá hồ sơ thi đua cấp xã',
      recognizingBody: 'Hội đồng sáng kiến xã Minh Quang',
      decisionNumber: '45/QĐ-UBND',
      decisionDate: '2024-11-20',
      scope: 'co_so',
      authors: [
        { personId: an, sharePercent: 60 },
        { personId: binh, sharePercent: 50 },
      ],
    };
    const over = await post(admin, '/api/initiatives', body);
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toContain('vượt quá 100%');
    const res = await post(admin, '/api/initiatives', {
      ...body,
      authors: [
        { personId: an, sharePercent: 60 },
        { personId: binh, sharePercent: 40 },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    initiativeId = res.json().id;
    expect(res.json()).toMatchObject({
      scopeLabel: 'Cấp cơ sở',
      unit: { id: communeA.id },
      usedByAward: null,
      authors: [
        { personId: an, sharePercent: 60 },
        { personId: binh, sharePercent: 40 },
      ],
    });
    expect((await get(admin, `/api/initiatives?authorId=${binh}`)).json().total).toBe(1);
  });

  it('lets an initiative support one award only', async () => {
    const first = await post(admin, '/api/awards', {
      subjectType: 'individual',
      subjectId: an,
      awardCode: 'cstd_co_so',
      evaluationYear: 2024,
      initiativeIds: [initiativeId],
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().initiatives).toEqual([{ id: initiativeId, title: 'Số hoá hồ sơ thi đua cấp xã' }]);
    const used = (await get(admin, `/api/initiatives/${initiativeId}`)).json();
    expect(used.usedByAward).toMatchObject({
      id: first.json().id,
      awardCode: 'cstd_co_so',
      countedYear: 2024,
    });
    const second = await post(admin, '/api/awards', {
      subjectType: 'individual',
      subjectId: binh,
      awardCode: 'cstd_co_so',
      evaluationYear: 2024,
      initiativeIds: [initiativeId],
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('chỉ được dùng một lần');
    expect((await del(admin, `/api/initiatives/${initiativeId}`)).statusCode).toBe(409);
    // Releasing it from the first award frees it.
    const released = await patch(admin, `/api/awards/${first.json().id}`, { version: 1, initiativeIds: [] });
    expect(released.statusCode, released.body).toBe(200);
    const [row] = await t.deps.database.db
      .select()
      .from(initiativesTable)
      .where(and(eq(initiativesTable.id, initiativeId)));
    expect(row!.usedByAwardId).toBeNull();
  });

  it('releases the initiatives of a revoked award (Law Điều 93), so they may ground another award', async () => {
    const award = await post(admin, '/api/awards', {
      subjectType: 'individual',
      subjectId: an,
      awardCode: 'bang_khen_bo_tinh',
      decisionDate: '2025-02-01',
      decisionNumber: '77/QĐ-UBND',
      initiativeIds: [initiativeId],
    });
    expect(award.statusCode, award.body).toBe(201);
    const revoked = await post(admin, `/api/awards/${award.json().id}/revoke`, {
      reason: 'Hồ sơ không trung thực',
      revokedOn: '2025-03-01',
    });
    expect(revoked.json()).toMatchObject({ status: 'revoked', initiatives: [] });
    expect((await get(admin, `/api/initiatives/${initiativeId}`)).json().usedByAward).toBeNull();
    const [audit] = (await audits(award.json().id)).filter((a) => a.action === 'revoke');
    expect(audit!.before).toMatchObject({ initiativeIds: [initiativeId] });
  });

  it('keeps single use under concurrent requests: one award gets the initiative, the other 409', async () => {
    const body = (code: string) => ({
      subjectType: 'individual',
      subjectId: an,
      awardCode: code,
      decisionDate: '2025-04-01',
      initiativeIds: [initiativeId],
    });
    const answers = await Promise.all([
      post(admin, '/api/awards', body('bang_khen_bo_tinh')),
      post(admin, '/api/awards', body('giay_khen_chu_tich_ubnd_xa')),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const twice = await Promise.all([
      post(admin, '/api/awards', LDTT(binh, 2017, { decisionNumber: 'A' })),
      post(admin, '/api/awards', LDTT(binh, 2017, { decisionNumber: 'B' })),
    ]);
    expect(twice.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const winner = answers.find((r) => r.statusCode === 201)!.json();
    expect((await get(admin, `/api/initiatives/${initiativeId}`)).json().usedByAward.id).toBe(winner.id);
    expect((await del(admin, `/api/awards/${winner.id}`)).statusCode).toBe(204);
    expect((await get(admin, `/api/initiatives/${initiativeId}`)).json().usedByAward).toBeNull();
  });

  it('refuses an initiative the person did not author', async () => {
    const other = (
      await post(admin, '/api/initiatives', {
        title: 'Cải tiến quy trình một cửa',
        recognizingBody: 'UBND xã Lâm Bình',
        decisionDate: '2024-06-01',
        scope: 'co_so',
        authors: [{ personId: binh }],
      })
    ).json();
    const res = await post(admin, '/api/awards', {
      subjectType: 'individual',
      subjectId: an,
      awardCode: 'bang_khen_bo_tinh',
      decisionDate: '2025-01-15',
      initiativeIds: [other.id],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('không phải tác giả');
  });

  it('replaces the authors and updates with the version', async () => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'PUT',
      url: `/api/initiatives/${initiativeId}/authors`,
      payload: { authors: [{ personId: an, sharePercent: 100 }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().authors).toEqual([{ personId: an, fullName: 'Nguyễn Thị An', sharePercent: 100 }]);
    const upd = await patch(admin, `/api/initiatives/${initiativeId}`, { version: 1, scope: 'bo_tinh' });
    expect(upd.json()).toMatchObject({ scope: 'bo_tinh', version: 2 });
    expect(
      (await patch(admin, `/api/initiatives/${initiativeId}`, { version: 1, scope: 'co_so' })).statusCode,
    ).toBe(409);
  });
});

describe('achievement file', () => {
  it("lists a person's ratings, awards, initiatives, discipline, cases and leave on one timeline", async () => {
    const res = await get(viewer, `/api/subjects/individual/${an}/achievements`);
    expect(res.statusCode, res.body).toBe(200);
    const file = res.json();
    expect(file.subject).toMatchObject({ id: an, name: 'Nguyễn Thị An' });
    const kinds = new Set(file.timeline.map((e: { kind: string }) => e.kind));
    expect([...kinds].sort()).toEqual(['award', 'initiative', 'maternity_leave', 'pending_case', 'rating']);
    const years = file.timeline.map((e: { year: number }) => e.year);
    expect(years).toEqual([...years].sort((a: number, b: number) => b - a));
    expect(file.timeline.some((e: { label: string }) => e.label.includes('đã bị huỷ bỏ'))).toBe(true);
    expect(file.pendingInvestigation).toBe(false);
    const unit = (await get(admin, `/api/subjects/collective/${communeA.id}/achievements`)).json();
    expect(unit.ratings.map((r: { rating: string }) => r.rating)).toEqual(['HTXS']);
    expect(unit.awards.map((a: { awardCode: string }) => a.awardCode)).toEqual([
      'tap_the_lao_dong_tien_tien',
    ]);
    const b = (await get(admin, `/api/subjects/collective/${communeB.id}/achievements`)).json();
    expect(b.pendingInvestigation).toBe(true);
    expect(
      (await get(admin, `/api/subjects/household/${household}/achievements`)).json().awards,
    ).toHaveLength(1);
    expect((await get(admin, `/api/subjects/planet/${an}/achievements`)).statusCode).toBe(400);
  });
});
