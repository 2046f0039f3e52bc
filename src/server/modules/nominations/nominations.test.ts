import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, awardRounds, emulationBlocMembers, emulationBlocs, nominations } from '../../db/schema';
import { DEFAULT_LEGAL_SETTINGS } from '../../../domain/awards/settings';
import { newId } from '../../lib/ids';
import type { Ctx } from '../../lib/context';
import {
  createWorld,
  expectError,
  insertPerson,
  multipart,
  PDF,
  requester,
  type World,
} from '../emulation/emulation.test-helpers';
import { findNomination, listRoundNominations, markNominationsDecided, transitionNomination } from './index';

let w: World;
let req: ReturnType<typeof requester>;
let an: { id: string };
let binh: { id: string };
let chi: { id: string };
let cuong: { id: string };
let libCtx: Ctx;
let roundId: string;
let roundVersion: number;

type Detail = {
  id: string;
  status: string;
  version: number;
  editable: boolean;
  returnReason: string | null;
  notEligibleReason: string | null;
  eligibility: { verdict: string; failed: unknown[] } | null;
  documents: { code: string; status: string; required: boolean }[];
  missingDocuments: string[];
  allowedActions: string[];
  forwardedFromId: string | null;
  forwardedToId: string | null;
  proposalLetterNumber: string | null;
};

beforeAll(async () => {
  w = await createWorld();
  req = requester(w);
  an = await insertPerson(w.t.deps, w.tenantId, 'Nguyễn Văn An', w.viXuyen);
  binh = await insertPerson(w.t.deps, w.tenantId, 'Lò Thị Bình', w.tungBa);
  cuong = await insertPerson(w.t.deps, w.tenantId, 'Trần Văn Cường', w.viXuyen);
  chi = await insertPerson(w.t.deps, w.tenantId, 'Hoàng Văn Chí', w.bacQuang);
  libCtx = {
    db: w.t.deps.database.db,
    actor: {
      userId: '00000000-0000-7000-8000-000000000001',
      email: 'lib@test',
      label: 'Thư viện',
      tenantId: w.tenantId,
      grants: [{ role: 'board_officer', tenantId: w.tenantId, orgUnitId: null, scopePath: null }],
      via: 'session',
    },
    now: new Date(),
    requestId: 'test',
    deps: w.t.deps,
  };
});
afterAll(() => w.t.close());

const YEAR = 2025;
const post = (who: Parameters<typeof req>[0], url: string, payload?: unknown) =>
  req(who)({ method: 'POST', url, payload: payload as Record<string, unknown> });
const propose = (body: Record<string, unknown>, who: Parameters<typeof req>[0] = 'officer') =>
  post(who, '/api/nominations', {
    roundId,
    proposingUnitId: w.viXuyen.id,
    subjectType: 'individual',
    ...body,
  });
const act = async (
  who: Parameters<typeof req>[0],
  id: string,
  action: string,
  body: Record<string, unknown> = {},
) => {
  const current = (await req('board')({ method: 'GET', url: `/api/nominations/${id}` })).json<Detail>();
  return post(who, `/api/nominations/${id}/actions/${action}`, { version: current.version, ...body });
};

