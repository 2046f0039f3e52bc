import { describe, expect, it } from 'vitest';
import { missingDocuments, reportTemplate, requiredDocuments } from './documents';

const codes = (
  awardCode: string,
  commendationType: 'cong_trang' | 'dot_xuat' | 'qua_trinh_cong_hien',
  subjectType: 'individual' | 'collective' | 'household',
) =>
  requiredDocuments({ awardCode, commendationType, subjectType })
    .filter((d) => d.required)
    .map((d) => d.code);

describe('requiredDocuments (law-reference §7.1, Law Điều 84 k1)', () => {
  it.each([
    [
      'CSTĐ cơ sở: tờ trình, report, minutes with ballot, initiative proof',
      'cstd_co_so',
      'cong_trang',
      'individual',
      ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet', 'xac_nhan_sang_kien'],
    ],
    [
      'Lao động tiên tiến: minutes without initiative proof',
      'lao_dong_tien_tien',
      'cong_trang',
      'individual',
      ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_binh_xet'],
    ],
    [
      'Bằng khen tỉnh: tờ trình and report only',
      'bang_khen_bo_tinh',
      'cong_trang',
      'collective',
      ['to_trinh', 'bao_cao_thanh_tich'],
    ],
    [
      'ad hoc: short summary (simplified procedure, Law Điều 85)',
      'bang_khen_bo_tinh',
      'dot_xuat',
      'individual',
      ['to_trinh', 'tom_tat_thanh_tich'],
    ],
    [
      'long service: summary of positions',
      'huan_chuong_lao_dong_hang_3',
      'qua_trinh_cong_hien',
      'individual',
      ['to_trinh', 'tom_tat_qua_trinh_cong_tac', 'bien_ban_hoi_dong', 'ban_dien_tu'],
    ],
    [
      'Bằng khen Thủ tướng: council minutes and electronic files (QĐ 311)',
      'bang_khen_thu_tuong',
      'cong_trang',
      'household',
      ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban_hoi_dong', 'ban_dien_tu'],
    ],
    [
      'CSTĐ toàn quốc: everything',
      'cstd_toan_quoc',
      'cong_trang',
      'individual',
      [
        'to_trinh',
        'bao_cao_thanh_tich',
        'bien_ban_binh_xet',
        'xac_nhan_sang_kien',
        'bien_ban_hoi_dong',
        'ban_dien_tu',
      ],
    ],
  ] as const)('%s', (_n, code, type, subject, expected) => {
    expect(codes(code, type, subject)).toEqual(expected);
  });

  it('minutes carry the ballot note for the CSTĐ titles and flags only', () => {
    const note = (code: string) =>
      requiredDocuments({ awardCode: code, commendationType: 'cong_trang', subjectType: 'collective' }).find(
        (d) => d.code === 'bien_ban_binh_xet',
      )?.note;
    expect(note('co_thi_dua_bo_tinh')).toContain('bỏ phiếu');
    expect(note('tap_the_lao_dong_tien_tien')).toBeNull();
  });

  it('collectives get the optional tax/insurance item, individuals do not', () => {
    const has = (s: 'individual' | 'collective') =>
      requiredDocuments({
        awardCode: 'bang_khen_bo_tinh',
        commendationType: 'cong_trang',
        subjectType: s,
      }).some((d) => d.code === 'xac_nhan_nghia_vu' && !d.required);
    expect(has('collective')).toBe(true);
    expect(has('individual')).toBe(false);
  });
});

describe('reportTemplate (ND 152 appendix)', () => {
  it.each([
    ['co_thi_dua_chinh_phu', 'cong_trang', 'collective', 'bc_co_thi_dua_chinh_phu'],
    ['cstd_toan_quoc', 'cong_trang', 'individual', 'bc_cstd_toan_quoc'],
    ['anh_hung_lao_dong', 'cong_trang', 'collective', 'bc_anh_hung_tap_the'],
    ['anh_hung_lao_dong', 'cong_trang', 'individual', 'bc_anh_hung_ca_nhan'],
    ['bang_khen_bo_tinh', 'dot_xuat', 'individual', 'bc_dot_xuat'],
    ['huan_chuong_lao_dong_hang_3', 'qua_trinh_cong_hien', 'individual', 'bc_qua_trinh_cong_hien'],
    ['bang_khen_bo_tinh', 'phong_trao_thi_dua', 'collective', 'bc_thi_dua_chuyen_de'],
    ['bang_khen_bo_tinh', 'chuyen_de', 'individual', 'bc_thi_dua_chuyen_de'],
    ['huan_chuong_huu_nghi', 'doi_ngoai', 'collective', 'bc_doi_ngoai_tap_the'],
    ['huy_chuong_huu_nghi', 'doi_ngoai', 'individual', 'bc_doi_ngoai_ca_nhan'],
    ['bang_khen_bo_tinh', 'cong_trang', 'household', 'bc_cong_trang_tap_the'],
    ['cstd_co_so', 'cong_trang', 'individual', 'bc_cong_trang_ca_nhan'],
  ] as const)('%s / %s / %s → %s', (code, type, subject, tpl) => {
    expect(reportTemplate(code, type, subject)).toBe(tpl);
  });
});

describe('missingDocuments', () => {
  it.each([
    ['all provided', [{ code: 'to_trinh', required: true, status: 'provided' }], []],
    [
      'a required item missing',
      [{ code: 'to_trinh', required: true, status: 'missing' }],
      ['Tờ trình đề nghị khen thưởng (Mẫu số 01)'],
    ],
    [
      'insufficient counts as missing',
      [{ code: 'bao_cao_thanh_tich', required: true, status: 'insufficient' }],
      ['Báo cáo thành tích'],
    ],
    ['optional missing is fine', [{ code: 'tai_lieu_khac', required: false, status: 'missing' }], []],
  ] as const)('%s', (_n, items, expected) => expect(missingDocuments(items)).toEqual(expected));
});
