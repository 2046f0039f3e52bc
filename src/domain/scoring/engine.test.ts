import { describe, expect, it } from 'vitest';
import { classify, defaultClassificationBands } from './classification';
import { evaluateScoring, scoreMember, scoreMembers } from './engine';
import { rankByTotal } from './ranking';
import { tableMaxima } from './table';
import type { ScoringItem, ScoringMember, ScoringTable } from './types';

const fixed = (code: string, maxPoints: number): ScoringItem => ({
  code,
  name: `Chỉ tiêu ${code}`,
  maxPoints,
  direction: 'higher_better',
  method: 'fixed',
});
const proportional = (code: string, maxPoints: number): ScoringItem => ({
  ...fixed(code, maxPoints),
  method: 'proportional',
});
const table = (...items: ScoringItem[]): ScoringTable => ({ groups: [{ code: 'G', name: 'Nhóm', items }] });
const member = (id: string, values: ScoringMember['values']): ScoringMember => ({ id, values });

describe('issue 5 item 5 — totals are rounded at the end only', () => {
  it('three thirds of a point make 1,00, not 0,99', () => {
    const t = table(proportional('a', 1), proportional('b', 1), proportional('c', 1));
    const third = { plan: 3, actual: 1 };
    const score = scoreMember(t, member('m', { a: third, b: third, c: third }));
    expect(score.items.map((i) => i.points)).toEqual([0.33, 0.33, 0.33]);
    expect(score.total).toBe(1);
  });

  it('two items of 0,0025 make 0,01 (each alone would round to 0)', () => {
    const t = table(proportional('a', 0.01), proportional('b', 0.01));
    const quarter = { plan: 4, actual: 1 };
    const score = scoreMember(t, member('m', { a: quarter, b: quarter }));
    expect(score.items.map((i) => i.points)).toEqual([0, 0]);
    expect(score.total).toBe(0.01);
  });

  it('0.1 + 0.2 style sums round to the cent (0,30, not 0,30000000000000004)', () => {
    const t = table(fixed('a', 0.1), fixed('b', 0.2));
    const score = scoreMember(t, member('m', { a: { achieved: true }, b: { achieved: true } }));
    expect(score.total).toBe(0.3);
    expect(score.exactTotal).toBe(0.3);
  });

  it('a half cent rounds up even when binary floating point stores it just below (1,005 → 1,01)', () => {
    const t = table(fixed('a', 1), fixed('b', 0.005));
    expect(scoreMember(t, member('m', { a: { achieved: true }, b: { achieved: true } })).total).toBe(1.01);
  });

  it('a deduction takes points off the total, which may go below 0', () => {
    const t: ScoringTable = {
      groups: [
        {
          code: 'G',
          name: 'Nhóm',
          items: [
            fixed('a', 1),
            {
              code: 'd',
              name: 'Kỷ luật',
              maxPoints: 5,
              direction: 'lower_better',
              method: 'deduction',
              params: { perCount: 2, cap: 5 },
            },
          ],
        },
      ],
    };
    expect(scoreMember(t, member('m', { a: { achieved: false }, d: { count: 1 } })).total).toBe(-2);
  });

  it('group subtotals are the unrounded sums of their items, rounded', () => {
    const t: ScoringTable = {
      groups: [
        { code: 'I', name: 'Một', items: [proportional('a', 10), proportional('b', 10)] },
        { code: 'II', name: 'Hai', items: [fixed('c', 5)] },
      ],
    };
    const score = scoreMember(
      t,
      member('m', { a: { plan: 3, actual: 2 }, b: { plan: 3, actual: 2 }, c: { achieved: true } }),
    );
    expect(score.groups).toEqual([
      { code: 'I', points: 13.33, exactPoints: expect.closeTo(40 / 3, 9) },
      { code: 'II', points: 5, exactPoints: 5 },
    ]);
    expect(score.total).toBe(18.33);
    expect(score.explanation).toBe(
      'Tổng 3 chỉ tiêu (cộng điểm chưa làm tròn) = 18,3333 → làm tròn 18,33 điểm.',
    );
  });

  it('counts and says how many items have no figures', () => {
    const score = scoreMember(table(fixed('a', 5), fixed('b', 5)), member('m', { a: { achieved: true } }));
    expect(score.missingItems).toBe(1);
    expect(score.items[1]!.explanation).toMatch(/^Chưa có số liệu/);
    expect(score.explanation).toMatch(/1 chỉ tiêu chưa có số liệu/);
  });

  it('reads only the member’s own values, never inherited properties (an item coded “toString”)', () => {
    const score = scoreMember(table(fixed('toString', 5)), member('m', {}));
    expect(score.items[0]!.status).toBe('missing');
  });
});

