import { describe, expect, it } from 'vitest';
import { bandFor, itemRatio, scoreItem } from './methods';
import type { ItemValue, ScoringDirection, ScoringItem, ScoringItemParams, ScoringMethod } from './types';

const item = (
  method: ScoringMethod,
  direction: ScoringDirection = 'higher_better',
  maxPoints = 10,
  params?: ScoringItemParams,
  unit?: string,
): ScoringItem => ({
  code: 'CT1',
  name: 'Chỉ tiêu thử',
  maxPoints,
  direction,
  method,
  ...(params ? { params } : {}),
  ...(unit ? { unit } : {}),
});

const BANDS: ScoringItemParams = {
  bands: [
    { minRatio: 0.8, points: 6 },
    { minRatio: 1, points: 8 },
    { minRatio: 1.2, points: 10 },
  ],
};
const BONUS: ScoringItemParams = { perPercent: 0.5, cap: 5 };
const DEDUCTION: ScoringItemParams = { perCount: 2, cap: 5 };

// [case, item, value, status, exact points, percent of plan]
type Row = [
  string,
  ScoringItem,
  ItemValue | undefined,
  'scored' | 'missing' | 'not_scored',
  number,
  number | null,
];

describe('issue 5 item 4 — every method × direction (law-reference §8.2: the bloc’s own table)', () => {
  const rows: Row[] = [
    // fixed
    ['fixed: achieved → full points', item('fixed'), { achieved: true }, 'scored', 10, null],
    ['fixed: not achieved → 0', item('fixed'), { achieved: false }, 'scored', 0, null],
    [
      'fixed: achieved wins over figures',
      item('fixed'),
      { achieved: false, plan: 10, actual: 20 },
      'scored',
      0,
      200,
    ],
    [
      'fixed higher-better: actual ≥ plan → achieved',
      item('fixed'),
      { plan: 35, actual: 49 },
      'scored',
      10,
      140,
    ],
    [
      'fixed higher-better: actual = plan → achieved',
      item('fixed'),
      { plan: 17, actual: 17 },
      'scored',
      10,
      100,
    ],
    [
      'fixed higher-better: actual < plan → not achieved',
      item('fixed'),
      { plan: 18, actual: 17 },
      'scored',
      0,
      94.44,
    ],
    [
      'fixed lower-better: actual ≤ plan → achieved',
      item('fixed', 'lower_better'),
      { plan: 15, actual: 12 },
      'scored',
      10,
      80,
    ],
    [
      'fixed lower-better: actual > plan → not achieved',
      item('fixed', 'lower_better'),
      { plan: 15, actual: 16 },
      'scored',
      0,
      106.67,
    ],
    [
      'fixed lower-better: target 0 met',
      item('fixed', 'lower_better'),
      { plan: 0, actual: 0 },
      'scored',
      10,
      null,
    ],
    [
      'fixed lower-better: target 0 missed',
      item('fixed', 'lower_better'),
      { plan: 0, actual: 1 },
      'scored',
      0,
      null,
    ],
    ['fixed: nothing reported → missing', item('fixed'), undefined, 'missing', 0, null],
    ['fixed: plan without actual → missing', item('fixed'), { plan: 10 }, 'missing', 0, null],
    ['fixed: achieved null → missing', item('fixed'), { achieved: null }, 'missing', 0, null],
    // proportional
    [
      'proportional higher-better: 124/100 capped at max',
      item('proportional'),
      { plan: 100, actual: 124 },
      'scored',
      10,
      124,
    ],
    ['proportional higher-better: 80/100', item('proportional'), { plan: 100, actual: 80 }, 'scored', 8, 80],
    [
      'proportional higher-better: exactly plan',
      item('proportional'),
      { plan: 100, actual: 100 },
      'scored',
      10,
      100,
    ],
    ['proportional higher-better: actual 0', item('proportional'), { plan: 100, actual: 0 }, 'scored', 0, 0],
    [
      'proportional higher-better: 2/3 unrounded',
      item('proportional'),
      { plan: 3, actual: 2 },
      'scored',
      20 / 3,
      66.67,
    ],
    [
      'proportional lower-better: 80/100 → full',
      item('proportional', 'lower_better'),
      { plan: 100, actual: 80 },
      'scored',
      10,
      80,
    ],
    [
      'proportional lower-better: 125/100 → 10 × 100/125',
      item('proportional', 'lower_better'),
      { plan: 100, actual: 125 },
      'scored',
      8,
      125,
    ],
    [
      'proportional lower-better: actual 0 → full',
      item('proportional', 'lower_better'),
      { plan: 100, actual: 0 },
      'scored',
      10,
      0,
    ],
    [
      'proportional: plan 0 → not scored',
      item('proportional'),
      { plan: 0, actual: 5 },
      'not_scored',
      0,
      null,
    ],
    [
      'proportional lower-better: plan 0 → not scored',
      item('proportional', 'lower_better'),
      { plan: 0, actual: 0 },
      'not_scored',
      0,
      null,
    ],
    ['proportional: missing actual', item('proportional'), { plan: 100 }, 'missing', 0, null],
    ['proportional: missing plan', item('proportional'), { actual: 100 }, 'missing', 0, null],
    ['proportional: null values', item('proportional'), { plan: null, actual: null }, 'missing', 0, null],
    // bands
    [
      'bands higher-better: below every band → 0',
      item('bands', 'higher_better', 10, BANDS),
      { plan: 100, actual: 79 },
      'scored',
      0,
      79,
    ],
    [
      'bands higher-better: exactly the lowest edge',
      item('bands', 'higher_better', 10, BANDS),
      { plan: 100, actual: 80 },
      'scored',
      6,
      80,
    ],
    [
      'bands higher-better: just under the middle edge',
      item('bands', 'higher_better', 10, BANDS),
      { plan: 100, actual: 99.99 },
      'scored',
      6,
      99.99,
    ],
    [
      'bands higher-better: exactly the middle edge',
      item('bands', 'higher_better', 10, BANDS),
      { plan: 100, actual: 100 },
      'scored',
      8,
      100,
    ],
    [
      'bands higher-better: top band',
      item('bands', 'higher_better', 10, BANDS),
      { plan: 100, actual: 153.3 },
      'scored',
      10,
      153.3,
    ],
    [
      'bands: edge reached through float noise (0.3/0.1 = 3)',
      item('bands', 'higher_better', 10, { bands: [{ minRatio: 3, points: 7 }] }),
      { plan: 0.1, actual: 0.3 },
      'scored',
      7,
      300,
    ],
    [
      'bands lower-better: ratio is plan/actual (100/125 = 0.8)',
      item('bands', 'lower_better', 10, BANDS),
      { plan: 100, actual: 125 },
      'scored',
      6,
      125,
    ],
    [
      'bands lower-better: 100/80 = 1.25 → top',
      item('bands', 'lower_better', 10, BANDS),
      { plan: 100, actual: 80 },
      'scored',
      10,
      80,
    ],
    [
      'bands lower-better: actual 0 → top band',
      item('bands', 'lower_better', 10, BANDS),
      { plan: 100, actual: 0 },
      'scored',
      10,
      0,
    ],
    [
      'bands: listed in descending order',
      item('bands', 'higher_better', 10, { bands: [...BANDS.bands!].reverse() }),
      { plan: 100, actual: 110 },
      'scored',
      8,
      110,
    ],
    [
      'bands: points above maxPoints are capped',
      item('bands', 'higher_better', 5, BANDS),
      { plan: 100, actual: 130 },
      'scored',
      5,
      130,
    ],
    [
      'bands: plan 0 → not scored',
      item('bands', 'higher_better', 10, BANDS),
      { plan: 0, actual: 10 },
      'not_scored',
      0,
      null,
    ],
    ['bands: missing', item('bands', 'higher_better', 10, BANDS), {}, 'missing', 0, null],
    // bonus
    [
      'bonus higher-better: 4% above plan × 0.5',
      item('bonus', 'higher_better', 5, BONUS),
      { plan: 100, actual: 104 },
      'scored',
      2,
      104,
    ],
    [
      'bonus higher-better: capped',
      item('bonus', 'higher_better', 5, BONUS),
      { plan: 100, actual: 124 },
      'scored',
      5,
      124,
    ],
    [
      'bonus higher-better: exactly at the cap',
      item('bonus', 'higher_better', 5, BONUS),
      { plan: 100, actual: 110 },
      'scored',
      5,
      110,
    ],
    [
      'bonus higher-better: at plan → 0',
      item('bonus', 'higher_better', 5, BONUS),
      { plan: 100, actual: 100 },
      'scored',
      0,
      100,
    ],
    [
      'bonus higher-better: below plan → 0, never negative',
      item('bonus', 'higher_better', 5, BONUS),
      { plan: 100, actual: 90 },
      'scored',
      0,
      90,
    ],
    [
      'bonus lower-better: 100/80 → 25% better × 0.1',
      item('bonus', 'lower_better', 5, { perPercent: 0.1, cap: 5 }),
      { plan: 100, actual: 80 },
      'scored',
      2.5,
      80,
    ],
    [
      'bonus lower-better: worse than plan → 0',
      item('bonus', 'lower_better', 5, BONUS),
      { plan: 100, actual: 120 },
      'scored',
      0,
      120,
    ],
    [
      'bonus lower-better: actual 0 → cap',
      item('bonus', 'lower_better', 5, BONUS),
      { plan: 100, actual: 0 },
      'scored',
      5,
      0,
    ],
    [
      'bonus: plan 0 → not scored',
      item('bonus', 'higher_better', 5, BONUS),
      { plan: 0, actual: 3 },
      'not_scored',
      0,
      null,
    ],
    ['bonus: missing', item('bonus', 'higher_better', 5, BONUS), { plan: 100 }, 'missing', 0, null],
    // deduction
    [
      'deduction: 2 × 2 = 4',
      item('deduction', 'lower_better', 5, DEDUCTION),
      { count: 2 },
      'scored',
      -4,
      null,
    ],
    [
      'deduction: capped at 5',
      item('deduction', 'lower_better', 5, DEDUCTION),
      { count: 3 },
      'scored',
      -5,
      null,
    ],
    [
      'deduction: higher-better direction is ignored',
      item('deduction', 'higher_better', 5, DEDUCTION),
      { count: 1 },
      'scored',
      -2,
      null,
    ],
    [
      'deduction: none counted',
      item('deduction', 'lower_better', 5, DEDUCTION),
      { count: 0 },
      'scored',
      0,
      null,
    ],
    [
      'deduction: missing count',
      item('deduction', 'lower_better', 5, DEDUCTION),
      { plan: 1, actual: 2 },
      'missing',
      0,
      null,
    ],
  ];

  it.each(rows)('%s', (_label, it_, value, status, exact, percent) => {
    const score = scoreItem(it_, value);
    expect(score.status).toBe(status);
    expect(score.exactPoints).toBeCloseTo(exact, 9);
    expect(score.percentOfPlan).toBe(percent);
    expect(score.code).toBe('CT1');
    expect(score.explanation.length).toBeGreaterThan(10);
  });
});

