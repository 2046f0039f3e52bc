import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CellBudget } from './preview-limits';
import {
  createTenant,
  createTestApp,
  createUser,
  type Session,
  signIn,
  type TestApp,
} from '../../test/harness';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  const tenantId = await createTenant(t.deps, 'hg', 'Tỉnh Hà Giang');
  await createUser(t.deps, tenantId, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@hg.vn');
});
afterAll(() => t.close());

const TABLE = {
  groups: [
    {
      code: 'I',
      name: 'Phát triển kinh tế',
      items: [
        {
          code: 'I.1',
          name: 'Thu ngân sách',
          maxPoints: 10,
          direction: 'higher_better',
          method: 'proportional',
        },
        {
          code: 'I.2',
          name: 'Tai nạn giao thông',
          maxPoints: 10,
          direction: 'lower_better',
          method: 'proportional',
        },
        { code: 'I.3', name: 'Nông thôn mới', maxPoints: 5, direction: 'higher_better', method: 'fixed' },
      ],
    },
    {
      code: 'II',
      name: 'Thưởng, trừ',
      items: [
        {
          code: 'II.1',
          name: 'Vượt thu',
          maxPoints: 5,
          direction: 'higher_better',
          method: 'bonus',
          params: { perPercent: 0.5, cap: 5 },
        },
        {
          code: 'II.2',
          name: 'Kỷ luật',
          maxPoints: 5,
          direction: 'lower_better',
          method: 'deduction',
          params: { perCount: 2, cap: 5 },
        },
      ],
    },
  ],
};

type Body = Record<string, unknown>;
const preview = (payload: unknown, headers: Record<string, string> = {}, remoteAddress?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/scoring/preview',
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    headers: { 'content-type': 'application/json', ...headers },
    ...(remoteAddress ? { remoteAddress } : {}),
  });

interface PreviewMember {
  id: string | number;
  total: number;
  rank: number;
  classification: string | null;
  items: {
    code: string;
    points: number;
    status: string;
    explanation: string;
    percentOfPlan: number | null;
  }[];
}

