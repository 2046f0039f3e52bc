import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, awardRounds, nominations } from '../../db/schema';
import {
  appraisals,
  consultationComments,
  consultations,
  deadlineReminders,
  mailMessages,
} from '../../db/schema/appraisal';
import { newId } from '../../lib/ids';
import {
  createWorld,
  expectError,
  insertPerson,
  requester,
  type World,
} from '../emulation/emulation.test-helpers';
import { sendDueReminders } from '.';

/**
 * Appraisal and public consultation through the dossier transitions: receive, checklist, clearances,
 * opinions, approve / return / not eligible, deadlines and idempotent reminders with mail in the outbox,
 * workflow settings, consultation publish → public page → citizen comments (honeypot, rate limit, ended)
 * → moderation → attached to the dossier; permissions, other tenant, bad input, audit rows.
 */

let w: World;
let req: ReturnType<typeof requester>;
const ids: Record<'approve' | 'ret' | 'ne' | 'hero', string> = { approve: '', ret: '', ne: '', hero: '' };
let roundId = '';

type Panel = {
  nomination: { status: string; version: number };
  appraisal: { receivedOn: string; completenessDoneOn: string | null; conclusion: string | null } | null;
  deadlines: { step: string; dueOn: string; state: string }[];
  checklist: { id: string; code: string; required: boolean; checked: boolean; free: boolean }[];
  clearances: { id: string; bodyCode: string; result: string; version: number; answeredBy: string | null }[];
  opinions: { author: string; text: string }[];
  consultationRequired: boolean;
  allowedActions: string[];
};

async function insertDossier(awardCode: string, subjectName: string, roundId: string) {
  const person = await insertPerson(w.t.deps, w.tenantId, subjectName, w.viXuyen);
  const id = newId();
  await w.t.deps.database.db.insert(nominations).values({
    id,
    tenantId: w.tenantId,
    roundId,
    proposingUnitId: w.viXuyen.id,
    subjectType: 'individual',
    subjectId: person.id,
    subjectName,
    subjectUnitName: 'Huyện Vị Xuyên',
    awardCode,
    status: 'submitted',
    submittedAt: new Date(),
  });
  return id;
}

beforeAll(async () => {
  w = await createWorld();
  req = requester(w);
  roundId = newId();
  await w.t.deps.database.db.insert(awardRounds).values({
    id: roundId,
    tenantId: w.tenantId,
    orgUnitId: w.province.id,
    name: 'Khen thưởng tổng kết năm 2025',
    commendationType: 'cong_trang',
    level: 'province',
    year: 2025,
    status: 'open',
  });
  ids.approve = await insertDossier('cstd_co_so', 'Nguyễn Văn An', roundId);
  ids.ret = await insertDossier('cstd_co_so', 'Lò Thị Bình', roundId);
  ids.ne = await insertDossier('cstd_co_so', 'Trần Văn Cường', roundId);
  ids.hero = await insertDossier('huan_chuong_lao_dong_hang_3', 'Hoàng <b>Văn</b> Dũng', roundId);
});
afterAll(() => w.t.close());