describe('explanations show the arithmetic in Vietnamese', () => {
  const cases: [string, ScoringItem, ItemValue | undefined, string][] = [
    [
      'proportional higher-better (the example of the issue)',
      item('proportional'),
      { plan: 100, actual: 124 },
      'Thực hiện 124/100 = 124,0% kế hoạch; 10 × min(1,24; 1) = 10,00 điểm.',
    ],
    [
      'proportional inexact points say ≈',
      item('proportional', 'higher_better', 10, undefined, 'tỷ đồng'),
      { plan: 3, actual: 2 },
      'Thực hiện 2/3 tỷ đồng = 66,7% kế hoạch; 10 × min(0,6667; 1) ≈ 6,67 điểm.',
    ],
    [
      'proportional lower-better shows plan/actual',
      item('proportional', 'lower_better'),
      { plan: 100, actual: 125 },
      'Thực hiện 125/100 = 125,0% kế hoạch (chỉ tiêu càng thấp càng tốt); 10 × min(100/125; 1) = 10 × min(0,8; 1) = 8,00 điểm.',
    ],
    [
      'proportional lower-better, actual 0',
      item('proportional', 'lower_better'),
      { plan: 100, actual: 0 },
      'Thực hiện 0/100 = 0,0% kế hoạch (chỉ tiêu càng thấp càng tốt); thực hiện bằng 0 là kết quả tốt nhất → 10,00 điểm (điểm tối đa).',
    ],
    [
      'plan 0 says the item is not scored',
      item('proportional'),
      { plan: 0, actual: 4 },
      'Kế hoạch bằng 0 (chỉ tiêu không được giao): không tính được tỷ lệ thực hiện, chỉ tiêu không chấm điểm — 0 điểm.',
    ],
    ['missing figures', item('proportional'), { plan: 100 }, 'Chưa có số liệu (thiếu thực hiện): 0 điểm.'],
    [
      'fixed achieved',
      item('fixed', 'higher_better', 5),
      { achieved: true },
      'Đạt: 5,00 điểm (điểm tối đa).',
    ],
    [
      'fixed from figures',
      item('fixed', 'higher_better', 5),
      { plan: 35, actual: 49 },
      'Thực hiện 49/35 = 140,0% kế hoạch; thực hiện ≥ kế hoạch → đạt: 5,00 điểm.',
    ],
    [
      'bands',
      item('bands', 'higher_better', 10, BANDS),
      { plan: 1000, actual: 1153 },
      'Thực hiện 1.153/1.000 = 115,3% kế hoạch; tỷ lệ thực hiện/kế hoạch 1,153 đạt mức ≥ 1 → 8,00 điểm.',
    ],
    [
      'bands below every band',
      item('bands', 'higher_better', 10, BANDS),
      { plan: 100, actual: 50 },
      'Thực hiện 50/100 = 50,0% kế hoạch; tỷ lệ thực hiện/kế hoạch 0,5 chưa đạt mức thấp nhất (≥ 0,8) → 0,00 điểm.',
    ],
    [
      'bands capped',
      item('bands', 'higher_better', 5, BANDS),
      { plan: 100, actual: 130 },
      'Thực hiện 130/100 = 130,0% kế hoạch; tỷ lệ thực hiện/kế hoạch 1,3 đạt mức ≥ 1,2 (10 điểm), vượt điểm tối đa nên tính 5,00 điểm.',
    ],
    [
      'bonus capped',
      item('bonus', 'higher_better', 5, BONUS),
      { plan: 100, actual: 124 },
      'Thực hiện 124/100 = 124,0% kế hoạch; tỷ lệ thực hiện/kế hoạch 1,24; vượt 24% × 0,5 điểm/1% = 12,00 điểm, vượt mức trần 5 → cộng 5,00 điểm.',
    ],
    [
      'bonus under the cap',
      item('bonus', 'higher_better', 5, BONUS),
      { plan: 100, actual: 103 },
      'Thực hiện 103/100 = 103,0% kế hoạch; tỷ lệ thực hiện/kế hoạch 1,03; vượt 3% × 0,5 điểm/1% = 1,50 điểm (cộng thêm).',
    ],
    [
      'deduction capped',
      item('deduction', 'lower_better', 5, DEDUCTION),
      { count: 3 },
      '3 trường hợp × 2 điểm = 6,00 điểm, vượt mức trần 5 → trừ 5,00 điểm.',
    ],
    [
      'deduction under the cap',
      item('deduction', 'lower_better', 5, DEDUCTION),
      { count: 1 },
      '1 trường hợp × 2 điểm = 2,00 điểm → trừ 2,00 điểm.',
    ],
  ];
  it.each(cases)('%s', (_label, it_, value, text) => {
    expect(scoreItem(it_, value).explanation).toBe(text);
  });

  it('rounds item points for display only, keeping the exact value', () => {
    const score = scoreItem(item('proportional'), { plan: 3, actual: 2 });
    expect(score.points).toBe(6.67);
    expect(score.exactPoints).not.toBe(6.67);
    expect(score.exactPoints).toBeCloseTo((10 * 2) / 3, 9);
  });
});

