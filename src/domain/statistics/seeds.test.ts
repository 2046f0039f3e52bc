/**
 * The two seed reports as statistics: every figure they give is a group-by or a layout row away from
 * ledger records. The records are generated from the figures (invented subjects and dates); the tests
 * check the counting rules — grouping, title groups, lượt vs subjects, the bounds of the periods.
 */
import { describe, expect, it } from 'vitest';
import type { CommendationType, SubjectType } from '../awards/types';
import { tallyAwards } from './counting';
import { type AwardRecordInput, awardFactsInPeriod } from './facts';
import { evaluateForm } from './forms/evaluate';
import type { FormLayout } from './forms/layout';
import { checkFormLayout } from './forms/registry';
import { resolvePeriod } from './period';
import { all, is } from './predicate';

type Line = [awardCode: string, type: CommendationType, subject: SubjectType, count: number];

/** `count` records of one line; subjects drawn from a pool of `pool` (so one subject may have several lượt). */
function generate(lines: Line[], dated: (i: number) => Partial<AwardRecordInput>, pool = Infinity) {
  return lines.flatMap(([awardCode, commendationType, subjectType, n], line) =>
    Array.from({ length: n }, (_, i): AwardRecordInput => ({
      id: `l${line}-${i}`,
      subjectId: `s${line}-${i % Math.min(pool, n)}`,
      awardCode,
      commendationType,
      subjectType,
      status: 'valid',
      decisionDate: null,
      evaluationYear: null,
      ...dated(i),
    })),
  );
}

describe('seed 003 (Hồng Ngự district, 2020): level × commendation type × subject type', () => {
  const records = generate(
    [
      ['giay_khen_chu_tich_ubnd_huyen', 'cong_trang', 'collective', 33],
      ['giay_khen_chu_tich_ubnd_huyen', 'cong_trang', 'individual', 31],
      ['giay_khen_chu_tich_ubnd_huyen', 'phong_trao_thi_dua', 'collective', 212],
      ['giay_khen_chu_tich_ubnd_huyen', 'phong_trao_thi_dua', 'individual', 526],
      ['giay_khen_chu_tich_ubnd_huyen', 'dot_xuat', 'collective', 6],
      ['giay_khen_chu_tich_ubnd_huyen', 'dot_xuat', 'individual', 30],
      ['bang_khen_bo_tinh', 'phong_trao_thi_dua', 'collective', 4],
      ['bang_khen_bo_tinh', 'phong_trao_thi_dua', 'individual', 6],
      ['bang_khen_bo_tinh', 'cong_trang', 'collective', 1],
      ['bang_khen_bo_tinh', 'cong_trang', 'individual', 44],
      ['huan_chuong_lao_dong_hang_3', 'cong_trang', 'collective', 1],
    ],
    (i) => ({ decisionDate: `2020-${String((i % 11) + 1).padStart(2, '0')}-15` }),
  );

  it('gives back the figures of the article', () => {
    const { rows } = tallyAwards(records, {
      period: { from: '2020-01-01', to: '2020-12-31' },
      groupBy: ['level', 'commendationType', 'subjectType'],
    });
    expect(rows.map((r) => [r.level, r.commendationType, r.subjectType, r.awards])).toEqual([
      ['district', 'chuyen_de', 'collective', 212],
      ['district', 'chuyen_de', 'individual', 526],
      ['district', 'dot_xuat', 'collective', 6],
      ['district', 'dot_xuat', 'individual', 30],
      ['district', 'thuong_xuyen', 'collective', 33],
      ['district', 'thuong_xuyen', 'individual', 31],
      ['ministry_province', 'chuyen_de', 'collective', 4],
      ['ministry_province', 'chuyen_de', 'individual', 6],
      ['ministry_province', 'thuong_xuyen', 'collective', 1],
      ['ministry_province', 'thuong_xuyen', 'individual', 44],
      ['state', 'thuong_xuyen', 'collective', 1],
    ]);
  });
});