describe('ranking: equal totals share a rank (1, 2, 2, 4)', () => {
  it('ranks by total, ties share, the next rank skips', () => {
    const ranked = rankByTotal(
      [
        { id: 'c', total: 80 },
        { id: 'a', total: 95 },
        { id: 'b', total: 80 },
        { id: 'd', total: 70 },
      ],
      (m) => m.total,
    );
    expect(ranked.map((r) => [r.entry.id, r.rank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', 2],
      ['d', 4],
    ]);
  });

  it('compares totals after rounding (80.004 ties with 80)', () => {
    const ranked = rankByTotal([80, 80.004, 79.995], (t) => t);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1]);
  });

  it('three-way tie at the top then one more: 1, 1, 1, 4', () => {
    expect(rankByTotal([5, 5, 5, 4], (t) => t).map((r) => r.rank)).toEqual([1, 1, 1, 4]);
  });

  it('scoreMembers returns members in ranked order with shared ranks', () => {
    const t = table(fixed('a', 10), proportional('b', 10));
    const result = scoreMembers(t, [
      member('m1', { a: { achieved: false }, b: { plan: 10, actual: 5 } }),
      member('m2', { a: { achieved: true }, b: { plan: 10, actual: 10 } }),
      member('m3', { a: { achieved: true }, b: { plan: 10, actual: 5 } }),
      member('m4', { a: { achieved: true }, b: { plan: 20, actual: 10 } }),
    ]);
    expect(result.members.map((m) => [m.id, m.total, m.rank])).toEqual([
      ['m2', 20, 1],
      ['m3', 15, 2],
      ['m4', 15, 2],
      ['m1', 5, 4],
    ]);
  });
});

describe('classification bands (configurable; default 90/80/70/50 % of the standard maximum)', () => {
  const maxima = { base: 100, bonus: 5, deduction: 10 };
  it('builds the default bands from the table maximum', () => {
    expect(defaultClassificationBands(maxima)).toEqual([
      { minTotal: 90, label: 'Xuất sắc' },
      { minTotal: 80, label: 'Tốt' },
      { minTotal: 70, label: 'Khá' },
      { minTotal: 50, label: 'Trung bình' },
      { minTotal: -10, label: 'Yếu' },
    ]);
    expect(defaultClassificationBands({ base: 1000, bonus: 0, deduction: 0 }).map((b) => b.minTotal)).toEqual(
      [900, 800, 700, 500, 0],
    );
  });

  const bands = defaultClassificationBands(maxima);
  const cases: [number, string | null][] = [
    [100, 'Xuất sắc'],
    [90, 'Xuất sắc'],
    [89.99, 'Tốt'],
    [89.995, 'Xuất sắc'], // rounds to 90,00 first
    [80, 'Tốt'],
    [70, 'Khá'],
    [50, 'Trung bình'],
    [49.99, 'Yếu'],
    [-10, 'Yếu'],
  ];
  it.each(cases)('%d → %s', (total, label) => {
    expect(classify(total, bands)).toBe(label);
  });

  it('custom bands, in either order; below every band → no classification', () => {
    const custom = [
      { minTotal: 60, label: 'Đạt' },
      { minTotal: 85, label: 'Dẫn đầu' },
    ];
    expect(classify(90, custom)).toBe('Dẫn đầu');
    expect(classify(60, custom)).toBe('Đạt');
    expect(classify(59, custom)).toBeNull();
  });

  it('table maxima: base items, bonus caps, deduction caps', () => {
    const t: ScoringTable = {
      groups: [
        {
          code: 'G',
          name: 'Nhóm',
          items: [
            fixed('a', 10),
            proportional('b', 20),
            {
              code: 'c',
              name: 'Thưởng',
              maxPoints: 5,
              direction: 'higher_better',
              method: 'bonus',
              params: { perPercent: 1, cap: 3 },
            },
            {
              code: 'd',
              name: 'Trừ',
              maxPoints: 5,
              direction: 'lower_better',
              method: 'deduction',
              params: { perCount: 1, cap: 4 },
            },
          ],
        },
      ],
    };
    expect(tableMaxima(t)).toEqual({ base: 30, bonus: 3, deduction: 4 });
  });
});