describe('absurd but valid figures stay finite and explainable', () => {
  const cases: [string, ScoringItem, ItemValue, number][] = [
    ['a plan of 1e-300 (share beyond any double)', item('proportional'), { plan: 1e-300, actual: 5 }, 10],
    ['bonus on a ratio of 1e24', item('bonus', 'higher_better', 5, BONUS), { plan: 1e-9, actual: 1e15 }, 5],
    [
      'lower-better with a tiny actual',
      item('proportional', 'lower_better'),
      { plan: 1e15, actual: 1e-300 },
      10,
    ],
    ['deduction of 1e15 cases', item('deduction', 'lower_better', 5, DEDUCTION), { count: 1e15 }, -5],
  ];
  it.each(cases)('%s', (_label, it_, value, exact) => {
    const score = scoreItem(it_, value);
    expect(score.exactPoints).toBe(exact);
    expect(score.percentOfPlan === null || Number.isFinite(score.percentOfPlan)).toBe(true);
    expect(score.explanation).not.toMatch(/NaN|e\+|undefined/);
  });
});

describe('ratios and bands', () => {
  it('uses actual/plan when higher is better and plan/actual when lower is better', () => {
    expect(itemRatio('higher_better', 100, 124)).toBe(1.24);
    expect(itemRatio('lower_better', 100, 125)).toBe(0.8);
    expect(itemRatio('lower_better', 100, 0)).toBe(Infinity);
  });

  it('picks the highest band whose minRatio is reached, in either listing order', () => {
    const bands = BANDS.bands!;
    expect(bandFor(bands, 0.5)).toBeUndefined();
    expect(bandFor(bands, 1.19)?.points).toBe(8);
    expect(bandFor([...bands].reverse(), 1.2)?.points).toBe(10);
    expect(bandFor(bands, Infinity)?.points).toBe(10);
  });
});
