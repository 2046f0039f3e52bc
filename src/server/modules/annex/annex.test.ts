import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annexImportRows, annexImports, auditLog, awardRecords } from '../../db/schema';
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
import {
  type AnnexImportView,
  type AnnexRowView,
  annexWorkbook,
  getAnnex,
  multipart,
  uploadAnnex,
} from './annex.test-helpers';

let t: TestApp;
let tenantId: string;
let admin: Session;
let officer: Session;
let viewer: Session;
let stranger: Session;
const ids: Record<string, string> = {};

const AN_CITIZEN_ID = '008085000123';
/** Sheet rows of the main annex (two title lines and the header come first). */
const R = { an: 4, binh: 5, cuong: 6, nobody: 7, bad: 8, generic: 9, again: 10, dung: 11 };

async function createPerson(
  session: Session,
  body: {
    fullName: string;
    gender: 'male' | 'female';
    birthDate?: string;
    citizenId?: string;
    externalCode?: string;
    unitId: string;
  },
) {
  const res = await as(t.app, session)({ method: 'POST', url: '/api/people', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  const other = await createTenant(t.deps, 'hg');
  const province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  const minhQuang = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', province);
  const lamBinh = await insertUnit(t.deps, tenantId, 'Xã Lâm Bình', province);
  const foreignRoot = await insertUnit(t.deps, other, 'Tỉnh Hà Giang');
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'unit_officer', orgUnitId: minhQuang.id }]);
  await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]);
  await createUser(t.deps, other, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  officer = await signIn(t.app, 'officer@tq.vn');
  viewer = await signIn(t.app, 'viewer@tq.vn');
  stranger = await signIn(t.app, 'admin@hg.vn');

  ids.an = await createPerson(admin, {
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    birthDate: '1985-03-12',
    citizenId: AN_CITIZEN_ID,
    unitId: minhQuang.id,
  });
  // A staff code follows the name in the search text: the name is still found.
  ids.binh = await createPerson(admin, {
    fullName: 'Trần Thị Bình',
    gender: 'female',
    birthDate: '1990-05-01',
    externalCode: 'CB-0042',
    unitId: minhQuang.id,
  });
  ids.cuong1 = await createPerson(admin, {
    fullName: 'Lê Văn Cường',
    gender: 'male',
    birthDate: '1980-01-01',
    unitId: minhQuang.id,
  });
  ids.cuong2 = await createPerson(admin, {
    fullName: 'Lê Văn Cường',
    gender: 'male',
    birthDate: '1982-02-02',
    unitId: minhQuang.id,
  });
  ids.dung = await createPerson(admin, {
    fullName: 'Hoàng Văn Dũng',
    gender: 'male',
    birthDate: '1979-07-07',
    unitId: lamBinh.id,
  });
  // Another tenant's namesake of An, with the same citizen ID: never a candidate here.
  ids.foreignAn = await createPerson(stranger, {
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    birthDate: '1985-03-12',
    citizenId: AN_CITIZEN_ID,
    unitId: foreignRoot.id,
  });
  // Dũng already holds Lao động tiên tiến 2023 in the ledger.
  await t.deps.database.db.insert(awardRecords).values({
    id: newId(),
    tenantId,
    subjectType: 'individual',
    personId: ids.dung,
    awardCode: 'lao_dong_tien_tien',
    isEmulationTitle: true,
    evaluationYear: 2023,
    decisionNumber: '01/QĐ-UBND',
    decisionDate: '2024-01-05',
  });
});
afterAll(() => t.close());

const byRow = (view: AnnexImportView, rowNumber: number): AnnexRowView => {
  const row = view.rows.items.find((r) => r.rowNumber === rowNumber);
  if (!row) throw new Error(`không có dòng ${rowNumber}`);
  return row;
};

const countSessions = async () =>
  (
    await t.deps.database.db
      .select({ id: annexImports.id })
      .from(annexImports)
      .where(eq(annexImports.tenantId, tenantId))
  ).length;