type Who = Parameters<typeof req>[0];
const get = (who: Who, url: string) => req(who)({ method: 'GET', url });
const send = (who: Who, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  req(who)({ method, url, payload: payload as Record<string, unknown> });
const panel = async (id: string) => (await get('board', `/api/nominations/${id}/appraisal`)).json<Panel>();
const base = (id: string) => `/api/nominations/${id}/appraisal`;

async function tickAll(id: string) {
  for (const item of (await panel(id)).checklist.filter((i) => i.required && !i.checked)) {
    const res = await send('board', 'PATCH', `${base(id)}/checklist/${item.id}`, { checked: true });
    expect(res.statusCode, res.body).toBe(200);
  }
}

describe('appraisal', () => {
  it('shows no clock before the full dossier is received', async () => {
    const res = await get('board', base(ids.approve));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Panel>()).toMatchObject({ appraisal: null, deadlines: [], checklist: [] });
  });

  it('says which actions are open: the dossier state machine for the board, none for the proposing unit', async () => {
    const id = await insertDossier('cstd_co_so', 'Vàng Thị Én', roundId);
    const officer = (await get('officer', base(id))).json<Panel>();
    expect(officer.allowedActions).toEqual([]);
    expect((await panel(id)).allowedActions).toEqual(['receive', 'return', 'mark_not_eligible']);
    const received = (await send('board', 'POST', `${base(id)}/receive`, {})).json<Panel>();
    expect(received.allowedActions).toEqual(['approve', 'return', 'mark_not_eligible', 'record']);
    const gone = (
      await send('board', 'POST', `${base(id)}/not-eligible`, { reason: 'Chưa đủ thời gian công tác' })
    ).json<Panel>();
    expect(gone.allowedActions).toEqual([]);
  });

  it.each<[string, Who, string, number, string]>([
    ['a unit officer may not receive', 'officer', 'receive', 403, 'FORBIDDEN'],
    ['another tenant sees nothing', 'stranger', 'receive', 404, 'NOT_FOUND'],
    ['a viewer may not receive', 'viewer', 'receive', 403, 'FORBIDDEN'],
  ])('%s', async (_n, who, action, status, code) => {
    expectError(await send(who, 'POST', `${base(ids.approve)}/${action}`, {}), status, code);
  });

  it.each([
    ['a bad id', '/api/nominations/abc/appraisal', 400],
    ['an unknown id', `/api/nominations/${newId()}/appraisal`, 404],
  ])('answers %s with %i', async (_n, url, status) => {
    expect((await get('board', url)).statusCode).toBe(status);
  });

  it('receives the full dossier: in appraisal, clock from today, checklist from §7.1, audit rows', async () => {
    const res = await send('board', 'POST', `${base(ids.approve)}/receive`, {});
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<Panel>();
    expect(p.nomination.status).toBe('in_appraisal');
    expect(p.appraisal?.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.deadlines.map((d) => d.step)).toEqual(['completeness', 'appraisal']);
    expect(p.checklist.map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'doc:to_trinh',
        'doc:bien_ban_binh_xet',
        'doc:xac_nhan_sang_kien',
        'std:criteria',
      ]),
    );
    const audit = await w.t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'nomination'), eq(auditLog.entityId, ids.approve)));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['receive', 'appraisal.receive']));
  });

  it('refuses a second receipt (409 INVALID_TRANSITION)', async () => {
    expectError(await send('board', 'POST', `${base(ids.approve)}/receive`, {}), 409, 'INVALID_TRANSITION');
  });

  it('refuses approval while required items are open (409)', async () => {
    const res = await send('board', 'POST', `${base(ids.approve)}/approve`, {});
    expectError(res, 409, 'CONFLICT');
    expect(res.json<{ error: { message: string } }>().error.message).toContain('mục kiểm tra bắt buộc');
  });

  it('records clearance checks: body, who answered, when, result; duplicates and bad input refused', async () => {
    let res = await send('board', 'POST', `${base(ids.approve)}/clearances`, { bodyCode: 'police' });
    expect(res.statusCode, res.body).toBe(200);
    expectError(await send('board', 'POST', `${base(ids.approve)}/clearances`, { bodyCode: 'police' }), 409);
    expectError(
      await send('board', 'POST', `${base(ids.approve)}/clearances`, { bodyCode: 'khong_co' }),
      400,
    );
    expectError(
      await send('board', 'POST', `${base(ids.approve)}/clearances`, {
        bodyCode: 'tax',
        requestedOn: '2026-02-30',
      }),
      400,
    );
    const c = (await panel(ids.approve)).clearances[0]!;
    expect(c).toMatchObject({ bodyCode: 'police', result: 'pending' });
    expectError(await send('board', 'POST', `${base(ids.approve)}/approve`, {}), 409);
    expectError(
      await send('board', 'PATCH', `${base(ids.approve)}/clearances/${c.id}`, {
        result: 'clear',
        version: c.version,
      }),
      400,
    );
    expectError(
      await send('board', 'PATCH', `${base(ids.approve)}/clearances/${c.id}`, {
        result: 'maybe',
        version: 1,
      }),
      400,
    );
    res = await send('board', 'PATCH', `${base(ids.approve)}/clearances/${c.id}`, {
      result: 'clear',
      answeredBy: 'Phòng PC06 Công an tỉnh',
      documentRef: 'Công văn 12/CAT-PC06',
      version: c.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Panel>().clearances[0]).toMatchObject({
      result: 'clear',
      answeredBy: 'Phòng PC06 Công an tỉnh',
    });
    expect(res.json<Panel>().deadlines.map((d) => d.step)).toContain('after_opinions');
    expectError(
      await send('board', 'PATCH', `${base(ids.approve)}/clearances/${c.id}`, {
        result: 'issue',
        answeredBy: 'X',
        version: c.version,
      }),
      409,
      'VERSION_CONFLICT',
    );
  });

  it('keeps opinions with author and time; refuses an empty one', async () => {
    expectError(await send('board', 'POST', `${base(ids.approve)}/opinions`, { text: '   ' }), 400);
    const res = await send('board', 'POST', `${base(ids.approve)}/opinions`, {
      text: 'Đủ tiêu chuẩn, đề nghị trình Hội đồng.',
    });
    expect(res.json<Panel>().opinions).toEqual([
      expect.objectContaining({ author: expect.any(String), text: 'Đủ tiêu chuẩn, đề nghị trình Hội đồng.' }),
    ]);
  });

  it('free checklist items: added, refused when empty, deletable; fixed ones are not', async () => {
    expectError(await send('board', 'POST', `${base(ids.approve)}/checklist`, { label: '' }), 400);
    const p = (
      await send('board', 'POST', `${base(ids.approve)}/checklist`, {
        label: 'Xác minh số liệu doanh thu',
        required: false,
      })
    ).json<Panel>();
    const free = p.checklist.find((i) => i.free)!;
    const fixed = p.checklist.find((i) => !i.free)!;
    expectError(await send('board', 'DELETE', `${base(ids.approve)}/checklist/${fixed.id}`), 409);
    expect((await send('board', 'DELETE', `${base(ids.approve)}/checklist/${free.id}`)).statusCode).toBe(200);
  });

  it('completes the checklist (completeness step done) and approves → appraised', async () => {
    await tickAll(ids.approve);
    const p = await panel(ids.approve);
    expect(p.appraisal?.completenessDoneOn).not.toBeNull();
    expect(p.deadlines.find((d) => d.step === 'completeness')?.state).toBe('done');
    const res = await send('board', 'POST', `${base(ids.approve)}/approve`, {
      version: p.nomination.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Panel>()).toMatchObject({
      nomination: { status: 'appraised' },
      appraisal: { conclusion: 'approved' },
    });
  });

  it('returns with a reason (reason required) and marks not eligible with a reason', async () => {
    const received = (await send('board', 'POST', `${base(ids.ret)}/receive`, {})).json<Panel>();
    await send('board', 'PATCH', `${base(ids.ret)}/checklist/${received.checklist[0]!.id}`, {
      checked: true,
    });
    expectError(await send('board', 'POST', `${base(ids.ret)}/return`, { reason: '' }), 400);
    let res = await send('board', 'POST', `${base(ids.ret)}/return`, {
      reason: 'Thiếu biên bản bình xét thi đua',
    });
    expect(res.json<Panel>()).toMatchObject({
      nomination: { status: 'returned' },
      appraisal: { conclusion: 'returned' },
    });
    await send('board', 'POST', `${base(ids.ne)}/receive`, {});
    res = await send('board', 'POST', `${base(ids.ne)}/not-eligible`, {
      reason: 'Chưa có sáng kiến được công nhận',
    });
    expect(res.json<Panel>()).toMatchObject({
      nomination: { status: 'not_eligible' },
      appraisal: { conclusion: 'not_eligible' },
    });
  });
});

