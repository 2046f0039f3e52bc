import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_LEVELS,
  AWARD_CODES,
  AWARD_GROUPS,
  CATALOGUE,
  catalogueEntry,
  COMMENDATION_TYPE_CATALOGUE,
  CONFIDENCE_TAGS,
  DISTRICT_LEVEL_LAST_DAY,
  INSIGNIA_KINDS,
  isConferrableOn,
  isCstdOrBetter,
  isLdttOrBetter,
  isKnownAwardCode,
  PERIODS,
} from './catalogue';
import { RULE_SETS } from './rule-sets';
import { COMMENDATION_TYPES, SUBJECT_TYPES } from './types';

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('catalogue (law-reference §1)', () => {
  it('has one entry per code, in the order of AWARD_CODES', () => {
    expect(CATALOGUE.map((e) => e.code)).toEqual([...AWARD_CODES]);
    expect(new Set(AWARD_CODES).size).toBe(AWARD_CODES.length);
  });

  it('codes are snake_case ascii', () => {
    for (const e of CATALOGUE) expect(e.code).toMatch(/^[a-z][a-z0-9_]*[a-z0-9]$/);
  });

  it('names are non-empty, unique, written with Vietnamese diacritics and start with a capital', () => {
    const names = CATALOGUE.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of CATALOGUE) {
      expect(e.name.trim(), e.code).toBe(e.name);
      expect(e.name, e.code).toMatch(VIETNAMESE_LETTER);
      expect(e.name.charAt(0), e.code).toBe(e.name.charAt(0).toLocaleUpperCase('vi'));
    }
  });

  it.each([
    ['cstd_toan_quoc', 'Chiến sĩ thi đua toàn quốc'],
    ['cstd_co_so', 'Chiến sĩ thi đua cơ sở'],
    ['lao_dong_tien_tien', 'Lao động tiên tiến'],
    ['co_thi_dua_chinh_phu', 'Cờ thi đua của Chính phủ'],
    ['tap_the_lao_dong_xuat_sac', 'Tập thể lao động xuất sắc'],
    ['gia_dinh_van_hoa', 'Gia đình văn hóa'],
    ['huan_chuong_lao_dong_hang_3', 'Huân chương Lao động hạng Ba'],
    ['huan_chuong_doc_lap_hang_1', 'Huân chương Độc lập hạng Nhất'],
    ['huy_chuong_chien_si_ve_vang_hang_2', 'Huy chương Chiến sĩ vẻ vang hạng Nhì'],
    ['ba_me_viet_nam_anh_hung', 'Bà mẹ Việt Nam anh hùng'],
    ['anh_hung_llvtnd', 'Anh hùng Lực lượng vũ trang nhân dân'],
    ['bang_khen_thu_tuong', 'Bằng khen của Thủ tướng Chính phủ'],
    ['giay_khen_chu_tich_ubnd_xa', 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã'],
  ])('%s is named "%s"', (code, name) => {
    expect(catalogueEntry(code)?.name).toBe(name);
  });

  it('expands the ranked orders and medals of §1.2.1–§1.2.2 into hang_1..3', () => {
    for (const stem of ['doc_lap', 'quan_cong', 'lao_dong', 'bao_ve_to_quoc', 'chien_cong'])
      for (const n of [1, 2, 3]) expect(isKnownAwardCode(`huan_chuong_${stem}_hang_${n}`)).toBe(true);
    for (const n of [1, 2, 3]) expect(isKnownAwardCode(`huy_chuong_chien_si_ve_vang_hang_${n}`)).toBe(true);
    expect(isKnownAwardCode('huan_chuong_doc_lap')).toBe(false);
  });

  it('splits the paired honorary titles of §1.2.3 into separate codes', () => {
    for (const code of [
      'tinh_anh_hung',
      'thanh_pho_anh_hung',
      'nha_giao_nhan_dan',
      'nha_giao_uu_tu',
      'thay_thuoc_nhan_dan',
      'thay_thuoc_uu_tu',
      'nghe_si_nhan_dan',
      'nghe_si_uu_tu',
      'nghe_nhan_nhan_dan',
      'nghe_nhan_uu_tu',
    ])
      expect(catalogueEntry(code)?.group, code).toBe('honorary_title');
  });

  it('counts per group match law-reference §1, plus the historical forms of award books', () => {
    const count = (g: string) => CATALOGUE.filter((e) => e.group === g).length;
    expect(count('emulation_title')).toBe(16);
    expect(count('order')).toBe(20 + 3); // + Huân chương Kháng chiến hạng Nhất, Nhì, Ba
    expect(count('medal')).toBe(7 + 2); // + Huy chương Kháng chiến hạng Nhất, Nhì
    expect(count('honorary_title')).toBe(13);
    expect(count('prize')).toBe(2);
    expect(count('commemorative_medal')).toBe(2);
    expect(count('bang_khen')).toBe(3);
    expect(count('giay_khen')).toBe(5 + 2); // + the district chairman's and district agencies' Giấy khen
  });

  it('every field uses the enumerations', () => {
    for (const e of CATALOGUE) {
      expect(AWARD_GROUPS, e.code).toContain(e.group);
      expect(e.subjectTypes.length, e.code).toBeGreaterThan(0);
      for (const s of e.subjectTypes) expect(SUBJECT_TYPES).toContain(s);
      expect(e.authorities.length, e.code).toBeGreaterThan(0);
      for (const a of e.authorities) expect(AUTHORITY_LEVELS).toContain(a);
      expect(e.authorityLabel, e.code).toMatch(VIETNAMESE_LETTER);
      expect(e.periods.length, e.code).toBeGreaterThan(0);
      for (const p of e.periods) expect(PERIODS).toContain(p);
      for (const i of e.insignia) expect(INSIGNIA_KINDS).toContain(i);
      expect(CONFIDENCE_TAGS).toContain(e.confidence);
      expect(CONFIDENCE_TAGS).toContain(e.insigniaConfidence);
      expect(e.citation, e.code).toMatch(/Điều|Nghị định|Luật/);
      expect(e.commendationTypes.length, e.code).toBeGreaterThan(0);
      for (const t of e.commendationTypes) expect(COMMENDATION_TYPES).toContain(t);
      expect(Number.isInteger(e.rank), e.code).toBe(true);
    }
  });

  it('every code of the §5.2 money tables is in the catalogue', () => {
    for (const rs of Object.values(RULE_SETS))
      for (const code of Object.keys(rs.money.coefficients)) expect(isKnownAwardCode(code), code).toBe(true);
    // The codes law-reference §5.2 names explicitly.
    for (const code of [
      'cstd_toan_quoc',
      'cstd_bo_tinh',
      'cstd_co_so',
      'lao_dong_tien_tien',
      'chien_si_tien_tien',
      'tap_the_lao_dong_xuat_sac',
      'don_vi_quyet_thang',
      'tap_the_lao_dong_tien_tien',
      'don_vi_tien_tien',
      'xa_phuong_dac_khu_tieu_bieu',
      'thon_to_dan_pho_van_hoa',
      'co_thi_dua_chinh_phu',
      'co_thi_dua_bo_tinh',
      'co_thi_dua_quan_khu_dhqg',
      'bang_khen_thu_tuong',
      'bang_khen_bo_tinh',
      'bang_khen_quan_khu_dhqg',
      'ky_niem_chuong_ubtvqh',
      'ky_niem_chuong_bo_nganh_tinh',
    ])
      expect(isKnownAwardCode(code), code).toBe(true);
  });

  it("the issue's named codes exist, and giay_khen_* covers §1.2.7", () => {
    for (const code of [
      'lao_dong_tien_tien',
      'cstd_co_so',
      'cstd_bo_tinh',
      'cstd_toan_quoc',
      'tap_the_lao_dong_tien_tien',
      'tap_the_lao_dong_xuat_sac',
      'co_thi_dua_bo_tinh',
      'co_thi_dua_chinh_phu',
      'bang_khen_bo_tinh',
      'bang_khen_thu_tuong',
    ])
      expect(isKnownAwardCode(code)).toBe(true);
    expect(
      CATALOGUE.filter((e) => e.code.startsWith('giay_khen_') && e.validTo === null).map((e) => e.code),
    ).toEqual([
      'giay_khen_don_vi_thuoc_bo',
      'giay_khen_doanh_nghiep',
      'giay_khen_co_quan_chuyen_mon_tinh',
      'giay_khen_chu_tich_ubnd_xa',
      'giay_khen_khac',
    ]);
  });

  it('unknown codes are not known', () => {
    expect(isKnownAwardCode('')).toBe(false);
    expect(isKnownAwardCode('khong_ton_tai')).toBe(false);
    expect(isKnownAwardCode('toString')).toBe(false);
    expect(catalogueEntry('__proto__')).toBeUndefined();
  });
});