describe('seed 004 (Bạch Thông district, 2015–2020): a five-year summary in lượt', () => {
  const period = resolvePeriod({ kind: 'five_years', firstYear: 2015, lastYear: 2020, until: '2020-07-29' });
  if (!period.ok) throw new Error('period');
  const decided = (i: number) => ({ decisionDate: `${2015 + (i % 6)}-03-15` });
  // Annual titles recorded by evaluation year only (2015–2019: those of 2020 are not decided by July).
  const evaluated = (i: number) => ({ evaluationYear: 2015 + (i % 5) });
  const records = [
    ...generate(
      [
        ['huy_chuong_khang_chien_hang_2', 'qua_trinh_cong_hien', 'individual', 1],
        ['co_thi_dua_chinh_phu', 'cong_trang', 'collective', 1],
        ['bang_khen_thu_tuong', 'cong_trang', 'collective', 1],
        ['co_thi_dua_bo_tinh', 'cong_trang', 'collective', 5],
        ['bang_khen_bo_tinh', 'cong_trang', 'collective', 30],
        ['bang_khen_bo_tinh', 'cong_trang', 'individual', 32],
        ['giay_khen_chu_tich_ubnd_huyen', 'cong_trang', 'collective', 104],
        ['giay_khen_chu_tich_ubnd_huyen', 'cong_trang', 'individual', 173],
      ],
      decided,
      40,
    ),
    ...generate(
      [
        ['cstd_bo_tinh', 'cong_trang', 'individual', 5],
        ['tap_the_lao_dong_xuat_sac', 'cong_trang', 'collective', 32],
        ['lao_dong_tien_tien', 'cong_trang', 'individual', 2000],
        ['chien_si_tien_tien', 'cong_trang', 'individual', 281],
        ['cstd_co_so', 'cong_trang', 'individual', 302],
        ['tap_the_lao_dong_tien_tien', 'cong_trang', 'collective', 241],
      ],
      evaluated,
      500,
    ),
  ];
  // Records the summary must not count: before the period, after the cut-off date, revoked.
  const noise = generate(
    [['lao_dong_tien_tien', 'cong_trang', 'individual', 3]],
    (i) =>
      [
        { decisionDate: '2014-11-30' },
        { decisionDate: '2020-07-30' },
        { decisionDate: '2016-05-05', status: 'revoked' as const },
      ][i]!,
  );
  const facts = awardFactsInPeriod([...records, ...noise], period.period);

  const row = (code: string, label: string, filter = is('subjectType', 'collective')) => ({
    code,
    label,
    indent: 1 as const,
    filter,
  });
  /** The article's enumeration as a user-defined layout: title groups as rows, collectives and individuals as columns. */
  const SUMMARY: FormLayout = {
    code: 'SEED/004',
    version: 'SEED',
    number: '',
    title: 'Kết quả khen thưởng giai đoạn 2015 – 2020',
    basis: '',
    subject: 'awards',
    unitOfCount: 'Lượt',
    receiptDate: null,
    count: 'records',
    hasUnitColumn: false,
    columns: [
      { key: 'tt', label: 'Tập thể', letter: '1', filter: is('subjectType', 'collective') },
      { key: 'cn', label: 'Cá nhân', letter: '2', filter: is('subjectType', 'individual') },
    ],
    rows: [
      row('01', 'Chủ tịch nước: Huy chương kháng chiến', is('kind', 'medal')),
      row('02', 'Thủ tướng: Cờ thi đua, Bằng khen', is('level', 'government')),
      row('03', 'Chủ tịch UBND tỉnh: Cờ thi đua', is('awardCode', 'co_thi_dua_bo_tinh')),
      row('04', 'Chiến sĩ thi đua cấp tỉnh', is('awardCode', 'cstd_bo_tinh')),
      row('05', 'Tập thể lao động xuất sắc', is('awardCode', 'tap_the_lao_dong_xuat_sac')),
      row('06', 'Bằng khen của Chủ tịch UBND tỉnh', is('awardCode', 'bang_khen_bo_tinh')),
      row(
        '07',
        'Lao động tiên tiến, Chiến sĩ tiên tiến',
        is('awardCode', 'lao_dong_tien_tien', 'chien_si_tien_tien'),
      ),
      row('08', 'Chiến sĩ thi đua cơ sở', is('awardCode', 'cstd_co_so')),
      row('09', 'Tập thể lao động tiên tiến', is('awardCode', 'tap_the_lao_dong_tien_tien')),
      row('10', 'Giấy khen của Chủ tịch UBND huyện', all(is('level', 'district'), is('kind', 'giay_khen'))),
    ],
    confidence: 'L',
    notes: [],
  };

  it('the period runs from the first day of statistical year 2015 to the cut-off date', () => {
    expect([period.period.from, period.period.to]).toEqual(['2014-12-01', '2020-07-29']);
    expect(checkFormLayout(SUMMARY)).toEqual([]);
  });

  it.each([
    ['01', [0, 1]],
    ['02', [2, 0]],
    ['03', [5, 0]],
    ['04', [0, 5]],
    ['05', [32, 0]],
    ['06', [30, 32]],
    ['07', [0, 2281]],
    ['08', [0, 302]],
    ['09', [241, 0]],
    ['10', [104, 173]],
  ])('row %s gives the article’s lượt %j', (code, expected) => {
    const filled = evaluateForm(SUMMARY, facts);
    expect(filled.rows.find((r) => r.code === code)?.cells).toEqual(expected);
  });

  it('lượt are not people: 2,281 LĐTT/CSTT lượt went to fewer people', () => {
    const { rows } = tallyAwards([...records, ...noise], {
      period: period.period,
      groupBy: ['awardCode'],
    });
    const ldtt = rows.find((r) => r.awardCode === 'lao_dong_tien_tien')!;
    expect(ldtt.awards).toBe(2000);
    expect(ldtt.subjects).toBe(500);
  });
});
