import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, emulationAttachments } from '../../db/schema';
import { createWorld, expectError, multipart, PNG, requester, type World } from './emulation.test-helpers';

let w: World;
let req: ReturnType<typeof requester>;
let blocId: string;

beforeAll(async () => {
  w = await createWorld();
  req = requester(w);
});
afterAll(() => w.t.close());

// Seed 001: Khối các huyện, thành phố vùng động lực, 2019 → 2020.
const DONG_LUC = () => ({
  kind: 'bloc',
  name: 'Khối các huyện, thành phố vùng động lực',
  organiserUnitId: w.province.id,
  rotationOrder: [w.haGiang.id, w.bacQuang.id, w.viXuyen.id, w.quangBinh.id, w.bacMe.id],
  note: 'Khối giao ước thi đua vùng động lực',
});
const members = () => [w.haGiang.id, w.bacQuang.id, w.viXuyen.id, w.quangBinh.id, w.bacMe.id];
const url = (path = '') => `/api/emulation/blocs/${blocId}${path}`;
const put = (path: string, payload: unknown, who: Parameters<typeof req>[0] = 'board') =>
  req(who)({ method: 'PUT', url: url(path), payload: payload as Record<string, unknown> });
const post = (path: string, payload: unknown, who: Parameters<typeof req>[0] = 'board') =>
  req(who)({ method: 'POST', url: url(path), payload: payload as Record<string, unknown> });

