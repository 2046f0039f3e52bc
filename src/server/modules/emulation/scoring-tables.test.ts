import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateScoring } from '../../../domain/scoring/engine';
import type { ScoringTable } from '../../../domain/scoring/types';
import { auditLog } from '../../db/schema';
import { createUser, signIn } from '../../test/harness';
import {
  createWorld,
  expectError as expectAppError,
  multipart,
  PDF,
  PNG,
  requester,
  type World,
} from './emulation.test-helpers';

let w: World;
let req: ReturnType<typeof requester>;
let headReq: ReturnType<typeof requester>;
let blocId: string;
const YEAR = 2019;

// Seed 001 shape: budget revenue (proportional), jobs (bands), new-rural standard (fixed), bonus, deduction.
const TABLE: ScoringTable = {
  groups: [
    {
      code: 'I',
      name: 'Phát triển kinh tế – xã hội',
      items: [
        {
          code: 'I.1',
          name: 'Thu ngân sách',
          maxPoints: 20,
          unit: 'tỷ đồng',
          direction: 'higher_better',
          method: 'proportional',
          evidenceRequired: true,
        },
        {
          code: 'I.2',
          name: 'Giải quyết việc làm',
          maxPoints: 10,
          unit: 'lao động',
          direction: 'higher_better',
          method: 'bands',
          params: {
            bands: [
              { minRatio: 0.8, points: 6 },
              { minRatio: 1, points: 8 },
              { minRatio: 1.2, points: 10 },
            ],
          },
        },
        {
          code: 'I.3',
          name: 'Xã đạt chuẩn nông thôn mới',
          maxPoints: 10,
          direction: 'higher_better',
          method: 'fixed',
        },
      ],
    },
    {
      code: 'II',
      name: 'Điểm thưởng, điểm trừ',
      items: [
        {
          code: 'II.1',
          name: 'Vượt kế hoạch thu',
          maxPoints: 5,
          direction: 'higher_better',
          method: 'bonus',
          params: { perPercent: 0.5, cap: 5 },
        },
        {
          code: 'II.2',
          name: 'Vi phạm kỷ luật',
          maxPoints: 5,
          direction: 'lower_better',
          method: 'deduction',
          params: { perCount: 2, cap: 5 },
        },
      ],
    },
  ],
};

const base = () => `/api/emulation/blocs/${blocId}/years/${YEAR}/scoring`;
type Who = Parameters<typeof req>[0];
const call = (method: 'GET' | 'PUT' | 'POST', path: string, payload?: unknown, who: Who = 'board') =>
  req(who)({
    method,
    url: `${base()}${path}`,
    ...(payload ? { payload: payload } : {}),
  });
const act = async (action: string, reason?: string, who: Who = 'board') => {
  const version = (await call('GET', '')).json().version as number;
  return call('POST', '/transitions', { action, version, ...(reason ? { reason } : {}) }, who);
};

/** Equal totals share a rank; their order is not part of the comparison. */
const byRankThenId = (a: unknown[], b: unknown[]) =>
  Number(a[2]) - Number(b[2]) || String(a[0]).localeCompare(String(b[0]));

async function sheet(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng điểm');
  ws.addRow([
    'Nhóm',
    'Mã nhóm',
    'Mã chỉ tiêu',
    'Tên chỉ tiêu',
    'Điểm tối đa',
    'Đơn vị tính',
    'Chiều (cao hơn tốt hơn / thấp hơn tốt hơn)',
    'Phương pháp',
    'Tham số',
    'Cần minh chứng',
  ]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  w = await createWorld();
  req = requester(w);
  // An officer of the head unit (Thành phố Hà Giang) for the cross-check.
  await createUser(w.t.deps, w.tenantId, 'head@hg.vn', [{ role: 'unit_officer', orgUnitId: w.haGiang.id }]);
  const head = await signIn(w.t.app, 'head@hg.vn');
  headReq = requester({ ...w, sessions: { ...w.sessions, admin: head } });
  const bloc = await req('board')({
    method: 'POST',
    url: '/api/emulation/blocs',
    payload: {
      kind: 'bloc',
      name: 'Khối các huyện, thành phố vùng động lực',
      organiserUnitId: w.province.id,
      rotationOrder: [],
    },
  });
  blocId = bloc.json().id;
  const members = [w.haGiang.id, w.bacQuang.id, w.viXuyen.id, w.quangBinh.id, w.bacMe.id];
  await req('board')({
    method: 'PUT',
    url: `/api/emulation/blocs/${blocId}/years/${YEAR}/members`,
    payload: { unitIds: members },
  });
  await req('board')({
    method: 'PUT',
    url: `/api/emulation/blocs/${blocId}/years/${YEAR}/leadership`,
    payload: { headUnitId: w.haGiang.id, deputyUnitId: w.bacQuang.id },
  });
});
afterAll(() => w.t.close());