describe('catalogue facts after the 2025 reform (law-reference §1.3)', () => {
  it.each([
    ['cstd_toan_quoc', 'prime_minister'],
    ['co_thi_dua_chinh_phu', 'prime_minister'],
    ['bang_khen_thu_tuong', 'prime_minister'],
    ['cstd_bo_tinh', 'ministry_or_province'],
    ['tap_the_lao_dong_xuat_sac', 'ministry_or_province'],
    ['xa_phuong_dac_khu_tieu_bieu', 'ministry_or_province'],
    ['thon_to_dan_pho_van_hoa', 'commune_chairman'],
    ['gia_dinh_van_hoa', 'commune_chairman'],
    ['giay_khen_chu_tich_ubnd_xa', 'commune_chairman'],
    ['huan_chuong_sao_vang', 'president'],
    ['anh_hung_lao_dong', 'president'],
    ['giai_thuong_ho_chi_minh', 'president'],
  ])('%s is decided by %s', (code, authority) => {
    expect(catalogueEntry(code)?.authorities).toContain(authority);
  });

  it('ND 129/2025 Điều 59: the commune chairman decides CSTĐ cơ sở, LĐTT, Tập thể LĐTT', () => {
    for (const code of ['cstd_co_so', 'lao_dong_tien_tien', 'tap_the_lao_dong_tien_tien'])
      expect(catalogueEntry(code)?.authorities).toContain('commune_chairman');
  });

  it.each([
    ['bang_khen_thu_tuong', ['individual', 'collective', 'household']],
    ['bang_khen_bo_tinh', ['individual', 'collective', 'household']],
    ['bang_khen_quan_khu_dhqg', ['individual', 'collective']],
    ['giay_khen_doanh_nghiep', ['individual', 'collective']],
    ['giay_khen_chu_tich_ubnd_xa', ['individual', 'collective', 'household']],
    ['gia_dinh_van_hoa', ['household']],
    ['huan_chuong_dung_cam', ['individual']],
    ['cstd_co_so', ['individual']],
    ['co_thi_dua_bo_tinh', ['collective']],
  ])('%s is for %j', (code, subjects) => {
    expect(catalogueEntry(code)?.subjectTypes).toEqual(subjects);
  });

  it('emulation-title insignia follow the §5.2 table', () => {
    expect(catalogueEntry('cstd_toan_quoc')?.insignia).toEqual([
      'certificate',
      'frame',
      'badge',
      'badge_box',
    ]);
    expect(catalogueEntry('cstd_co_so')?.insignia).toEqual(['certificate', 'frame']);
    expect(catalogueEntry('lao_dong_tien_tien')?.insignia).toEqual([]);
    expect(catalogueEntry('co_thi_dua_chinh_phu')?.insignia).toEqual(['flag']);
  });

  it('G5 inputs: merit ladders hold the công trạng rungs, not Giấy khen or cultural titles', () => {
    for (const code of [
      'lao_dong_tien_tien',
      'cstd_co_so',
      'cstd_bo_tinh',
      'bang_khen_bo_tinh',
      'bang_khen_thu_tuong',
      'huan_chuong_lao_dong_hang_3',
    ])
      expect(catalogueEntry(code)?.meritLadder, code).toBe(true);
    for (const code of [
      'giay_khen_chu_tich_ubnd_xa',
      'gia_dinh_van_hoa',
      'huan_chuong_dung_cam',
      'huy_chuong_huu_nghi',
    ])
      expect(catalogueEntry(code)?.meritLadder, code).toBe(false);
  });
});

