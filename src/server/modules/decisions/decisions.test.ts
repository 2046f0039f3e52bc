import { vietnamDate } from '../../../domain/calendar';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemAmounts } from '../../../domain/commendation/decision';
import { auditLog, awardRecords } from '../../db/schema';
import { docxPlainText, docxEntry } from '../../lib/documents/docx-read';
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
import { insertPerson } from '../ledger/ledger.test-helpers';

let t: TestApp;
let tenantId: string;
let province: { id: string; path: string; depth: number };
let commune: { id: string; path: string; depth: number };
let an: string;
let binh: string;
let foreignPerson: string;
let admin: Session;
let viewer: Session;
let stranger: Session;

const today = vietnamDate(new Date());
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq', 'Tỉnh Tuyên Quang');
  const other = await createTenant(t.deps, 'hg');
  province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  commune = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', province);
  const otherRoot = await insertUnit(t.deps, other, 'Tỉnh Hà Giang');
  an = await insertPerson(t.deps, tenantId, 'Nguyễn Thị An', commune.id, { gender: 'female' });
  binh = await insertPerson(t.deps, tenantId, 'Trần Văn Bình', commune.id);
  foreignPerson = await insertPerson(t.deps, other, 'Người Hà Giang', otherRoot.id);
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]);
  await createUser(t.deps, other, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  viewer = await signIn(t.app, 'viewer@tq.vn');
  stranger = await signIn(t.app, 'admin@hg.vn');
});
afterAll(() => t.close());

