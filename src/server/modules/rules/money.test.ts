import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  signIn,
  type TestApp,
} from '../../test/harness';

let t: TestApp;
let viewer: Session;

beforeAll(async () => {
  t = await createTestApp();
  const tenantId = await createTenant(t.deps, 'tq');
  await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]);
  viewer = await signIn(t.app, 'viewer@tq.vn');
});
afterAll(() => t.close());

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const URL = '/api/reward-money/compute';

const compute = (payload: unknown) => t.app.inject({ method: 'POST', url: URL, payload: payload as object });

function expectError(res: { statusCode: number; json: () => unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string; details?: { reason?: string } } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(VIETNAMESE);
  return body.error;
}

describe('POST /api/reward-money/compute (ND 152/2025 Điều 49–54)', () => {
  it('computes without signing in: LĐTT on 15/07/2026 → 0.3 × 2,530,000 = 759,000 → 760,000', async () => {
    const res = await compute({
      awardCode: 'lao_dong_tien_tien',
      subjectType: 'individual',
      decisionDate: '2026-07-15',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      coefficient: 0.3,
      baseSalary: 2_530_000,
      rawAmount: 759_000,
      amount: 760_000,
      amountInWords: 'Bảy trăm sáu mươi nghìn đồng',
      ruleSet: 'RS_2025',
      awardName: 'Lao động tiên tiến',
      confirmed: true,
    });
  });

  it.each([
    [
      'giay_khen_chu_tich_ubnd_xa',
      'household',
      '2025-12-15',
      0.45,
      2_340_000,
      1_053_000,
      1_060_000,
      'Một triệu không trăm sáu mươi nghìn đồng',
    ],
    [
      'cstd_toan_quoc',
      'individual',
      '2026-07-01',
      4.5,
      2_530_000,
      11_385_000,
      11_390_000,
      'Mười một triệu ba trăm chín mươi nghìn đồng',
    ],
    [
      'anh_hung_lao_dong',
      'individual',
      '2026-10-01',
      15.5,
      2_530_000,
      39_215_000,
      39_220_000,
      'Ba mươi chín triệu hai trăm hai mươi nghìn đồng',
    ],
    [
      'huan_chuong_sao_vang',
      'collective',
      '2025-07-01',
      92,
      2_340_000,
      215_280_000,
      215_280_000,
      'Hai trăm mười lăm triệu hai trăm tám mươi nghìn đồng',
    ],
  ])(
    '%s (%s) on %s',
    async (awardCode, subjectType, decisionDate, coefficient, baseSalary, rawAmount, amount, words) => {
      const res = await compute({ awardCode, subjectType, decisionDate });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ coefficient, baseSalary, rawAmount, amount, amountInWords: words });
    },
  );

  it('rule set by decision date: Bằng khen bộ/tỉnh 1.0 (ND 98/2023) on 30/06/2025, 1.5 (ND 152/2025) on 01/07/2025', async () => {
    const before = await compute({
      awardCode: 'bang_khen_bo_tinh',
      subjectType: 'individual',
      decisionDate: '2025-06-30',
    });
    expect(before.json()).toMatchObject({ ruleSet: 'RS_2024', coefficient: 1, amount: 2_340_000 });
    const after = await compute({
      awardCode: 'bang_khen_bo_tinh',
      subjectType: 'individual',
      decisionDate: '2025-07-01',
    });
    expect(after.json()).toMatchObject({ ruleSet: 'RS_2025', coefficient: 1.5, amount: 3_510_000 });
  });

  it('roundingMode "none" (tenant override) returns the raw amount', async () => {
    const res = await compute({
      awardCode: 'lao_dong_tien_tien',
      subjectType: 'individual',
      decisionDate: '2025-12-15',
      roundingMode: 'none',
    });
    expect(res.json()).toMatchObject({
      rawAmount: 702_000,
      amount: 702_000,
      amountInWords: 'Bảy trăm linh hai nghìn đồng',
    });
  });

  it('works signed in (cookie + CSRF) and refuses a cookie without CSRF', async () => {
    const body = { awardCode: 'cstd_co_so', subjectType: 'individual', decisionDate: '2026-07-01' };
    const ok = await as(t.app, viewer)({ method: 'POST', url: URL, payload: body });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ amount: number }>().amount).toBe(2_530_000);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: URL,
      payload: body,
      headers: { cookie: viewer.cookie },
    });
    expectError(noCsrf, 403, 'CSRF_INVALID');
  });

  it('unknown award code → 400 with reason unknown_award', async () => {
    const res = await compute({
      awardCode: 'huan_chuong_khong_co',
      subjectType: 'individual',
      decisionDate: '2026-07-01',
    });
    const error = expectError(res, 400, 'VALIDATION_ERROR');
    expect(error.details?.reason).toBe('unknown_award');
    expect(error.message).toContain('huan_chuong_khong_co');
  });

  it('a code that is not a code (accents, spaces) → 400', async () => {
    const res = await compute({
      awardCode: 'Lao động tiên tiến',
      subjectType: 'individual',
      decisionDate: '2026-07-01',
    });
    expectError(res, 400, 'VALIDATION_ERROR');
  });

  it.each(['2025-02-30', '2025-13-01', '30/06/2025', '2025-6-1', ''])(
    'impossible or malformed date %j → 400',
    async (decisionDate) => {
      const res = await compute({ awardCode: 'lao_dong_tien_tien', subjectType: 'individual', decisionDate });
      expectError(res, 400, 'VALIDATION_ERROR');
    },
  );

  it('a decision before 01/01/2024 (no rule set, no base salary) → 400', async () => {
    const res = await compute({
      awardCode: 'lao_dong_tien_tien',
      subjectType: 'individual',
      decisionDate: '2023-05-01',
    });
    const error = expectError(res, 400, 'VALIDATION_ERROR');
    expect(error.details?.reason).toBe('no_rule_set');
    expect(error.message).toContain('01/05/2023');
  });

  it('a subject type the form does not allow → 400 with the allowed subjects', async () => {
    const res = await compute({
      awardCode: 'cstd_co_so',
      subjectType: 'collective',
      decisionDate: '2026-07-01',
    });
    const error = expectError(res, 400, 'VALIDATION_ERROR');
    expect(error.details).toMatchObject({ reason: 'subject_not_allowed', allowed: ['individual'] });
    expect(error.message).toContain('Chiến sĩ thi đua cơ sở');
  });

  it('a form without a determined coefficient → 400 coefficient_not_determined', async () => {
    const res = await compute({
      awardCode: 'huan_chuong_huu_nghi',
      subjectType: 'individual',
      decisionDate: '2026-07-01',
    });
    const error = expectError(res, 400, 'BAD_REQUEST');
    expect(error.details?.reason).toBe('coefficient_not_determined');
  });

  it.each([
    ['malformed JSON', '{"awardCode":', 'INVALID_JSON'],
    ['empty body', '', 'INVALID_JSON'],
    ['an array', '[]', 'VALIDATION_ERROR'],
    ['missing fields', '{}', 'VALIDATION_ERROR'],
    [
      'wrong subject type',
      '{"awardCode":"cstd_co_so","subjectType":"ca_nhan","decisionDate":"2026-07-01"}',
      'VALIDATION_ERROR',
    ],
    [
      'a number as code',
      '{"awardCode":42,"subjectType":"individual","decisionDate":"2026-07-01"}',
      'VALIDATION_ERROR',
    ],
    [
      'wrong rounding mode',
      '{"awardCode":"cstd_co_so","subjectType":"individual","decisionDate":"2026-07-01","roundingMode":"floor"}',
      'VALIDATION_ERROR',
    ],
  ])('%s → 400', async (_label, payload, code) => {
    const res = await t.app.inject({
      method: 'POST',
      url: URL,
      payload,
      headers: { 'content-type': 'application/json' },
    });
    expectError(res, 400, code);
  });
});

