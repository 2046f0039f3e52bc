import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/**
 * One clock (ADR 0014): at 18:00 UTC on 07/12/2026 it is already 01:00 on 08/12/2026 in Hà Nội. An officer
 * there may issue and revoke a decision and record an award dated 08/12 (the UTC date, 07/12, used to make
 * 08/12 "after today"), and may not date anything 09/12.
 */
const EVENING_UTC = new Date('2026-12-07T18:00:00Z');
const VIETNAM_TODAY = '2026-12-08';
const VIETNAM_TOMORROW = '2026-12-09';

let clock = EVENING_UTC;
let t: TestApp;
let admin: Session;
let province: { id: string; path: string; depth: number };
let an: string;
let binh: string;

beforeAll(async () => {
  t = await createTestApp({ now: () => clock });
  const tenantId = await createTenant(t.deps, 'tq', 'Tỉnh Tuyên Quang');
  province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  const commune = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', province);
  an = await insertPerson(t.deps, tenantId, 'Nguyễn Thị An', commune.id, { gender: 'female' });
  binh = await insertPerson(t.deps, tenantId, 'Trần Văn Bình', commune.id);
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
});
afterAll(() => t.close());

const post = (url: string, payload: object) => as(t.app, admin)({ method: 'POST', url, payload });
const messageOf = (res: { json: <T>() => T }) => res.json<{ error: { message: string } }>().error.message;

describe('at 18:00 UTC the Vietnam date is today (ctx.now pinned through Deps.now)', () => {
  let decision: { id: string; version: number };

  it('drafts and issues a decision dated the Vietnam date; dated the day after, it is refused', async () => {
    const draft = await post('/api/decisions', {
      orgUnitId: province.id,
      awardCode: 'bang_khen_bo_tinh',
      decisionDate: VIETNAM_TODAY,
      signerName: 'Nguyễn Văn Sơn',
      items: [{ subjectType: 'individual', subjectId: an }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    decision = draft.json();

    const tomorrow = await post(`/api/decisions/${decision.id}/issue`, {
      version: decision.version,
      decisionDate: VIETNAM_TOMORROW,
    });
    expect(tomorrow.statusCode).toBe(400);
    expect(messageOf(tomorrow)).toBe('Dữ liệu không hợp lệ: ngày ký (09/12/2026) không được sau hôm nay.');

    const today = await post(`/api/decisions/${decision.id}/issue`, {
      version: decision.version,
      decisionDate: VIETNAM_TODAY,
    });
    expect(today.statusCode, today.body).toBe(200);
    decision = today.json();
    expect(today.json<{ status: string; decisionDate: string }>()).toMatchObject({
      status: 'issued',
      decisionDate: VIETNAM_TODAY,
    });
  });

  it('revokes it on the Vietnam date; a revocation dated the day after is refused', async () => {
    const body = {
      version: decision.version,
      reason: 'Kê khai thành tích không trung thực (Luật TĐKT Điều 93 khoản 2)',
    };
    const tomorrow = await post(`/api/decisions/${decision.id}/revoke`, {
      ...body,
      revokedOn: VIETNAM_TOMORROW,
    });
    expect(tomorrow.statusCode).toBe(400);
    expect(messageOf(tomorrow)).toBe('Dữ liệu không hợp lệ: ngày huỷ bỏ không được sau hôm nay.');

    const today = await post(`/api/decisions/${decision.id}/revoke`, { ...body, revokedOn: VIETNAM_TODAY });
    expect(today.statusCode, today.body).toBe(200);
    expect(today.json<{ status: string }>().status).toBe('revoked');
  });

  it('records an award dated the Vietnam date; dated the day after, it is refused and nothing is written', async () => {
    const award = (decisionDate: string) => ({
      subjectType: 'individual',
      subjectId: binh,
      awardCode: 'lao_dong_tien_tien',
      evaluationYear: 2025,
      decisionNumber: '12/QĐ-UBND',
      decisionDate,
      decisionAuthority: 'Chủ tịch UBND xã Minh Quang',
    });
    const tomorrow = await post('/api/awards', award(VIETNAM_TOMORROW));
    expect(tomorrow.statusCode).toBe(400);
    expect(messageOf(tomorrow)).toBe('Dữ liệu không hợp lệ: Ngày quyết định không được sau ngày hôm nay.');
    const listed = await as(
      t.app,
      admin,
    )({ method: 'GET', url: `/api/awards?subjectType=individual&subjectId=${binh}` });
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(0);

    const today = await post('/api/awards', award(VIETNAM_TODAY));
    expect(today.statusCode, today.body).toBe(201);
    expect(today.json<{ decisionDate: string }>().decisionDate).toBe(VIETNAM_TODAY);
  });

  it('one second before 00:00 in Hà Nội (16:59:59 UTC) the same date is still tomorrow', async () => {
    clock = new Date('2026-12-07T16:59:59Z');
    try {
      const res = await post('/api/awards', {
        subjectType: 'individual',
        subjectId: an,
        awardCode: 'lao_dong_tien_tien',
        evaluationYear: 2025,
        decisionNumber: '13/QĐ-UBND',
        decisionDate: VIETNAM_TODAY,
        decisionAuthority: 'Chủ tịch UBND xã Minh Quang',
      });
      expect(res.statusCode).toBe(400);
      expect(messageOf(res)).toBe('Dữ liệu không hợp lệ: Ngày quyết định không được sau ngày hôm nay.');
    } finally {
      clock = EVENING_UTC;
    }
  });
});
