import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
const URL = '/api/rules/evaluate';

const evaluate = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: URL, payload: payload as object, headers });

const CSTD_BO_TINH = {
  target: 'cstd_bo_tinh',
  subjectType: 'individual',
  evaluationYear: 2025,
  receivedOn: '2026-03-02',
  facts: {
    ratings: [
      { year: 2023, rating: 'HTXS' },
      { year: 2024, rating: 'HTXS' },
      { year: 2025, rating: 'HTXS' },
    ],
    awards: [
      { code: 'cstd_co_so', year: 2023, type: 'cong_trang', id: 'QD-2023' },
      { code: 'cstd_co_so', year: 2024, type: 'cong_trang', id: 'QD-2024' },
      { code: 'cstd_co_so', year: 2025, type: 'cong_trang', id: 'QD-2025' },
    ],
    initiatives: [{ id: 'SK-2025-01', scope: 'bo_tinh', recognizedOn: '2025-11-20', usedByAward: null }],
    disciplines: [],
    maternityLeaves: [],
    pendingInvestigation: false,
    recruitedOn: '2015-09-01',
  },
};

interface Body {
  verdict: string;
  ruleSet: string;
  checks: {
    code: string;
    status: string;
    message: string;
    citation: string;
    records: string[];
    path?: string;
  }[];
  paths?: { id: string; status: string }[];
}

function expectError(res: { statusCode: number; json: () => unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string; details?: unknown } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(VIETNAMESE);
  return body.error;
}

