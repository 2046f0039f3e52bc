import { vietnamDate } from '../../../domain/calendar';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulationRegistrations } from '../../db/schema';
import { hasRegistration, registrationsOf } from './index';
import {
  createWorld,
  expectError,
  insertPerson,
  multipart,
  requester,
  type World,
} from './emulation.test-helpers';

let w: World;
let req: ReturnType<typeof requester>;
const today = vietnamDate(new Date());
const YEAR = Number(today.slice(0, 4));
let an: { id: string; fullName: string };
let binh: { id: string; fullName: string };
let chi: { id: string; fullName: string };
let homeless: { id: string };

beforeAll(async () => {
  w = await createWorld();
  req = requester(w);
  an = await insertPerson(w.t.deps, w.tenantId, 'Nguyễn Văn An', w.viXuyen, {
    externalCode: 'VX-001',
    birthDate: '1980-05-02',
  });
  binh = await insertPerson(w.t.deps, w.tenantId, 'Lò Thị Bình', w.tungBa, { birthDate: '1990-01-15' });
  chi = await insertPerson(w.t.deps, w.tenantId, 'Hoàng Văn Chí', w.bacQuang, { externalCode: 'BQ-007' });
  homeless = await insertPerson(w.t.deps, w.tenantId, 'Người Chưa Có Đơn Vị', null);
});
afterAll(() => w.t.close());

const register = (body: Record<string, unknown>, who: Parameters<typeof req>[0] = 'board') =>
  req(who)({ method: 'POST', url: '/api/emulation/registrations', payload: body });
