import { describe, expect, it } from 'vitest';
import type { Rating, SubjectFacts } from '../../awards/types';
import { ask, awards, check, ratings, statusOf } from '../test-helpers';

const sk = (id: string, recognizedOn: string, usedByAward: string | null = null) => ({
  id,
  scope: 'co_so' as const,
  recognizedOn,
  usedByAward,
});
const years = (from: number, to: number, rating: Rating) => {
  const out: Record<number, Rating> = {};
  for (let y = from; y <= to; y++) out[y] = rating;
  return out;
};

describe('Luật TĐKT 2022 Điều 74 k1 d — Bằng khen bộ/tỉnh (individual), path "02 lần liên tục CSTĐ cơ sở"', () => {
  const bk = (facts: Partial<SubjectFacts>) => ask({ target: 'bang_khen_bo_tinh', facts });
  it('CSTĐ cơ sở 2024 and 2025 → eligible', () => {
    const r = bk({ awards: awards('cstd_co_so', [2024, 2025]) });
    expect(statusOf(r, 'bang_khen_bo_tinh.cstd_streak', 'cstd_2_lan')).toBe('passed');
    expect(r.verdict).toBe('eligible');
  });
  it('CSTĐ cơ sở 2023 and 2025 (not consecutive) → path failed; judgement paths remain → needs_review', () => {
    const r = bk({ awards: awards('cstd_co_so', [2023, 2025]) });
    expect(statusOf(r, 'bang_khen_bo_tinh.cstd_streak', 'cstd_2_lan')).toBe('failed');
    expect(r.verdict).toBe('needs_review');
    expect(r.paths?.filter((p) => p.kind === 'judgement').map((p) => p.id)).toEqual([
      'phong_trao',
      'thanh_tich',
      'dong_gop',
      'nguoi_lao_dong',
    ]);
  });
});

describe('Luật TĐKT 2022 Điều 74 k1 d — path "02 năm liên tục HTXS, 02 sáng kiến"', () => {
  const bk = (facts: Partial<SubjectFacts>) => ask({ target: 'bang_khen_bo_tinh', facts });
  const htxs = ratings({ 2024: 'HTXS', 2025: 'HTXS' });
  it('2 years HTXS + 2 unused initiatives in those years → eligible', () => {
    const r = bk({ ratings: htxs, initiatives: [sk('SK-1', '2024-06-01'), sk('SK-2', '2025-06-01')] });
    expect(statusOf(r, 'bang_khen_bo_tinh.htxs_years', 'htxs_sang_kien')).toBe('passed');
    expect(statusOf(r, 'bang_khen_bo_tinh.initiatives', 'htxs_sang_kien')).toBe('passed');
    expect(r.verdict).toBe('eligible');
  });
  it('HTXS only in 2025 → failed', () =>
    expect(
      statusOf(
        bk({
          ratings: ratings({ 2024: 'HTT', 2025: 'HTXS' }),
          initiatives: [sk('SK-1', '2024-06-01'), sk('SK-2', '2025-06-01')],
        }),
        'bang_khen_bo_tinh.htxs_years',
      ),
    ).toBe('failed'));
  it('one initiative only → failed → needs_review', () => {
    const r = bk({ ratings: htxs, initiatives: [sk('SK-1', '2024-06-01')] });
    expect(check(r, 'bang_khen_bo_tinh.initiatives').message).toContain('cần 2');
    expect(r.verdict).toBe('needs_review');
  });
  it('an initiative outside the two years does not count', () =>
    expect(
      statusOf(
        bk({ ratings: htxs, initiatives: [sk('SK-1', '2023-06-01'), sk('SK-2', '2025-06-01')] }),
        'bang_khen_bo_tinh.initiatives',
      ),
    ).toBe('failed'));
  it('+2 (MOHA): the initiative a CSTĐ cơ sở of those years stood on (usedByAward = its id) is not counted again', () => {
    const r = bk({
      ratings: htxs,
      awards: awards('cstd_co_so', [2024]),
      initiatives: [
        sk('SK-1', '2024-03-01', 'cstd_co_so-2024'),
        sk('SK-2', '2024-06-01'),
        sk('SK-3', '2025-06-01'),
      ],
    });
    const c = check(r, 'bang_khen_bo_tinh.initiatives');
    expect(c.status).toBe('passed');
    expect(c.message).toContain('năm 2024 dựa trên sáng kiến SK-1');
    expect(c.message).toContain('cần thêm 2 sáng kiến khác');
  });
  it('+2 (MOHA): with only one other initiative → failed', () =>
    expect(
      statusOf(
        bk({
          ratings: htxs,
          awards: awards('cstd_co_so', [2024]),
          initiatives: [sk('SK-1', '2024-03-01', 'cstd_co_so-2024'), sk('SK-2', '2024-06-01')],
        }),
        'bang_khen_bo_tinh.initiatives',
      ),
    ).toBe('failed'));
  it('a CSTĐ cơ sở of those years with no initiative pointing to it → its basis is left to judgement', () => {
    const r = bk({
      ratings: htxs,
      awards: awards('cstd_co_so', [2025]),
      initiatives: [sk('SK-1', '2024-06-01'), sk('SK-2', '2025-06-01')],
    });
    expect(statusOf(r, 'bang_khen_bo_tinh.initiative_basis', 'htxs_sang_kien')).toBe('needs_judgement');
    expect(r.verdict).toBe('eligible');
  });
});

