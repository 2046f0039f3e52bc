import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const get = (url: string) => t.app.inject({ method: 'GET', url });

interface Item {
  code: string;
  name: string;
  group: string;
  subjectTypes: string[];
  validTo: string | null;
}

describe('GET /api/catalogue (law-reference §1, §6), public', () => {
  it('lists every title and form with Vietnamese names, and the commendation types', async () => {
    const res = await get('/api/catalogue');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      items: Item[];
      total: number;
      commendationTypes: { code: string }[];
      groups: { code: string; label: string }[];
    }>();
    // 68 titles and forms of the current law + 7 historical forms of award books (resistance orders and
    // medals, the district Giấy khen ended on 30/06/2025).
    expect(body.total).toBe(75);
    expect(body.items).toHaveLength(75);
    expect(body.items.find((i) => i.code === 'giay_khen_chu_tich_ubnd_huyen')?.validTo).toBe('2025-06-30');
    expect(body.items.find((i) => i.code === 'giay_khen_chu_tich_ubnd_xa')?.validTo).toBeNull();
    for (const i of body.items) expect(i.name).toMatch(VIETNAMESE);
    expect(body.items.find((i) => i.code === 'huan_chuong_lao_dong_hang_3')?.name).toBe(
      'Huân chương Lao động hạng Ba',
    );
    expect(body.commendationTypes.map((c) => c.code)).toContain('dot_xuat');
    expect(body.groups.find((g) => g.code === 'giay_khen')?.label).toBe('Giấy khen');
  });

  it('filters by group', async () => {
    const body = (await get('/api/catalogue?group=order')).json<{ items: Item[]; total: number }>();
    expect(body.total).toBe(20 + 3); // + Huân chương Kháng chiến hạng Nhất, Nhì, Ba
    expect(body.items.every((i) => i.group === 'order')).toBe(true);
  });

  it('filters by subject type: households', async () => {
    const body = (await get('/api/catalogue?subjectType=household')).json<{ items: Item[] }>();
    const codes = body.items.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['gia_dinh_van_hoa', 'bang_khen_thu_tuong', 'giay_khen_chu_tich_ubnd_xa']),
    );
    expect(codes).not.toContain('cstd_co_so');
    expect(body.items.every((i) => i.subjectTypes.includes('household'))).toBe(true);
  });

  it.each([
    ['Bằng khen của Thủ tướng', 'bang_khen_thu_tuong'],
    ['bang khen thu tuong', 'bang_khen_thu_tuong'],
    ['xa phuong thi tran', 'xa_phuong_dac_khu_tieu_bieu'],
    ['cstd_co_so', 'cstd_co_so'],
  ])('searches accent-insensitively: %s', async (q, code) => {
    const body = (await get(`/api/catalogue?q=${encodeURIComponent(q)}`)).json<{ items: Item[] }>();
    expect(body.items.map((i) => i.code)).toContain(code);
  });

  it.each(['group=huan_chuong', 'subjectType=ca_nhan', `q=${'a'.repeat(101)}`])(
    'refuses %s with 400',
    async (query) => {
      const res = await get(`/api/catalogue?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { message: string } }>().error.message).toMatch(VIETNAMESE);
    },
  );
});

describe('GET /api/catalogue/:code', () => {
  it('Bằng khen bộ/tỉnh: 1.0 under RS_2024 (ND 98/2023), 1.5 under RS_2025 (ND 152/2025), household 2.25', async () => {
    const res = await get('/api/catalogue/bang_khen_bo_tinh');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      coefficients: { ruleSet: string; individual: number; collective: number; household: number }[];
    }>();
    expect(body.coefficients).toEqual([
      expect.objectContaining({ ruleSet: 'RS_2024', individual: 1, collective: 2, household: 1.5 }),
      expect.objectContaining({ ruleSet: 'RS_2025', individual: 1.5, collective: 3, household: 2.25 }),
      expect.objectContaining({ ruleSet: 'RS_2026', individual: 1.5, collective: 3, household: 2.25 }),
    ]);
  });

  it('CSTĐ cơ sở: council ballot ≥80% of total members', async () => {
    const body = (await get('/api/catalogue/cstd_co_so')).json<{
      ballot: { thresholdPercent: number | null }[];
      authorityLabel: string;
    }>();
    expect(body.ballot.map((b) => b.thresholdPercent)).toEqual([80, 80, 80]);
    expect(body.authorityLabel).toContain('Chủ tịch Ủy ban nhân dân cấp xã');
  });

  it('an unknown code → 404 in Vietnamese', async () => {
    const res = await get('/api/catalogue/khong_ton_tai');
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('GET /api/rule-sets', () => {
  it('periods, components, coefficients, thresholds and base-salary periods', async () => {
    const res = await get('/api/rule-sets');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      items: {
        id: string;
        validFrom: string;
        validTo: string | null;
        components: string[];
        money: {
          decree: string;
          coefficients: { code: string; individual: number | null; collective: number | null }[];
        };
        council: { thresholds: { code: string; percent: number }[] };
        pendingChanges: unknown[];
      }[];
      baseSalaryPeriods: { validFrom: string; amount: number }[];
      transitionalRule: string;
    }>();
    expect(body.items.map((i) => [i.id, i.validFrom, i.validTo])).toEqual([
      ['RS_2024', '2024-01-01', '2025-06-30'],
      ['RS_2025', '2025-07-01', '2026-09-30'],
      ['RS_2026', '2026-10-01', null],
    ]);
    const [rs2024, rs2025, rs2026] = body.items;
    expect(rs2024?.money.decree).toBe('Nghị định 98/2023/NĐ-CP');
    expect(rs2024?.money.coefficients.find((c) => c.code === 'bang_khen_bo_tinh')?.individual).toBe(1);
    expect(rs2025?.money.coefficients.find((c) => c.code === 'bang_khen_bo_tinh')?.individual).toBe(1.5);
    expect(rs2025?.money.coefficients.find((c) => c.code === 'huan_chuong_sao_vang')?.collective).toBe(92);
    expect(rs2025?.council.thresholds.find((c) => c.code === 'cstd_bo_tinh')?.percent).toBe(90);
    expect(rs2026?.pendingChanges.length).toBeGreaterThan(0);
    expect(rs2025?.components).toContain('Nghị định 152/2025/NĐ-CP');
    expect(body.baseSalaryPeriods.map((p) => [p.validFrom, p.amount])).toEqual([
      ['2023-07-01', 1_800_000],
      ['2024-07-01', 2_340_000],
      ['2026-07-01', 2_530_000],
    ]);
    expect(body.transitionalRule).toContain('01/10/2026');
  });
});