describe('a resubmitted dossier', () => {
  it('restarts the clock and the checklist on the new receipt', async () => {
    const version = (await panel(ids.ret)).nomination.version;
    const resubmit = await send('officer', 'POST', `/api/nominations/${ids.ret}/actions/submit`, { version });
    expect(resubmit.statusCode, resubmit.body).toBe(200);
    const res = await send('board', 'POST', `${base(ids.ret)}/receive`, {});
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<Panel>();
    expect(p.appraisal).toMatchObject({ conclusion: null, completenessDoneOn: null });
    expect(p.checklist.some((i) => i.checked)).toBe(false);
  });
});

describe('deadlines and reminders', () => {
  const db = () => w.t.deps.database.db;
  const sweep = (iso: string) => sendDueReminders({ db: db(), deps: w.t.deps }, new Date(iso));

  it('reminds once before the deadline and once when overdue, mail in the outbox', async () => {
    await send('board', 'POST', `${base(ids.hero)}/receive`, {});
    await db()
      .update(appraisals)
      .set({ receivedOn: '2026-03-02' })
      .where(eq(appraisals.nominationId, ids.hero));
    // 05/03/2026: completeness due 09/03 (2 working days left) → due soon; appraisal due 30/03 → on time.
    let r = await sweep('2026-03-05T03:00:00Z');
    expect(r).toMatchObject({ reminders: 1, mails: 2, delivered: { sent: 0, outbox: 2 } });
    expect((await sweep('2026-03-05T09:00:00Z')).reminders).toBe(0);
    expect((await sweep('2026-03-06T03:00:00Z')).reminders).toBe(0);
    r = await sweep('2026-03-10T03:00:00Z');
    expect(r.reminders).toBe(1);
    expect((await sweep('2026-03-11T03:00:00Z')).reminders).toBe(0);
    const sent = await db()
      .select()
      .from(deadlineReminders)
      .where(eq(deadlineReminders.nominationId, ids.hero));
    expect(sent.map((s) => `${s.step}:${s.kind}`).sort()).toEqual([
      'completeness:due_soon',
      'completeness:overdue',
    ]);
    const mails = await db().select().from(mailMessages).where(eq(mailMessages.relatedId, ids.hero));
    expect(mails).toHaveLength(4);
    expect(mails.map((m) => m.toAddress).sort()).toEqual([
      'admin@hg.vn',
      'admin@hg.vn',
      'board@hg.vn',
      'board@hg.vn',
    ]);
    expect(mails.every((m) => m.status === 'outbox')).toBe(true);
    expect(mails.find((m) => m.subject.includes('Quá hạn'))?.bodyText).toContain('Hoàng <b>Văn</b> Dũng');
  });

  it('delivers through SMTP when a transport is configured, and records failures', async () => {
    const delivered: string[] = [];
    const deps = {
      ...w.t.deps,
      mailTransport: { send: async (m: { to: string }) => void delivered.push(m.to) },
    };
    await db().delete(deadlineReminders).where(eq(deadlineReminders.nominationId, ids.hero));
    const r = await sendDueReminders({ db: db(), deps }, new Date('2026-03-10T03:00:00Z'));
    expect(r).toMatchObject({ reminders: 1, delivered: { sent: 2, failed: 0 } });
    expect(delivered.sort()).toEqual(['admin@hg.vn', 'board@hg.vn']);
    await db().delete(deadlineReminders).where(eq(deadlineReminders.nominationId, ids.hero));
    const failing = {
      ...w.t.deps,
      mailTransport: { send: async () => Promise.reject(new Error('SMTP từ chối')) },
    };
    expect(
      (await sendDueReminders({ db: db(), deps: failing }, new Date('2026-03-10T03:00:00Z'))).delivered
        .failed,
    ).toBe(2);
  });

  it('lists due-soon and overdue steps; the outbox is for tenant administrators', async () => {
    const res = await get('board', '/api/appraisal/deadlines');
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<{ items: { nominationId: string; state: string; remindedAt: string | null }[] }>();
    expect(list.items.filter((i) => i.nominationId === ids.hero).map((i) => i.state)).toEqual([
      'overdue',
      'overdue',
    ]);
    expect((await get('stranger', '/api/appraisal/deadlines')).json<{ total: number }>().total).toBe(0);
    expectError(await get('board', '/api/mail/messages'), 403);
    const outbox = await get('admin', '/api/mail/messages?status=outbox');
    expect(outbox.json<{ smtpConfigured: boolean; total: number }>()).toMatchObject({
      smtpConfigured: false,
      total: 4,
    });
    expectError(await get('admin', '/api/mail/messages?status=lost'), 400);
  });

  it('the admin sweep endpoint is idempotent', async () => {
    expectError(await send('board', 'POST', '/api/appraisal/reminders/sweep'), 403);
    const first = await send('admin', 'POST', '/api/appraisal/reminders/sweep');
    expect(first.statusCode, first.body).toBe(200);
    expect(
      (await send('admin', 'POST', '/api/appraisal/reminders/sweep')).json<{ reminders: number }>().reminders,
    ).toBe(0);
  });
});