describe('rank: "the highest title" (ND 152/2025 Điều 49 k3–k4)', () => {
  it('individual titles: CSTĐ toàn quốc > bộ/tỉnh > cơ sở > LĐTT', () => {
    const rank = (c: string) => catalogueEntry(c)!.rank;
    expect(rank('cstd_toan_quoc')).toBeGreaterThan(rank('cstd_bo_tinh'));
    expect(rank('cstd_bo_tinh')).toBeGreaterThan(rank('cstd_co_so'));
    expect(rank('cstd_co_so')).toBeGreaterThan(rank('lao_dong_tien_tien'));
    expect(rank('co_thi_dua_chinh_phu')).toBeGreaterThan(rank('co_thi_dua_bo_tinh'));
    expect(rank('co_thi_dua_bo_tinh')).toBeGreaterThan(rank('tap_the_lao_dong_xuat_sac'));
    expect(rank('tap_the_lao_dong_xuat_sac')).toBeGreaterThan(rank('tap_the_lao_dong_tien_tien'));
  });

  it('within a group, a higher rank never has a smaller ND 152 coefficient (k3)', () => {
    const coef = RULE_SETS.RS_2025.money.coefficients;
    const value = (code: string) => {
      const r = coef[code as keyof typeof coef];
      return r ? (r.individualMilli ?? r.collectiveMilli ?? 0) : null;
    };
    for (const a of CATALOGUE)
      for (const b of CATALOGUE) {
        if (a.group !== b.group || a.rank <= b.rank) continue;
        const subjectsOverlap = a.subjectTypes.some((s) => b.subjectTypes.includes(s));
        const va = value(a.code);
        const vb = value(b.code);
        if (!subjectsOverlap || va === null || vb === null) continue;
        expect(va, `${a.code} ≥ ${b.code}`).toBeGreaterThanOrEqual(vb);
      }
  });
});

