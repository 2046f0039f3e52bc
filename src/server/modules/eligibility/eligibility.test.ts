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

let t: TestApp;
let communeA: { id: string; path: string; depth: number };
let communeB: { id: string; path: string; depth: number };
let an: string; // CSTĐ cơ sở 2023–2025 + a provincial-scope initiative → CSTĐ bộ/tỉnh eligible
let binh: string; // LĐTT only, rated HT in 2025 → not eligible for LĐTT
let chi: string; // in commune B
let dung: string; // HTT 2025, no award yet → LĐTT eligible
let foreign: string;
let admin: Session;
let officerA: Session;
let stranger: Session;

const post = (s: Session, url: string, payload: unknown) =>
  as(t.app, s)({ method: 'POST', url, payload: payload as object });

async function award(personId: string, code: string, year: number) {
  const res = await post(admin, '/api/awards', {
    subjectType: 'individual',
    subjectId: personId,
    awardCode: code,
    evaluationYear: year,
    decisionNumber: `${year}-${code.length}/QĐ-UBND`,
    decisionDate: `${year}-12-20`,
    decisionAuthority: 'Chủ tịch UBND',
  });
  expect(res.statusCode, res.body).toBe(201);
}
async function rating(personId: string, year: number, value: string) {
  const res = await post(admin, '/api/ratings', {
    subjectType: 'individual',
    subjectId: personId,
    year,
    rating: value,
  });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

beforeAll(async () => {
  t = await createTestApp();
  const tenantId = await createTenant(t.deps, 'tq');
  const other = await createTenant(t.deps, 'hg');
  const province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  communeA = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', province);
  communeB = await insertUnit(t.deps, tenantId, 'Xã Lâm Bình', province);
  const otherRoot = await insertUnit(t.deps, other, 'Tỉnh Hà Giang');
  an = await insertPerson(t.deps, tenantId, 'Nguyễn Thị An', communeA.id, {
    gender: 'female',
    recruitedOn: '2010-01-01',
  });
  binh = await insertPerson(t.deps, tenantId, 'Trần Văn Bình', communeA.id, { recruitedOn: '2012-01-01' });
  dung = await insertPerson(t.deps, tenantId, 'Hoàng Văn Dũng', communeA.id, { recruitedOn: '2018-01-01' });
  chi = await insertPerson(t.deps, tenantId, 'Lò Thị Chi', communeB.id, { recruitedOn: '2015-01-01' });
  foreign = await insertPerson(t.deps, other, 'Người Hà Giang', otherRoot.id);
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'unit_officer', orgUnitId: communeA.id }]);
  await createUser(t.deps, other, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  officerA = await signIn(t.app, 'officer@tq.vn');
  stranger = await signIn(t.app, 'admin@hg.vn');

  for (const year of [2023, 2024, 2025]) {
    await rating(an, year, 'HTXS');
    await award(an, 'lao_dong_tien_tien', year);
    await award(an, 'cstd_co_so', year);
  }
  const init = await post(admin, '/api/initiatives', {
    title: 'Số hoá hồ sơ thi đua, khen thưởng',
    recognizingBody: 'UBND tỉnh Tuyên Quang',
    decisionNumber: '45/QĐ-UBND',
    decisionDate: '2025-06-20',
    scope: 'bo_tinh',
    authors: [{ personId: an, sharePercent: 100 }],
  });
  expect(init.statusCode, init.body).toBe(201);
  await rating(binh, 2024, 'HTT');
  await award(binh, 'lao_dong_tien_tien', 2024);
  await rating(binh, 2025, 'HT');
  await rating(chi, 2025, 'HTT');
  await rating(dung, 2025, 'HTT');
});
afterAll(() => t.close());

type Result = {
  target: string;
  verdict: string;
  ruleSet: string;
  checks: { code: string; status: string; message: string; citation: string; records: string[] }[];
};

