import { describe, expect, it } from 'vitest';
import type { Rating, SubjectFacts } from '../../awards/types';
import { ELIGIBILITY_TARGETS } from '../targets';
import { ask, awards, check, ratings, statusOf } from '../test-helpers';

const hcld = (facts: Partial<SubjectFacts>) => ask({ target: 'huan_chuong_lao_dong_hang_3', facts });
const good = (rating2024: Rating = 'HTXS'): Partial<SubjectFacts> => ({
  ratings: ratings({ 2020: 'HTT', 2021: 'HTT', 2022: 'HTT', 2023: 'HTT', 2024: rating2024, 2025: 'HTT' }),
  awards: [...awards('bang_khen_thu_tuong', [2020]), ...awards('cstd_co_so', [2021, 2022, 2024])],
});

describe('Luật TĐKT 2022 Điều 44 k1 e — Huân chương Lao động hạng Ba (individual)', () => {
  it('Bằng khen Thủ tướng 2020, HTT 2021–2025 incl. HTXS 2024, 3 CSTĐ cơ sở → eligible', () => {
    const r = hcld(good());
    expect(statusOf(r, 'huan_chuong_lao_dong_hang_3.prerequisite', 'k1_e')).toBe('passed');
    expect(statusOf(r, 'huan_chuong_lao_dong_hang_3.years', 'k1_e')).toBe('passed');
    expect(statusOf(r, 'huan_chuong_lao_dong_hang_3.cstd_co_so', 'k1_e')).toBe('passed');
    expect(check(r, 'huan_chuong_lao_dong_hang_3.htxs', 'k1_e').message).toContain('2024');
    expect(r.verdict).toBe('eligible');
  });
  it('no HTXS year in the window → failed → needs_review (k1 g, k2 remain)', () => {
    const r = hcld(good('HTT'));
    expect(statusOf(r, 'huan_chuong_lao_dong_hang_3.htxs')).toBe('failed');
    expect(r.verdict).toBe('needs_review');
    expect(r.paths?.map((p) => p.id)).toEqual(['k1_e', 'k1_g', 'k2', 'khac']);
  });
  it('holding only a Bằng khen bộ/tỉnh is not the prerequisite', () =>
    expect(
      statusOf(
        hcld({
          ...good(),
          awards: [...awards('bang_khen_bo_tinh', [2020]), ...awards('cstd_co_so', [2021, 2022, 2024])],
        }),
        'huan_chuong_lao_dong_hang_3.prerequisite',
      ),
    ).toBe('failed'));
  it('G1 closes every path, judgement ones included', () =>
    expect(hcld({ ...good(), pendingInvestigation: true }).verdict).toBe('not_eligible'));
  it('collective → judgement only', () =>
    expect(ask({ target: 'huan_chuong_lao_dong_hang_3', subjectType: 'collective' }).verdict).toBe(
      'needs_review',
    ));
});

describe('targets without data-checkable criteria (law-reference §2.4–§2.5): gates + judgement', () => {
  it.each([
    ['huan_chuong_sao_vang', 'individual'],
    ['huan_chuong_lao_dong_hang_2', 'collective'],
    ['anh_hung_lao_dong', 'individual'],
    ['giay_khen_chu_tich_ubnd_xa', 'household'],
    ['gia_dinh_van_hoa', 'household'],
    ['ky_niem_chuong_bo_nganh_tinh', 'individual'],
  ] as const)('%s (%s) → needs_review with a judgement item citing the law', (target, subjectType) => {
    const r = ask({ target, subjectType });
    expect(r.verdict).toBe('needs_review');
    const item = check(r, `${target}.standard`);
    expect(item.status).toBe('needs_judgement');
    expect(item.citation).not.toBe('');
  });
  it('the gates still apply: a sanction in the year → not_eligible', () =>
    expect(
      ask({
        target: 'huan_chuong_sao_vang',
        facts: { disciplines: [{ form: 'canh_cao', from: '2025-01-10', to: '2026-01-09' }] },
      }).verdict,
    ).toBe('not_eligible'));
  it('Giấy khen lists the local criteria of the tenant', () =>
    expect(
      check(
        ask({
          target: 'giay_khen_chu_tich_ubnd_xa',
          settings: { localCriteria: { bangKhenTinh: '', giayKhen: 'Tham gia tích cực phong trào của xã' } },
        }),
        'giay_khen_chu_tich_ubnd_xa.local',
      ).message,
    ).toContain('phong trào của xã'));
  it('every target with data criteria names its data-checkable subject types', () => {
    const data = ELIGIBILITY_TARGETS.filter((t) => t.dataCheckable.length > 0).map((t) => t.code);
    expect(data).toEqual(
      expect.arrayContaining([
        'lao_dong_tien_tien',
        'chien_si_tien_tien',
        'cstd_co_so',
        'cstd_bo_tinh',
        'cstd_toan_quoc',
        'tap_the_lao_dong_tien_tien',
        'tap_the_lao_dong_xuat_sac',
        'co_thi_dua_bo_tinh',
        'co_thi_dua_chinh_phu',
        'bang_khen_bo_tinh',
        'bang_khen_thu_tuong',
        'huan_chuong_lao_dong_hang_3',
      ]),
    );
    expect(data).toHaveLength(14);
  });
});
