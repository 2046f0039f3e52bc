import { describe, expect, it } from 'vitest';
import { AWARD_CODES, catalogueEntry } from '../awards/catalogue';
import { AWARD_KINDS, AWARD_LEVELS, classifyAward, isStateLevel } from './classification';
import { FORM_TYPE_OF, formCommendationType, ledgerTypesOf } from './commendation-types';
import { COMMENDATION_TYPES } from '../awards/types';

describe('classifyAward: every catalogue code has a level and a kind', () => {
  it.each(AWARD_CODES.map((c) => [c]))('%s is classified', (code) => {
    const c = classifyAward(code);
    expect(c, code).toBeDefined();
    expect(AWARD_LEVELS).toContain(c!.level);
    expect(AWARD_KINDS).toContain(c!.kind);
  });

  it('an unknown code has no class', () => {
    expect(classifyAward('khong_ton_tai')).toBeUndefined();
    expect(classifyAward('toString')).toBeUndefined();
  });

  it.each([
    ['huan_chuong_lao_dong_hang_3', 'state', 'order'],
    ['huy_chuong_chien_si_ve_vang_hang_1', 'state', 'medal'],
    ['huy_chuong_khang_chien_hang_2', 'state', 'medal'],
    ['anh_hung_lao_dong', 'state', 'honorary_title'],
    ['giai_thuong_nha_nuoc', 'state', 'prize'],
    ['cstd_toan_quoc', 'government', 'emulation_title'],
    ['co_thi_dua_chinh_phu', 'government', 'emulation_flag'],
    ['bang_khen_thu_tuong', 'government', 'bang_khen'],
    ['cstd_bo_tinh', 'ministry_province', 'emulation_title'],
    ['tap_the_lao_dong_xuat_sac', 'ministry_province', 'emulation_title'],
    ['co_thi_dua_bo_tinh', 'ministry_province', 'emulation_flag'],
    ['bang_khen_bo_tinh', 'ministry_province', 'bang_khen'],
    ['ky_niem_chuong_bo_nganh_tinh', 'ministry_province', 'commemorative_medal'],
    ['giay_khen_chu_tich_ubnd_huyen', 'district', 'giay_khen'],
    ['giay_khen_co_quan_cap_huyen', 'district', 'giay_khen'],
    ['giay_khen_chu_tich_ubnd_xa', 'grassroots', 'giay_khen'],
    ['lao_dong_tien_tien', 'grassroots', 'emulation_title'],
    ['cstd_co_so', 'grassroots', 'emulation_title'],
    ['tap_the_lao_dong_tien_tien', 'grassroots', 'emulation_title'],
    ['bang_khen_quan_khu_dhqg', 'grassroots', 'bang_khen'],
  ])('%s → level %s, kind %s', (code, level, kind) => {
    expect(classifyAward(code)).toMatchObject({ level, kind });
  });

  it('kind agrees with the catalogue group; Cờ thi đua are the only emulation_flag', () => {
    for (const code of AWARD_CODES) {
      const { kind } = classifyAward(code)!;
      const group = catalogueEntry(code)!.group;
      if (code.startsWith('co_thi_dua_')) expect(kind, code).toBe('emulation_flag');
      else expect(kind, code).toBe(group);
    }
  });

  it('level agrees with who decides: the President → state, the Prime Minister → government', () => {
    for (const code of AWARD_CODES) {
      const { level } = classifyAward(code)!;
      const authorities = catalogueEntry(code)!.authorities;
      if (authorities.includes('president')) expect(level, code).toBe('state');
      if (authorities.includes('prime_minister')) expect(level, code).toBe('government');
      if (authorities.includes('district_chairman')) expect(level, code).toBe('district');
      if (authorities.includes('commune_chairman')) expect(level, code).toBe('grassroots');
    }
  });

  it('forms that ended with the district level are district-level, and only they', () => {
    for (const code of AWARD_CODES)
      expect(classifyAward(code)!.level === 'district', code).toBe(catalogueEntry(code)!.validTo !== null);
  });

  it.each([
    ['state', true],
    ['government', true],
    ['ministry_province', false],
    ['district', false],
    ['grassroots', false],
    [null, false],
  ] as const)('isStateLevel(%s) is %s (biểu 0602 "cấp Nhà nước")', (level, expected) => {
    expect(isStateLevel(level)).toBe(expected);
  });
});

describe('commendation types as the forms name them', () => {
  it.each([
    ['cong_trang', 'thuong_xuyen'],
    ['phong_trao_thi_dua', 'chuyen_de'],
    ['chuyen_de', 'chuyen_de'],
    ['dot_xuat', 'dot_xuat'],
    ['doi_ngoai', 'doi_ngoai'],
    ['qua_trinh_cong_hien', 'cong_hien'],
    ['nien_han', 'nien_han'],
  ] as const)('ledger type %s → form row %s', (ledger, form) => {
    expect(FORM_TYPE_OF[ledger]).toBe(form);
    expect(formCommendationType(ledger, 'bang_khen_bo_tinh')).toBe(form);
  });

  it('the table covers every ledger type', () => {
    expect(Object.keys(FORM_TYPE_OF).sort()).toEqual([...COMMENDATION_TYPES].sort());
  });

  it.each([
    ['huy_chuong_khang_chien_hang_2', 'qua_trinh_cong_hien'],
    ['huan_chuong_khang_chien_hang_1', 'cong_trang'],
    ['huan_chuong_khang_chien_hang_3', 'dot_xuat'],
  ] as const)('%s counts as kháng chiến whatever its ledger type (%s)', (code, ledger) => {
    expect(formCommendationType(ledger, code)).toBe('khang_chien');
  });

  it('other orders keep their ledger type', () => {
    expect(formCommendationType('qua_trinh_cong_hien', 'huan_chuong_lao_dong_hang_2')).toBe('cong_hien');
    expect(formCommendationType('dot_xuat', 'khong_ton_tai')).toBe('dot_xuat');
  });

  it.each([
    ['chuyen_de', ['phong_trao_thi_dua', 'chuyen_de']],
    ['thuong_xuyen', ['cong_trang']],
    ['khang_chien', []],
  ] as const)('ledgerTypesOf(%s) is %j', (form, ledger) => {
    expect(ledgerTypesOf(form)).toEqual(ledger);
  });
});
