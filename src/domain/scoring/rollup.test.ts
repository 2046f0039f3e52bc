import { describe, expect, it } from 'vitest';
import { itemProgress, memberProgress, percentLabel, percentOfPlan, progressRatio } from './rollup';
import type { ItemValue, ScoringItem, ScoringMethod } from './types';

const item = (
  code: string,
  method: ScoringMethod,
  maxPoints: number,
  direction: ScoringItem['direction'] = 'higher_better',
): ScoringItem => ({
  code,
  name: code,
  maxPoints,
  direction,
  method,
  ...(method === 'bands' ? { params: { bands: [{ minRatio: 1, points: maxPoints }] } } : {}),
  ...(method === 'bonus' ? { params: { perPercent: 1, cap: maxPoints } } : {}),
  ...(method === 'deduction' ? { params: { perCount: 1, cap: maxPoints } } : {}),
});

describe('% of plan', () => {
  it.each([
    ['above plan', 100, 124, 124, '124,00%'],
    ['a fraction', 3, 1, 33.33, '33,33%'],
    ['plan 0', 0, 5, null, 'không có kế hoạch'],
    ['no plan', null, 5, null, 'chưa có kế hoạch'],
    ['no actual', 100, null, null, 'chưa có số liệu'],
  ] as const)('%s', (_case, plan, actual, percent, label) => {
    expect(percentOfPlan(plan, actual)).toBe(percent);
    expect(percentLabel(plan, actual)).toBe(label);
  });
});

describe('ratio of an item (rollup.ts step 1)', () => {
  it.each<[string, ScoringItem, ItemValue | undefined, number | null]>([
    ['proportional, higher is better', item('a', 'proportional', 10), { plan: 100, actual: 124 }, 1.24],
    [
      'proportional, lower is better',
      item('a', 'proportional', 10, 'lower_better'),
      { plan: 2, actual: 4 },
      0.5,
    ],
    ['lower is better, actual 0', item('a', 'proportional', 10, 'lower_better'), { plan: 2, actual: 0 }, 1],
    ['bands', item('a', 'bands', 10), { plan: 50, actual: 40 }, 0.8],
    ['fixed achieved', item('a', 'fixed', 10), { achieved: true }, 1],
    ['fixed not achieved', item('a', 'fixed', 10), { achieved: false }, 0],
    ['fixed not reported', item('a', 'fixed', 10), {}, null],
    ['plan 0', item('a', 'proportional', 10), { plan: 0, actual: 3 }, null],
    ['no actual', item('a', 'proportional', 10), { plan: 3 }, null],
    ['not reported', item('a', 'proportional', 10), undefined, null],
    ['bonus has no weight', item('a', 'bonus', 5), { plan: 1, actual: 2 }, null],
    ['deduction has no weight', item('a', 'deduction', 5), { count: 2 }, null],
  ])('%s', (_case, it_, value, ratio) => {
    expect(progressRatio(it_, value)).toBe(ratio);
  });
});

describe('weighted roll-up (steps 3 and 5)', () => {
  const items = [
    item('thu', 'proportional', 20),
    item('viec', 'proportional', 10),
    item('nong', 'fixed', 10),
    item('khong', 'proportional', 10),
    item('thuong', 'bonus', 5),
  ];
  it('weights ratios by maxPoints, caps completion at 100 %, leaves out items without a ratio', () => {
    const p = memberProgress(items, {
      thu: { plan: 100, actual: 124 }, // r = 1.24, capped 1
      viec: { plan: 100, actual: 50 }, // r = 0.5
      nong: { achieved: false }, // r = 0
      khong: { plan: 0, actual: 1 }, // no ratio
      thuong: { plan: 1, actual: 3 },
    });
    // progress = (20·1 + 10·0.5 + 10·0) / 40 = 62.5; achievement = (20·1.24 + 5 + 0) / 40 = 74.5
    expect(p).toEqual({ progress: 62.5, achievement: 74.5, coverage: 80, itemsWithoutRatio: 1 });
  });
  it('has no progress without figures', () => {
    expect(memberProgress(items, {})).toEqual({
      progress: null,
      achievement: null,
      coverage: 0,
      itemsWithoutRatio: 4,
    });
  });
  it('averages an item over the members that have a ratio', () => {
    expect(itemProgress(items[0]!, [{ plan: 100, actual: 150 }, { plan: 100, actual: 50 }, undefined])).toBe(
      75,
    );
    expect(itemProgress(items[0]!, [undefined])).toBeNull();
  });
});