describe('workflow settings', () => {
  it('starts from the defaults and is changed by a tenant administrator only (audited)', async () => {
    const view = (await get('board', '/api/appraisal/settings')).json<{
      settings: Record<string, unknown>;
      isDefault: boolean;
      publicityWorkingDays: number;
    }>();
    expect(view).toMatchObject({ isDefault: true, publicityWorkingDays: 5 });
    const body = view.settings as { calendar: { weekend: number[]; holidays: unknown[] } };
    expectError(await send('board', 'PUT', '/api/appraisal/settings', body), 403);
    expectError(
      await send('admin', 'PUT', '/api/appraisal/settings', {
        ...body,
        calendar: { ...body.calendar, weekend: [0, 1, 2, 3, 4, 5, 6] },
      }),
      400,
    );
    expectError(
      await send('admin', 'PUT', '/api/appraisal/settings', {
        ...body,
        calendar: { ...body.calendar, holidays: [{ from: '2026-02-20', to: '2026-02-14', name: 'Tết' }] },
      }),
      400,
    );
    const res = await send('admin', 'PUT', '/api/appraisal/settings', {
      ...body,
      calendar: {
        ...body.calendar,
        holidays: [
          ...body.calendar.holidays,
          { from: '2026-03-03', to: '2026-03-03', name: 'Nghỉ địa phương', announced: true },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ isDefault: boolean }>().isDefault).toBe(false);
    const audit = await w.t.deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'workflow_settings'));
    expect(audit).toHaveLength(1);
  });
});