/** The error with its details (per-row problems of a sheet, paths of a table). */
const expectError = (res: Parameters<typeof expectAppError>[0], status: number, code?: string) =>
  expectAppError(res, status, code) as { code: string; message: string; details?: unknown };

describe('scoring table: Excel import, validation, versions', () => {
  it('gives a template with the columns and refuses a sheet with bad rows, naming row and column', async () => {
    const template = await call('GET', '/table/template');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toMatch(/spreadsheetml/);
    const bad = await sheet([
      [
        'Kinh tế',
        'I',
        'I.1',
        'Thu ngân sách',
        'hai mươi',
        'tỷ đồng',
        'Cao hơn tốt hơn',
        'Theo tỷ lệ thực hiện',
        '',
        'Có',
      ],
      ['Kinh tế', 'I', 'I.2', 'Việc làm', 10, '', 'Ngang', 'Theo mức', '80%=6; 100%=8', 'Không'],
      ['Kinh tế', 'I', 'I.3', 'Nông thôn mới', 10, '', 'Cao hơn tốt hơn', 'Bốc thăm', '', ''],
    ]);
    const res = await req('board')({
      method: 'POST',
      url: `${base()}/table/import`,
      ...multipart(bad, 'bang.xlsx'),
    });
    const error = expectError(res, 400, 'VALIDATION_ERROR');
    expect(error.details).toEqual([
      expect.objectContaining({ row: 2, column: 'Điểm tối đa' }),
      expect.objectContaining({ row: 3, column: 'Chiều (cao hơn tốt hơn / thấp hơn tốt hơn)' }),
      expect.objectContaining({ row: 4, column: 'Phương pháp' }),
    ]);
    // Domain checks come back per row too (a duplicate code, a cap above the maximum).
    const dup = await sheet([
      ['Kinh tế', 'I', 'I.1', 'Thu ngân sách', 20, '', 'Cao hơn tốt hơn', 'Theo tỷ lệ thực hiện', '', ''],
      ['Kinh tế', 'I', 'I.1', 'Thu lần hai', 20, '', 'Cao hơn tốt hơn', 'Theo tỷ lệ thực hiện', '', ''],
    ]);
    const res2 = await req('board')({
      method: 'POST',
      url: `${base()}/table/import`,
      ...multipart(dup, 'bang.xlsx'),
    });
    expect(expectError(res2, 400, 'VALIDATION_ERROR').details).toEqual([
      expect.objectContaining({ row: 3, column: 'Mã chỉ tiêu', message: expect.stringMatching(/bị trùng/) }),
    ]);
    expectError(
      await req('board')({ method: 'POST', url: `${base()}/table/import`, ...multipart(PDF, 'a.xlsx') }),
      415,
    );
  });

  it('imports a good sheet as version 1, with methods, params and evidence flags', async () => {
    const good = await sheet([
      [
        'Phát triển kinh tế – xã hội',
        'I',
        'I.1',
        'Thu ngân sách',
        20,
        'tỷ đồng',
        'Cao hơn tốt hơn',
        'Theo tỷ lệ thực hiện',
        '',
        'Có',
      ],
      [
        'Phát triển kinh tế – xã hội',
        'I',
        'I.2',
        'Giải quyết việc làm',
        10,
        'lao động',
        'Cao hơn tốt hơn',
        'Theo mức',
        '80%=6; 100%=8; 120%=10',
        'Không',
      ],
      [
        'Phát triển kinh tế – xã hội',
        'I',
        'I.3',
        'Xã đạt chuẩn nông thôn mới',
        10,
        '',
        'Cao hơn tốt hơn',
        'Đạt/không đạt',
        '',
        '',
      ],
      [],
      [
        'Điểm thưởng, điểm trừ',
        'II',
        'II.1',
        'Vượt kế hoạch thu',
        5,
        '',
        'Cao hơn tốt hơn',
        'Điểm thưởng',
        'mỗi %=0,5; trần=5',
        '',
      ],
      [
        'Điểm thưởng, điểm trừ',
        'II',
        'II.2',
        'Vi phạm kỷ luật',
        5,
        '',
        'Thấp hơn tốt hơn',
        'Điểm trừ',
        'mỗi trường hợp=2; trần=5',
        '',
      ],
    ]);
    const res = await req('board')({
      method: 'POST',
      url: `${base()}/table/import`,
      ...multipart(good, 'bang.xlsx'),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'draft', table: { versionNo: 1, used: false, table: TABLE } });
    // The template now comes back prefilled and reads back into the same table.
    const template = await call('GET', '/table/template');
    const again = await req('board')({
      method: 'POST',
      url: `${base()}/table/import`,
      ...multipart(template.rawPayload, 'mau.xlsx'),
    });
    expect(again.json().table).toMatchObject({ versionNo: 1, table: TABLE });
  });

  it.each([
    [
      'an unknown method',
      { groups: [{ code: 'A', name: 'A', items: [{ ...TABLE.groups[0]!.items[0]!, method: 'lottery' }] }] },
      'table.groups.0.items.0.method',
    ],
    [
      'a negative maximum',
      { groups: [{ code: 'A', name: 'A', items: [{ ...TABLE.groups[0]!.items[0]!, maxPoints: -1 }] }] },
      'groups.0.items.0.maxPoints',
    ],
    [
      'duplicate codes',
      { groups: [{ code: 'A', name: 'A', items: [TABLE.groups[0]!.items[0]!, TABLE.groups[0]!.items[0]!] }] },
      'body.table.groups.0.items.1.code',
    ],
  ])('refuses a table with %s (400, Vietnamese, with the path)', async (_case, table, path) => {
    const error = expectError(await call('PUT', '/table', { table }), 400);
    expect(JSON.stringify(error.details)).toContain(path);
  });

  it('replaces an unused version, keeps a used one and makes a new version', async () => {
    let res = await call('PUT', '/table', { table: TABLE, note: 'Bản thống nhất' });
    expect(res.json().table).toMatchObject({ versionNo: 1, note: 'Bản thống nhất' });
    res = await call('PUT', '/targets', {
      targets: [w.haGiang, w.bacQuang, w.viXuyen, w.quangBinh, w.bacMe].flatMap((u, i) => [
        { unitId: u.id, itemCode: 'I.1', plan: 100 },
        { unitId: u.id, itemCode: 'I.2', plan: 1000 },
        { unitId: u.id, itemCode: 'II.1', plan: i === 4 ? 0 : 100 },
      ]),
    });
    expect(res.statusCode, res.body).toBe(200);
    const bacMe = res.json().members.find((m: { unit: { id: string } }) => m.unit.id === w.bacMe.id);
    expect(bacMe.entries.find((e: { itemCode: string }) => e.itemCode === 'II.1')).toMatchObject({
      plan: 0,
      percentOfPlan: null,
      percentLabel: 'không có kế hoạch',
    });
    const renamed = structuredClone(TABLE);
    renamed.groups[0]!.items[2]!.name = 'Số xã đạt chuẩn nông thôn mới';
    res = await call('PUT', '/table', { table: renamed });
    expect(res.json()).toMatchObject({
      table: { versionNo: 2, used: false },
      versions: [{ versionNo: 2 }, { versionNo: 1, used: true }],
    });
    const v1 = await call('GET', '/table/versions/1');
    expect(v1.json()).toMatchObject({ versionNo: 1, used: true, table: TABLE });
    expectError(await call('GET', '/table/versions/9'), 404);
  });
});