const list = async (query: string, who: Parameters<typeof req>[0] = 'board') => {
  const res = await req(who)({ method: 'GET', url: `/api/emulation/registrations?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    items: {
      titleCode: string;
      late: boolean;
      person: { fullName: string } | null;
      orgUnit: { name: string } | null;
    }[];
    total: number;
  }>();
};

describe('registration by form', () => {
  let anRegistration: string;

  it('lists the titles one may register', async () => {
    const res = await req('viewer')({ method: 'GET', url: '/api/emulation/registration-titles' });
    expect(res.json().items).toEqual(
      expect.arrayContaining([
        { code: 'tap_the_lao_dong_xuat_sac', label: 'Tập thể lao động xuất sắc', subjectType: 'collective' },
        { code: 'cstd_co_so', label: 'Chiến sĩ thi đua cơ sở', subjectType: 'individual' },
      ]),
    );
  });

  it('registers a collective’s titles (several) and a person’s title (one a year)', async () => {
    const ttlđxs = await register({
      year: YEAR,
      subjectType: 'collective',
      orgUnitId: w.viXuyen.id,
      titleCode: 'tap_the_lao_dong_xuat_sac',
    });
    expect(ttlđxs.statusCode, ttlđxs.body).toBe(201);
    expect(ttlđxs.json()).toMatchObject({
      subjectTypeLabel: 'Tập thể',
      unit: { id: w.viXuyen.id, name: 'Huyện Vị Xuyên' },
      orgUnit: { id: w.viXuyen.id },
      person: null,
      titleLabel: 'Tập thể lao động xuất sắc',
      registeredOn: today,
      late: false,
    });
    const flag = await register({
      year: YEAR,
      subjectType: 'collective',
      orgUnitId: w.viXuyen.id,
      titleCode: 'co_thi_dua_bo_tinh',
    });
    expect(flag.statusCode, flag.body).toBe(201);
    const person = await register({
      year: YEAR,
      subjectType: 'individual',
      personId: an.id,
      titleCode: 'cstd_co_so',
      note: 'Có sáng kiến',
    });
    expect(person.statusCode, person.body).toBe(201);
    anRegistration = person.json().id;
    expect(person.json()).toMatchObject({
      unit: { id: w.viXuyen.id },
      person: { id: an.id, fullName: 'Nguyễn Văn An' },
    });
  });

  it.each([
    [
      'the same collective title twice',
      () => ({ subjectType: 'collective', orgUnitId: w.viXuyen.id, titleCode: 'tap_the_lao_dong_xuat_sac' }),
      409,
    ],
    [
      'a second title for one person',
      () => ({ subjectType: 'individual', personId: an.id, titleCode: 'lao_dong_tien_tien' }),
      409,
    ],
    [
      'a collective title for a person',
      () => ({ subjectType: 'individual', personId: chi.id, titleCode: 'co_thi_dua_bo_tinh' }),
      400,
    ],
    [
      'an individual title for a unit',
      () => ({ subjectType: 'collective', orgUnitId: w.bacMe.id, titleCode: 'cstd_co_so' }),
      400,
    ],
    [
      'an unknown title',
      () => ({ subjectType: 'collective', orgUnitId: w.bacMe.id, titleCode: 'huan_chuong' }),
      400,
    ],
    [
      'a year beyond next year',
      () => ({
        subjectType: 'collective',
        orgUnitId: w.bacMe.id,
        titleCode: 'tap_the_lao_dong_tien_tien',
        year: YEAR + 2,
      }),
      400,
    ],
    [
      'a unit no longer in force',
      () => ({
        subjectType: 'collective',
        orgUnitId: w.endedDistrict.id,
        titleCode: 'tap_the_lao_dong_tien_tien',
      }),
      400,
    ],
    [
      'a person without a unit',
      () => ({ subjectType: 'individual', personId: homeless.id, titleCode: 'lao_dong_tien_tien' }),
      400,
    ],
    [
      'another tenant’s unit',
      () => ({
        subjectType: 'collective',
        orgUnitId: w.foreignUnit.id,
        titleCode: 'tap_the_lao_dong_tien_tien',
      }),
      404,
    ],
    [
      'another tenant’s person',
      () => ({ subjectType: 'individual', personId: w.foreignPerson.id, titleCode: 'lao_dong_tien_tien' }),
      404,
    ],
  ])('refuses %s', async (_name, body, status) => {
    expectError(await register({ year: YEAR, ...body() }), status);
  });

  it('lets a unit officer register in their subtree only', async () => {
    const own = await register(
      { year: YEAR, subjectType: 'individual', personId: binh.id, titleCode: 'lao_dong_tien_tien' },
      'officer',
    );
    expect(own.statusCode, own.body).toBe(201);
    expectError(
      await register(
        { year: YEAR, subjectType: 'individual', personId: chi.id, titleCode: 'lao_dong_tien_tien' },
        'officer',
      ),
      404,
    );
    expectError(
      await register(
        {
          year: YEAR,
          subjectType: 'collective',
          orgUnitId: w.bacQuang.id,
          titleCode: 'tap_the_lao_dong_tien_tien',
        },
        'officer',
      ),
      404,
    );
    expectError(
      await register(
        {
          year: YEAR,
          subjectType: 'collective',
          orgUnitId: w.bacMe.id,
          titleCode: 'tap_the_lao_dong_tien_tien',
        },
        'viewer',
      ),
      403,
    );
    const chiReg = await register({
      year: YEAR,
      subjectType: 'individual',
      personId: chi.id,
      titleCode: 'lao_dong_tien_tien',
    });
    expect(chiReg.statusCode).toBe(201);
    const officerView = await list(`year=${YEAR}`, 'officer');
    expect(officerView.items.map((i) => i.person?.fullName ?? i.orgUnit?.name).sort()).toEqual(
      ['Huyện Vị Xuyên', 'Huyện Vị Xuyên', 'Lò Thị Bình', 'Nguyễn Văn An'].sort(),
    );
    expectError(
      await req('officer')({ method: 'GET', url: `/api/emulation/registrations/${chiReg.json().id}` }),
      404,
    );
    expectError(
      await req('officer')({ method: 'DELETE', url: `/api/emulation/registrations/${chiReg.json().id}` }),
      404,
    );
  });

  it('marks registrations after the year’s deadline as late, and follows a moved deadline', async () => {
    const url = `/api/emulation/registration-deadlines/${YEAR}`;
    expectError(await req('officer')({ method: 'PUT', url, payload: { deadline: `${YEAR}-03-31` } }), 403);
    expectError(await req('board')({ method: 'PUT', url, payload: { deadline: `${YEAR + 1}-01-31` } }), 400);
    const set = await req('board')({ method: 'PUT', url, payload: { deadline: `${YEAR - 1}-12-31` } });
    expect(set.statusCode, set.body).toBe(200);
    const late = await list(`year=${YEAR}&late=true`);
    expect(late.total).toBe(5);
    expect((await list(`year=${YEAR}&late=false`)).total).toBe(0);
    await req('board')({ method: 'PUT', url, payload: { deadline: `${YEAR}-12-31` } });
    expect((await list(`year=${YEAR}&late=true`)).total).toBe(0);
    const deadlines = await req('viewer')({ method: 'GET', url: '/api/emulation/registration-deadlines' });
    expect(deadlines.json().items).toEqual([{ year: YEAR, deadline: `${YEAR}-12-31` }]);
  });

  it('filters by unit subtree, subject, title and accent-free name', async () => {
    expect((await list(`year=${YEAR}&unitId=${w.viXuyen.id}`)).total).toBe(4);
    expect((await list(`year=${YEAR}&unitId=${w.viXuyen.id}&includeSubunits=false`)).total).toBe(3);
    expect((await list(`year=${YEAR}&subjectType=collective`)).total).toBe(2);
    expect((await list(`titleCode=cstd_co_so`)).items.map((i) => i.person?.fullName)).toEqual([
      'Nguyễn Văn An',
    ]);
    expect((await list(`q=lo thi binh`)).items.map((i) => i.person?.fullName)).toEqual(['Lò Thị Bình']);
    expect((await list(`q=vi xuyen&subjectType=collective`)).total).toBe(2);
    expectError(
      await req('board')({ method: 'GET', url: `/api/emulation/registrations?unitId=${w.foreignUnit.id}` }),
      404,
    );
  });

  it('exposes registration as a fact: hasRegistration / registrationsOf', async () => {
    const db = w.t.deps.database.db;
    const person = { type: 'individual', personId: an.id } as const;
    expect(await hasRegistration(db, w.tenantId, person, YEAR, 'cstd_co_so')).toBe(true);
    expect(await hasRegistration(db, w.tenantId, person, YEAR, 'lao_dong_tien_tien')).toBe(false);
    expect(await hasRegistration(db, w.tenantId, person, YEAR - 1, 'cstd_co_so')).toBe(false);
    expect(await hasRegistration(db, w.otherTenantId, person, YEAR, 'cstd_co_so')).toBe(false);
    const unit = { type: 'collective', orgUnitId: w.viXuyen.id } as const;
    expect((await registrationsOf(db, w.tenantId, unit, YEAR)).map((r) => r.titleCode)).toEqual([
      'co_thi_dua_bo_tinh',
      'tap_the_lao_dong_xuat_sac',
    ]);
  });

  it('changes a title (re-dated) and deletes a registration', async () => {
    const url = `/api/emulation/registrations/${anRegistration}`;
    const res = await req('board')({ method: 'PATCH', url, payload: { titleCode: 'lao_dong_tien_tien' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      titleCode: 'lao_dong_tien_tien',
      registeredOn: today,
      note: 'Có sáng kiến',
    });
    expectError(
      await req('board')({ method: 'PATCH', url, payload: { titleCode: 'co_thi_dua_bo_tinh' } }),
      400,
    );
    expectError(await req('stranger')({ method: 'PATCH', url, payload: { note: 'x' } }), 404);
    expect((await req('board')({ method: 'DELETE', url })).statusCode).toBe(204);
    expectError(await req('board')({ method: 'GET', url }), 404);
  });
});

async function workbook(rows: string[][], header?: string[]) {
  const template = await req('board')({
    method: 'GET',
    url: `/api/emulation/registrations/import-template?year=${YEAR}`,
  });
  expect(template.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Đăng ký')!;
  if (header) header.forEach((h, i) => (ws.getRow(1).getCell(i + 1).value = h));
  rows.forEach((cells, i) => (ws.getRow(i + 2).values = [i + 1, ...cells]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (file: Buffer, who: Parameters<typeof req>[0] = 'board', year = YEAR) =>
  req(who)({
    method: 'POST',
    url: `/api/emulation/registrations/import?year=${year}`,
    ...multipart(file, 'dang-ky.xlsx'),
  });

describe('registration by Excel import', () => {
  it('serves a template with drop-downs, pre-filled with the unit and its people', async () => {
    const res = await req('officer')({
      method: 'GET',
      url: `/api/emulation/registrations/import-template?year=${YEAR}&unitId=${w.viXuyen.id}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(`mau-dang-ky-thi-dua-${YEAR}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Đăng ký')!;
    const cells = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(cells(2).slice(0, 4)).toEqual([1, 'Tập thể', '030', 'Huyện Vị Xuyên']);
    const names = [3, 4].map((r) => cells(r)[5]);
    expect(names.sort()).toEqual(['Lò Thị Bình', 'Nguyễn Văn An']);
    const validations = (
      ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    expect(JSON.stringify(validations)).toContain('Tập thể,Cá nhân');
    expect(JSON.stringify(validations)).toContain("'Danh mục'");
    expectError(
      await req('officer')({
        method: 'GET',
        url: `/api/emulation/registrations/import-template?unitId=${w.bacQuang.id}`,
      }),
      403,
    );
  });

  it('writes the valid rows and reports every faulty row by its Excel row number', async () => {
    const file = await workbook([
      ['Tập thể', '034', '', '', '', '', 'Tập thể lao động tiên tiến', '', ''],
      ['Tập thể', '', 'huyen quang binh', '', '', '', 'tap the lao dong xuat sac', 'Khối vùng động lực', ''],
      ['Cá nhân', '', '', 'BQ-007', '', '', 'Chiến sĩ thi đua cơ sở', '', ''],
      ['Cá nhân', '', 'Xã Tùng Bá', '', 'lo thi binh', '15/01/1990', 'Chiến sĩ thi đua cơ sở', '', ''],
      ['Cá nhân', '', '', '', '', '', 'Lao động tiên tiến', '', an.id],
      ['Tập thể', '034', '', '', '', '', 'Tập thể lao động tiên tiến', '', ''],
      ['Hộ gia đình', '034', '', '', '', '', 'Tập thể lao động tiên tiến', '', ''],
      ['Tập thể', '999', '', '', '', '', 'Tập thể lao động tiên tiến', '', ''],
      ['Cá nhân', '', '', 'KHONG-CO', '', '', 'Lao động tiên tiến', '', ''],
      ['Cá nhân', '', '', '', 'Nguyễn Văn An', '', 'Lao động tiên tiến', '', ''],
      ['Tập thể', '099', '', '', '', '', 'Tập thể lao động tiên tiến', '', ''],
      ['Tập thể', '070', '', '', '', '', 'Tập thể lao động tiên tiến', '', ''],
      ['', '', '', '', '', '', '', '', ''],
    ]);
    const res = await upload(file);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: YEAR, created: 3, updated: 2, unchanged: 0, rejected: 7 });
    expect(body.errors.map((e: { row: number }) => e.row)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    const message = (row: number) =>
      body.errors.find((e: { row: number }) => e.row === row).messages.join(' ');
    expect(message(7)).toContain('Trùng với dòng 2');
    expect(message(8)).toContain('Đối tượng');
    expect(message(9)).toContain('Không tìm thấy đơn vị có mã 999');
    expect(message(10)).toContain('mã cán bộ KHONG-CO');
    expect(message(11)).toContain('kèm mã');
    expect(message(12)).toContain('không có hiệu lực');
    expect(message(13)).toContain('Không tìm thấy đơn vị');
    const bp = await list(`year=${YEAR}&q=lo thi binh`);
    expect(bp.items.map((i) => i.titleCode)).toEqual(['cstd_co_so']);
  });

  it('leaves identical rows as they are on a second import', async () => {
    const file = await workbook([
      ['Tập thể', '034', '', '', '', '', 'Tập thể lao động tiên tiến', '', ''],
      ['Cá nhân', '', '', 'BQ-007', '', '', 'Chiến sĩ thi đua cơ sở', '', ''],
    ]);
    const before = await w.t.deps.database.db.select().from(emulationRegistrations);
    expect((await upload(file)).json()).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await w.t.deps.database.db.select().from(emulationRegistrations)).toHaveLength(before.length);
  });

  it('reports rows outside a unit officer’s subtree without writing them', async () => {
    const file = await workbook([
      ['Tập thể', '034', '', '', '', '', 'Tập thể lao động xuất sắc', '', ''],
      ['Tập thể', '00790', '', '', '', '', 'Tập thể lao động tiên tiến', '', ''],
    ]);
    const res = await upload(file, 'officer');
    expect(res.json()).toMatchObject({ created: 1, rejected: 1, errors: [{ row: 2 }] });
  });

  it.each([
    ['not an Excel file', () => Buffer.from('%PDF-1.4'), 415],
    ['a sheet with other columns', () => workbook([['Tập thể']], ['STT', 'Tên']), 400],
    ['a sheet with no rows', () => workbook([]), 400],
  ])('refuses %s', async (_name, make, status) => {
    expectError(await upload(await make()), status);
  });

  it('refuses a bad year, viewers and JSON bodies', async () => {
    const file = await workbook([['Tập thể', '034', '', '', '', '', 'Tập thể lao động tiên tiến', '', '']]);
    expectError(await upload(file, 'board', YEAR + 5), 400);
    expectError(await upload(file, 'viewer'), 403);
    expectError(
      await req('board')({
        method: 'POST',
        url: `/api/emulation/registrations/import?year=${YEAR}`,
        payload: {},
      }),
      415,
    );
  });
});
