import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, awardRecords, emulationAttachments } from '../../db/schema';
import { newId } from '../../lib/ids';
import {
  createWorld,
  expectError,
  multipart,
  PDF,
  PNG,
  requester,
  type World,
} from './emulation.test-helpers';

let w: World;
let req: ReturnType<typeof requester>;

beforeAll(async () => {
  w = await createWorld();
  req = requester(w);
});
afterAll(() => w.t.close());

// Seed 002: Hà Giang's themed movement of 2016–2020.
const NTM = () => ({
  name: 'Hà Giang chung sức xây dựng nông thôn mới, giai đoạn 2016 - 2020',
  level: 'province',
  kind: 'thematic',
  launcherUnitId: w.province.id,
  startDate: '2016-01-01',
  endDate: '2020-12-31',
  theme: 'Xây dựng nông thôn mới',
  slogan: 'Chung sức xây dựng nông thôn mới',
  objectives: '38/177 xã đạt chuẩn nông thôn mới',
  criteria: 'Số tiêu chí nông thôn mới đạt thêm',
  participants: 'Các huyện, thành phố, các xã',
  scopeUnitIds: [w.haGiang.id, w.bacQuang.id, w.viXuyen.id, w.bacQuang.id],
});

const create = (body: Record<string, unknown>, who: Parameters<typeof req>[0] = 'board') =>
  req(who)({ method: 'POST', url: '/api/emulation/movements', payload: body });