describe('award rounds', () => {
  it('the board creates a round; a unit officer may not (403)', async () => {
    const body = {
      name: 'Khen thưởng tổng kết năm 2025',
      orgUnitId: w.province.id,
      commendationType: 'cong_trang',
      level: 'province',
      year: YEAR,
      unitIds: [w.viXuyen.id, w.bacQuang.id],
      proposalDeadline: '2025-12-10',
      appraisalDeadline: '2025-12-20',
    };
    expectError(await post('officer', '/api/award-rounds', body), 403, 'FORBIDDEN');
    const res = await post('board', '/api/award-rounds', body);
    expect(res.statusCode, res.body).toBe(201);
    const round = res.json<{ id: string; status: string; version: number; units: unknown[] }>();
    expect(round).toMatchObject({
      status: 'draft',
      units: [{ name: 'Huyện Vị Xuyên' }, { name: 'Huyện Bắc Quang' }],
    });
    roundId = round.id;
    roundVersion = round.version;
  });

  it.each([
    ['no year nor period', { year: null }],
    ['deadlines out of order', { appraisalDeadline: '2025-12-01' }],
    ['unknown commendation type', { commendationType: 'khac' }],
    ['a huge name', { name: 'x'.repeat(600) }],
    ['a wrong type', { year: 'hai nghìn' }],
  ])('refuses %s (400)', async (_n, patch) => {
    const res = await post('board', '/api/award-rounds', {
      name: 'Đợt thử',
      orgUnitId: w.province.id,
      commendationType: 'cong_trang',
      level: 'province',
      year: YEAR,
      unitIds: [],
      proposalDeadline: '2025-12-10',
      ...patch,
    });
    expect(res.statusCode, res.body).toBe(400);
  });

  it('proposals wait for the round to open; open twice → 409 INVALID_TRANSITION', async () => {
    expectError(
      await propose({ subjectId: an.id, awardCode: 'lao_dong_tien_tien' }),
      409,
      'INVALID_TRANSITION',
    );
    const open = await post('board', `/api/award-rounds/${roundId}/open`, { version: roundVersion });
    expect(open.statusCode, open.body).toBe(200);
    roundVersion = open.json<{ version: number }>().version;
    expectError(
      await post('board', `/api/award-rounds/${roundId}/open`, { version: roundVersion }),
      409,
      'INVALID_TRANSITION',
    );
    expectError(
      await post('board', `/api/award-rounds/${roundId}/open`, { version: 1 }),
      409,
      'VERSION_CONFLICT',
    );
  });

  it('lists rounds in scope; another tenant sees nothing and gets 404', async () => {
    const mine = await req('officer')({ method: 'GET', url: '/api/award-rounds' });
    expect(mine.json<{ total: number }>().total).toBe(1);
    const theirs = await req('stranger')({ method: 'GET', url: '/api/award-rounds' });
    expect(theirs.json<{ total: number }>().total).toBe(0);
    expectError(
      await req('stranger')({ method: 'GET', url: `/api/award-rounds/${roundId}` }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('dossiers', () => {
  let anId: string;
  let binhId: string;
  let cuongId: string;

  it('a unit officer proposes; the verdict and the §7.1 checklist come attached', async () => {
    const res = await propose({
      subjectId: an.id,
      awardCode: 'lao_dong_tien_tien',
      report: {
        summary: 'Hoàn thành xuất sắc nhiệm vụ',
        achievements: [{ year: YEAR, content: 'Dẫn đầu phong trào' }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json<Detail>();
    anId = d.id;
    expect(d).toMatchObject({ status: 'draft', editable: true });
    expect(d.eligibility?.verdict).toMatch(/eligible|needs_review|not_eligible/);
    expect(d.documents.map((x) => x.code)).toEqual([
      'to_trinh',
      'bao_cao_thanh_tich',
      'bien_ban_binh_xet',
      'tai_lieu_khac',
    ]);
    expect(d.allowedActions).toEqual(['submit', 'withdraw']);
    binhId = (await propose({ subjectId: binh.id, awardCode: 'lao_dong_tien_tien' })).json<Detail>().id;
    cuongId = (await propose({ subjectId: cuong.id, awardCode: 'lao_dong_tien_tien' })).json<Detail>().id;
  });

  it.each([
    ['a collective title for a person', 'an', { awardCode: 'tap_the_lao_dong_tien_tien' }, 400],
    ['an unknown code', 'an', { awardCode: 'khong_co' }, 400],
    ['a person of another unit', 'chi', { awardCode: 'lao_dong_tien_tien' }, 400],
    ["another tenant's person", 'foreign', { awardCode: 'lao_dong_tien_tien' }, 404],
    ['a malformed id', 'abc', { awardCode: 'lao_dong_tien_tien' }, 400],
    ['a report with an unknown field', 'an', { awardCode: 'lao_dong_tien_tien', report: { x: 1 } }, 400],
  ] as const)('refuses %s', async (_n, who, body, status) => {
    const ids: Record<string, string> = { an: an.id, chi: chi.id, foreign: w.foreignPerson.id, abc: 'abc' };
    expect((await propose({ ...body, subjectId: ids[who] })).statusCode).toBe(status);
  });

  it('a unit outside the officer’s scope → 403', async () => {
    expectError(
      await propose({ proposingUnitId: w.bacQuang.id, subjectId: chi.id, awardCode: 'lao_dong_tien_tien' }),
      403,
      'FORBIDDEN',
    );
  });

  it('submit locks editing; a stale version → 409 VERSION_CONFLICT', async () => {
    expectError(
      await post('officer', `/api/nominations/${anId}/actions/submit`, { version: 99 }),
      409,
      'VERSION_CONFLICT',
    );
    const res = await act('officer', anId, 'submit');
    expect(res.json<Detail>()).toMatchObject({ status: 'submitted', editable: false });
    const edit = await req('officer')({
      method: 'PATCH',
      url: `/api/nominations/${anId}`,
      payload: { version: res.json<Detail>().version, reportText: 'sửa' },
    });
    expectError(edit, 409, 'INVALID_TRANSITION');
    expectError(await act('officer', anId, 'submit'), 409, 'INVALID_TRANSITION');
  });

  it('the board returns with a reason (required); the unit fixes and resubmits, the reason is kept', async () => {
    expectError(await act('officer', anId, 'return', { reason: 'Thiếu' }), 403, 'FORBIDDEN');
    expect((await act('board', anId, 'return')).statusCode).toBe(400);
    const returned = (
      await act('board', anId, 'return', { reason: 'Thiếu biên bản bình xét' })
    ).json<Detail>();
    expect(returned).toMatchObject({
      status: 'returned',
      editable: true,
      returnReason: 'Thiếu biên bản bình xét',
    });
    const fixed = await req('officer')({
      method: 'PATCH',
      url: `/api/nominations/${anId}`,
      payload: { version: returned.version, reportText: 'Đã bổ sung biên bản' },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const again = (await act('officer', anId, 'submit')).json<Detail>();
    expect(again).toMatchObject({ status: 'submitted', returnReason: 'Thiếu biên bản bình xét' });
  });

  it('not eligible with a reason; withdraw; illegal moves → 409 INVALID_TRANSITION', async () => {
    await act('officer', binhId, 'submit');
    const ne = (
      await act('board', binhId, 'mark_not_eligible', { reason: 'Chưa đủ thời gian công tác' })
    ).json<Detail>();
    expect(ne).toMatchObject({ status: 'not_eligible', notEligibleReason: 'Chưa đủ thời gian công tác' });
    expectError(await act('officer', binhId, 'submit'), 409, 'INVALID_TRANSITION');
    expect((await act('officer', cuongId, 'withdraw')).json<Detail>().status).toBe('withdrawn');
    expectError(await act('officer', cuongId, 'withdraw'), 409, 'INVALID_TRANSITION');
  });

  it('the same achievement twice shows a batch warning on the round list', async () => {
    const dup = await propose({ subjectId: an.id, awardCode: 'lao_dong_tien_tien' });
    expect(dup.statusCode).toBe(201);
    const list = await req('board')({ method: 'GET', url: `/api/award-rounds/${roundId}/nominations` });
    const body = list.json<{
      items: Detail[];
      warnings: { kind: string; nominationIds: string[] }[];
      units: { count: number }[];
    }>();
    expect(body.warnings).toEqual([
      expect.objectContaining({ kind: 'duplicate', nominationIds: [anId, dup.json<Detail>().id] }),
    ]);
    expect(body.units).toEqual([expect.objectContaining({ unitName: 'Huyện Vị Xuyên', count: 4 })]);
  });

  it('attachments: a PDF marks its checklist item provided; other content → 415', async () => {
    const d = await propose({ subjectId: cuong.id, awardCode: 'cstd_co_so' });
    const id = d.json<Detail>().id;
    const up = await req('officer')({
      method: 'POST',
      url: `/api/nominations/${id}/attachments?documentCode=to_trinh&fileName=to-trinh.pdf`,
      ...multipart(PDF, 'to-trinh.pdf', 'application/pdf'),
    });
    expect(up.statusCode, up.body).toBe(201);
    const detail = (await req('officer')({ method: 'GET', url: `/api/nominations/${id}` })).json<Detail>();
    expect(detail.documents.find((x) => x.code === 'to_trinh')?.status).toBe('provided');
    expect(detail.missingDocuments).toHaveLength(3);
    const bad = await req('officer')({
      method: 'POST',
      url: `/api/nominations/${id}/attachments`,
      ...multipart(Buffer.from('MZ not a document'), 'virus.pdf'),
    });
    expectError(bad, 415);
  });

  it('other tenants get 404 for ids; viewers get 403 for actions', async () => {
    expectError(await req('stranger')({ method: 'GET', url: `/api/nominations/${anId}` }), 404, 'NOT_FOUND');
    expectError(
      await post('stranger', `/api/nominations/${anId}/actions/withdraw`, { version: 1 }),
      404,
      'NOT_FOUND',
    );
    expectError(await act('viewer', anId, 'return', { reason: 'x' }), 403, 'FORBIDDEN');
  });

  it.each([
    [
      'malformed JSON',
      { payload: '{"version":', headers: { 'content-type': 'application/json' } },
      `/actions/submit`,
    ],
    ['a wrong type', { payload: { version: 'một' } }, `/actions/submit`],
    ['an unknown action', { payload: { version: 1 } }, `/actions/approve_all`],
    ['a huge reason', { payload: { version: 1, reason: 'x'.repeat(10_000) } }, `/actions/return`],
  ])('bad input → 4xx, never 500: %s', async (_n, opts, suffix) => {
    const res = await req('board')({ method: 'POST', url: `/api/nominations/${anId}${suffix}`, ...opts });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect((await req('board')({ method: 'GET', url: '/api/nominations/not-a-uuid' })).statusCode).toBe(400);
  });

  it('audit rows are written with each change', async () => {
    const rows = await w.t.deps.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'nomination'), eq(auditLog.entityId, anId)));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['create', 'submit', 'return', 'update', 'submit']),
    );
  });

  it('the library: transitions for the other modules, decided, forward refused outside its route', async () => {
    await transitionNomination(libCtx, anId, 'receive');
    await expect(transitionNomination(libCtx, anId, 'council_approve')).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    await transitionNomination(libCtx, anId, 'approve');
    await transitionNomination(libCtx, anId, 'council_approve');
    await expect(transitionNomination(libCtx, anId, 'forward')).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const decided = await markNominationsDecided(libCtx, [anId], '019a0000-0000-7000-8000-00000000d001');
    expect(decided).toEqual([expect.objectContaining({ from: 'council_approved', to: 'decided' })]);
    const view = await findNomination(libCtx, anId);
    expect(view).toMatchObject({ status: 'decided', decisionId: '019a0000-0000-7000-8000-00000000d001' });
    const other = { ...libCtx, actor: { ...libCtx.actor, tenantId: w.otherTenantId } };
    await expect(findNomination(other, anId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listRoundNominations(libCtx, roundId, { statuses: ['decided'] })).map((n) => n.id)).toEqual(
      [anId],
    );
  });
});

describe('Excel import of nominees', () => {
  it('the template has the drop-down; bad rows are reported per row and nothing is created; good rows create', async () => {
    const tpl = await req('officer')({
      method: 'GET',
      url: `/api/award-rounds/${roundId}/nominations/template`,
    });
    expect(tpl.statusCode, tpl.body).toBe(200);
    const fill = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('Đề nghị')!;
      expect(ws.getCell('D2').dataValidation?.type).toBe('list');
      rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 2, j + 2).value = v)));
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const upload = async (file: Buffer) =>
      req('officer')({
        method: 'POST',
        url: `/api/award-rounds/${roundId}/nominations/import?proposingUnitId=${w.viXuyen.id}`,
        ...multipart(file, 'de-nghi.xlsx'),
      });
    const before = (await listRoundNominations(libCtx, roundId)).length;
    const bad = await upload(
      await fill([
        ['', 'Lò Thị Bình', 'Lao động tiên tiến', ''],
        ['', 'Không Có Người Này', 'Lao động tiên tiến', ''],
        ['', 'Trần Văn Cường', 'Danh hiệu không có trong danh mục', ''],
        ['', 'Hoàng Văn Chí', 'Lao động tiên tiến', ''],
      ]),
    );
    const err = expectError(bad, 400, 'VALIDATION_ERROR') as unknown as {
      details: { row: number; message: string }[];
    };
    expect(err.details.map((d) => d.row)).toEqual([3, 4, 5]);
    expect(err.details[1]!.message).toContain('Dòng 4');
    expect((await listRoundNominations(libCtx, roundId)).length).toBe(before);
    const good = await upload(
      await fill([['', 'Lò Thị Bình', 'Chiến sĩ thi đua cơ sở', 'Sáng kiến cấp cơ sở']]),
    );
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json<{ created: number }>().created).toBe(1);
    expect(expectError(await upload(Buffer.from('not excel')), 415).message).toMatch(/Excel/);
  });
});

describe('forwarding upward (a form the province cannot decide)', () => {
  it('creates the province’s submission in a central round; only central forms are forwarded', async () => {
    const central = await post('board', '/api/award-rounds', {
      name: 'Trình Thủ tướng Chính phủ năm 2025',
      orgUnitId: w.province.id,
      commendationType: 'cong_trang',
      level: 'central',
      year: YEAR,
      unitIds: [],
    });
    const centralId = central.json<{ id: string; version: number }>().id;
    await post('board', `/api/award-rounds/${centralId}/open`, {
      version: central.json<{ version: number }>().version,
    });
    const d = (await propose({ subjectId: cuong.id, awardCode: 'bang_khen_thu_tuong' })).json<Detail>();
    await act('officer', d.id, 'submit');
    for (const a of ['receive', 'approve', 'council_approve'] as const)
      await transitionNomination(libCtx, d.id, a);
    expectError(await transitionNominationDecide(d.id), 409, 'INVALID_TRANSITION');
    const fwdBody = {
      targetRoundId: centralId,
      proposalLetterNumber: '125/TTr-UBND',
      proposalLetterDate: '2025-12-25',
    };
    expectError(await act('board', d.id, '../forward'), 400);
    const current = (await req('board')({ method: 'GET', url: `/api/nominations/${d.id}` })).json<Detail>();
    expect(current.allowedActions).toEqual(['forward']);
    expectError(
      await post('officer', `/api/nominations/${d.id}/forward`, { version: current.version, ...fwdBody }),
      403,
    );
    const res = await post('board', `/api/nominations/${d.id}/forward`, {
      version: current.version,
      ...fwdBody,
    });
    expect(res.statusCode, res.body).toBe(201);
    const up = res.json<Detail>();
    expect(up).toMatchObject({
      status: 'submitted',
      forwardedFromId: d.id,
      proposalLetterNumber: '125/TTr-UBND',
    });
    expect(up.documents.find((x) => x.code === 'to_trinh')?.status).toBe('provided');
    const original = (await req('board')({ method: 'GET', url: `/api/nominations/${d.id}` })).json<Detail>();
    expect(original).toMatchObject({ status: 'forwarded', forwardedToId: up.id });

    const local = (await propose({ subjectId: cuong.id, awardCode: 'bang_khen_bo_tinh' })).json<Detail>();
    await act('officer', local.id, 'submit');
    for (const a of ['receive', 'approve', 'council_approve'] as const)
      await transitionNomination(libCtx, local.id, a);
    const localNow = (
      await req('board')({ method: 'GET', url: `/api/nominations/${local.id}` })
    ).json<Detail>();
    expect(localNow.allowedActions).toEqual(['decide']);
    const v = localNow.version;
    expectError(
      await post('board', `/api/nominations/${local.id}/forward`, { version: v, ...fwdBody }),
      409,
      'INVALID_TRANSITION',
    );
  });
});

describe('round batch warnings follow the tenant’s legal settings', () => {
  it('two units of one bloc proposed for Cờ thi đua: warned with 1 flag per bloc, not with 2', async () => {
    const db = w.t.deps.database.db;
    const ownRound = newId();
    await db.insert(awardRounds).values({
      id: ownRound,
      tenantId: w.tenantId,
      orgUnitId: w.province.id,
      name: 'Cờ thi đua năm 2024',
      commendationType: 'cong_trang',
      level: 'province',
      year: 2024,
      status: 'open',
    });
    const blocId = newId();
    await db.insert(emulationBlocs).values({
      id: blocId,
      tenantId: w.tenantId,
      kind: 'cluster',
      name: 'Cụm thi đua các huyện phía Nam',
      organiserUnitId: w.province.id,
      searchText: 'cum thi dua cac huyen phia nam',
      sortKey: 'cum thi dua cac huyen phia nam',
    });
    await db.insert(emulationBlocMembers).values(
      [w.viXuyen, w.bacQuang].map((u, position) => ({
        tenantId: w.tenantId,
        blocId,
        year: 2024,
        unitId: u.id,
        position,
      })),
    );
    const flagIds = [newId(), newId()];
    await db.insert(nominations).values(
      [w.viXuyen, w.bacQuang].map((u, i) => ({
        id: flagIds[i]!,
        tenantId: w.tenantId,
        roundId: ownRound,
        proposingUnitId: u.id,
        subjectType: 'collective' as const,
        subjectId: u.id,
        subjectName: u.name,
        subjectUnitName: u.name,
        awardCode: 'co_thi_dua_bo_tinh',
        status: 'submitted' as const,
        submittedAt: new Date(),
      })),
    );
    const warnings = async () =>
      (await req('board')({ method: 'GET', url: `/api/award-rounds/${ownRound}/nominations` })).json<{
        warnings: { kind: string; message: string; nominationIds: string[] }[];
      }>().warnings;
    const setFlags = async (flagsPerBloc: number) => {
      const res = await req('admin')({
        method: 'PUT',
        url: '/api/settings/legal',
        payload: { ...DEFAULT_LEGAL_SETTINGS, flagsPerBloc },
      });
      expect(res.statusCode, res.body).toBe(200);
    };

    const before = await warnings();
    expect(before.map((x) => [x.kind, [...x.nominationIds].sort()])).toEqual([
      ['flag_per_bloc', [...flagIds].sort()],
    ]);
    await setFlags(2);
    try {
      expect(await warnings()).toEqual([]);
    } finally {
      await setFlags(1);
    }
  });
});

/** `decide` of a central form in a provincial round is refused (it must be forwarded). */
async function transitionNominationDecide(id: string) {
  try {
    await markNominationsDecided(libCtx, [id], '019a0000-0000-7000-8000-00000000d002');
    return { statusCode: 200, body: '{}' };
  } catch (e) {
    const err = e as { status: number; code: string; message: string };
    return {
      statusCode: err.status,
      body: JSON.stringify({ error: { code: err.code, message: err.message } }),
    };
  }
}