describe('evaluateScoring: checks, then scores', () => {
  it('returns the problems instead of scores for a bad table', () => {
    const outcome = evaluateScoring({
      table: table({ ...fixed('a', -1), method: 'nope' as 'fixed' }),
      members: [member('m', {})],
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems.map((p) => p.path).sort()).toEqual([
        'table.groups.0.items.0.maxPoints',
        'table.groups.0.items.0.method',
      ]);
  });

  it('returns the problems of values and bands together', () => {
    const outcome = evaluateScoring({
      table: table(fixed('a', 10)),
      members: [member('m', { zz: { achieved: true } })],
      bands: [{ minTotal: 1, label: '' }],
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems.map((p) => p.path)).toEqual(['members.0.values.zz', 'bands.0.label']);
  });

  it('applies the bloc’s bands when given', () => {
    const outcome = evaluateScoring({
      table: table(fixed('a', 10)),
      members: [member('m', { a: { achieved: true } })],
      bands: [{ minTotal: 10, label: 'Hoàn thành' }],
    });
    expect(outcome.ok && outcome.value.members[0]!.classification).toBe('Hoàn thành');
  });
});

/**
 * Seed 001: Khối các huyện, thành phố vùng động lực, 2019 (Hà Giang). Figures from the seed — budget revenue
 * 124 / 103 / 102 % of plan, jobs 153.3 / 138.7 / 115.3 / 114.4 %, new-rural criteria 49/35 and 18/17 — on a
 * small illustrative table (the bloc's real table is not in the seed).
 */
describe('seed 001 — the bloc of the five dynamic districts, 2019', () => {
  const bloc: ScoringTable = {
    groups: [
      {
        code: 'A',
        name: 'Chỉ tiêu kinh tế - xã hội',
        items: [
          { ...proportional('A1', 10), name: 'Thu ngân sách trên địa bàn' },
          {
            code: 'A2',
            name: 'Giải quyết việc làm',
            maxPoints: 10,
            direction: 'higher_better',
            method: 'bands',
            params: {
              bands: [
                { minRatio: 1, points: 6 },
                { minRatio: 1.15, points: 8 },
                { minRatio: 1.3, points: 10 },
              ],
            },
          },
          { ...fixed('A3', 10), name: 'Tiêu chí nông thôn mới đạt kế hoạch' },
        ],
      },
      {
        code: 'B',
        name: 'Điểm thưởng',
        items: [
          {
            code: 'B1',
            name: 'Vượt thu ngân sách',
            maxPoints: 5,
            direction: 'higher_better',
            method: 'bonus',
            params: { perPercent: 0.25, cap: 5 },
          },
        ],
      },
    ],
  };
  const budget = (pct: number) => ({ plan: 100, actual: pct });
  const jobs = (pct: number) => ({ plan: 100, actual: pct });
  const members: ScoringMember[] = [
    {
      id: 'tp-ha-giang',
      name: 'TP Hà Giang',
      values: { A1: budget(124), A2: jobs(115.3), A3: { achieved: true }, B1: budget(124) },
    },
    {
      id: 'bac-quang',
      name: 'Bắc Quang',
      values: { A1: budget(100), A2: jobs(114.4), A3: { plan: 35, actual: 49 }, B1: budget(100) },
    },
    {
      id: 'vi-xuyen',
      name: 'Vị Xuyên',
      values: { A1: budget(103), A2: jobs(138.7), A3: { achieved: true }, B1: budget(103) },
    },
    {
      id: 'quang-binh',
      name: 'Quang Bình',
      values: { A1: budget(100), A2: jobs(153.3), A3: { plan: 17, actual: 18 }, B1: budget(100) },
    },
    {
      id: 'bac-me',
      name: 'Bắc Mê',
      values: { A1: budget(102), A2: { plan: 100 }, A3: { achieved: true }, B1: budget(102) },
    },
  ];

  it('scores, explains and ranks the five members', () => {
    const outcome = evaluateScoring({ table: bloc, members });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const rows = outcome.value.members.map((m) => [m.name, m.total, m.rank, m.classification]);
    expect(rows).toEqual([
      ['TP Hà Giang', 33, 1, 'Xuất sắc'], // 10 + 8 (115,3 %) + 10 + min(5; 24 × 0,25 = 6)
      ['Vị Xuyên', 30.75, 2, 'Xuất sắc'], // 10 + 10 (138,7 %) + 10 + 3 × 0,25
      ['Quang Bình', 30, 3, 'Xuất sắc'], // 10 + 10 (153,3 %) + 10 (18/17) + 0
      ['Bắc Quang', 26, 4, 'Tốt'], // 10 + 6 (114,4 % < 115 %) + 10 (49/35) + 0
      ['Bắc Mê', 20.5, 5, 'Trung bình'], // jobs not reported: 10 + 0 + 10 + 0,5
    ]);
    const haGiang = outcome.value.members[0]!;
    expect(haGiang.items[0]!.explanation).toBe(
      'Thực hiện 124/100 = 124,0% kế hoạch; 10 × min(1,24; 1) = 10,00 điểm.',
    );
    expect(haGiang.items[0]!.percentOfPlan).toBe(124);
    expect(outcome.value.maxima).toEqual({ base: 30, bonus: 5, deduction: 0 });
  });
});