describe('annex template', () => {
  it('has the annex columns, a drop-down of the catalogue, text cells and instructions', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: '/api/annex-imports/template' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phụ lục', 'Danh mục', 'Hướng dẫn']);
    const sheet = wb.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'STT',
      'Họ và tên*',
      'Chức vụ',
      'Đơn vị',
      'Danh hiệu/Hình thức*',
      'Số quyết định*',
      'Ngày* (dd/mm/yyyy)',
      'Ngày sinh (dd/mm/yyyy)',
      'Số định danh cá nhân',
      'Năm xét (yyyy)',
    ]);
    const validation = sheet.getCell('E2').dataValidation;
    expect(validation).toMatchObject({ type: 'list', errorStyle: 'warning' });
    expect(validation.formulae[0]).toContain('Danh mục');
    const names = wb.worksheets[1]!.getColumn(1).values.filter(Boolean);
    expect(names).toContain('Chiến sĩ thi đua cơ sở');
    expect(names).toContain('Bằng khen của bộ, ban, ngành, tỉnh');
    expect(names).not.toContain('Tập thể lao động tiên tiến');
    expect(sheet.getColumn(7).numFmt).toBe('@');
    expect(JSON.stringify(wb.worksheets[2]!.getSheetValues())).toContain('dd/mm/yyyy');
  });

  it('is refused without ledger.write', async () => {
    const res = await as(t.app, viewer)({ method: 'GET', url: '/api/annex-imports/template' });
    expect(res.statusCode).toBe(403);
  });
});