describe('commendation types (law-reference §6, Law Điều 8)', () => {
  it('lists every type of types.ts, chuyen_de only in RS_2026 as a draft', () => {
    expect(COMMENDATION_TYPE_CATALOGUE.map((t) => t.code)).toEqual([...COMMENDATION_TYPES]);
    const chuyenDe = COMMENDATION_TYPE_CATALOGUE.find((t) => t.code === 'chuyen_de')!;
    expect(chuyenDe.ruleSets).toEqual(['RS_2026']);
    expect(chuyenDe.confidence).toBe('D');
    for (const t of COMMENDATION_TYPE_CATALOGUE) {
      expect(t.name).toMatch(VIETNAMESE_LETTER);
      expect(t.definition).toMatch(VIETNAMESE_LETTER);
    }
  });
});

describe('historical forms of the award books 2015–2025 (issue: import and count history)', () => {
  it.each([
    [
      'giay_khen_chu_tich_ubnd_huyen',
      'Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện',
      'district_chairman',
    ],
    [
      'giay_khen_co_quan_cap_huyen',
      'Giấy khen của thủ trưởng cơ quan, tổ chức, đoàn thể cấp huyện',
      'other_org',
    ],
  ])('%s ("%s", %s) ends with the district level on 30/06/2025', (code, name, authority) => {
    const e = catalogueEntry(code)!;
    expect(e.name).toBe(name);
    expect(e.authorities).toEqual([authority]);
    expect(e.validTo).toBe(DISTRICT_LEVEL_LAST_DAY);
    expect(e.subjectTypes).toEqual(['individual', 'collective', 'household']);
  });

  it.each([
    ['huan_chuong_khang_chien_hang_1', 'Huân chương Kháng chiến hạng Nhất', 'order'],
    ['huan_chuong_khang_chien_hang_2', 'Huân chương Kháng chiến hạng Nhì', 'order'],
    ['huan_chuong_khang_chien_hang_3', 'Huân chương Kháng chiến hạng Ba', 'order'],
    ['huy_chuong_khang_chien_hang_1', 'Huy chương Kháng chiến hạng Nhất', 'medal'],
    ['huy_chuong_khang_chien_hang_2', 'Huy chương Kháng chiến hạng Nhì', 'medal'],
  ])('%s is "%s" (%s) conferred by the President, outside the merit ladder', (code, name, group) => {
    const e = catalogueEntry(code)!;
    expect(e.name).toBe(name);
    expect(e.group).toBe(group);
    expect(e.authorities).toEqual(['president']);
    expect(e.meritLadder).toBe(false);
    expect(e.confidence).toBe('R');
  });

  it('higher classes of the resistance orders rank higher, below Huân chương Hữu nghị', () => {
    const rank = (c: string) => catalogueEntry(c)!.rank;
    expect(rank('huan_chuong_khang_chien_hang_1')).toBeGreaterThan(rank('huan_chuong_khang_chien_hang_2'));
    expect(rank('huan_chuong_khang_chien_hang_2')).toBeGreaterThan(rank('huan_chuong_khang_chien_hang_3'));
    expect(rank('huan_chuong_huu_nghi')).toBeGreaterThan(rank('huan_chuong_khang_chien_hang_1'));
    expect(rank('huy_chuong_khang_chien_hang_1')).toBeGreaterThan(rank('huy_chuong_khang_chien_hang_2'));
  });

  it.each([
    ['giay_khen_chu_tich_ubnd_huyen', '2015-03-02', true],
    ['giay_khen_chu_tich_ubnd_huyen', '2025-06-30', true],
    ['giay_khen_chu_tich_ubnd_huyen', '2025-07-01', false],
    ['giay_khen_co_quan_cap_huyen', '2025-07-01', false],
    ['giay_khen_chu_tich_ubnd_xa', '2025-07-01', true],
    ['huy_chuong_khang_chien_hang_2', '2018-09-02', true],
    ['khong_ton_tai', '2020-01-01', false],
  ])('isConferrableOn(%s, %s) is %s', (code, date, expected) => {
    expect(isConferrableOn(code, date)).toBe(expected);
  });

  it('only forms of the abolished district level have an end date', () => {
    for (const e of CATALOGUE) {
      if (e.validTo === null) continue;
      expect(e.validTo, e.code).toBe(DISTRICT_LEVEL_LAST_DAY);
      expect(e.note, e.code).toMatch(/01\/07\/2025/);
    }
  });
});