describe('scoring flow: self-score, cross-check, publish, reopen', () => {
  it('refuses results before self-scoring is open and an illegal step (409 INVALID_TRANSITION)', async () => {
    expectError(
      await call('PUT', `/results/${w.viXuyen.id}`, { results: [{ itemCode: 'I.1', actual: 1 }] }),
      409,
      'INVALID_TRANSITION',
    );
    expectError(await act('publish'), 409, 'INVALID_TRANSITION');
    expectError(await act('open_self_scoring', undefined, 'officer'), 403);
    expect((await act('open_self_scoring')).json()).toMatchObject({ status: 'self_scoring' });
  });

  it('lets a member officer enter its own results with evidence, and only its own', async () => {
    const res = await call(
      'PUT',
      `/results/${w.viXuyen.id}`,
      {
        results: [
          { itemCode: 'I.1', actual: 102 },
          { itemCode: 'I.2', actual: 1153 },
          { itemCode: 'I.3', achieved: true },
          { itemCode: 'II.1', actual: 102 },
          { itemCode: 'II.2', count: 0 },
        ],
      },
      'officer',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().members[0].entries[0]).toMatchObject({
      itemCode: 'I.1',
      plan: 100,
      actual: 102,
      percentOfPlan: 102,
      percentLabel: '102,00%',
      evidenceRequired: true,
      tableVersionNo: 2,
    });
    expectError(
      await call(
        'PUT',
        `/results/${w.haGiang.id}`,
        { results: [{ itemCode: 'I.1', actual: 124 }] },
        'officer',
      ),
      403,
    );
    const ev = await req('officer')({
      method: 'POST',
      url: `${base()}/results/${w.viXuyen.id}/items/I.1/evidence?fileName=bao-cao-thu.png`,
      ...multipart(PNG, 'x.png'),
    });
    expect(ev.statusCode, ev.body).toBe(201);
    expect(ev.json()).toMatchObject({ fileName: 'bao-cao-thu.png', mediaType: 'image/png' });
    const file = await req('viewer')({
      method: 'GET',
      url: `/api/emulation/scoring-evidence/${ev.json().id}`,
    });
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expectError(
      await req('officer')({
        method: 'POST',
        url: `${base()}/results/${w.viXuyen.id}/items/I.1/evidence`,
        ...multipart(Buffer.from('MZ...'), 'x.exe'),
      }),
      415,
    );
    expectError(
      await req('stranger')({ method: 'GET', url: `/api/emulation/scoring-evidence/${ev.json().id}` }),
      404,
    );
  });

  it.each([
    ['an unknown item', { results: [{ itemCode: 'X.9', actual: 1 }] }, 400],
    ['a negative figure', { results: [{ itemCode: 'I.1', actual: -5 }] }, 400],
    ['a fractional count', { results: [{ itemCode: 'II.2', count: 1.5 }] }, 400],
    ['no results', { results: [] }, 400],
    [
      'the same item twice',
      {
        results: [
          { itemCode: 'I.1', actual: 1 },
          { itemCode: 'I.1', actual: 2 },
        ],
      },
      400,
    ],
    ['a count beyond the column', { results: [{ itemCode: 'II.2', count: 5_000_000_000 }] }, 400],
  ])('refuses %s', async (_case, body, status) => {
    expectError(await call('PUT', `/results/${w.viXuyen.id}`, body), status);
  });

  it('has the organiser enter the other members, then the head cross-checks with a reason kept', async () => {
    const figures: [string, number, number, boolean, number][] = [
      [w.haGiang.id, 124, 1533, true, 0],
      [w.bacQuang.id, 103, 1387, true, 1],
      [w.quangBinh.id, 98, 1144, false, 0],
      [w.bacMe.id, 90, 700, false, 4],
    ];
    for (const [unitId, thu, viec, nong, vipham] of figures) {
      const res = await call('PUT', `/results/${unitId}`, {
        results: [
          { itemCode: 'I.1', actual: thu },
          { itemCode: 'I.2', actual: viec },
          { itemCode: 'I.3', achieved: nong },
          { itemCode: 'II.1', actual: thu },
          { itemCode: 'II.2', count: vipham },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await act('start_cross_check', undefined, 'admin')).statusCode).toBe(200);
    expect((await headReq('admin')({ method: 'GET', url: base() })).json().permissions.crossCheck).toBe(true);
    const change = { results: [{ itemCode: 'I.1', actual: 101 }] };
    expectError(
      await headReq('admin')({ method: 'PUT', url: `${base()}/results/${w.viXuyen.id}`, payload: change }),
      400,
    );
    expectError(await call('PUT', `/results/${w.viXuyen.id}`, { ...change, reason: 'Sai' }, 'officer'), 403);
    const res = await headReq('admin')({
      method: 'PUT',
      url: `${base()}/results/${w.viXuyen.id}`,
      payload: { ...change, reason: 'Số thu theo báo cáo quyết toán là 101 tỷ đồng' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().members[0].entries[0]).toMatchObject({
      actual: 101,
      adjustments: [
        {
          field: 'actual',
          before: 102,
          after: 101,
          reason: 'Số thu theo báo cáo quyết toán là 101 tỷ đồng',
          by: expect.any(String),
        },
      ],
    });
    // Unchanged values need no reason.
    expect(
      (await headReq('admin')({ method: 'PUT', url: `${base()}/results/${w.viXuyen.id}`, payload: change }))
        .statusCode,
    ).toBe(200);
  });

  it('recomputes the same totals, ranks and explanations as the score engine', async () => {
    const res = await call('POST', '/recompute');
    expect(res.statusCode, res.body).toBe(200);
    const entries = (await call('GET', '/entries')).json();
    const table = (await call('GET', '')).json().table.table as ScoringTable;
    const engine = evaluateScoring({
      table,
      members: entries.members.map(
        (m: {
          unit: { id: string };
          entries: {
            itemCode: string;
            plan: number | null;
            actual: number | null;
            achieved: boolean | null;
            count: number | null;
          }[];
        }) => ({
          id: m.unit.id,
          values: Object.fromEntries(
            m.entries.map((e) => [
              e.itemCode,
              { plan: e.plan, actual: e.actual, achieved: e.achieved, count: e.count },
            ]),
          ),
        }),
      ),
    });
    if (!engine.ok) throw new Error('engine refused');
    const stored = res.json().members;
    expect(
      stored
        .map((m: { unit: { id: string }; total: number; rank: number; classification: string }) => [
          m.unit.id,
          m.total,
          m.rank,
          m.classification,
        ])
        .sort(byRankThenId),
    ).toEqual(engine.value.members.map((m) => [m.id, m.total, m.rank, m.classification]).sort(byRankThenId));
    expect(stored[0].unit.id).toBe(w.haGiang.id);
    expect(stored[0].items[0]).toMatchObject({
      code: 'I.1',
      name: 'Thu ngân sách',
      explanation: engine.value.members[0]!.items[0]!.explanation,
    });
    expect((await call('GET', '/results')).json()).toMatchObject({
      stale: false,
      members: stored.map(() => expect.any(Object)),
    });
    // An entry changed after the recompute: the results say so, and the changed item has no explanation
    // (its stored points no longer match the entries); changed back, they are current again.
    const edit = (actual: number, reason: string) =>
      headReq('admin')({
        method: 'PUT',
        url: `${base()}/results/${w.viXuyen.id}`,
        payload: { results: [{ itemCode: 'I.1', actual }], reason },
      });
    expect((await edit(50, 'Thử sửa số liệu sau khi tính')).statusCode).toBe(200);
    const changed = (await call('GET', '/results')).json();
    expect(changed.stale).toBe(true);
    const vx = changed.members.find((m: { unit: { id: string } }) => m.unit.id === w.viXuyen.id);
    expect(vx.items.find((i: { code: string }) => i.code === 'I.1').explanation).toBe('');
    expect((await edit(101, 'Trả lại số liệu đã tính')).statusCode).toBe(200);
    expect((await call('GET', '/results')).json().stale).toBe(false);
  });

  it('gives the plan-vs-actual dashboard with the weighted roll-up, per bloc and per unit', async () => {
    const d = (await call('GET', '/dashboard')).json();
    const vx = d.members.find((m: { unit: { id: string } }) => m.unit.id === w.viXuyen.id);
    // I.1 101/100 → 1 (capped) × 20; I.2 1153/1000 → 1 × 10; I.3 achieved → 1 × 10: progress 100 %.
    expect(vx).toMatchObject({ progress: 100, coverage: 100, rank: expect.any(Number) });
    const bm = d.members.find((m: { unit: { id: string } }) => m.unit.id === w.bacMe.id);
    // (20·0.9 + 10·0.7 + 10·0) / 40 = 62.5
    expect(bm).toMatchObject({
      progress: 62.5,
      items: expect.arrayContaining([
        expect.objectContaining({ code: 'II.1', percentLabel: 'không có kế hoạch' }),
      ]),
    });
    expect(d.formula).toMatch(/Σ/);
    const u = (
      await req('viewer')({ method: 'GET', url: `/api/emulation/units/${w.bacMe.id}/scoring-dashboard` })
    ).json();
    expect(u.years).toEqual([
      expect.objectContaining({ year: YEAR, progress: 62.5, bloc: { id: blocId, name: expect.any(String) } }),
    ]);
    expectError(
      await req('stranger')({ method: 'GET', url: `/api/emulation/units/${w.bacMe.id}/scoring-dashboard` }),
      404,
    );
  });

  it('confirms and publishes; a published year refuses every write (409); reopening needs a reason and is audited', async () => {
    expect((await act('confirm', undefined, 'admin')).json().status).toBe('confirmed');
    expect((await act('publish')).json()).toMatchObject({
      status: 'published',
      publishedAt: expect.any(String),
    });
    for (const res of [
      await call('PUT', `/results/${w.viXuyen.id}`, {
        results: [{ itemCode: 'I.1', actual: 1 }],
        reason: 'x',
      }),
      await call('PUT', '/table', { table: TABLE }),
      await call('PUT', '/targets', { targets: [{ unitId: w.viXuyen.id, itemCode: 'I.1', plan: 1 }] }),
      await call('POST', '/recompute'),
      await req('board')({
        method: 'POST',
        url: `${base()}/results/${w.viXuyen.id}/items/I.1/evidence`,
        ...multipart(PDF, 'a.pdf'),
      }),
    ])
      expectError(res, 409, 'INVALID_TRANSITION');
    const year = await req('board')({
      method: 'POST',
      url: '/api/emulation/scoring/recompute',
      payload: { year: YEAR },
    });
    expect(year.json()).toMatchObject({ blocs: 0, skipped: [{ blocId }] });
    expectError(await act('reopen'), 409, 'INVALID_TRANSITION');
    expect(
      (await act('reopen', 'Hội nghị khối đề nghị rà soát lại chỉ tiêu thu ngân sách')).json().status,
    ).toBe('cross_checking');
    const [audit] = await w.t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, blocId), eq(auditLog.action, 'scoring_reopen')));
    expect(audit?.summary).toMatch(/rà soát lại chỉ tiêu thu ngân sách/);
  });

  it('recomputes a whole year tenant-wide (board), not for unit officers', async () => {
    const res = await req('board')({
      method: 'POST',
      url: '/api/emulation/scoring/recompute',
      payload: { year: YEAR },
    });
    expect(res.json()).toMatchObject({ year: YEAR, blocs: 1, members: 5, items: 25, skipped: [] });
    expectError(
      await req('officer')({
        method: 'POST',
        url: '/api/emulation/scoring/recompute',
        payload: { year: YEAR },
      }),
      403,
    );
    expectError(
      await req('board')({
        method: 'POST',
        url: '/api/emulation/scoring/recompute',
        payload: { year: 1800 },
      }),
      400,
    );
  });

  it('hides everything from another tenant (404) and refuses bad ids', async () => {
    for (const [method, path] of [
      ['GET', ''],
      ['GET', '/entries'],
      ['GET', '/results'],
      ['PUT', '/table'],
      ['POST', '/recompute'],
    ] as const)
      expectError(await call(method, path, method === 'PUT' ? { table: TABLE } : undefined, 'stranger'), 404);
    expectError(
      await call('PUT', `/results/${w.foreignUnit.id}`, { results: [{ itemCode: 'I.1', actual: 1 }] }),
      404,
    );
    expectError(
      await req('board')({ method: 'GET', url: '/api/emulation/blocs/khong-phai-uuid/years/2019/scoring' }),
      400,
    );
    expectError(
      await req('board')({ method: 'GET', url: `/api/emulation/blocs/${blocId}/years/1800/scoring` }),
      400,
    );
    expectError(await act('fly'), 400);
  });
});
