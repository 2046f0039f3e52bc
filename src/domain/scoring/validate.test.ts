import { describe, expect, it } from 'vitest';
import type { ScoringTable } from './types';
import { MAX_PROBLEMS, validateClassificationBands, validateMembers, validateScoringTable } from './validate';

const VALID: ScoringTable = {
  groups: [
    {
      code: 'I',
      name: 'Phát triển kinh tế',
      items: [
        {
          code: 'I.1',
          name: 'Thu ngân sách',
          maxPoints: 10,
          direction: 'higher_better',
          method: 'proportional',
        },
        { code: 'I.2', name: 'Xã nông thôn mới', maxPoints: 5, direction: 'higher_better', method: 'fixed' },
        {
          code: 'I.3',
          name: 'Giải quyết việc làm',
          maxPoints: 10,
          direction: 'higher_better',
          method: 'bands',
          params: {
            bands: [
              { minRatio: 0.8, points: 5 },
              { minRatio: 1, points: 10 },
            ],
          },
        },
      ],
    },
    {
      code: 'II',
      name: 'Thưởng, trừ',
      items: [
        {
          code: 'II.1',
          name: 'Vượt thu',
          maxPoints: 5,
          direction: 'higher_better',
          method: 'bonus',
          params: { perPercent: 0.5, cap: 5 },
        },
        {
          code: 'II.2',
          name: 'Kỷ luật',
          maxPoints: 5,
          direction: 'lower_better',
          method: 'deduction',
          params: { perCount: 1, cap: 5 },
        },
      ],
    },
  ],
};

/** VALID with one item of the first group replaced by a patched copy. */
function withItem(index: number, patch: Record<string, unknown>): unknown {
  const table = structuredClone(VALID) as unknown as { groups: { items: Record<string, unknown>[] }[] };
  Object.assign(table.groups[0]!.items[index]!, patch);
  return table;
}