describe('Luật TĐKT 2022 Điều 74 — collective, household, local criteria', () => {
  it.each(['collective', 'household'] as const)('%s → judgement only → needs_review', (subjectType) =>
    expect(ask({ target: 'bang_khen_bo_tinh', subjectType }).verdict).toBe('needs_review'),
  );
  it("the tenant's local criteria are listed as a judgement item", () => {
    const r = ask({
      target: 'bang_khen_bo_tinh',
      facts: { awards: awards('cstd_co_so', [2024, 2025]) },
      settings: { localCriteria: { bangKhenTinh: 'Có thời gian công tác tại tỉnh từ 3 năm', giayKhen: '' } },
    });
    expect(check(r, 'bang_khen_bo_tinh.local').message).toContain('từ 3 năm');
    expect(r.verdict).toBe('eligible');
  });
});

describe('Luật TĐKT 2022 Điều 73 k1 b — Bằng khen Thủ tướng: Bằng khen bộ/tỉnh, then 5 years ≥ HTT with 3 CSTĐ cơ sở', () => {
  const ttg = (facts: Partial<SubjectFacts>) => ask({ target: 'bang_khen_thu_tuong', facts });
  const good = (): Partial<SubjectFacts> => ({
    ratings: ratings(years(2019, 2025, 'HTT')),
    awards: [...awards('bang_khen_bo_tinh', [2020]), ...awards('cstd_co_so', [2021, 2023, 2025])],
  });
  it('BK 2020, HTT 2021–2025, CSTĐ 2021, 2023, 2025 → eligible', () => {
    const r = ttg(good());
    expect(check(r, 'bang_khen_thu_tuong.prerequisite', 'k1_b').message).toBe(
      'Đã được tặng Bằng khen của bộ, ban, ngành, tỉnh năm 2020.',
    );
    expect(statusOf(r, 'bang_khen_thu_tuong.years', 'k1_b')).toBe('passed');
    expect(check(r, 'bang_khen_thu_tuong.cstd_co_so', 'k1_b').message).toBe(
      'Trong 2021–2025 có 3 lần đạt Chiến sĩ thi đua cơ sở (2021, 2023, 2025).',
    );
    expect(r.verdict).toBe('eligible');
  });
  it('no Bằng khen bộ/tỉnh → prerequisite failed → needs_review (other points of Điều 73)', () => {
    const r = ttg({ ...good(), awards: awards('cstd_co_so', [2021, 2023, 2025]) });
    expect(statusOf(r, 'bang_khen_thu_tuong.prerequisite')).toBe('failed');
    expect(r.verdict).toBe('needs_review');
  });
  it('only 4 years after the Bằng khen → years failed', () => {
    const r = ttg({
      ...good(),
      awards: [...awards('bang_khen_bo_tinh', [2021]), ...awards('cstd_co_so', [2022, 2023, 2025])],
    });
    expect(statusOf(r, 'bang_khen_thu_tuong.years')).toBe('failed');
    expect(check(r, 'bang_khen_thu_tuong.years').message).toContain('Chỉ có 4 năm');
  });
  it('a year rated HT after the Bằng khen breaks the 5 years', () => {
    const r = ttg({ ...good(), ratings: ratings({ ...years(2019, 2025, 'HTT'), 2022: 'HT' }) });
    expect(statusOf(r, 'bang_khen_thu_tuong.years')).toBe('failed');
    expect(check(r, 'bang_khen_thu_tuong.years').message).toContain('năm 2022 chỉ được đánh giá HT');
  });
  it('2 CSTĐ cơ sở in the window → failed', () =>
    expect(
      statusOf(
        ttg({
          ...good(),
          awards: [...awards('bang_khen_bo_tinh', [2020]), ...awards('cstd_co_so', [2021, 2025])],
        }),
        'bang_khen_thu_tuong.cstd_co_so',
      ),
    ).toBe('failed'));
  it('G5: an ad hoc Bằng khen bộ/tỉnh is not the prerequisite', () =>
    expect(
      statusOf(
        ttg({
          ...good(),
          awards: [
            ...awards('bang_khen_bo_tinh', [2020], 'dot_xuat'),
            ...awards('cstd_co_so', [2021, 2023, 2025]),
          ],
        }),
        'bang_khen_thu_tuong.prerequisite',
      ),
    ).toBe('failed'));
  it('G3: a maternity year rated below HTT is skipped, not a break', () => {
    const facts = {
      ratings: ratings({ ...years(2018, 2025, 'HTT'), 2023: 'HT' }),
      awards: [...awards('bang_khen_bo_tinh', [2018]), ...awards('cstd_co_so', [2019, 2021, 2025])],
      maternityLeaves: [{ from: '2023-02-01', to: '2023-07-31' }],
    };
    const r = ttg(facts);
    expect(statusOf(r, 'bang_khen_thu_tuong.years')).toBe('passed');
    expect(check(r, 'bang_khen_thu_tuong.years').message).toContain('nghỉ thai sản');
  });
  it.each(['collective', 'household'] as const)('%s → judgement only', (subjectType) =>
    expect(ask({ target: 'bang_khen_thu_tuong', subjectType }).verdict).toBe('needs_review'),
  );
});