interface Doc {
  paths: Record<
    string,
    Record<
      string,
      {
        tags: string[];
        security: unknown[];
        summary: string;
        requestBody: { content: Record<string, { schema: { example?: unknown } }> };
      }
    >
  >;
  components: { schemas: Record<string, { example?: unknown }> };
}

async function documented() {
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  const doc = res.json<Doc>();
  return { doc, op: doc.paths['/api/reward-money/compute']?.post };
}

describe('OpenAPI documentation of the reward-money endpoint', () => {
  it('is public, tagged in Vietnamese and carries examples', async () => {
    const { op, doc } = await documented();
    expect(op?.security).toEqual([]);
    expect(op?.tags).toEqual(['Tiền thưởng']);
    expect(op?.summary).toMatch(VIETNAMESE);
    expect(op?.requestBody.content['application/json']?.schema.example).toEqual({
      awardCode: 'lao_dong_tien_tien',
      subjectType: 'individual',
      decisionDate: '2026-07-15',
    });
    expect(doc.components.schemas.RewardMoney?.example).toMatchObject({ amount: 760_000 });
  });

  it('the documented response example is what the endpoint answers', async () => {
    const { op, doc } = await documented();
    const res = await compute(op?.requestBody.content['application/json']?.schema.example);
    expect(res.json()).toEqual(doc.components.schemas.RewardMoney?.example);
  });
});