describe('scoring table validation (issue 5: bad tables get Vietnamese problems with paths)', () => {
  it('accepts a valid table with every method', () => {
    expect(validateScoringTable(VALID)).toEqual([]);
  });

  const cases: [string, unknown, string, RegExp][] = [
    ['not an object', 'bảng', 'table', /danh sách nhóm/],
    ['no groups', { groups: [] }, 'table.groups', /ít nhất một nhóm/],
    [
      'a group without items',
      { groups: [{ code: 'I', name: 'Nhóm', items: [] }] },
      'table.groups.0.items',
      /ít nhất một chỉ tiêu/,
    ],
    [
      'unknown method',
      withItem(0, { method: 'magic' }),
      'table.groups.0.items.0.method',
      /phương pháp chấm “magic” không hợp lệ/,
    ],
    [
      'unknown direction',
      withItem(0, { direction: 'up' }),
      'table.groups.0.items.0.direction',
      /higher_better/,
    ],
    ['negative maximum', withItem(0, { maxPoints: -5 }), 'table.groups.0.items.0.maxPoints', /không được âm/],
    [
      'zero maximum on a scored item',
      withItem(1, { maxPoints: 0 }),
      'table.groups.0.items.1.maxPoints',
      /lớn hơn 0/,
    ],
    [
      'maximum not a number',
      withItem(0, { maxPoints: '10' }),
      'table.groups.0.items.0.maxPoints',
      /phải là một số/,
    ],
    [
      'maximum absurdly large',
      withItem(0, { maxPoints: 1e9 }),
      'table.groups.0.items.0.maxPoints',
      /quá lớn/,
    ],
    [
      'empty code',
      withItem(0, { code: '  ' }),
      'table.groups.0.items.0.code',
      /mã chỉ tiêu không được để trống/,
    ],
    [
      'empty name',
      withItem(0, { name: '' }),
      'table.groups.0.items.0.name',
      /tên chỉ tiêu không được để trống/,
    ],
    ['code too long', withItem(0, { code: 'X'.repeat(33) }), 'table.groups.0.items.0.code', /dài quá 32/],
    [
      'duplicate item codes',
      withItem(1, { code: 'I.1' }),
      'table.groups.0.items.1.code',
      /mã “I\.1” bị trùng \(đã dùng ở chỉ tiêu 1 của nhóm 1\)/,
    ],
    [
      'an item code equal to a group code',
      withItem(1, { code: 'II' }),
      'table.groups.1.code',
      /mã “II” bị trùng/,
    ],
    [
      'bands without bands',
      withItem(2, { params: {} }),
      'table.groups.0.items.2.params.bands',
      /cần tham số “bands”/,
    ],
    [
      'bands empty',
      withItem(2, { params: { bands: [] } }),
      'table.groups.0.items.2.params.bands',
      /ít nhất một mức/,
    ],
    [
      'bands not ordered',
      withItem(2, {
        params: {
          bands: [
            { minRatio: 0.8, points: 5 },
            { minRatio: 1.2, points: 10 },
            { minRatio: 1, points: 8 },
          ],
        },
      }),
      'table.groups.0.items.2.params.bands',
      /tăng dần hoặc giảm dần/,
    ],
    [
      'bands with a repeated ratio',
      withItem(2, {
        params: {
          bands: [
            { minRatio: 1, points: 5 },
            { minRatio: 1, points: 10 },
          ],
        },
      }),
      'table.groups.0.items.2.params.bands',
      /không trùng/,
    ],
    [
      'bands whose points fall as the ratio rises',
      withItem(2, {
        params: {
          bands: [
            { minRatio: 0.8, points: 10 },
            { minRatio: 1, points: 5 },
          ],
        },
      }),
      'table.groups.0.items.2.params.bands',
      /không được ít điểm hơn/,
    ],
    [
      'band with a negative ratio',
      withItem(2, { params: { bands: [{ minRatio: -1, points: 5 }] } }),
      'table.groups.0.items.2.params.bands.0.minRatio',
      /từ 0 đến 1000/,
    ],
    [
      'band with negative points',
      withItem(2, { params: { bands: [{ minRatio: 1, points: -5 }] } }),
      'table.groups.0.items.2.params.bands.0.points',
      /không được âm/,
    ],
    [
      'params on a method without params',
      withItem(0, { params: { cap: 3 } }),
      'table.groups.0.items.0.params.cap',
      /không có tham số/,
    ],
    [
      'params not an object',
      withItem(0, { params: [1] }),
      'table.groups.0.items.0.params',
      /phải là một đối tượng/,
    ],
    [
      'bonus without cap',
      withItem(0, { method: 'bonus', params: { perPercent: 1 } }),
      'table.groups.0.items.0.params.cap',
      /cần tham số “cap”/,
    ],
    [
      'bonus without perPercent',
      withItem(0, { method: 'bonus', params: { cap: 1 } }),
      'table.groups.0.items.0.params.perPercent',
      /cần tham số “perPercent”/,
    ],
    [
      'bonus cap above maxPoints',
      withItem(0, { method: 'bonus', params: { perPercent: 1, cap: 12 } }),
      'table.groups.0.items.0.params.cap',
      /mức trần \(cap\) 12 vượt điểm tối đa 10/,
    ],
    [
      'deduction without perCount',
      withItem(0, { method: 'deduction', params: { cap: 5 } }),
      'table.groups.0.items.0.params.perCount',
      /cần tham số “perCount”/,
    ],
    [
      'deduction with a zero cap',
      withItem(0, { method: 'deduction', params: { perCount: 1, cap: 0 } }),
      'table.groups.0.items.0.params.cap',
      /lớn hơn 0/,
    ],
    [
      'a parameter of another method',
      withItem(0, { method: 'deduction', params: { perCount: 1, cap: 5, perPercent: 2 } }),
      'table.groups.0.items.0.params.perPercent',
      /không dùng cho phương pháp “deduction”/,
    ],
    ['unit too long', withItem(0, { unit: 'x'.repeat(51) }), 'table.groups.0.items.0.unit', /đơn vị tính/],
    [
      'evidenceRequired not boolean',
      withItem(0, { evidenceRequired: 'có' }),
      'table.groups.0.items.0.evidenceRequired',
      /true hoặc false/,
    ],
    [
      'too many items',
      {
        groups: [
          {
            code: 'I',
            name: 'Nhóm',
            items: Array.from({ length: 201 }, (_, i) => ({
              code: `C${i}`,
              name: 'Chỉ tiêu',
              maxPoints: 1,
              direction: 'higher_better',
              method: 'fixed',
            })),
          },
        ],
      },
      'table.groups',
      /tối đa 200 chỉ tiêu/,
    ],
  ];

  it.each(cases)('%s', (_label, table, path, message) => {
    const problems = validateScoringTable(table);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('lists every problem of a table, each with its code in the message', () => {
    const problems = validateScoringTable(withItem(0, { maxPoints: -1, method: 'x' }));
    expect(problems.map((p) => p.path).sort()).toEqual([
      'table.groups.0.items.0.maxPoints',
      'table.groups.0.items.0.method',
    ]);
    for (const p of problems) expect(p.message).toMatch(/^Chỉ tiêu “I\.1”: /);
  });

  it(`stops listing after ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const items = Array.from({ length: 150 }, (_, i) => ({
      code: `C${i}`,
      name: '',
      maxPoints: 1,
      direction: 'higher_better',
      method: 'fixed',
    }));
    const problems = validateScoringTable({ groups: [{ code: 'I', name: 'Nhóm', items }] });
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)!.message).toMatch(/Còn 50 lỗi khác/);
  });
});

describe('members’ values validation', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['not a list', { a: 1 }, 'members', /phải là một mảng/],
    [
      'value for an unknown item',
      [{ id: 'a', values: { X: { plan: 1 } } }],
      'members.0.values.X',
      /“X” không có trong bảng/,
    ],
    ['value for a group code', [{ id: 'a', values: { I: { plan: 1 } } }], 'members.0.values.I', /là mã nhóm/],
    [
      'duplicate member ids',
      [
        { id: 'a', values: {} },
        { id: 'a', values: {} },
      ],
      'members.1.id',
      /trùng với thành viên 1/,
    ],
    ['empty id', [{ id: '', values: {} }], 'members.0.id', /không được để trống/],
    [
      'negative plan',
      [{ id: 'a', values: { 'I.1': { plan: -1, actual: 1 } } }],
      'members.0.values.I.1.plan',
      /không được âm/,
    ],
    [
      'actual as text',
      [{ id: 'a', values: { 'I.1': { plan: 1, actual: '2' } } }],
      'members.0.values.I.1.actual',
      /phải là một số/,
    ],
    [
      'fractional count',
      [{ id: 'a', values: { 'II.2': { count: 1.5 } } }],
      'members.0.values.II.2.count',
      /số nguyên/,
    ],
    [
      'achieved as text',
      [{ id: 'a', values: { 'I.2': { achieved: 'yes' } } }],
      'members.0.values.I.2.achieved',
      /true hoặc false/,
    ],
    [
      'an unknown field',
      [{ id: 'a', values: { 'I.1': { planned: 1 } } }],
      'members.0.values.I.1.planned',
      /“planned” không hợp lệ/,
    ],
    [
      'a value that is not an object',
      [{ id: 'a', values: { 'I.1': 5 } }],
      'members.0.values.I.1',
      /phải có dạng/,
    ],
    ['values not an object', [{ id: 'a', values: [] }], 'members.0.values', /phải là đối tượng/],
    [
      'too many members',
      Array.from({ length: 1001 }, (_, i) => ({ id: `m${i}`, values: {} })),
      'members',
      /Tối đa 1000/,
    ],
  ];
  it.each(cases)('%s', (_label, members, path, message) => {
    expect(validateMembers(VALID, members)).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('accepts missing, null and partial values', () => {
    expect(
      validateMembers(VALID, [
        { id: 'a', values: {} },
        { id: 'b', values: { 'I.1': null, 'I.2': { plan: null, achieved: null }, 'II.2': { count: 0 } } },
        { id: 'c', name: 'Bắc Mê', values: { 'I.1': { plan: 100, actual: 102 } } },
      ]),
    ).toEqual([]);
  });

  it('does not take inherited object properties for item codes', () => {
    expect(
      validateMembers(VALID, [{ id: 'a', values: JSON.parse('{"toString":{"plan":1}}') }]),
    ).toContainEqual({
      path: 'members.0.values.toString',
      message: expect.stringMatching(/không có trong bảng/),
    });
  });
});

describe('classification bands validation', () => {
  it('accepts bands in either order', () => {
    expect(
      validateClassificationBands([
        { minTotal: 90, label: 'Xuất sắc' },
        { minTotal: 70, label: 'Khá' },
      ]),
    ).toEqual([]);
    expect(
      validateClassificationBands([
        { minTotal: 70, label: 'Khá' },
        { minTotal: 90, label: 'Xuất sắc' },
      ]),
    ).toEqual([]);
  });
  const cases: [string, unknown, string, RegExp][] = [
    ['empty', [], 'bands', /ít nhất một mức/],
    [
      'not ordered',
      [
        { minTotal: 90, label: 'A' },
        { minTotal: 50, label: 'C' },
        { minTotal: 70, label: 'B' },
      ],
      'bands',
      /giảm dần hoặc tăng dần/,
    ],
    [
      'repeated minimum',
      [
        { minTotal: 90, label: 'A' },
        { minTotal: 90, label: 'B' },
      ],
      'bands',
      /không trùng/,
    ],
    ['no label', [{ minTotal: 90, label: '' }], 'bands.0.label', /không được để trống/],
    ['minTotal not a number', [{ minTotal: 'chín mươi', label: 'A' }], 'bands.0.minTotal', /phải là một số/],
  ];
  it.each(cases)('%s', (_label, bands, path, message) => {
    expect(validateClassificationBands(bands)).toContainEqual({
      path,
      message: expect.stringMatching(message),
    });
  });
});