describe('POST /api/scoring/preview (issue 5 item 5)', () => {
  it('scores, explains, ranks and classifies without signing in', async () => {
    const res = await preview({
      table: TABLE,
      members: [
        {
          id: 'ha-giang',
          name: 'TP Hà Giang',
          values: {
            'I.1': { plan: 100, actual: 124 },
            'I.2': { plan: 10, actual: 8 },
            'I.3': { achieved: true },
            'II.1': { plan: 100, actual: 124 },
            'II.2': { count: 0 },
          },
        },
        { id: 'bac-me', values: { 'I.1': { plan: 3, actual: 2 }, 'I.2': { plan: 10, actual: 0 } } },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ members: PreviewMember[]; maxima: Body; bands: Body[] }>();
    expect(body.maxima).toEqual({ base: 25, bonus: 5, deduction: 5 });
    const [first, second] = body.members;
    expect(first).toMatchObject({ id: 'ha-giang', total: 30, rank: 1, classification: 'Xuất sắc' });
    expect(first!.items[0]).toMatchObject({
      code: 'I.1',
      points: 10,
      status: 'scored',
      percentOfPlan: 124,
      explanation: 'Thực hiện 124/100 = 124,0% kế hoạch; 10 × min(1,24; 1) = 10,00 điểm.',
    });
    // 10 × 2/3 + 10 (lower-better, actual 0) + three items without figures
    expect(second).toMatchObject({ id: 'bac-me', total: 16.67, rank: 2, classification: 'Trung bình' });
    expect(second!.items.filter((i) => i.status === 'missing').map((i) => i.code)).toEqual([
      'I.3',
      'II.1',
      'II.2',
    ]);
    expect(second!.items[2]!.explanation).toMatch(/^Chưa có số liệu/);
  });

  it('gives equal totals the same rank (1, 2, 2, 4) and keeps numeric ids as sent', async () => {
    const res = await preview({
      table: TABLE,
      members: [
        { id: 1, values: { 'I.3': { achieved: true } } },
        { id: 2, values: { 'I.1': { plan: 100, actual: 100 } } },
        { id: 3, values: { 'I.2': { plan: 5, actual: 4 } } },
        { id: 4, values: { 'I.3': { achieved: false } } },
      ],
      bands: [{ minTotal: 10, label: 'Đạt' }],
    });
    expect(res.statusCode).toBe(200);
    const members = res.json<{ members: PreviewMember[] }>().members;
    expect(members.map((m) => [m.id, m.total, m.rank, m.classification])).toEqual([
      [2, 10, 1, 'Đạt'],
      [3, 10, 1, 'Đạt'],
      [1, 5, 3, null],
      [4, 0, 4, null],
    ]);
  });

  it('is documented in OpenAPI with an example', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { security?: unknown[]; requestBody?: unknown }>>;
      components: { schemas: Record<string, { examples?: unknown[] }> };
    }>();
    const op = doc.paths['/api/scoring/preview']?.post;
    expect(op?.security).toEqual([]);
    expect(doc.components.schemas.ScoringPreviewRequest?.examples?.length).toBe(1);
    const example = doc.components.schemas.ScoringPreviewRequest!.examples![0];
    const res = await preview(example);
    expect(res.statusCode).toBe(200);
  });

  const bad: [string, unknown, number, RegExp, string?][] = [
    [
      'unknown method',
      {
        table: {
          groups: [{ ...TABLE.groups[0], items: [{ ...TABLE.groups[0]!.items[0], method: 'magic' }] }],
        },
        members: [{ id: 'a' }],
      },
      400,
      /Phương pháp chấm \(method\) không hợp lệ/,
      'body.table.groups.0.items.0.method',
    ],
    [
      'negative maximum',
      {
        table: {
          groups: [{ ...TABLE.groups[0], items: [{ ...TABLE.groups[0]!.items[0], maxPoints: -10 }] }],
        },
        members: [{ id: 'a' }],
      },
      400,
      /điểm tối đa không được âm/,
      'body.table.groups.0.items.0.maxPoints',
    ],
    [
      'duplicate codes',
      {
        table: {
          groups: [{ ...TABLE.groups[0], items: [TABLE.groups[0]!.items[0], TABLE.groups[0]!.items[0]] }],
        },
        members: [{ id: 'a' }],
      },
      400,
      /mã “I\.1” bị trùng/,
      'body.table.groups.0.items.1.code',
    ],
    [
      'missing params for bonus',
      {
        table: {
          groups: [{ ...TABLE.groups[1], items: [{ ...TABLE.groups[1]!.items[0], params: { cap: 5 } }] }],
        },
        members: [{ id: 'a' }],
      },
      400,
      /cần tham số “perPercent”/,
      'body.table.groups.0.items.0.params.perPercent',
    ],
    [
      'values for an unknown item code',
      { table: TABLE, members: [{ id: 'a', values: { 'IX.9': { plan: 1, actual: 1 } } }] },
      400,
      /chỉ tiêu “IX\.9” không có trong bảng/,
      'body.members.0.values.IX.9',
    ],
    [
      'duplicate member ids',
      { table: TABLE, members: [{ id: 'a' }, { id: 'a' }] },
      400,
      /trùng với thành viên 1/,
      'body.members.1.id',
    ],
    [
      'bands out of order',
      {
        table: TABLE,
        members: [{ id: 'a' }],
        bands: [
          { minTotal: 50, label: 'B' },
          { minTotal: 90, label: 'A' },
          { minTotal: 70, label: 'C' },
        ],
      },
      400,
      /giảm dần hoặc tăng dần/,
      'body.bands',
    ],
    [
      'wrong type of maxPoints',
      {
        table: {
          groups: [{ ...TABLE.groups[0], items: [{ ...TABLE.groups[0]!.items[0], maxPoints: '10' }] }],
        },
        members: [{ id: 'a' }],
      },
      400,
      /phải là một số/,
    ],
    [
      'plan as text',
      { table: TABLE, members: [{ id: 'a', values: { 'I.1': { plan: 'một trăm' } } }] },
      400,
      /Kế hoạch \(plan\) phải là một số/,
    ],
    [
      'unknown field on an item',
      {
        table: { groups: [{ ...TABLE.groups[0], items: [{ ...TABLE.groups[0]!.items[0], weight: 2 }] }] },
        members: [{ id: 'a' }],
      },
      400,
      /weight/,
    ],
    ['no members', { table: TABLE, members: [] }, 400, /ít nhất một thành viên/],
    ['no table', { members: [{ id: 'a' }] }, 400, /table/],
    [
      'too many members',
      { table: TABLE, members: Array.from({ length: 1001 }, (_, i) => ({ id: `m${i}` })) },
      400,
      /Tối đa 1000 thành viên/,
    ],
    [
      'too many items',
      {
        table: {
          groups: [
            {
              code: 'G',
              name: 'Nhóm',
              items: Array.from({ length: 201 }, (_, i) => ({ ...TABLE.groups[0]!.items[0], code: `C${i}` })),
            },
          ],
        },
        members: [{ id: 'a' }],
      },
      400,
      /tối đa 200 chỉ tiêu/,
    ],
    ['malformed JSON', '{"table": {', 400, /JSON không hợp lệ/],
    ['a body that is an array', [{ table: TABLE }], 400, /không hợp lệ/],
  ];
  it.each(bad)('%s → 4xx with a Vietnamese message', async (_label, payload, status, message, path) => {
    const res = await preview(payload);
    expect(res.statusCode).toBe(status);
    const { error } = res.json<{
      error: { code: string; message: string; details?: { path: string; message: string }[] };
    }>();
    const text = [error.message, ...(error.details ?? []).map((d) => d.message)].join(' | ');
    expect(text).toMatch(message);
    if (path) expect(error.details?.map((d) => d.path)).toContain(path);
  });

  it('refuses a table made only of 201 items spread over groups (the limit counts the whole table)', async () => {
    const group = (g: number) => ({
      code: `G${g}`,
      name: 'Nhóm',
      items: Array.from({ length: 67 }, (_, i) => ({ ...TABLE.groups[0]!.items[0], code: `C${g}.${i}` })),
    });
    const res = await preview({ table: { groups: [group(1), group(2), group(3)] }, members: [{ id: 'a' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(
      /tối đa 200 chỉ tiêu \(đang có 201\)/,
    );
  });

  it('answers a signed-in caller the same, and still demands the CSRF token with a session cookie', async () => {
    const body = { table: TABLE, members: [{ id: 'a', values: { 'I.3': { achieved: true } } }] };
    const signedIn = await preview(body, { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json<{ members: PreviewMember[] }>().members[0]!.total).toBe(5);
    const noCsrf = await preview(body, { cookie: admin.cookie });
    expect(noCsrf.statusCode).toBe(403);
  });

  it(
    'accepts a body above the app-wide 1 MB limit: 250 members × 200 items',
    { timeout: 60_000 },
    async () => {
      const items = Array.from({ length: 200 }, (_, i) => ({
        code: `C${i}`,
        name: `Chỉ tiêu ${i}`,
        maxPoints: 0.5,
        direction: i % 2 ? 'lower_better' : 'higher_better',
        method: 'proportional',
      }));
      const members = Array.from({ length: 250 }, (_, m) => ({
        id: `m${m}`,
        values: Object.fromEntries(
          items.map((it, i) => [it.code, { plan: 100, actual: 80 + ((m + i) % 40) }]),
        ),
      }));
      const payload = JSON.stringify({ table: { groups: [{ code: 'G', name: 'Nhóm', items }] }, members });
      expect(payload.length).toBeGreaterThan(1024 * 1024);
      const res = await preview(payload, {}, '10.9.9.9');
      expect(res.statusCode).toBe(200);
      const out = res.json<{ members: PreviewMember[] }>().members;
      expect(out).toHaveLength(250);
      expect(out[0]!.items).toHaveLength(200);
      expect(out.every((m, i) => i === 0 || m.total <= out[i - 1]!.total)).toBe(true);
    },
  );

  it('answers 200 with finite numbers for absurd but valid figures (plan 1e-300, counts of 1e15)', async () => {
    const res = await preview({
      table: TABLE,
      members: [
        {
          id: 'x',
          values: {
            'I.1': { plan: 1e-300, actual: 1e15 },
            'I.2': { plan: 1e15, actual: 1e-300 },
            'II.1': { plan: 1e-9, actual: 1e15 },
            'II.2': { count: 1e15 },
          },
        },
      ],
    });
    expect(res.statusCode).toBe(200);
    const member = res.json<{ members: PreviewMember[] }>().members[0]!;
    expect(member.total).toBe(10 + 10 + 5 - 5);
    expect(member.items[0]!.percentOfPlan).toBeNull();
  });

  it('refuses more than 100,000 cells (members × items) in one preview', async () => {
    const items = Array.from({ length: 101 }, (_, i) => ({ ...TABLE.groups[0]!.items[0], code: `C${i}` }));
    const members = Array.from({ length: 1000 }, (_, m) => ({ id: `m${m}` }));
    const res = await preview(
      { table: { groups: [{ code: 'G', name: 'Nhóm', items }] }, members },
      {},
      '10.9.9.10',
    );
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { message: string; details: { path: string }[] } }>();
    expect(error.message).toMatch(/tối đa 100\.000 ô .* 1\.000 × 101 = 101\.000/);
    expect(error.details.map((d) => d.path)).toEqual(['body.members']);
  });

  it('refuses a body above 10 MB with 413', async () => {
    const res = await preview(
      JSON.stringify({ table: TABLE, members: [{ id: 'a', name: 'x'.repeat(11 * 1024 * 1024) }] }),
    );
    expect(res.statusCode).toBe(413);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/quá lớn/);
  });

  it('limits anonymous callers per address, not signed-in ones', async () => {
    const body = JSON.stringify({ table: TABLE, members: [{ id: 'a' }] });
    let limited: { statusCode: number; headers: Record<string, unknown>; body: string } | undefined;
    for (let i = 0; i < 305 && !limited; i++) {
      const res = await preview(body, {}, '10.7.7.7');
      if (res.statusCode === 429) limited = res;
      else expect(res.statusCode).toBe(200);
    }
    expect(limited?.statusCode).toBe(429);
    expect(limited?.headers['retry-after']).toBeTruthy();
    expect(limited?.body).toMatch(/Quá nhiều yêu cầu chấm thử/);
    const other = await preview(body, {}, '10.7.7.8');
    expect(other.statusCode).toBe(200);
    const signedIn = await preview(
      body,
      { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      '10.7.7.7',
    );
    expect(signedIn.statusCode).toBe(200);
  });
});

describe('anonymous budget of scored items', () => {
  it('allows up to the budget per key and window, then asks to wait until the window ends', () => {
    const budget = new CellBudget(1000, 60_000);
    const t0 = 1_000_000;
    expect(budget.waitFor('a', t0)).toBe(0);
    budget.charge('a', 600, t0);
    expect(budget.waitFor('a', t0 + 1)).toBe(0);
    budget.charge('a', 400, t0 + 2);
    expect(budget.waitFor('a', t0 + 30_000)).toBe(30);
    expect(budget.waitFor('b', t0 + 30_000)).toBe(0);
    expect(budget.waitFor('a', t0 + 60_000)).toBe(0);
  });
});