describe('Luật Thi đua, khen thưởng 2022 Điều 21–24: titles that meet the Lao động tiên tiến standard', () => {
  it.each([
    // Điều 24 k1, k2: the titles themselves.
    ['lao_dong_tien_tien', true, false],
    ['chien_si_tien_tien', true, false],
    // Điều 23 k1 a: CSTĐ cơ sở requires the LĐTT / CSTT standard; Điều 21–22 choose among CSTĐ cơ sở.
    ['cstd_co_so', true, true],
    ['cstd_bo_tinh', true, true],
    ['cstd_toan_quoc', true, true],
    // Collective titles, flags and forms are not an individual's yearly title.
    ['tap_the_lao_dong_tien_tien', false, false],
    ['tap_the_lao_dong_xuat_sac', false, false],
    ['co_thi_dua_bo_tinh', false, false],
    ['bang_khen_bo_tinh', false, false],
    ['giay_khen_chu_tich_ubnd_xa', false, false],
    ['huan_chuong_lao_dong_hang_3', false, false],
    ['khong_ton_tai', false, false],
  ])('%s: LĐTT or better %s, CSTĐ or better %s', (code, ldtt, cstd) => {
    expect(isLdttOrBetter(code)).toBe(ldtt);
    expect(isCstdOrBetter(code)).toBe(cstd);
  });

  it('no other code of the catalogue counts', () => {
    const ldtt = AWARD_CODES.filter(isLdttOrBetter);
    expect(ldtt).toEqual(['cstd_toan_quoc', 'cstd_bo_tinh', 'cstd_co_so', 'lao_dong_tien_tien', 'chien_si_tien_tien']);
    for (const c of ldtt) expect(catalogueEntry(c)!.subjectTypes).toEqual(['individual']);
  });
});