describe('upload, review, resolve, commit', () => {
  let view: AnnexImportView;
  const decision = { 'Số quyết định': '12/QĐ-UBND', Ngày: '15/01/2024' };

  it('reads every row into the session with its status, and writes nothing to the ledger', async () => {
    const before = await t.deps.database.db.select({ id: awardRecords.id }).from(awardRecords);
    const content = await annexWorkbook(
      [
        // citizen ID decides.
        {
          STT: 1,
          'Họ và tên': 'Nguyễn Văn An',
          'Số định danh cá nhân': AN_CITIZEN_ID,
          'Danh hiệu/Hình thức': 'Chiến sĩ thi đua cơ sở',
          'Năm xét': 2023,
          ...decision,
        },
        // name without accents + unit; the year comes from the session default.
        {
          STT: 2,
          'Họ và tên': 'tran thi binh',
          'Đơn vị': 'UBND xã Minh Quang',
          'Danh hiệu/Hình thức': 'Lao động tiên tiến',
          ...decision,
        },
        // two namesakes in the same unit.
        {
          STT: 3,
          'Họ và tên': 'Lê Văn Cường',
          'Đơn vị': 'Xã Minh Quang',
          'Danh hiệu/Hình thức': 'Bằng khen của Chủ tịch UBND tỉnh',
          'Số quyết định': '99/QĐ-UBND',
          Ngày: '20/02/2024',
        },
        // nobody of that name.
        {
          STT: 4,
          'Họ và tên': 'Đỗ Văn Không Có',
          'Đơn vị': 'Xã Minh Quang',
          'Danh hiệu/Hình thức': 'Lao động tiên tiến',
          ...decision,
        },
        // an impossible date.
        {
          STT: 5,
          'Họ và tên': 'Trần Thị Bình',
          'Danh hiệu/Hình thức': 'Lao động tiên tiến',
          'Số quyết định': '12/QĐ-UBND',
          Ngày: '31/02/2024',
        },
        // a generic wording ("Giấy khen" of whom?).
        {
          STT: 6,
          'Họ và tên': 'Nguyễn Văn An',
          'Số định danh cá nhân': AN_CITIZEN_ID,
          'Danh hiệu/Hình thức': 'Giấy khen',
          'Số quyết định': '45/QĐ-UBND',
          Ngày: '01/03/2024',
        },
        // the same title for the same year again (another decision).
        {
          STT: 7,
          'Họ và tên': 'Nguyễn Văn An',
          'Số định danh cá nhân': AN_CITIZEN_ID,
          'Danh hiệu/Hình thức': 'CSTĐ cơ sở',
          'Năm xét': 2023,
          'Số quyết định': '13/QĐ-UBND',
          Ngày: '16/01/2024',
        },
        // already in the ledger.
        {
          STT: 8,
          'Họ và tên': 'Hoàng Văn Dũng',
          'Đơn vị': 'Xã Lâm Bình',
          'Ngày sinh': '07/07/1979',
          'Danh hiệu/Hình thức': 'Lao động tiên tiến',
          ...decision,
        },
      ],
      { titleLines: ['PHỤ LỤC', 'Danh sách cá nhân được khen thưởng'] },
    );
    view = await uploadAnnex(t.app, admin, content, {
      evaluationYear: '2023',
      commendationType: 'cong_trang',
      decisionAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
    });
    expect(view.status).toBe('ready');
    expect(view.rows.total).toBe(8);

    const an = byRow(view, R.an);
    expect(an).toMatchObject({
      status: 'ok',
      matchHow: 'citizen_id',
      awardCode: 'cstd_co_so',
      evaluationYear: 2023,
    });
    expect(an.person).toMatchObject({ personId: ids.an, fullName: 'Nguyễn Văn An', byCitizenId: true });
    expect(an.cells.citizenId).toBe('008******123');

    expect(byRow(view, R.binh)).toMatchObject({
      status: 'ok',
      matchHow: 'name_unit',
      awardCode: 'lao_dong_tien_tien',
      evaluationYear: 2023,
      person: { personId: ids.binh, birthDate: '1990-05-01', unitName: 'Xã Minh Quang' },
    });

    const cuong = byRow(view, R.cuong);
    expect(cuong.status).toBe('ambiguous');
    expect(cuong.person).toBeNull();
    expect(cuong.awardCode).toBe('bang_khen_bo_tinh');
    expect(cuong.candidates.map((c) => c.personId).sort()).toEqual([ids.cuong1, ids.cuong2].sort());
    expect(cuong.candidates.map((c) => c.birthDate).sort()).toEqual(['1980-01-01', '1982-02-02']);
    expect(cuong.candidates.every((c) => c.unitName === 'Xã Minh Quang')).toBe(true);
    expect(cuong.messages.join(' ')).toContain('2 cá nhân trùng họ tên');

    expect(byRow(view, R.nobody)).toMatchObject({ status: 'unmatched', person: null, pending: true });
    const bad = byRow(view, R.bad);
    expect(bad.status).toBe('error');
    expect(bad.pending).toBe(false);
    expect(bad.messages.join(' ')).toContain('31/02/2024');
    const generic = byRow(view, R.generic);
    expect(generic).toMatchObject({ status: 'unrecognised_award', awardCode: null, pending: true });
    expect(generic.person?.personId).toBe(ids.an);
    expect(generic.messages.join(' ')).toContain('Giấy khen');
    expect(byRow(view, R.again)).toMatchObject({ status: 'ok', awardCode: 'cstd_co_so' });
    expect(byRow(view, R.dung)).toMatchObject({ status: 'ok', matchHow: 'name_birth_unit' });

    expect(view.counts).toMatchObject({
      total: 8,
      ok: 4,
      ambiguous: 1,
      unmatched: 1,
      error: 1,
      unrecognised_award: 1,
      pending: 3,
      ready: 4,
    });
    const after = await t.deps.database.db.select({ id: awardRecords.id }).from(awardRecords);
    expect(after.length).toBe(before.length);
  });

  it('keeps no citizen ID in clear in the session', async () => {
    const rows = await t.deps.database.db
      .select()
      .from(annexImportRows)
      .where(eq(annexImportRows.importId, view.id));
    expect(JSON.stringify(rows)).not.toContain(AN_CITIZEN_ID);
  });

  it('filters rows by status and by what is pending', async () => {
    const ambiguous = await getAnnex(t.app, admin, view.id, '&status=ambiguous');
    expect(ambiguous.rows.items.map((r) => r.rowNumber)).toEqual([R.cuong]);
    const pending = await getAnnex(t.app, admin, view.id, '&status=pending');
    expect(pending.rows.items.map((r) => r.rowNumber)).toEqual([R.cuong, R.nobody, R.generic]);
    const page = await as(
      t.app,
      admin,
    )({ method: 'GET', url: `/api/annex-imports/${view.id}?page=3&pageSize=3` });
    expect(page.json<AnnexImportView>().rows.total).toBe(8);
    expect(page.json<AnnexImportView>().rows.items.map((r) => r.rowNumber)).toEqual([R.again, R.dung]);
    const res = await as(t.app, admin)({ method: 'GET', url: `/api/annex-imports/${view.id}?status=nope` });
    expect(res.statusCode).toBe(400);
  });

  it('refuses to commit while rows wait, saying how many in Vietnamese', async () => {
    const res = await as(t.app, admin)({ method: 'POST', url: `/api/annex-imports/${view.id}/commit` });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('Còn 3 dòng chưa xử lý');
    const count = await t.deps.database.db
      .select({ id: awardRecords.id })
      .from(awardRecords)
      .where(eq(awardRecords.source, 'annex_import'));
    expect(count).toHaveLength(0);
  });

  it('resolves rows: a candidate, a skip, a chosen form; refuses what does not fit', async () => {
    const patch = (rowNumber: number, payload: unknown, session = admin) =>
      as(
        t.app,
        session,
      )({
        method: 'PATCH',
        url: `/api/annex-imports/${view.id}/rows/${byRow(view, rowNumber).id}`,
        payload: payload as Record<string, unknown>,
      });
    // Another tenant's person, an unknown person, nothing at all, a form for collectives only.
    expect((await patch(R.cuong, { personId: ids.foreignAn })).statusCode).toBe(404);
    expect((await patch(R.cuong, { personId: newId() })).statusCode).toBe(404);
    expect((await patch(R.cuong, {})).statusCode).toBe(400);
    expect((await patch(R.cuong, { skip: true, personId: ids.cuong1 })).statusCode).toBe(400);
    const collective = await patch(R.generic, { awardCode: 'tap_the_lao_dong_tien_tien' });
    expect(collective.statusCode).toBe(400);
    expect(collective.json<{ error: { message: string } }>().error.message).toContain(
      'không dành cho cá nhân',
    );
    expect((await patch(R.generic, { awardCode: 'khong_co_ma_nay' })).statusCode).toBe(400);
    expect((await patch(R.bad, { personId: ids.binh })).statusCode).toBe(400);

    const chosen = await patch(R.cuong, { personId: ids.cuong2 });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json<AnnexRowView>()).toMatchObject({
      person: { personId: ids.cuong2, birthDate: '1982-02-02' },
      matchHow: 'chosen',
      pending: false,
    });
    expect((await patch(R.nobody, { skip: true })).json<AnnexRowView>()).toMatchObject({
      skipped: true,
      pending: false,
    });
    const form = await patch(R.generic, { awardCode: 'giay_khen_chu_tich_ubnd_xa' });
    expect(form.json<AnnexRowView>()).toMatchObject({
      awardCode: 'giay_khen_chu_tich_ubnd_xa',
      pending: false,
    });
    expect((await patch(R.bad, { skip: true })).statusCode).toBe(200);

    const audit = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, view.id), eq(auditLog.action, 'annex_import.resolve_row')));
    expect(audit).toHaveLength(4);
  });

  it('is invisible to another tenant and to an officer who did not upload it', async () => {
    for (const session of [stranger, officer]) {
      const get = await as(t.app, session)({ method: 'GET', url: `/api/annex-imports/${view.id}` });
      expect(get.statusCode).toBe(404);
      const patch = await as(
        t.app,
        session,
      )({
        method: 'PATCH',
        url: `/api/annex-imports/${view.id}/rows/${byRow(view, R.nobody).id}`,
        payload: { skip: false },
      });
      expect(patch.statusCode).toBe(404);
      const commit = await as(
        t.app,
        session,
      )({ method: 'POST', url: `/api/annex-imports/${view.id}/commit` });
      expect(commit.statusCode).toBe(404);
      const del = await as(t.app, session)({ method: 'DELETE', url: `/api/annex-imports/${view.id}` });
      expect(del.statusCode).toBe(404);
    }
  });

  it('commits every resolved row in one go, reports the duplicates, audits it', async () => {
    const res = await as(t.app, admin)({ method: 'POST', url: `/api/annex-imports/${view.id}/commit` });
    expect(res.statusCode, res.body).toBe(200);
    const done = res.json<AnnexImportView>();
    expect(done.status).toBe('committed');
    expect(done.result).toEqual({ written: 4, duplicates: 2, skipped: 2, errors: 0 });
    expect(byRow(done, R.again)).toMatchObject({ outcome: 'duplicate', awardRecordId: null });
    expect(byRow(done, R.again).outcomeMessage).toContain('năm 2023');
    expect(byRow(done, R.dung)).toMatchObject({ outcome: 'duplicate' });
    expect(byRow(done, R.nobody)).toMatchObject({ outcome: 'skipped' });

    const written = await t.deps.database.db
      .select()
      .from(awardRecords)
      .where(and(eq(awardRecords.tenantId, tenantId), eq(awardRecords.source, 'annex_import')));
    expect(written).toHaveLength(4);
    const binh = written.find((w) => w.personId === ids.binh)!;
    expect(binh).toMatchObject({
      subjectType: 'individual',
      awardCode: 'lao_dong_tien_tien',
      isEmulationTitle: true,
      evaluationYear: 2023,
      countedYear: 2023,
      commendationType: 'cong_trang',
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2024-01-15',
      decisionAuthority: 'Chủ tịch UBND tỉnh Tuyên Quang',
      status: 'valid',
    });
    expect(byRow(done, R.binh).awardRecordId).toBe(binh.id);
    const cuong = written.find((w) => w.personId === ids.cuong2)!;
    expect(cuong).toMatchObject({
      awardCode: 'bang_khen_bo_tinh',
      isEmulationTitle: false,
      evaluationYear: null,
    });
    expect(written.some((w) => w.personId === ids.cuong1)).toBe(false);
    expect(written.find((w) => w.awardCode === 'giay_khen_chu_tich_ubnd_xa')).toMatchObject({
      personId: ids.an,
      evaluationYear: 2023,
      decisionNumber: '45/QĐ-UBND',
    });

    const audit = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, view.id), eq(auditLog.action, 'annex_import.commit')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ written: 4, duplicates: 2 });
  });

  it('refuses a second commit, a change and a discard once committed', async () => {
    const again = await as(t.app, admin)({ method: 'POST', url: `/api/annex-imports/${view.id}/commit` });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toContain('đã được ghi vào sổ');
    const patch = await as(
      t.app,
      admin,
    )({
      method: 'PATCH',
      url: `/api/annex-imports/${view.id}/rows/${byRow(view, R.nobody).id}`,
      payload: { skip: false },
    });
    expect(patch.statusCode).toBe(409);
    const del = await as(t.app, admin)({ method: 'DELETE', url: `/api/annex-imports/${view.id}` });
    expect(del.statusCode).toBe(409);
    const written = await t.deps.database.db
      .select({ id: awardRecords.id })
      .from(awardRecords)
      .where(eq(awardRecords.source, 'annex_import'));
    expect(written).toHaveLength(4);
  });

  it('importing the same annex again writes nothing twice', async () => {
    const content = await annexWorkbook([
      {
        'Họ và tên': 'Trần Thị Bình',
        'Đơn vị': 'Xã Minh Quang',
        'Danh hiệu/Hình thức': 'Lao động tiên tiến',
        'Năm xét': 2023,
        ...decision,
      },
      {
        'Họ và tên': 'Lê Văn Cường',
        'Ngày sinh': '02/02/1982',
        'Danh hiệu/Hình thức': 'bang_khen_bo_tinh',
        'Số quyết định': '99/QĐ-UBND',
        Ngày: '20/02/2024',
      },
    ]);
    const again = await uploadAnnex(t.app, admin, content);
    expect(again.counts).toMatchObject({ ok: 2, pending: 0 });
    const res = await as(t.app, admin)({ method: 'POST', url: `/api/annex-imports/${again.id}/commit` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AnnexImportView>().result).toEqual({ written: 0, duplicates: 2, skipped: 0, errors: 0 });
  });
});