describe('POST /api/rules/evaluate — self-contained, no sign-in', () => {
  it('CSTĐ bộ/tỉnh with a 3-year streak and a ministry/province initiative → eligible under RS_2025', async () => {
    const res = await evaluate(CSTD_BO_TINH);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Body>();
    expect(body).toMatchObject({ verdict: 'eligible', ruleSet: 'RS_2025', verdictLabel: 'Đủ điều kiện' });
    const streak = body.checks.find((c) => c.code === 'cstd_bo_tinh.streak');
    expect(streak).toMatchObject({
      status: 'passed',
      message: 'Đạt Chiến sĩ thi đua cơ sở 3 năm liên tục: 2023, 2024, 2025.',
      citation: 'Luật TĐKT 2022 Điều 22 k1',
      records: ['QD-2025', 'QD-2024', 'QD-2023'],
    });
    expect(body.checks.filter((c) => c.status === 'needs_judgement').map((c) => c.code)).toEqual([
      'cstd_bo_tinh.recognition',
      'cstd_bo_tinh.outstanding',
    ]);
  });

  it('a broken streak → not_eligible with the figures', async () => {
    const facts = { ...CSTD_BO_TINH.facts, awards: CSTD_BO_TINH.facts.awards.filter((a) => a.year !== 2024) };
    const body = (await evaluate({ ...CSTD_BO_TINH, facts })).json<Body>();
    expect(body.verdict).toBe('not_eligible');
    expect(body.checks.find((c) => c.code === 'cstd_bo_tinh.streak')?.message).toContain(
      'năm 2024 không đạt',
    );
  });

  it('Bằng khen bộ/tỉnh failing its data paths → needs_review, with per-path summaries', async () => {
    const body = (
      await evaluate({
        ...CSTD_BO_TINH,
        target: 'bang_khen_bo_tinh',
        facts: { ratings: [{ year: 2025, rating: 'HTT' }] },
      })
    ).json<Body>();
    expect(body.verdict).toBe('needs_review');
    expect(body.paths?.find((p) => p.id === 'cstd_2_lan')?.status).toBe('failed');
    expect(body.paths?.find((p) => p.id === 'phong_trao')?.status).toBe('needs_judgement');
  });

  it('facts may be omitted (lists default to empty): a judgement-only order → needs_review', async () => {
    const res = await evaluate({
      target: 'huan_chuong_sao_vang',
      subjectType: 'collective',
      evaluationYear: 2025,
      receivedOn: '2026-03-02',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Body>().verdict).toBe('needs_review');
  });

  it('collective title with members in the body', async () => {
    const members = Array.from({ length: 10 }, (_, i) => ({
      rating: 'HTT',
      titles: i < 7 ? ['lao_dong_tien_tien'] : [],
      disciplineForm: null,
    }));
    const res = await evaluate({
      target: 'tap_the_lao_dong_tien_tien',
      subjectType: 'collective',
      evaluationYear: 2025,
      receivedOn: '2026-01-15',
      facts: { ratings: [{ year: 2025, rating: 'HTT' }], members },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Body>();
    expect(body.verdict).toBe('eligible');
    expect(body.checks.find((c) => c.code === 'tap_the.members_ldtt')?.message).toContain('7/10 (70%)');
  });

  it('transitional rule: received 15/09/2026, judged 05/10/2026 → both rule sets compared', async () => {
    const res = await evaluate({ ...CSTD_BO_TINH, receivedOn: '2026-09-15', judgedOn: '2026-10-05' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      ruleSet: 'RS_2025',
      transitional: { ruleSetOnReceipt: 'RS_2025', alternative: 'RS_2026', chosen: 'RS_2025' },
    });
  });

  it('a signed-in browser works with its CSRF token and is refused without it', async () => {
    const ok = await evaluate(CSTD_BO_TINH, { cookie: viewer.cookie, 'x-csrf-token': viewer.csrfToken });
    expect(ok.statusCode, ok.body).toBe(200);
    expectError(await evaluate(CSTD_BO_TINH, { cookie: viewer.cookie }), 403, 'CSRF_INVALID');
  });
});

describe('POST /api/rules/evaluate — 4xx with Vietnamese messages', () => {
  it.each([
    ['unknown target code', { target: 'chien_si_thi_dua_xuat_sac' }, 'unknown_target'],
    ['subject type the target does not allow', { subjectType: 'household' }, 'subject_not_allowed'],
    [
      'received before 2024-01-01 (no rule set)',
      { receivedOn: '2023-12-29', evaluationYear: 2023 },
      'no_rule_set',
    ],
    [
      'evaluation year not begun on the reception date',
      { evaluationYear: 2027 },
      'evaluation_year_out_of_range',
    ],
    ['judged before received', { judgedOn: '2026-01-01' }, 'invalid_date'],
  ])('%s → 400 with details.reason', async (_label, over, reason) => {
    const error = expectError(await evaluate({ ...CSTD_BO_TINH, ...over }), 400, 'VALIDATION_ERROR');
    expect(error.details).toMatchObject({ reason });
  });

  it('the unknown-target message names the code', async () => {
    const error = expectError(await evaluate({ ...CSTD_BO_TINH, target: 'abc' }), 400, 'VALIDATION_ERROR');
    expect(error.message).toBe('Mã danh hiệu, hình thức khen thưởng "abc" không có trong danh mục.');
  });

  it.each([
    ['impossible date 2025-02-30', { receivedOn: '2025-02-30' }],
    ['date in another format', { receivedOn: '02/03/2026' }],
    ['evaluation year out of range', { evaluationYear: 1900 }],
    ['evaluation year after 2100', { evaluationYear: 2101 }],
    ['evaluation year as a string', { evaluationYear: '2025' }],
    ['evaluation year not an integer', { evaluationYear: 2025.5 }],
    ['unknown subject type', { subjectType: 'organisation' }],
    ['target with capitals and spaces', { target: 'CSTD bo tinh' }],
    ['missing target', { target: undefined }],
    ['unknown rating', { facts: { ratings: [{ year: 2025, rating: 'XS' }] } }],
    [
      'duplicate rating year',
      {
        facts: {
          ratings: [
            { year: 2025, rating: 'HTT' },
            { year: 2025, rating: 'HT' },
          ],
        },
      },
    ],
    [
      'unknown discipline form',
      { facts: { disciplines: [{ form: 'phat_tien', from: '2025-01-01', to: null }] } },
    ],
    [
      'discipline ending before it starts',
      { facts: { disciplines: [{ form: 'canh_cao', from: '2025-05-01', to: '2025-01-01' }] } },
    ],
    [
      'unknown initiative scope',
      {
        facts: {
          initiatives: [{ id: 'SK', scope: 'quoc_te', recognizedOn: '2025-01-01', usedByAward: null }],
        },
      },
    ],
    [
      'impossible initiative date',
      {
        facts: { initiatives: [{ id: 'SK', scope: 'co_so', recognizedOn: '2025-02-29', usedByAward: null }] },
      },
    ],
    [
      'unknown award code in the facts',
      { facts: { awards: [{ code: 'cstd_coso', year: 2024, type: 'cong_trang' }] } },
    ],
    [
      'unknown commendation type',
      { facts: { awards: [{ code: 'cstd_co_so', year: 2024, type: 'thuong_xuyen' }] } },
    ],
    [
      'unknown member title',
      { facts: { members: [{ rating: 'HTT', titles: ['ldtt'], disciplineForm: null }] } },
    ],
    ['ratings not a list', { facts: { ratings: { year: 2025 } } }],
    ['pendingInvestigation not a boolean', { facts: { pendingInvestigation: 'không' } }],
    ['facts not an object', { facts: 'rỗng' }],
  ])('%s → 400 VALIDATION_ERROR', async (_label, over) => {
    expectError(await evaluate({ ...CSTD_BO_TINH, ...over }), 400, 'VALIDATION_ERROR');
  });

  it('malformed JSON → 400 INVALID_JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: URL,
      payload: '{"target": "cstd_bo_tinh",',
      headers: { 'content-type': 'application/json' },
    });
    expectError(res, 400, 'INVALID_JSON');
  });

  it('a body that is not an object → 400', async () => {
    expectError(await evaluate([CSTD_BO_TINH]), 400, 'VALIDATION_ERROR');
  });
});

describe('OpenAPI', () => {
  it('documents the route as public, with an example body', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<
        string,
        Record<string, { security?: unknown[]; summary?: string; requestBody?: unknown }>
      >;
    }>();
    const op = doc.paths['/api/rules/evaluate']?.post;
    expect(op?.security).toEqual([]);
    expect(op?.summary).toMatch(VIETNAMESE);
    expect(JSON.stringify(op?.requestBody)).toContain('cstd_bo_tinh');
  });
});