const req = (s: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
  as(t.app, s)({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

interface View {
  id: string;
  status: string;
  number: string | null;
  version: number;
  total: number;
  totalInWords: string;
  numberLine: string;
  articles: string[];
  recoverTotal: number;
  items: {
    displayName: string;
    amount: number | null;
    awardRecordId: string | null;
    recoverAmount: number | null;
  }[];
}

const draftBody = (extra: Record<string, unknown> = {}) => ({
  orgUnitId: province.id,
  awardCode: 'bang_khen_bo_tinh',
  decisionDate: today,
  signerName: 'Nguyễn Văn Sơn',
  items: [
    {
      subjectType: 'individual',
      subjectId: an,
      positionUnit: 'Chủ tịch UBND xã Minh Quang',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
    },
    { subjectType: 'individual', subjectId: binh },
    { subjectType: 'collective', subjectId: commune.id },
  ],
  ...extra,
});

async function audits(entityId: string, action: string) {
  return t.deps.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));
}

describe('decisions', () => {
  let draft: View;

  it('drafts a decision with money at the base salary of its date, the total in words and one audit row', async () => {
    const res = await req(admin, 'POST', '/api/decisions', draftBody());
    expect(res.statusCode, res.body).toBe(201);
    draft = res.json<View>();
    expect(draft.status).toBe('draft');
    expect(draft.number).toBeNull();
    expect(draft.numberLine).toMatch(/^Số: +\/QĐ-UBND$/);
    // ND 152/2025 Điều 54: Bằng khen tỉnh 1.5 / 3.0 × base salary, rounded up to 10,000.
    const expected = itemAmounts('bang_khen_bo_tinh', today, [
      { subjectType: 'individual' },
      { subjectType: 'individual' },
      { subjectType: 'collective' },
    ]).map((r) => (r.ok ? r.amount : null));
    expect(draft.items.map((i) => i.amount)).toEqual(expected);
    expect(expected[2]! > expected[0]!).toBe(true);
    expect(draft.total).toBe(expected.reduce((a, b) => a! + b!, 0));
    expect(draft.totalInWords).toMatch(/ đồng$/);
    expect(draft.articles[0]).toMatch(/^Tặng Bằng khen của bộ, ban, ngành, tỉnh cho 02 cá nhân, 01 tập thể/);
    expect(draft.items[1]!.displayName).toBe('Trần Văn Bình');
    expect(await audits(draft.id, 'decision.create')).toHaveLength(1);
  });

  it.each([
    ['an unknown award code', () => ({ awardCode: 'khong_co' })],
    ['a malformed award code', () => ({ awardCode: 'Bằng khen' })],
    [
      'a subject of another tenant',
      () => ({ items: [{ subjectType: 'individual', subjectId: foreignPerson }] }),
    ],
    [
      'a form not given to collectives',
      () => ({
        awardCode: 'lao_dong_tien_tien',
        items: [{ subjectType: 'collective', subjectId: commune.id }],
      }),
    ],
    [
      'the same person twice',
      () => ({
        items: [
          { subjectType: 'individual', subjectId: an },
          { subjectType: 'individual', subjectId: an },
        ],
      }),
    ],
    ['a non-existing date', () => ({ decisionDate: '2026-02-30' })],
    ['an unknown field', () => ({ hacker: true })],
    ['a bad uuid', () => ({ orgUnitId: 'x' })],
    ['a bad fund', () => ({ fund: 'ngan_sach' })],
  ] as [string, () => Record<string, unknown>][])('refuses %s with 400', async (_, extra) => {
    const res = await req(admin, 'POST', '/api/decisions', draftBody(extra()));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message.length).toBeGreaterThan(5);
  });

  it('answers 404 for another tenant, 403 to a reader who may not manage, 400 for a bad id', async () => {
    expect((await req(stranger, 'GET', `/api/decisions/${draft.id}`)).statusCode).toBe(404);
    expect(
      (await req(stranger, 'POST', `/api/decisions/${draft.id}/issue`, { version: 1, decisionDate: today }))
        .statusCode,
    ).toBe(404);
    expect((await req(viewer, 'GET', `/api/decisions/${draft.id}`)).statusCode).toBe(200);
    expect(
      (await req(viewer, 'POST', `/api/decisions/${draft.id}/issue`, { version: 1, decisionDate: today }))
        .statusCode,
    ).toBe(403);
    expect((await req(viewer, 'POST', '/api/decisions', draftBody())).statusCode).toBe(403);
    expect((await req(admin, 'GET', '/api/decisions/not-a-uuid')).statusCode).toBe(400);
  });

  it('edits a draft with its version only; a stale version is 409', async () => {
    const stale = await req(admin, 'PATCH', `/api/decisions/${draft.id}`, {
      version: 99,
      summary: 'Về việc khác',
    });
    expect(stale.statusCode).toBe(409);
    const res = await req(admin, 'PATCH', `/api/decisions/${draft.id}`, {
      version: draft.version,
      summary: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    });
    expect(res.statusCode, res.body).toBe(200);
    draft = res.json<View>();
    expect(draft.items).toHaveLength(3);
  });

  it('prints the draft as a Word file marked DỰ THẢO, without a number', async () => {
    const res = await req(admin, 'GET', `/api/decisions/${draft.id}/document.docx`);
    expect(res.statusCode).toBe(200);
    const text = docxPlainText(res.rawPayload);
    expect(text).toContain('DỰ THẢO');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toMatch(/Số: +\/QĐ-UBND/);
  });

  it('refuses a signing date in the future', async () => {
    const res = await req(admin, 'POST', `/api/decisions/${draft.id}/issue`, {
      version: draft.version,
      decisionDate: `${year + 1}-01-01`,
    });
    expect(res.statusCode).toBe(400);
  });

  it('issues: number from the scheme, award records with number and date, items linked, one audit row — one transaction', async () => {
    const res = await req(admin, 'POST', `/api/decisions/${draft.id}/issue`, {
      version: draft.version,
      decisionDate: today,
    });
    expect(res.statusCode, res.body).toBe(200);
    const issued = res.json<View>();
    expect(issued.status).toBe('issued');
    expect(issued.number).toBe('1/QĐ-UBND');
    expect(issued.items.every((i) => i.awardRecordId)).toBe(true);
    const records = await t.deps.database.db
      .select()
      .from(awardRecords)
      .where(and(eq(awardRecords.tenantId, tenantId), eq(awardRecords.decisionNumber, '1/QĐ-UBND')));
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r).toMatchObject({
        decisionDate: today,
        source: 'decision',
        status: 'valid',
        awardCode: 'bang_khen_bo_tinh',
      });
      expect(r.decisionAuthority).toBe('Ủy ban nhân dân Tỉnh Tuyên Quang');
    }
    expect(records.map((r) => r.moneyAmount).sort()).toEqual(issued.items.map((i) => i.amount).sort());
    expect(await audits(draft.id, 'decision.issue')).toHaveLength(1);
    draft = issued;
  });

  it('a second issue is 409 INVALID_TRANSITION; an issued decision is no longer editable', async () => {
    const again = await req(admin, 'POST', `/api/decisions/${draft.id}/issue`, {
      version: draft.version,
      decisionDate: today,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('INVALID_TRANSITION');
    const edit = await req(admin, 'PATCH', `/api/decisions/${draft.id}`, {
      version: draft.version,
      summary: 'x',
    });
    expect(edit.statusCode).toBe(409);
    const cancel = await req(admin, 'POST', `/api/decisions/${draft.id}/cancel`, { version: draft.version });
    expect(cancel.json<{ error: { code: string } }>().error.code).toBe('INVALID_TRANSITION');
  });

  it('refuses a title already held that year and rolls everything back (no record, no number used)', async () => {
    const title = {
      awardCode: 'lao_dong_tien_tien',
      evaluationYear: year - 1,
      items: [{ subjectType: 'individual', subjectId: an }],
    };
    const first = (await req(admin, 'POST', '/api/decisions', draftBody(title))).json<View>();
    const ok = await req(admin, 'POST', `/api/decisions/${first.id}/issue`, {
      version: first.version,
      decisionDate: today,
    });
    expect(ok.json<View>().number).toBe('2/QĐ-UBND');
    const second = (await req(admin, 'POST', '/api/decisions', draftBody(title))).json<View>();
    const dup = await req(admin, 'POST', `/api/decisions/${second.id}/issue`, {
      version: second.version,
      decisionDate: today,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ error: { message: string } }>().error.message).toContain('Nguyễn Thị An');
    const after = (await req(admin, 'GET', `/api/decisions/${second.id}`)).json<View>();
    expect(after.status).toBe('draft');
    const settingsRes = await req(admin, 'GET', '/api/decisions/settings');
    expect(settingsRes.statusCode, settingsRes.body).toBe(200);
    const settings = settingsRes.json<{ nextNumber: string }>();
    expect(settings.nextNumber).toBe('3/QĐ-UBND');
    const cancelled = await req(admin, 'POST', `/api/decisions/${second.id}/cancel`, {
      version: after.version,
    });
    expect(cancelled.json<View>().status).toBe('cancelled');
  });

  it('prints the issued decision in the Decree 30 layout with the annex and the total in words', async () => {
    const res = await req(viewer, 'GET', `/api/decisions/${draft.id}/document.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = docxPlainText(res.rawPayload);
    const dd = today.slice(8, 10);
    for (const s of [
      'Số: 1/QĐ-UBND',
      `ngày ${dd} tháng`,
      'QUYẾT ĐỊNH:',
      'Điều 1.',
      'Nơi nhận:',
      'Nguyễn Văn Sơn',
      'DANH SÁCH',
      'Chủ tịch UBND xã Minh Quang',
      'Hoàn thành xuất sắc nhiệm vụ năm 2026',
      'Tổng cộng',
      draft.totalInWords,
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('DỰ THẢO');
    expect(docxEntry(res.rawPayload, 'word/document.xml')).toContain('Times New Roman');
  });

  it('gives accounting the payment list: amounts as numbers in VND format, a total row', async () => {
    const res = await req(viewer, 'GET', `/api/decisions/${draft.id}/payment-list.xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Đơn vị',
      'Hình thức',
      'Số tiền (đồng)',
      'Ký nhận',
    ]);
    expect(sheet.getRow(2).getCell(2).value).toBe('Nguyễn Thị An');
    expect(sheet.getRow(2).getCell(5).value).toBe(draft.items[0]!.amount);
    expect(sheet.getRow(2).getCell(5).numFmt).toBe('#,##0');
    expect(sheet.getRow(5).getCell(2).value).toBe('Tổng cộng');
    expect(sheet.getRow(5).getCell(5).value).toBe(draft.total);
  });

  it('totals money by fund and year; a bad year is 400', async () => {
    const res = await req(viewer, 'GET', `/api/decisions/money-totals?year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ rows: { fund: string; decisions: number; awardees: number; paid: number }[] }>();
    expect(body.rows).toEqual([expect.objectContaining({ fund: 'province', decisions: 2, awardees: 4 })]);
    const [ldtt] = itemAmounts('lao_dong_tien_tien', today, [{ subjectType: 'individual' }]);
    expect(body.rows[0]!.paid).toBe(draft.total + (ldtt!.ok ? ldtt!.amount : NaN));
    expect((await req(viewer, 'GET', '/api/decisions/money-totals?year=abc')).statusCode).toBe(400);
    expect(
      (await req(viewer, 'GET', `/api/decisions/money-totals?year=${year - 5}`)).json<{ rows: unknown[] }>()
        .rows,
    ).toEqual([]);
  });

  it('lists issued decisions publicly, without sign-in, names and units only; drafts stay private', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/decisions' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      total: number;
      items: { number: string; status: string; awardees: { name: string; unit: string | null }[] }[];
    }>();
    expect(body.items.map((i) => i.number).sort()).toEqual(['1/QĐ-UBND', '2/QĐ-UBND']);
    expect(res.body).not.toMatch(/amount|3800000|personId|subjectId/);
    const one = body.items.find((i) => i.number === '1/QĐ-UBND')!;
    expect(one.awardees[0]).toEqual({ name: 'Nguyễn Thị An', unit: 'Chủ tịch UBND xã Minh Quang' });
    expect((await t.app.inject({ method: 'GET', url: '/api/public/decisions?year=abc' })).statusCode).toBe(
      400,
    );
  });

  it('revocation needs a reason; it marks the awards revoked set-based and records the money to recover', async () => {
    const noReason = await req(admin, 'POST', `/api/decisions/${draft.id}/revoke`, {
      version: draft.version,
      revokedOn: today,
      reason: '  ',
    });
    expect(noReason.statusCode).toBe(400);
    const res = await req(admin, 'POST', `/api/decisions/${draft.id}/revoke`, {
      version: draft.version,
      revokedOn: today,
      reason: 'Kê khai thành tích không trung thực (Luật TĐKT Điều 93 khoản 2)',
      revokeDocument: '15/QĐ-UBND',
    });
    expect(res.statusCode, res.body).toBe(200);
    const revoked = res.json<View>();
    expect(revoked.status).toBe('revoked');
    expect(revoked.items.map((i) => i.recoverAmount)).toEqual(revoked.items.map((i) => i.amount));
    expect(revoked.recoverTotal).toBe(revoked.total);
    const records = await t.deps.database.db
      .select()
      .from(awardRecords)
      .where(and(eq(awardRecords.tenantId, tenantId), eq(awardRecords.decisionNumber, '1/QĐ-UBND')));
    expect(records.map((r) => r.status)).toEqual(['revoked', 'revoked', 'revoked']);
    expect(records[0]!.revokeReason).toContain('Kê khai thành tích không trung thực');
    expect(await audits(draft.id, 'decision.revoke')).toHaveLength(1);
    const again = await req(admin, 'POST', `/api/decisions/${draft.id}/revoke`, {
      version: revoked.version,
      revokedOn: today,
      reason: 'Lần nữa',
    });
    expect(again.json<{ error: { code: string } }>().error.code).toBe('INVALID_TRANSITION');
    const totals = (await req(admin, 'GET', `/api/decisions/money-totals?year=${year}`)).json<{
      total: { toRecover: number };
    }>();
    expect(totals.total.toRecover).toBe(revoked.total);
    const pub = (await t.app.inject({ method: 'GET', url: '/api/public/decisions?q=1/QĐ' })).json<{
      items: { number: string; status: string }[];
    }>();
    expect(pub.items.find((i) => i.number === '1/QĐ-UBND')?.status).toBe('revoked');
  });

  it('keeps the numbering scheme per tenant: a bad pattern is 400, a good one numbers the next decision', async () => {
    const current = (await req(admin, 'GET', '/api/decisions/settings')).json<Record<string, unknown>>();
    const { nextNumber: _n, isDefault: _d, ...body } = current;
    const bad = await req(admin, 'PUT', '/api/decisions/settings', { ...body, numberPattern: 'QĐ-UBND' });
    expect(bad.statusCode).toBe(400);
    expect(
      (await req(viewer, 'PUT', '/api/decisions/settings', { ...body, numberPattern: '{seq}/QĐ-CT' }))
        .statusCode,
    ).toBe(403);
    const ok = await req(admin, 'PUT', '/api/decisions/settings', { ...body, numberPattern: '{seq}/QĐ-CT' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ nextNumber: string }>().nextNumber).toBe('3/QĐ-CT');
    const d = (
      await req(
        admin,
        'POST',
        '/api/decisions',
        draftBody({ items: [{ subjectType: 'individual', subjectId: binh }] }),
      )
    ).json<View>();
    const issued = (
      await req(admin, 'POST', `/api/decisions/${d.id}/issue`, { version: d.version, decisionDate: today })
    ).json<View>();
    expect(issued.number).toBe('3/QĐ-CT');
    // Another tenant starts its own sequence.
    const foreign = (await req(stranger, 'GET', '/api/decisions/settings')).json<{ nextNumber: string }>();
    expect(foreign.nextNumber).toBe('1/QĐ-UBND');
  });

  it('lists decisions in scope with filters; another tenant sees none of them', async () => {
    const all = (await req(viewer, 'GET', '/api/decisions?pageSize=50')).json<{ total: number }>();
    expect(all.total).toBe(4);
    const issued = (await req(viewer, 'GET', '/api/decisions?status=issued')).json<{ total: number }>();
    expect(issued.total).toBe(2);
    expect((await req(viewer, 'GET', '/api/decisions?status=bogus')).statusCode).toBe(400);
    expect((await req(stranger, 'GET', '/api/decisions')).json<{ total: number }>().total).toBe(0);
  });

  it('shows the public page /quyet-dinh as HTML without sign-in, names escaped, revoked marked', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/quyet-dinh?q=Q%C4%90' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Quyết định số 1/QĐ-UBND');
    expect(res.body).toContain('Đã huỷ bỏ ngày');
    expect(res.body).toContain('Nguyễn Thị An');
    expect(res.body).not.toMatch(/3\.?800\.?000|<script/);
    const odd = await t.app.inject({ method: 'GET', url: '/quyet-dinh?year=abc&page=-4&q=%3Cscript%3E' });
    expect(odd.statusCode).toBe(200);
    expect(odd.body).toContain('&lt;script&gt;');
    expect(odd.body).not.toContain('<script>');
  });

  it('drafting from a round without approved dossiers is 409 with a Vietnamese message', async () => {
    const res = await req(admin, 'POST', '/api/decisions/from-round', {
      roundId: '0190a0a0-0000-7000-8000-000000000000',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('Hội đồng');
  });
});