describe('scope of an officer', () => {
  it('matches only people of the officer’s units and chooses only among them', async () => {
    const content = await annexWorkbook([
      {
        'Họ và tên': 'Hoàng Văn Dũng',
        'Đơn vị': 'Xã Lâm Bình',
        'Danh hiệu/Hình thức': 'Chiến sĩ thi đua cơ sở',
        'Năm xét': 2024,
        'Số quyết định': '7/QĐ-UBND',
        Ngày: '10/01/2025',
      },
    ]);
    const view = await uploadAnnex(t.app, officer, content);
    const row = view.rows.items[0]!;
    expect(row.status).toBe('unmatched');
    const res = await as(
      t.app,
      officer,
    )({
      method: 'PATCH',
      url: `/api/annex-imports/${view.id}/rows/${row.id}`,
      payload: { personId: ids.dung },
    });
    expect(res.statusCode).toBe(404);
    const ok = await as(
      t.app,
      officer,
    )({
      method: 'PATCH',
      url: `/api/annex-imports/${view.id}/rows/${row.id}`,
      payload: { personId: ids.binh },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    // The tenant administrator may take the session over.
    expect((await as(t.app, admin)({ method: 'GET', url: `/api/annex-imports/${view.id}` })).statusCode).toBe(
      200,
    );
  });
});

describe('bad uploads', () => {
  const post = (payload: Buffer | string, headers: Record<string, string>, session = admin) =>
    as(t.app, session)({ method: 'POST', url: '/api/annex-imports', payload, headers });
  const good = () =>
    annexWorkbook([
      {
        'Họ và tên': 'Trần Thị Bình',
        'Danh hiệu/Hình thức': 'Lao động tiên tiến',
        'Năm xét': 2023,
        'Số quyết định': '1/QĐ',
        Ngày: '01/02/2024',
      },
    ]);

  it('answers 4xx in Vietnamese and records no session', async () => {
    const before = await countSessions();
    const cases: [string, Promise<{ statusCode: number; body: string }>, number][] = [
      ['not multipart', post(JSON.stringify({ a: 1 }), { 'content-type': 'application/json' }), 415],
      [
        'no file',
        (async () => {
          const m = multipart({ evaluationYear: '2023' });
          return post(m.payload, m.headers);
        })(),
        400,
      ],
      [
        'a CSV named .xlsx',
        (async () => {
          const m = multipart({}, { name: 'a.xlsx', content: Buffer.from('Họ và tên;Danh hiệu\nAn;LĐTT\n') });
          return post(m.payload, m.headers);
        })(),
        415,
      ],
      [
        'a zip that is no workbook',
        (async () => {
          const m = multipart(
            {},
            { name: 'a.xlsx', content: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 1)]) },
          );
          return post(m.payload, m.headers);
        })(),
        400,
      ],
      [
        'a workbook without the annex header',
        (async () => {
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet('A').addRow(['Tên', 'Tuổi']);
          const m = multipart({}, { name: 'a.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
          return post(m.payload, m.headers);
        })(),
        400,
      ],
      [
        'a header without the decision number',
        (async () => {
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet('A').addRow(['Họ và tên', 'Danh hiệu', 'Ngày']);
          const m = multipart({}, { name: 'a.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
          return post(m.payload, m.headers);
        })(),
        400,
      ],
      [
        'a year in letters',
        (async () => {
          const m = multipart({ evaluationYear: 'năm ngoái' }, { name: 'a.xlsx', content: await good() });
          return post(m.payload, m.headers);
        })(),
        400,
      ],
      [
        'a year far ahead',
        (async () => {
          const m = multipart({ evaluationYear: '2190' }, { name: 'a.xlsx', content: await good() });
          return post(m.payload, m.headers);
        })(),
        400,
      ],
      [
        'an unknown commendation type',
        (async () => {
          const m = multipart({ commendationType: 'khen_bua' }, { name: 'a.xlsx', content: await good() });
          return post(m.payload, m.headers);
        })(),
        400,
      ],
      [
        'more than 5 MB',
        (async () => {
          const m = multipart(
            {},
            { name: 'a.xlsx', content: Buffer.concat([await good(), Buffer.alloc(5 * 1024 * 1024)]) },
          );
          return post(m.payload, m.headers);
        })(),
        413,
      ],
      [
        'a viewer',
        (async () => {
          const m = multipart({}, { name: 'a.xlsx', content: await good() });
          return post(m.payload, m.headers, viewer);
        })(),
        403,
      ],
    ];
    for (const [label, pending, status] of cases) {
      const res = await pending;
      expect(res.statusCode, `${label}: ${res.body}`).toBe(status);
      const message = JSON.parse(res.body).error.message as string;
      expect(message, label).toMatch(/[àáảãạăâđêôơưệếềọốờớợủứừữ]/i);
    }
    expect(await countSessions()).toBe(before);
  });

  it('fails the job of an annex too long, with a Vietnamese message on the session', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => ({
      'Họ và tên': `Người ${i}`,
      'Danh hiệu/Hình thức': 'Lao động tiên tiến',
      'Năm xét': 2023,
      'Số quyết định': '1/QĐ',
      Ngày: '01/02/2024',
    }));
    const m = multipart({}, { name: 'dai.xlsx', content: await annexWorkbook(rows) });
    const res = await post(m.payload, m.headers);
    expect(res.statusCode).toBe(202);
    const { id } = res.json<{ id: string }>();
    const { waitForJobs } = await import('../jobs');
    await waitForJobs();
    const view = await getAnnex(t.app, admin, id);
    expect(view.status).toBe('failed');
    expect(view.error).toContain('5.000 dòng');
    const commit = await as(t.app, admin)({ method: 'POST', url: `/api/annex-imports/${id}/commit` });
    expect(commit.statusCode).toBe(409);
  });
});

describe('discard', () => {
  it('deletes an uncommitted session and its rows, leaving the ledger alone', async () => {
    const view = await uploadAnnex(
      t.app,
      admin,
      await annexWorkbook([
        {
          'Họ và tên': 'Trần Thị Bình',
          'Danh hiệu/Hình thức': 'Lao động tiên tiến',
          'Năm xét': 2020,
          'Số quyết định': '3/QĐ',
          Ngày: '01/02/2021',
        },
      ]),
    );
    const del = await as(t.app, admin)({ method: 'DELETE', url: `/api/annex-imports/${view.id}` });
    expect(del.statusCode).toBe(204);
    expect((await as(t.app, admin)({ method: 'GET', url: `/api/annex-imports/${view.id}` })).statusCode).toBe(
      404,
    );
    const rows = await t.deps.database.db
      .select({ id: annexImportRows.id })
      .from(annexImportRows)
      .where(eq(annexImportRows.importId, view.id));
    expect(rows).toHaveLength(0);
    const list = await as(t.app, admin)({ method: 'GET', url: '/api/annex-imports' });
    expect(list.json<{ items: { id: string }[] }>().items.some((i) => i.id === view.id)).toBe(false);
  });
});
