import { addDays } from '../calendar';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueEntry } from './catalogue';
import {
  BASE_SALARY_PERIODS,
  baseSalaryOn,
  ceilTo10000,
  coefficientFor,
  computeRewardMoney,
  type MoneyResult,
  moneyForSimultaneousAwards,
  type RewardMoney,
  type RewardMoneyInput,
  type SimultaneousAward,
} from './money';
import { RULE_SETS } from './rule-sets';
import type { SubjectType } from './types';

function ok(result: MoneyResult): RewardMoney {
  if (!result.ok) throw new Error(`expected an amount, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
const money = (
  awardCode: string,
  subjectType: SubjectType,
  decisionDate: string,
  extra: Partial<RewardMoneyInput> = {},
) => computeRewardMoney({ awardCode, subjectType, decisionDate, ...extra });

// Decision dates under ND 152/2025 (RS_2025) with each base salary.
const ON_2340 = '2025-12-15';
const ON_2530 = '2026-08-01';

describe('law-reference §5.3 worked amounts (ND 152/2025 Điều 49–54; ND 73/2024, ND 161/2026 Điều 3 k2)', () => {
  // [coefficient, award, subject, raw@2,340,000, amount@2,340,000, raw@2,530,000, amount@2,530,000]
  const rows: [number, string, SubjectType, number, number, number, number][] = [
    [0.3, 'lao_dong_tien_tien', 'individual', 702_000, 710_000, 759_000, 760_000],
    [0.3, 'giay_khen_chu_tich_ubnd_xa', 'individual', 702_000, 710_000, 759_000, 760_000],
    [0.45, 'giay_khen_chu_tich_ubnd_xa', 'household', 1_053_000, 1_060_000, 1_138_500, 1_140_000],
    [0.6, 'giay_khen_co_quan_chuyen_mon_tinh', 'collective', 1_404_000, 1_410_000, 1_518_000, 1_520_000],
    [0.8, 'tap_the_lao_dong_tien_tien', 'collective', 1_872_000, 1_880_000, 2_024_000, 2_030_000],
    [1.0, 'cstd_co_so', 'individual', 2_340_000, 2_340_000, 2_530_000, 2_530_000],
    [1.5, 'tap_the_lao_dong_xuat_sac', 'collective', 3_510_000, 3_510_000, 3_795_000, 3_800_000],
    [1.5, 'bang_khen_bo_tinh', 'individual', 3_510_000, 3_510_000, 3_795_000, 3_800_000],
    [1.5, 'thon_to_dan_pho_van_hoa', 'collective', 3_510_000, 3_510_000, 3_795_000, 3_800_000],
    [2.0, 'xa_phuong_dac_khu_tieu_bieu', 'collective', 4_680_000, 4_680_000, 5_060_000, 5_060_000],
    [3.0, 'cstd_bo_tinh', 'individual', 7_020_000, 7_020_000, 7_590_000, 7_590_000],
    [3.5, 'bang_khen_thu_tuong', 'individual', 8_190_000, 8_190_000, 8_855_000, 8_860_000],
    [4.5, 'cstd_toan_quoc', 'individual', 10_530_000, 10_530_000, 11_385_000, 11_390_000],
    [4.5, 'huan_chuong_lao_dong_hang_3', 'individual', 10_530_000, 10_530_000, 11_385_000, 11_390_000],
    [7.0, 'bang_khen_thu_tuong', 'collective', 16_380_000, 16_380_000, 17_710_000, 17_710_000],
    [8.0, 'co_thi_dua_bo_tinh', 'collective', 18_720_000, 18_720_000, 20_240_000, 20_240_000],
    [9.0, 'nha_giao_uu_tu', 'individual', 21_060_000, 21_060_000, 22_770_000, 22_770_000],
    [9.0, 'huan_chuong_lao_dong_hang_1', 'individual', 21_060_000, 21_060_000, 22_770_000, 22_770_000],
    [12.0, 'co_thi_dua_chinh_phu', 'collective', 28_080_000, 28_080_000, 30_360_000, 30_360_000],
    [15.5, 'anh_hung_lao_dong', 'individual', 36_270_000, 36_270_000, 39_215_000, 39_220_000],
    [46.0, 'huan_chuong_sao_vang', 'individual', 107_640_000, 107_640_000, 116_380_000, 116_380_000],
  ];

  it.each(rows)('%d × base — %s (%s)', (coefficient, code, subject, raw1, amount1, raw2, amount2) => {
    const a = ok(money(code, subject, ON_2340));
    expect(a).toMatchObject({
      coefficient,
      baseSalary: 2_340_000,
      rawAmount: raw1,
      amount: amount1,
      ruleSet: 'RS_2025',
    });
    const b = ok(money(code, subject, ON_2530));
    expect(b).toMatchObject({
      coefficient,
      baseSalary: 2_530_000,
      rawAmount: raw2,
      amount: amount2,
      ruleSet: 'RS_2025',
    });
    expect(b.coefficientMilli).toBe(Math.round(coefficient * 1000));
  });
});

describe('ND 152/2025 Điều 50–54 coefficient tables (law-reference §5.2)', () => {
  const coef = (code: string, subject: SubjectType) => ok(money(code, subject, ON_2530)).coefficient;

  it.each([
    ['cstd_toan_quoc', 'individual', 4.5],
    ['cstd_bo_tinh', 'individual', 3.0],
    ['cstd_co_so', 'individual', 1.0],
    ['lao_dong_tien_tien', 'individual', 0.3],
    ['chien_si_tien_tien', 'individual', 0.3],
    ['tap_the_lao_dong_xuat_sac', 'collective', 1.5],
    ['don_vi_quyet_thang', 'collective', 1.5],
    ['tap_the_lao_dong_tien_tien', 'collective', 0.8],
    ['don_vi_tien_tien', 'collective', 0.8],
    ['xa_phuong_dac_khu_tieu_bieu', 'collective', 2.0],
    ['thon_to_dan_pho_van_hoa', 'collective', 1.5],
    ['co_thi_dua_chinh_phu', 'collective', 12.0],
    ['co_thi_dua_bo_tinh', 'collective', 8.0],
    ['co_thi_dua_quan_khu_dhqg', 'collective', 6.0],
  ] as const)('Điều 50: %s (%s) = %d', (code, subject, value) => {
    expect(coef(code, subject)).toBe(value);
  });

  it.each([
    ['huan_chuong_sao_vang', 46.0, 92],
    ['huan_chuong_ho_chi_minh', 30.5, 61],
    ['huan_chuong_doc_lap_hang_1', 15.0, 30],
    ['huan_chuong_quan_cong_hang_1', 15.0, 30],
    ['huan_chuong_doc_lap_hang_2', 12.5, 25],
    ['huan_chuong_quan_cong_hang_2', 12.5, 25],
    ['huan_chuong_doc_lap_hang_3', 10.5, 21],
    ['huan_chuong_quan_cong_hang_3', 10.5, 21],
    ['huan_chuong_lao_dong_hang_1', 9.0, 18],
    ['huan_chuong_chien_cong_hang_1', 9.0, 18],
    ['huan_chuong_bao_ve_to_quoc_hang_1', 9.0, 18],
    ['huan_chuong_lao_dong_hang_2', 7.5, 15],
    ['huan_chuong_chien_cong_hang_2', 7.5, 15],
    ['huan_chuong_bao_ve_to_quoc_hang_2', 7.5, 15],
    ['huan_chuong_dai_doan_ket_dan_toc', 7.5, 15],
    ['huan_chuong_lao_dong_hang_3', 4.5, 9],
    ['huan_chuong_chien_cong_hang_3', 4.5, 9],
    ['huan_chuong_bao_ve_to_quoc_hang_3', 4.5, 9],
  ] as const)('Điều 51: %s individual %d, collective %d (k2: 2×)', (code, individual, collective) => {
    expect(coef(code, 'individual')).toBe(individual);
    expect(coef(code, 'collective')).toBe(collective);
    expect(ok(money(code, 'collective', ON_2530)).citation).toContain('Điều 51 khoản 2');
  });

  it('Điều 51: Huân chương Dũng cảm 4.5, individuals only', () => {
    expect(coef('huan_chuong_dung_cam', 'individual')).toBe(4.5);
    expect(money('huan_chuong_dung_cam', 'collective', ON_2530)).toMatchObject({
      ok: false,
      error: { code: 'subject_not_allowed' },
    });
  });

  it.each([
    ['ba_me_viet_nam_anh_hung', 'individual', 15.5],
    ['anh_hung_llvtnd', 'individual', 15.5],
    ['anh_hung_llvtnd', 'collective', 31],
    ['anh_hung_lao_dong', 'collective', 31],
    ['nha_giao_nhan_dan', 'individual', 12.5],
    ['thay_thuoc_nhan_dan', 'individual', 12.5],
    ['nghe_si_nhan_dan', 'individual', 12.5],
    ['nghe_nhan_nhan_dan', 'individual', 12.5],
    ['nha_giao_uu_tu', 'individual', 9.0],
    ['thay_thuoc_uu_tu', 'individual', 9.0],
    ['nghe_si_uu_tu', 'individual', 9.0],
    ['nghe_nhan_uu_tu', 'individual', 9.0],
  ] as const)('Điều 52: %s (%s) = %d', (code, subject, value) => {
    expect(coef(code, subject)).toBe(value);
  });

  it.each([
    ['bang_khen_thu_tuong', 'individual', 3.5],
    ['bang_khen_thu_tuong', 'collective', 7.0],
    ['bang_khen_bo_tinh', 'individual', 1.5],
    ['bang_khen_bo_tinh', 'collective', 3.0],
    ['bang_khen_quan_khu_dhqg', 'individual', 1.0],
    ['bang_khen_quan_khu_dhqg', 'collective', 2.0],
    ['giay_khen_don_vi_thuoc_bo', 'individual', 0.3],
    ['giay_khen_doanh_nghiep', 'collective', 0.6],
    ['giay_khen_chu_tich_ubnd_xa', 'individual', 0.3],
    ['giay_khen_khac', 'collective', 0.6],
  ] as const)('Điều 54: %s (%s) = %d', (code, subject, value) => {
    expect(coef(code, subject)).toBe(value);
  });

  it.each([
    ['bang_khen_thu_tuong', 5.25, 12_285_000, 12_290_000],
    ['bang_khen_bo_tinh', 2.25, 5_265_000, 5_270_000],
    ['giay_khen_don_vi_thuoc_bo', 0.45, 1_053_000, 1_060_000],
  ] as const)('Điều 54: household = 1.5 × individual — %s', (code, coefficient, raw, amount) => {
    const m = ok(money(code, 'household', ON_2340));
    expect(m).toMatchObject({ coefficient, rawAmount: raw, amount });
    expect(m.citation).toContain('Điều 54');
  });

  it('Điều 54: Kỷ niệm chương uses the cap as the default and says so', () => {
    const ubtvqh = ok(money('ky_niem_chuong_ubtvqh', 'individual', ON_2530));
    expect(ubtvqh).toMatchObject({
      coefficient: 0.8,
      coefficientKind: 'cap',
      confirmed: false,
      amount: 2_030_000,
    });
    const bo = ok(money('ky_niem_chuong_bo_nganh_tinh', 'individual', ON_2530));
    expect(bo).toMatchObject({
      coefficient: 0.6,
      coefficientKind: 'cap',
      confirmed: false,
      amount: 1_520_000,
    });
    expect(bo.note).toMatch(/tối đa/);
  });

  it('Điều 53 / prizes: the historic ND 91/2017 values are unconfirmed defaults with a note', () => {
    const medal = ok(money('huy_chuong_chien_si_ve_vang_hang_1', 'individual', ON_2340));
    expect(medal).toMatchObject({
      coefficient: 1.5,
      coefficientKind: 'unconfirmed',
      confirmed: false,
      confidence: 'R',
    });
    expect(medal.note).toMatch(/91\/2017/);
    const prize = ok(money('giai_thuong_ho_chi_minh', 'individual', ON_2530));
    expect(prize).toMatchObject({ coefficient: 270, amount: 683_100_000, confirmed: false });
  });

  it('tenant configuration overrides a coefficient (e.g. MOHA Kỷ niệm chương 0.4, TT 12/2024/TT-BNV Điều 5)', () => {
    const m = ok(
      money('ky_niem_chuong_bo_nganh_tinh', 'individual', ON_2340, {
        coefficientOverrides: { ky_niem_chuong_bo_nganh_tinh: { individualMilli: 400 } },
      }),
    );
    expect(m).toMatchObject({
      coefficient: 0.4,
      coefficientKind: 'configured',
      rawAmount: 936_000,
      amount: 940_000,
    });
  });

  it('a confirmed ND 152 value is marked confirmed', () => {
    expect(ok(money('cstd_co_so', 'individual', ON_2340)).confirmed).toBe(true);
    expect(ok(money('bang_khen_bo_tinh', 'household', ON_2340)).confirmed).toBe(true);
  });
});

describe('ND 152/2025 Điều 49 k2: rounding up to 10,000 VND, tenant override "none"', () => {
  it.each([
    [0, 0],
    [1, 10_000],
    [702_000, 710_000],
    [710_000, 710_000],
    [1_138_500, 1_140_000],
    [39_215_000, 39_220_000],
    [9_999, 10_000],
    [10_001, 20_000],
  ])('%d → %d', (raw, rounded) => {
    expect(ceilTo10000(raw)).toBe(rounded);
  });

  it('roundingMode "none" pays the raw amount', () => {
    expect(ok(money('lao_dong_tien_tien', 'individual', ON_2340, { roundingMode: 'none' }))).toMatchObject({
      rawAmount: 702_000,
      amount: 702_000,
      roundingMode: 'none',
    });
    expect(
      ok(money('giay_khen_chu_tich_ubnd_xa', 'household', ON_2530, { roundingMode: 'none' })).amount,
    ).toBe(1_138_500);
  });
});

describe('rule set by decision date: ND 98/2023 until 30/06/2025, ND 152/2025 from 01/07/2025', () => {
  it('Bằng khen bộ/tỉnh: 1.0 under ND 98, 1.5 under ND 152', () => {
    expect(ok(money('bang_khen_bo_tinh', 'individual', '2025-06-30'))).toMatchObject({
      ruleSet: 'RS_2024',
      coefficient: 1,
      amount: 2_340_000,
    });
    expect(ok(money('bang_khen_bo_tinh', 'individual', '2025-07-01'))).toMatchObject({
      ruleSet: 'RS_2025',
      coefficient: 1.5,
      amount: 3_510_000,
    });
    expect(ok(money('bang_khen_bo_tinh', 'collective', '2025-06-30')).coefficient).toBe(2);
    expect(ok(money('bang_khen_bo_tinh', 'collective', '2025-07-01')).coefficient).toBe(3);
  });

  it('Giấy khen of the commune chairman: 0.15 under ND 98 (0.3 under ND 152)', () => {
    expect(ok(money('giay_khen_chu_tich_ubnd_xa', 'individual', '2025-06-30'))).toMatchObject({
      coefficient: 0.15,
      rawAmount: 351_000,
      amount: 360_000,
    });
    expect(ok(money('giay_khen_chu_tich_ubnd_xa', 'individual', '2025-07-01')).coefficient).toBe(0.3);
  });

  it('ND 98 values not documented in law-reference are assumed equal to ND 152 and not confirmed', () => {
    const m = ok(money('cstd_co_so', 'individual', '2025-06-30'));
    expect(m).toMatchObject({ ruleSet: 'RS_2024', coefficient: 1, confirmed: false, confidence: 'R' });
    expect(m.citation).toContain('98/2023');
    expect(m.note).toMatch(/chưa đối chiếu/);
    expect(ok(money('bang_khen_bo_tinh', 'individual', '2025-06-30')).note).toBeNull();
  });

  it('RS_2026 from 01/10/2026 keeps the ND 152 coefficients', () => {
    expect(ok(money('bang_khen_bo_tinh', 'individual', '2026-09-30')).ruleSet).toBe('RS_2025');
    expect(ok(money('bang_khen_bo_tinh', 'individual', '2026-10-01'))).toMatchObject({
      ruleSet: 'RS_2026',
      coefficient: 1.5,
      amount: 3_800_000,
    });
  });
});

describe('base salary on the decision date (ND 152/2025 Điều 49 k1)', () => {
  it.each([
    ['2023-07-01', 1_800_000],
    ['2024-06-30', 1_800_000],
    ['2024-07-01', 2_340_000],
    ['2026-06-30', 2_340_000],
    ['2026-07-01', 2_530_000],
    ['2040-01-01', 2_530_000],
  ])('%s → %d', (date, amount) => {
    expect(baseSalaryOn(date)?.amount).toBe(amount);
  });

  it('none before 2023-07-01', () => {
    expect(baseSalaryOn('2023-06-30')).toBeNull();
  });

  it('ND 73/2024 → ND 161/2026 across 2026-07-01', () => {
    expect(ok(money('lao_dong_tien_tien', 'individual', '2026-06-30'))).toMatchObject({
      baseSalary: 2_340_000,
      amount: 710_000,
      baseSalaryAct: 'Nghị định 73/2024/NĐ-CP Điều 3 khoản 2',
    });
    expect(ok(money('lao_dong_tien_tien', 'individual', '2026-07-01'))).toMatchObject({
      baseSalary: 2_530_000,
      amount: 760_000,
      baseSalaryAct: 'Nghị định 161/2026/NĐ-CP Điều 3 khoản 2',
    });
  });

  it('first half of 2024 uses ND 24/2023 (1,800,000), outside law-reference and flagged', () => {
    const m = ok(money('lao_dong_tien_tien', 'individual', '2024-03-15'));
    expect(m).toMatchObject({
      ruleSet: 'RS_2024',
      baseSalary: 1_800_000,
      rawAmount: 540_000,
      amount: 540_000,
      confirmed: false,
    });
    expect(m.note).toMatch(/Ngoài tài liệu/);
  });

  it('periods are contiguous and every base salary is a multiple of 1,000 VND (exact integer money)', () => {
    for (const [i, p] of BASE_SALARY_PERIODS.entries()) {
      expect(p.amount % 1000).toBe(0);
      const next = BASE_SALARY_PERIODS[i + 1];
      if (next) {
        expect(addDays(p.validTo!, 1)).toBe(next.validFrom);
      } else expect(p.validTo).toBeNull();
    }
  });
});

describe('integer arithmetic', () => {
  it('every coefficient, for every code, subject and rule set, is a whole number of thousandths and every amount an integer', () => {
    let computed = 0;
    for (const [id, rs] of Object.entries(RULE_SETS))
      for (const entry of CATALOGUE)
        for (const subject of entry.subjectTypes) {
          const c = coefficientFor(entry, subject, id as keyof typeof RULE_SETS);
          if (!c) continue;
          expect(Number.isInteger(c.milli), `${entry.code} ${subject}`).toBe(true);
          const m = ok(money(entry.code, subject, rs.period.validFrom));
          expect(Number.isSafeInteger(m.rawAmount)).toBe(true);
          expect(m.rawAmount * 1000).toBe(m.baseSalary * m.coefficientMilli);
          expect(m.amount % 10_000).toBe(0);
          computed++;
        }
    expect(computed).toBeGreaterThan(150);
  });

  it('0.45 is exactly 0.45 (no floating noise)', () => {
    expect(ok(money('giay_khen_chu_tich_ubnd_xa', 'household', ON_2340)).coefficient).toBe(0.45);
  });
});

describe('typed errors with Vietnamese messages', () => {
  it('unknown code', () => {
    const r = money('khong_ton_tai', 'individual', ON_2340);
    expect(r).toMatchObject({ ok: false, error: { code: 'unknown_award' } });
    if (!r.ok) expect(r.error.message).toMatch(/không có trong danh mục/);
  });

  it.each([
    ['cstd_co_so', 'collective'],
    ['co_thi_dua_chinh_phu', 'individual'],
    ['gia_dinh_van_hoa', 'individual'],
    ['bang_khen_quan_khu_dhqg', 'household'],
    ['huan_chuong_sao_vang', 'household'],
  ] as const)('%s does not go to a %s', (code, subject) => {
    const r = money(code, subject, ON_2340);
    expect(r).toMatchObject({ ok: false, error: { code: 'subject_not_allowed' } });
    if (!r.ok) expect(r.error.message).toContain(catalogueEntry(code)!.name);
  });

  it('a decision before the Law 2022 (01/01/2024) has no rule set', () => {
    const r = money('lao_dong_tien_tien', 'individual', '2023-12-31');
    expect(r).toMatchObject({ ok: false, error: { code: 'no_rule_set' } });
    if (!r.ok) expect(r.error.message).toContain('31/12/2023');
  });

  it.each([
    ['huan_chuong_huu_nghi', 'individual'],
    ['gia_dinh_van_hoa', 'household'],
    ['tinh_anh_hung', 'collective'],
    ['giai_thuong_nha_nuoc', 'collective'],
    ['danh_hieu_thi_dua_khac', 'individual'],
  ] as const)('%s (%s): coefficient not determined', (code, subject) => {
    const r = money(code, subject, ON_2340);
    expect(r).toMatchObject({ ok: false, error: { code: 'coefficient_not_determined' } });
    if (!r.ok) expect(r.error.message).toMatch(/Chưa xác định được mức tiền thưởng/);
  });
});

describe('several awards at the same time (ND 152/2025 Điều 49 k4–k6)', () => {
  const award = (
    awardCode: string,
    countedPeriod: string,
    subjectType: SubjectType = 'individual',
  ): SimultaneousAward => ({
    awardCode,
    subjectType,
    decisionDate: ON_2340,
    countedPeriod,
  });

  it('k4: same counted period → only the highest title is paid, wherever it is listed', () => {
    const r = moneyForSimultaneousAwards([
      award('lao_dong_tien_tien', '2025'),
      award('cstd_bo_tinh', '2025'),
      award('cstd_co_so', '2025'),
    ]);
    expect(r.items.map((i) => i.paid)).toEqual([false, true, false]);
    expect(r.total).toBe(7_020_000);
    expect(r.items[0]!.reason).toContain('Chiến sĩ thi đua bộ, ban, ngành, tỉnh');
    expect(r.items[0]!.reason).toContain('Điều 49 khoản 4');
  });

  it('k4: different counted periods → money for each title', () => {
    const r = moneyForSimultaneousAwards([award('cstd_co_so', '2025'), award('cstd_bo_tinh', '2023-2025')]);
    expect(r.items.map((i) => i.paid)).toEqual([true, true]);
    expect(r.total).toBe(2_340_000 + 7_020_000);
  });

  it('k5: several forms → money for each', () => {
    const r = moneyForSimultaneousAwards([
      award('bang_khen_bo_tinh', '2025'),
      award('giay_khen_co_quan_chuyen_mon_tinh', '2025'),
    ]);
    expect(r.items.map((i) => i.paid)).toEqual([true, true]);
    expect(r.total).toBe(3_510_000 + 710_000);
    expect(r.items[0]!.reason).toContain('khoản 5');
  });

  it('k6: a title and a form → money for both', () => {
    const r = moneyForSimultaneousAwards([award('cstd_co_so', '2025'), award('bang_khen_bo_tinh', '2025')]);
    expect(r.items.map((i) => i.paid)).toEqual([true, true]);
    expect(r.total).toBe(2_340_000 + 3_510_000);
    expect(r.items[1]!.reason).toContain('khoản 6');
  });

  it('k4 + k6: the lower title of the period is dropped, the form is still paid', () => {
    const r = moneyForSimultaneousAwards([
      award('tap_the_lao_dong_tien_tien', '2025', 'collective'),
      award('tap_the_lao_dong_xuat_sac', '2025', 'collective'),
      award('bang_khen_bo_tinh', '2025', 'collective'),
    ]);
    expect(r.items.map((i) => i.paid)).toEqual([false, true, true]);
    expect(r.total).toBe(3_510_000 + 7_020_000);
  });

  it('an award whose money cannot be computed is not paid and adds nothing', () => {
    const r = moneyForSimultaneousAwards([award('khong_ton_tai', '2025'), award('cstd_co_so', '2025')]);
    expect(r.items.map((i) => i.paid)).toEqual([false, true]);
    expect(r.items[0]!.reason).toMatch(/không có trong danh mục/);
    expect(r.total).toBe(2_340_000);
  });
});