describe('blocs and clusters', () => {
  it('creates a bloc with its agreed rotation order', async () => {
    const res = await req('board')({ method: 'POST', url: '/api/emulation/blocs', payload: DONG_LUC() });
    expect(res.statusCode, res.body).toBe(201);
    blocId = res.json().id;
    expect(res.json()).toMatchObject({
      kindLabel: 'Khối thi đua',
      organiserUnit: { name: 'Tỉnh Hà Giang' },
      rotationOrder: [
        { name: 'Thành phố Hà Giang' },
        { name: 'Huyện Bắc Quang' },
        { name: 'Huyện Vị Xuyên' },
        { name: 'Huyện Quang Bình' },
        { name: 'Huyện Bắc Mê' },
      ],
      years: [],
    });
  });

  it.each([
    [
      'a duplicate name (accents aside)',
      () => ({ ...DONG_LUC(), name: 'KHỐI CÁC HUYỆN, THÀNH PHỐ VÙNG ĐỘNG LỰC' }),
      409,
    ],
    [
      'a rotation naming a unit twice',
      () => ({ ...DONG_LUC(), name: 'Cụm A', rotationOrder: [w.haGiang.id, w.haGiang.id] }),
      400,
    ],
    [
      'another tenant’s organiser',
      () => ({ ...DONG_LUC(), name: 'Cụm B', organiserUnitId: w.foreignUnit.id }),
      404,
    ],
    [
      'another tenant’s unit in the rotation',
      () => ({ ...DONG_LUC(), name: 'Cụm C', rotationOrder: [w.foreignUnit.id] }),
      404,
    ],
    ['an unknown kind', () => ({ ...DONG_LUC(), name: 'Cụm D', kind: 'group' }), 400],
  ])('refuses %s', async (_name, body, status) => {
    expectError(await req('board')({ method: 'POST', url: '/api/emulation/blocs', payload: body() }), status);
  });

  it('is managed by board officers, read by everyone with emulation.read, hidden from other tenants', async () => {
    expectError(
      await req('officer')({
        method: 'POST',
        url: '/api/emulation/blocs',
        payload: { ...DONG_LUC(), name: 'Cụm E' },
      }),
      403,
    );
    expect((await req('viewer')({ method: 'GET', url: url() })).statusCode).toBe(200);
    expectError(await req('stranger')({ method: 'GET', url: url() }), 404);
    expectError(
      await req('stranger')({ method: 'PUT', url: url('/years/2019/members'), payload: { unitIds: [] } }),
      404,
    );
    const list = await req('viewer')({ method: 'GET', url: '/api/emulation/blocs?q=vung dong luc' });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: blocId }] });
    expect(
      (await req('viewer')({ method: 'GET', url: '/api/emulation/blocs?kind=cluster' })).json().total,
    ).toBe(0);
  });

  it('records 2019 members and leadership (TP Hà Giang head, Bắc Quang deputy)', async () => {
    expectError(
      await put('/years/2019/leadership', { headUnitId: w.haGiang.id, deputyUnitId: w.bacQuang.id }),
      409,
      'INVALID_TRANSITION',
    );
    const set = await put('/years/2019/members', { unitIds: members() });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().members.map((m: { name: string }) => m.name)).toEqual([
      'Thành phố Hà Giang',
      'Huyện Bắc Quang',
      'Huyện Vị Xuyên',
      'Huyện Quang Bình',
      'Huyện Bắc Mê',
    ]);
    const leaders = await put('/years/2019/leadership', {
      headUnitId: w.haGiang.id,
      deputyUnitId: w.bacQuang.id,
    });
    expect(leaders.statusCode, leaders.body).toBe(200);
    expect(leaders.json().leadership).toMatchObject({
      year: 2019,
      head: { name: 'Thành phố Hà Giang' },
      deputy: { name: 'Huyện Bắc Quang' },
      source: 'manual',
      handedOver: false,
      version: 1,
    });
    expect((await req('viewer')({ method: 'GET', url: '/api/emulation/blocs?year=2019' })).json().total).toBe(
      1,
    );
  });

  it.each([
    ['a member twice', '/years/2019/members', () => ({ unitIds: [w.haGiang.id, w.haGiang.id] }), 400],
    ['a unit ended before the year', '/years/2020/members', () => ({ unitIds: [w.endedDistrict.id] }), 400],
    [
      'another tenant’s unit as member',
      '/years/2019/members',
      () => ({ unitIds: [...members(), w.foreignUnit.id] }),
      404,
    ],
    [
      'dropping the head from the members',
      '/years/2019/members',
      () => ({ unitIds: members().slice(1) }),
      409,
    ],
    [
      'a head outside the members',
      '/years/2019/leadership',
      () => ({ headUnitId: w.tungBa.id, deputyUnitId: null, version: 1 }),
      400,
    ],
    [
      'one unit as head and deputy',
      '/years/2019/leadership',
      () => ({ headUnitId: w.haGiang.id, deputyUnitId: w.haGiang.id, version: 1 }),
      400,
    ],
    [
      'a stale version',
      '/years/2019/leadership',
      () => ({ headUnitId: w.haGiang.id, deputyUnitId: w.viXuyen.id, version: 7 }),
      409,
    ],
    ['a year out of range', '/years/1800/members', () => ({ unitIds: [] }), 400],
  ])('refuses %s', async (_name, path, body, status) => {
    expectError(await put(path, body()), status);
  });

  it('refuses to hand over a year without leadership (409)', async () => {
    const error = expectError(
      await post('/years/2018/handover', { method: 'rotation' }),
      409,
      'INVALID_TRANSITION',
    );
    expect(error.message).toContain('Năm 2018 chưa có Trưởng khối');
  });

  it('hands 2019 over by rotation: Bắc Quang head, Vị Xuyên deputy in 2020, members copied (seed 001)', async () => {
    const res = await post('/years/2019/handover', {
      method: 'rotation',
      note: 'Hội nghị tổng kết 04/12/2019',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      year: 2020,
      leadership: {
        head: { name: 'Huyện Bắc Quang' },
        deputy: { name: 'Huyện Vị Xuyên' },
        source: 'rotation',
        sourceLabel: 'Luân phiên theo thứ tự đã thống nhất',
        handedOver: false,
      },
    });
    expect(res.json().members).toHaveLength(5);
    const y2019 = (await req('viewer')({ method: 'GET', url: url('/years/2019') })).json();
    expect(y2019.leadership.handedOver).toBe(true);
    const [audit] = await w.t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'handover'));
    expect(audit?.summary).toContain('năm 2019 → năm 2020');
  });

  it('refuses a second handover of 2019 and changes to a handed-over year (409, Vietnamese)', async () => {
    const error = expectError(
      await post('/years/2019/handover', { method: 'rotation' }),
      409,
      'INVALID_TRANSITION',
    );
    expect(error.message).toContain('đã chuyển giao');
    expectError(
      await put('/years/2019/leadership', {
        headUnitId: w.haGiang.id,
        deputyUnitId: w.viXuyen.id,
        version: 2,
      }),
      409,
    );
  });

  it('hands 2020 over by vote to units of the 2021 membership', async () => {
    expectError(
      await post('/years/2020/handover', {
        method: 'vote',
        headUnitId: w.tungBa.id,
        deputyUnitId: w.bacMe.id,
      }),
      409,
      'INVALID_TRANSITION',
    );
    expectError(
      await post('/years/2020/handover', {
        method: 'vote',
        headUnitId: w.foreignUnit.id,
        deputyUnitId: w.bacMe.id,
      }),
      404,
    );
    const res = await post('/years/2020/handover', {
      method: 'vote',
      headUnitId: w.quangBinh.id,
      deputyUnitId: w.bacMe.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().leadership).toMatchObject({
      year: 2021,
      head: { name: 'Huyện Quang Bình' },
      source: 'vote',
    });
  });

  it('keeps the whole history of heads and deputies', async () => {
    const history = (await req('viewer')({ method: 'GET', url: url('/leaderships') })).json();
    expect(history.items.map((l: { year: number; head: { name: string } }) => [l.year, l.head.name])).toEqual(
      [
        [2021, 'Huyện Quang Bình'],
        [2020, 'Huyện Bắc Quang'],
        [2019, 'Thành phố Hà Giang'],
      ],
    );
    const detail = (await req('viewer')({ method: 'GET', url: url() })).json();
    expect(detail.years.map((y: { year: number; memberCount: number }) => [y.year, y.memberCount])).toEqual([
      [2021, 5],
      [2020, 5],
      [2019, 5],
    ]);
  });

  describe('meetings log', () => {
    let meetingId: string;

    it('records a year-end review with minutes and a photo', async () => {
      const res = await post('/meetings', {
        date: '2019-12-04',
        kind: 'year_end_review',
        place: 'Phòng họp UBND thành phố Hà Giang',
        minutes:
          'Thống nhất chuyển giao Trưởng khối năm 2020 cho huyện Bắc Quang, Phó khối cho huyện Vị Xuyên.',
      });
      expect(res.statusCode, res.body).toBe(201);
      meetingId = res.json().id;
      expect(res.json()).toMatchObject({ kindLabel: 'Tổng kết năm, bình xét, suy tôn', attachments: [] });
      const photo = await req('board')({
        method: 'POST',
        url: url(`/meetings/${meetingId}/attachments?fileName=hoi-nghi.png`),
        ...multipart(PNG, 'hoi-nghi.png', 'image/png'),
      });
      expect(photo.statusCode, photo.body).toBe(201);
      const list = (await req('viewer')({ method: 'GET', url: url('/meetings?year=2019') })).json();
      expect(list.items).toHaveLength(1);
      expect(list.items[0].attachments[0]).toMatchObject({
        fileName: 'hoi-nghi.png',
        mediaType: 'image/png',
      });
      expect((await req('viewer')({ method: 'GET', url: url('/meetings?year=2020') })).json().items).toEqual(
        [],
      );
    });

    it('edits with its version, refuses bad input, deletes with its files', async () => {
      const edited = await req('board')({
        method: 'PATCH',
        url: url(`/meetings/${meetingId}`),
        payload: { version: 1, place: 'UBND thành phố Hà Giang' },
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({ place: 'UBND thành phố Hà Giang', version: 2 });
      expectError(
        await req('board')({ method: 'PATCH', url: url(`/meetings/${meetingId}`), payload: { version: 1 } }),
        409,
      );
      expectError(await post('/meetings', { date: '2019-13-01', kind: 'year_end_review' }), 400);
      expectError(await post('/meetings', { date: '2019-12-01', kind: 'party' }), 400);
      expectError(await post('/meetings', { date: '2019-12-01', kind: 'other' }, 'viewer'), 403);
      expect((await req('board')({ method: 'DELETE', url: url(`/meetings/${meetingId}`) })).statusCode).toBe(
        204,
      );
      const left = await w.t.deps.database.db
        .select()
        .from(emulationAttachments)
        .where(eq(emulationAttachments.meetingId, meetingId));
      expect(left).toEqual([]);
    });
  });

  it('edits the bloc with its version and keeps a bloc with history', async () => {
    const res = await req('board')({
      method: 'PATCH',
      url: url(),
      payload: { version: 1, rotationOrder: [w.bacQuang.id, w.haGiang.id], kind: 'cluster' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'cluster',
      version: 2,
      rotationOrder: [{ name: 'Huyện Bắc Quang' }, { name: 'Thành phố Hà Giang' }],
    });
    expectError(
      await req('board')({ method: 'PATCH', url: url(), payload: { version: 1, name: 'X' } }),
      409,
      'VERSION_CONFLICT',
    );
    expectError(await req('board')({ method: 'DELETE', url: url() }), 409);
    const empty = await req('board')({
      method: 'POST',
      url: '/api/emulation/blocs',
      payload: { ...DONG_LUC(), name: 'Cụm thi đua tạm' },
    });
    expect(
      (await req('board')({ method: 'DELETE', url: `/api/emulation/blocs/${empty.json().id}` })).statusCode,
    ).toBe(204);
  });
});