describe('POST /api/eligibility/check', () => {
  it('CSTĐ bộ/tỉnh: three CSTĐ cơ sở in a row and a provincial initiative → eligible, with the records cited', async () => {
    const res = await post(admin, '/api/eligibility/check', {
      subjectType: 'individual',
      subjectId: an,
      evaluationYear: 2025,
      targets: ['cstd_bo_tinh'],
      receivedOn: '2026-03-02',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ subject: { name: string }; results: Result[] }>();
    expect(body.subject.name).toBe('Nguyễn Thị An');
    const [r] = body.results;
    expect(r!.verdict).toBe('eligible');
    expect(r!.ruleSet).toBe('RS_2025');
    const streak = r!.checks.find((c) => c.status === 'passed' && c.citation.includes('Điều 22'));
    expect(streak).toBeDefined();
    expect(streak!.records.length).toBeGreaterThan(0);
  });

  it('every target the subject type may receive when none are named, each with a verdict', async () => {
    const res = await post(admin, '/api/eligibility/check', {
      subjectType: 'individual',
      subjectId: binh,
      evaluationYear: 2025,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ results: Result[]; counts: Record<string, number> }>();
    expect(body.results.length).toBeGreaterThan(20);
    const ldtt = body.results.find((r) => r.target === 'lao_dong_tien_tien')!;
    expect(ldtt.verdict).toBe('not_eligible');
    expect(ldtt.checks.some((c) => c.status === 'failed' && c.citation.includes('Điều 24'))).toBe(true);
    expect(body.counts.eligible! + body.counts.needs_review! + body.counts.not_eligible!).toBe(
      body.results.length,
    );
  });

  it('a collective is judged on its members (Điều 28)', async () => {
    const res = await post(admin, '/api/eligibility/check', {
      subjectType: 'collective',
      subjectId: communeA.id,
      evaluationYear: 2025,
      targets: ['tap_the_lao_dong_tien_tien'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const [r] = res.json<{ results: Result[] }>().results;
    expect(r!.verdict).toBe('not_eligible'); // the collective has no rating for 2025
  });

  it('an unknown target is a 400 in Vietnamese', async () => {
    const res = await post(admin, '/api/eligibility/check', {
      subjectType: 'individual',
      subjectId: an,
      evaluationYear: 2025,
      targets: ['khong_co'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/danh mục|không có/i);
  });

  it('another tenant’s person, or a person outside the officer’s subtree, does not exist (404)', async () => {
    const other = await post(admin, '/api/eligibility/check', {
      subjectType: 'individual',
      subjectId: foreign,
      evaluationYear: 2025,
    });
    expect(other.statusCode).toBe(404);
    const outside = await post(officerA, '/api/eligibility/check', {
      subjectType: 'individual',
      subjectId: chi,
      evaluationYear: 2025,
    });
    expect(outside.statusCode).toBe(404);
    const mine = await post(officerA, '/api/eligibility/check', {
      subjectType: 'individual',
      subjectId: an,
      evaluationYear: 2025,
      targets: ['cstd_co_so'],
    });
    expect(mine.statusCode).toBe(200);
  });
});

describe('POST /api/eligibility/batch', () => {
  type Batch = {
    counts: Record<string, number>;
    evaluated: number;
    total: number;
    items: { subject: { id: string; name: string }; verdict: string; failed: { message: string }[] }[];
    unitFacts: { members: number; withLdtt: number; ldttShare: number; atLeastHt: number } | null;
  };

  it('LĐTT for a commune: counts, the page in name order with failed checks, and the members’ ratios', async () => {
    const res = await post(admin, '/api/eligibility/batch', {
      target: 'lao_dong_tien_tien',
      evaluationYear: 2025,
      unitId: communeA.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Batch>();
    expect(body.evaluated).toBe(3);
    expect(body.counts.eligible).toBe(1); // Dũng (HTT 2025)
    expect(body.counts.not_eligible).toBe(2); // An already holds LĐTT 2025 (G7); Bình rated HT
    expect(body.items.map((i) => i.subject.name)).toEqual([
      'Hoàng Văn Dũng',
      'Nguyễn Thị An',
      'Trần Văn Bình',
    ]);
    expect(body.items[1]!.failed.map((f) => f.message).join(' ')).toMatch(/2025/);
    expect(body.items[2]!.failed.length).toBeGreaterThan(0);
    expect(body.unitFacts).toMatchObject({ members: 3, withLdtt: 1, ldttShare: 33.3, atLeastHt: 3 });
  });

  it('CSTĐ bộ/tỉnh over the whole tenant agrees with the single check', async () => {
    const res = await post(admin, '/api/eligibility/batch', {
      target: 'cstd_bo_tinh',
      evaluationYear: 2025,
      receivedOn: '2026-03-02',
      verdict: 'eligible',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Batch>();
    expect(body.evaluated).toBe(4);
    expect(body.items.map((i) => i.subject.id)).toEqual([an]);
  });

  it('a list with someone the officer cannot see → 404; a collective title needs a unit → 400', async () => {
    const list = await post(officerA, '/api/eligibility/batch', {
      target: 'lao_dong_tien_tien',
      evaluationYear: 2025,
      personIds: [an, chi],
    });
    expect(list.statusCode).toBe(404);
    const collective = await post(admin, '/api/eligibility/batch', {
      target: 'tap_the_lao_dong_tien_tien',
      evaluationYear: 2025,
    });
    expect(collective.statusCode).toBe(400);
    const stranger404 = await post(stranger, '/api/eligibility/batch', {
      target: 'lao_dong_tien_tien',
      evaluationYear: 2025,
      unitId: communeA.id,
    });
    expect(stranger404.statusCode).toBe(404);
  });
});