describe('movements', () => {
  let ntmId: string;

  it('creates a themed movement: scope de-duplicated, duration 5 years opens Cờ thi đua bộ/tỉnh (Law Điều 26)', async () => {
    const res = await create(NTM());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    ntmId = body.id;
    expect(body).toMatchObject({
      levelLabel: 'Cấp tỉnh',
      kindLabel: 'Theo chuyên đề',
      launcherUnit: { id: w.province.id, name: 'Tỉnh Hà Giang' },
      years: 5,
      phase: 'planned',
      phaseLabel: 'Chưa phát động',
      stages: [],
      version: 1,
    });
    expect(body.scopeUnits.map((u: { name: string }) => u.name)).toEqual([
      'Thành phố Hà Giang',
      'Huyện Bắc Quang',
      'Huyện Vị Xuyên',
    ]);
    expect(body.flagPaths).toEqual([expect.objectContaining({ title: 'co_thi_dua_bo_tinh', path: 'B' })]);
    const [audit] = await w.t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, ntmId), eq(auditLog.action, 'create')));
    expect(audit?.summary).toContain('nông thôn mới');
  });

  it.each([
    ['an end before the start', { endDate: '2015-12-31' }, 400],
    ['an unknown level', { level: 'district' }, 400],
    ['an impossible date', { startDate: '2016-02-30' }, 400],
    ['a name of 501 characters', { name: 'Đ'.repeat(501) }, 400],
    ['another tenant’s launcher unit', { launcherUnitId: 'foreignUnit' }, 404],
    ['another tenant’s scope unit', { scopeUnitIds: ['foreignUnit'] }, 404],
    ['another tenant’s launcher person', { launcherPersonId: 'foreignPerson' }, 404],
  ])('refuses %s', async (_name, change, status) => {
    const resolved = JSON.parse(
      JSON.stringify(change)
        .replace('"foreignUnit"', `"${w.foreignUnit.id}"`)
        .replace('"foreignPerson"', `"${w.foreignPerson.id}"`),
    ) as Record<string, unknown>;
    expectError(await create({ ...NTM(), ...resolved }), status);
  });

  it('is written by board officers and tenant admins only; unit officers and viewers read', async () => {
    expectError(await create(NTM(), 'officer'), 403, 'FORBIDDEN');
    expectError(await create(NTM(), 'viewer'), 403, 'FORBIDDEN');
    const read = await req('viewer')({ method: 'GET', url: `/api/emulation/movements/${ntmId}` });
    expect(read.statusCode).toBe(200);
    expect(
      (await req('officer')({ method: 'GET', url: `/api/emulation/movements/${ntmId}` })).statusCode,
    ).toBe(200);
  });

  it('hides another tenant’s movement (404), for reading and writing', async () => {
    expectError(await req('stranger')({ method: 'GET', url: `/api/emulation/movements/${ntmId}` }), 404);
    expectError(
      await req('stranger')({
        method: 'PATCH',
        url: `/api/emulation/movements/${ntmId}`,
        payload: { version: 1, name: 'X' },
      }),
      404,
    );
  });

  it('lists by year and level, searching without accents', async () => {
    const regular = await create({
      ...NTM(),
      name: 'Phong trào thi đua yêu nước năm 2019',
      kind: 'regular',
      startDate: '2019-01-01',
      endDate: '2019-12-31',
      theme: null,
      slogan: null,
      scopeUnitIds: [],
    });
    expect(regular.statusCode, regular.body).toBe(201);
    expect(regular.json().flagPaths).toEqual([]);
    const commune = await create({
      ...NTM(),
      name: 'Phong trào "Cột cờ gắn với cột đèn"',
      level: 'commune',
      kind: 'thematic',
      launcherUnitId: w.viXuyen.id,
      theme: 'Thôn, khu đông dân cư sáng đèn',
      slogan: null,
      startDate: '2019-03-01',
      endDate: '2019-11-30',
      scopeUnitIds: [w.tungBa.id],
    });
    expect(commune.statusCode, commune.body).toBe(201);
    const list = async (query: string) => {
      const res = await req('viewer')({ method: 'GET', url: `/api/emulation/movements?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: { name: string }[]; total: number }>();
    };
    expect((await list('year=2019')).total).toBe(3);
    expect((await list('year=2021')).total).toBe(0);
    expect((await list('year=2016')).items.map((i) => i.name)).toEqual([NTM().name]);
    expect((await list('year=2019&level=province')).total).toBe(2);
    expect((await list('level=commune')).items[0]?.name).toContain('Cột cờ');
    expect((await list('q=nong thon moi')).items.map((i) => i.name)).toEqual([NTM().name]);
    expect((await list('q=COT DEN')).total).toBe(1);
    expect((await list('year=2019&pageSize=1&page=2')).items).toHaveLength(1);
    expectError(await req('viewer')({ method: 'GET', url: '/api/emulation/movements?year=abc' }), 400);
  });

  describe('stages (Law Điều 17: launch → sơ kết → tổng kết)', () => {
    const stage = (body: Record<string, unknown>, id = ntmId) =>
      req('board')({ method: 'POST', url: `/api/emulation/movements/${id}/stages`, payload: body });
    let launchId: string;
    let midId: string;
    let finalId: string;

    it('refuses a review before the launch (409 INVALID_TRANSITION)', async () => {
      const error = expectError(
        await stage({ stage: 'final', date: '2020-12-01' }),
        409,
        'INVALID_TRANSITION',
      );
      expect(error.message).toContain('chưa phát động');
      expectError(await stage({ stage: 'midterm', date: '2018-06-30' }), 409, 'INVALID_TRANSITION');
    });

    it('records the launch, a mid-term review and the final review with their awards', async () => {
      const launch = await stage({ stage: 'launch', date: '2016-03-10', report: 'Kế hoạch phát động' });
      expect(launch.statusCode, launch.body).toBe(201);
      launchId = launch.json().id;
      expect(launch.json()).toMatchObject({ stageLabel: 'Phát động', awardRecordIds: [], attachments: [] });
      const award = newId();
      await w.t.deps.database.db.insert(awardRecords).values({
        id: award,
        tenantId: w.tenantId,
        subjectType: 'collective',
        orgUnitId: w.bacQuang.id,
        awardCode: 'bang_khen_chu_tich_ubnd_tinh',
        decisionDate: '2018-07-15',
        decisionNumber: '1234/QĐ-UBND',
      });
      const mid = await stage({ stage: 'midterm', date: '2018-06-30', awardRecordIds: [award, award] });
      expect(mid.statusCode, mid.body).toBe(201);
      midId = mid.json().id;
      expect(mid.json().awardRecordIds).toEqual([award]);
      const final = await stage({ stage: 'final', date: '2020-12-15', report: 'Báo cáo tổng kết' });
      expect(final.statusCode, final.body).toBe(201);
      finalId = final.json().id;
      const detail = (
        await req('viewer')({ method: 'GET', url: `/api/emulation/movements/${ntmId}` })
      ).json();
      expect(detail.phase).toBe('closed');
      expect(detail.stages.map((s: { stage: string }) => s.stage)).toEqual(['launch', 'midterm', 'final']);
    });

    it.each([
      ['a second launch', { stage: 'launch', date: '2016-04-01' }, 'đã có bước phát động'],
      ['a second final review', { stage: 'final', date: '2020-12-20' }, 'đã có bước tổng kết'],
      ['a mid-term after the final review', { stage: 'midterm', date: '2020-12-20' }, 'trước ngày tổng kết'],
      [
        'a mid-term outside the movement',
        { stage: 'midterm', date: '2021-01-05' },
        'trong thời gian phong trào',
      ],
    ])('refuses %s with 409 and a Vietnamese reason', async (_name, body, message) => {
      const error = expectError(await stage(body), 409, 'INVALID_TRANSITION');
      expect(error.message).toContain(message);
    });

    it('refuses unknown and other tenants’ award records (404)', async () => {
      expectError(await stage({ stage: 'midterm', date: '2019-06-30', awardRecordIds: [newId()] }), 404);
      expectError(
        await stage({ stage: 'midterm', date: '2019-06-30', awardRecordIds: [w.foreignUnit.id] }),
        404,
      );
    });

    it('moves a stage only within the order, with its version', async () => {
      const url = `/api/emulation/movements/${ntmId}/stages/${midId}`;
      expectError(
        await req('board')({ method: 'PATCH', url, payload: { version: 1, date: '2016-01-05' } }),
        409,
        'INVALID_TRANSITION',
      );
      const ok = await req('board')({
        method: 'PATCH',
        url,
        payload: { version: 1, date: '2019-06-30', report: 'Sơ kết 3 năm' },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ date: '2019-06-30', report: 'Sơ kết 3 năm', version: 2 });
      expectError(
        await req('board')({ method: 'PATCH', url, payload: { version: 1, report: 'cũ' } }),
        409,
        'VERSION_CONFLICT',
      );
    });

    it('keeps the period around the recorded stages', async () => {
      const res = await req('board')({
        method: 'PATCH',
        url: `/api/emulation/movements/${ntmId}`,
        payload: { version: 1, endDate: '2020-06-30' },
      });
      const error = expectError(res, 409, 'INVALID_TRANSITION');
      expect(error.message).toContain('tổng kết');
      const renamed = await req('board')({
        method: 'PATCH',
        url: `/api/emulation/movements/${ntmId}`,
        payload: { version: 1, slogan: 'Cả tỉnh chung sức', scopeUnitIds: [w.quangBinh.id] },
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(renamed.json()).toMatchObject({
        slogan: 'Cả tỉnh chung sức',
        version: 2,
        scopeUnits: [{ name: 'Huyện Quang Bình' }],
      });
    });

    it('keeps the launch while reviews exist, and the movement while stages exist', async () => {
      expectError(
        await req('board')({ method: 'DELETE', url: `/api/emulation/movements/${ntmId}/stages/${launchId}` }),
        409,
        'INVALID_TRANSITION',
      );
      expectError(
        await req('board')({ method: 'DELETE', url: `/api/emulation/movements/${ntmId}` }),
        409,
        'CONFLICT',
      );
      expect(
        (await req('board')({ method: 'DELETE', url: `/api/emulation/movements/${ntmId}/stages/${finalId}` }))
          .statusCode,
      ).toBe(204);
      expectError(
        await req('board')({ method: 'DELETE', url: `/api/emulation/movements/${ntmId}/stages/${finalId}` }),
        404,
      );
      const again = await stage({ stage: 'final', date: '2020-12-15' });
      expect(again.statusCode, again.body).toBe(201);
      finalId = again.json().id;
    });

    describe('attachments', () => {
      const upload = (
        content: Buffer,
        name: string,
        stageId = finalId,
        who: Parameters<typeof req>[0] = 'board',
      ) =>
        req(who)({
          method: 'POST',
          url: `/api/emulation/movements/${ntmId}/stages/${stageId}/attachments?fileName=${encodeURIComponent(name)}`,
          ...multipart(content, name),
        });

      it('stores a PDF report, recognised by content, and serves the same bytes', async () => {
        const res = await upload(PDF, 'Báo cáo tổng kết.pdf');
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json()).toMatchObject({
          fileName: 'Báo cáo tổng kết.pdf',
          mediaType: 'application/pdf',
          sizeBytes: PDF.length,
        });
        const file = await req('viewer')({
          method: 'GET',
          url: `/api/emulation/attachments/${res.json().id}`,
        });
        expect(file.statusCode).toBe(200);
        expect(file.headers['content-type']).toContain('application/pdf');
        expect(file.headers['content-disposition']).toContain(encodeURIComponent('Báo cáo tổng kết.pdf'));
        expect(file.rawPayload.equals(PDF)).toBe(true);
        const detail = (
          await req('viewer')({ method: 'GET', url: `/api/emulation/movements/${ntmId}` })
        ).json();
        expect(detail.stages.at(-1).attachments).toHaveLength(1);
        expectError(
          await req('stranger')({ method: 'GET', url: `/api/emulation/attachments/${res.json().id}` }),
          404,
        );
      });

      it('names a photo by its content, whatever its name says', async () => {
        const res = await upload(PNG, 'anh-hoi-nghi.pdf');
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json()).toMatchObject({ mediaType: 'image/png', fileName: 'anh-hoi-nghi.png' });
      });

      it.each([
        ['a text file', Buffer.from('xin chào'), 415],
        [
          'an Excel workbook',
          Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('xl/workbook.xml')]),
          415,
        ],
        ['an empty file', Buffer.alloc(0), 400],
        ['a file over 10 MB', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 413],
      ])('refuses %s', async (_name, content, status) => {
        const before = await w.t.deps.database.db
          .select({ id: emulationAttachments.id })
          .from(emulationAttachments);
        expectError(await upload(content, 'tep.pdf'), status);
        const after = await w.t.deps.database.db
          .select({ id: emulationAttachments.id })
          .from(emulationAttachments);
        expect(after.length).toBe(before.length);
      });

      it('refuses a JSON body and viewers', async () => {
        expectError(
          await req('board')({
            method: 'POST',
            url: `/api/emulation/movements/${ntmId}/stages/${finalId}/attachments`,
            payload: { file: 'x' },
          }),
          415,
        );
        expectError(await upload(PDF, 'a.pdf', finalId, 'viewer'), 403);
      });

      it('deletes an attachment (writers only) and with its stage', async () => {
        const [first] = (await req('viewer')({ method: 'GET', url: `/api/emulation/movements/${ntmId}` }))
          .json()
          .stages.at(-1).attachments as { id: string }[];
        expectError(
          await req('viewer')({ method: 'DELETE', url: `/api/emulation/attachments/${first!.id}` }),
          403,
        );
        expect(
          (await req('board')({ method: 'DELETE', url: `/api/emulation/attachments/${first!.id}` }))
            .statusCode,
        ).toBe(204);
        expect(
          (
            await req('board')({
              method: 'DELETE',
              url: `/api/emulation/movements/${ntmId}/stages/${finalId}`,
            })
          ).statusCode,
        ).toBe(204);
        const left = await w.t.deps.database.db
          .select({ id: emulationAttachments.id })
          .from(emulationAttachments)
          .where(eq(emulationAttachments.stageId, finalId));
        expect(left).toEqual([]);
      });
    });
  });

  it('deletes a movement without stages', async () => {
    const res = await create({ ...NTM(), name: 'Phong trào tạm' });
    expect(
      (await req('board')({ method: 'DELETE', url: `/api/emulation/movements/${res.json().id}` })).statusCode,
    ).toBe(204);
    expectError(
      await req('viewer')({ method: 'GET', url: `/api/emulation/movements/${res.json().id}` }),
      404,
    );
  });
});