describe('public consultation', () => {
  let consultationId = '';
  const portal = (method: 'GET' | 'POST', url: string, form?: Record<string, string>, ip = '10.0.0.1') =>
    w.t.app.inject({
      method,
      url,
      remoteAddress: ip,
      ...(form
        ? {
            payload: new URLSearchParams(form).toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          }
        : {}),
    });
  const text = 'Tôi xác nhận ông Dũng có nhiều đóng góp cho địa phương.';

  it('is refused for a form that does not need it and for a dossier not yet appraised', async () => {
    expectError(
      await send('board', 'POST', `/api/nominations/${ids.approve}/consultations`, { summary: 'Tóm tắt' }),
      409,
      'CONFLICT',
    );
    expectError(
      await send('board', 'POST', `/api/nominations/${ids.hero}/consultations`, { summary: 'Tóm tắt' }),
      409,
      'INVALID_TRANSITION',
    );
  });

  it('publishes the summary for the configured working days, without citizen IDs or birth dates', async () => {
    await tickAll(ids.hero);
    expect((await send('board', 'POST', `${base(ids.hero)}/approve`, {})).statusCode).toBe(200);
    expectError(
      await send('officer', 'POST', `/api/nominations/${ids.hero}/consultations`, { summary: 'x' }),
      403,
    );
    expectError(
      await send('board', 'POST', `/api/nominations/${ids.hero}/consultations`, { summary: '' }),
      400,
    );
    const res = await send('board', 'POST', `/api/nominations/${ids.hero}/consultations`, {
      summary:
        'Sinh ngày 12/05/1975, CCCD 002075001234. Hoàn thành xuất sắc nhiệm vụ 5 năm liền.\n\nCó 3 sáng kiến.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json<{
      id: string;
      workingDays: number;
      summary: string;
      startsOn: string;
      endsOn: string;
    }>();
    expect(c.workingDays).toBe(5);
    expect(c.summary).not.toContain('002075001234');
    expect(c.summary).not.toContain('12/05/1975');
    consultationId = c.id;
  });

  it('lists it on the portal and shows it, escaped, without JavaScript', async () => {
    const list = await portal('GET', '/lay-y-kien');
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(list.body).toContain(`/lay-y-kien/${consultationId}`);
    const res = await portal('GET', `/lay-y-kien/${consultationId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Hoàng &lt;b&gt;Văn&lt;/b&gt; Dũng');
    expect(res.body).not.toContain('<b>Văn</b>');
    expect(res.body).not.toContain('002075001234');
    expect(res.body).not.toContain('<script');
    expect(res.body).toContain('Hoàn thành xuất sắc nhiệm vụ');
    expect((await portal('GET', `/lay-y-kien/${newId()}`)).statusCode).toBe(404);
    expect((await portal('GET', '/lay-y-kien/khong-phai-ma')).statusCode).toBe(404);
  });

  it('takes a citizen comment with PRG; a honeypot is dropped silently; bad input re-shows the form (400)', async () => {
    let res = await portal('POST', `/lay-y-kien/${consultationId}`, {
      name: 'Nguyễn Thị Én',
      contact: '0912 000 000',
      text,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/lay-y-kien/${consultationId}?da-gui=1`);
    expect((await portal('GET', res.headers.location as string)).body).toContain(
      'Cảm ơn ông/bà đã gửi ý kiến',
    );
    res = await portal('POST', `/lay-y-kien/${consultationId}`, {
      name: 'bot',
      text: 'Mua thuốc giá rẻ tại đây ngay',
      website: 'http://spam.example',
    });
    expect(res.statusCode).toBe(303);
    res = await portal('POST', `/lay-y-kien/${consultationId}`, { text: 'ngắn' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('ít nhất 10 ký tự');
    const stored = await w.t.deps.database.db
      .select()
      .from(consultationComments)
      .where(eq(consultationComments.consultationId, consultationId));
    expect(stored.map((s) => [s.text, s.status])).toEqual([[text, 'pending']]);
    expect((await portal('GET', `/lay-y-kien/${consultationId}`)).body).not.toContain(text);
  });

  it('limits comments per IP (429, Vietnamese page)', async () => {
    let last = 0;
    for (let i = 0; i < 6; i++)
      last = (await portal('POST', `/lay-y-kien/${consultationId}`, { text: 'ngắn' }, '10.9.9.9')).statusCode;
    const res = await portal('POST', `/lay-y-kien/${consultationId}`, { text: 'ngắn' }, '10.9.9.9');
    expect([last, res.statusCode]).toEqual([429, 429]);
    expect(res.body).toContain('Bạn gửi quá nhiều yêu cầu');
  });

  it('is moderated by the board and attached to the dossier; other tenants see nothing', async () => {
    const panel = await get('viewer', `/api/nominations/${ids.hero}/consultations`);
    expect(panel.statusCode, panel.body).toBe(200);
    const comment = panel.json<{ comments: { id: string; status: string; contact: string }[] }>()
      .comments[0]!;
    expect(comment).toMatchObject({ status: 'pending', contact: '0912 000 000' });
    expectError(
      await send('board', 'POST', `/api/consultation-comments/${comment.id}/moderate`, { action: 'hide' }),
      400,
    );
    expectError(
      await send('viewer', 'POST', `/api/consultation-comments/${comment.id}/moderate`, {
        action: 'publish',
      }),
      403,
    );
    expectError(
      await send('stranger', 'POST', `/api/consultation-comments/${comment.id}/moderate`, {
        action: 'publish',
      }),
      404,
    );
    expectError(await get('stranger', `/api/consultations/${consultationId}`), 404);
    const res = await send('board', 'POST', `/api/consultation-comments/${comment.id}/moderate`, {
      action: 'publish',
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = await portal('GET', `/lay-y-kien/${consultationId}`);
    expect(page.body).toContain(text);
    expect(page.body).not.toContain('0912 000 000');
    expect(
      (await get('board', '/api/consultations?status=open')).json<{
        items: { id: string; totalComments: number }[];
      }>().items,
    ).toEqual([expect.objectContaining({ id: consultationId, totalComments: 1 })]);
  });

  it('publishes a comment with personal data redacted, and shows the moderator what was hidden', async () => {
    const typed =
      'Tôi là Lò Thị Mai, CCCD 002185012345, sinh ngày 12/05/1985, điện thoại 0912 345 678, thư mai.lo@gmail.com; ' +
      'bà Hà là người tận tuỵ, đề nghị khen theo Quyết định số 125/QĐ-UBND ngày 12/05/2025.';
    const sent = await portal(
      'POST',
      `/lay-y-kien/${consultationId}`,
      { name: 'Mai 0987654321', text: typed },
      '10.7.7.7',
    );
    expect(sent.statusCode).toBe(303);
    const panel = await get('board', `/api/nominations/${ids.hero}/consultations`);
    const comment = panel
      .json<{
        comments: {
          id: string;
          text: string;
          publicText: string;
          redactions: { kind: string; original: string }[];
        }[];
      }>()
      .comments.find((c) => c.text === typed)!;
    expect(comment.redactions.map((r) => [r.kind, r.original])).toEqual([
      ['phone', '0987654321'],
      ['email', 'mai.lo@gmail.com'],
      ['phone', '0912 345 678'],
      ['citizenId', '002185012345'],
      ['date', '12/05/1985'],
    ]);
    expect(comment.publicText).toContain('Quyết định số 125/QĐ-UBND ngày 12/05/2025');
    const res = await send('board', 'POST', `/api/consultation-comments/${comment.id}/moderate`, {
      action: 'publish',
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = (await portal('GET', `/lay-y-kien/${consultationId}`)).body;
    expect(page).toContain('bà Hà là người tận tuỵ');
    for (const hidden of ['002185012345', '12/05/1985', '0912 345 678', 'mai.lo@gmail.com', '0987654321'])
      expect(page).not.toContain(hidden);
    expect(page).toContain('[đã ẩn số định danh]');
  });

  it('cannot close before the end; once ended, refuses comments (409 page) and closes → appraised', async () => {
    expectError(await send('board', 'POST', `/api/consultations/${consultationId}/close`), 409, 'CONFLICT');
    await w.t.deps.database.db
      .update(consultations)
      .set({ startsOn: '2026-01-05', endsOn: '2026-01-09' })
      .where(eq(consultations.id, consultationId));
    const refused = await portal('POST', `/lay-y-kien/${consultationId}`, { text }, '10.0.0.2');
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Đã hết thời gian lấy ý kiến');
    expect((await portal('GET', '/lay-y-kien')).body).not.toContain(consultationId);
    const res = await send('board', 'POST', `/api/consultations/${consultationId}/close`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await panel(ids.hero)).nomination.status).toBe('appraised');
    expectError(
      await send('board', 'POST', `/api/consultations/${consultationId}/close`),
      409,
      'INVALID_TRANSITION',
    );
    const audit = await w.t.deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, ids.hero));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'consultation.open',
        'consultation.comment.publish',
        'consultation.close',
        'open_consultation',
        'close_consultation',
      ]),
    );
  });
});
