import { describe, expect, it } from 'vitest';
import { movementDuration, type MovementInput, movementFactsInPeriod } from '../movements';
import { is } from '../predicate';
import {
  ageBand,
  checkStaffMember,
  organisationFacts,
  seniorityBand,
  staffFactsAt,
  type TdktStaffMember,
} from '../tdkt-bodies';
import { evaluateForm, type FilledForm } from './evaluate';
import type { FormLayout } from './layout';
import { checkFormLayout, FORM_LAYOUTS, formLayout } from './registry';
import { FORM_0601, FORM_0604, FORM_0605 } from './tt02-2023-bodies';

const cells = (form: FilledForm) =>
  new Map(form.rows.filter((r) => r.code !== null).map((r) => [r.code!, r.cells]));

describe('biểu 0601.N/BNV-TĐKT: movements launched in statistical year 2021', () => {
  const m = (id: string, o: Omit<MovementInput, 'id'>): MovementInput => ({ id, ...o });
  const MOVEMENTS = [
    m('M1', {
      level: 'central',
      kind: 'thematic',
      startDate: '2021-01-01',
      endDate: '2025-12-31',
      launchedOn: '2021-03-01',
    }),
    m('M2', {
      level: 'province',
      kind: 'regular',
      startDate: '2021-01-01',
      endDate: '2021-12-31',
      launchedOn: '2021-01-15',
    }),
    m('M3', {
      level: 'province',
      kind: 'thematic',
      startDate: '2021-02-01',
      endDate: '2023-12-31',
      inBloc: true,
    }),
    m('M4', { level: 'commune', kind: 'regular', startDate: '2021-02-15', endDate: '2021-11-30' }),
    m('M5', {
      level: 'agency',
      kind: 'thematic',
      startDate: '2021-06-01',
      endDate: '2024-05-31',
      launchedOn: '2021-06-10',
    }),
    m('M6', { level: 'province', kind: 'thematic', startDate: '2021-12-05', endDate: '2022-12-31' }),
  ];
  const filled = evaluateForm(
    FORM_0601,
    movementFactsInPeriod(MOVEMENTS, { from: '2020-12-01', to: '2021-11-30' }),
  );

  // Columns: total | Trung ương | bộ, ngành, tỉnh | cơ quan, tổ chức, đơn vị
  it.each([
    ['01', [5, 1, 2, 2]],
    ['02', [1, 1, 0, 0]],
    ['03', [1, 0, 1, 0]],
    ['04', [1, 0, 1, 0]],
    ['05', [2, 0, 0, 2]],
    ['06', [1, 0, 0, 1]],
    ['07', [1, 0, 1, 0]],
    ['08', [1, 0, 1, 0]],
    ['09', [1, 0, 0, 1]],
    ['10', [1, 1, 0, 0]],
    ['11', [3, 1, 1, 1]],
    ['12', [2, 0, 1, 1]],
  ])('row %s', (code, expected) => expect(cells(filled).get(code)).toEqual(expected));

  it('1 = 2 + 3 + 4 in every row, and every section sums to the total', () => {
    for (const r of filled.rows)
      if (r.cells) expect(r.cells[0]).toBe(r.cells[1]! + r.cells[2]! + r.cells[3]!);
    const total = cells(filled).get('01')![0]!;
    for (const section of [
      ['02', '03', '04', '05'],
      ['06', '07', '08', '09', '10'],
      ['11', '12'],
    ])
      expect(section.reduce((s, c) => s + cells(filled).get(c)![0]!, 0)).toBe(total);
  });

  it.each([
    ['2021-01-01', '2021-11-30', 'under_1_year'],
    ['2021-01-01', '2021-12-30', 'under_1_year'],
    ['2021-01-01', '2021-12-31', 'one_year'],
    ['2021-01-15', '2022-02-13', 'one_year'],
    ['2021-01-15', '2022-02-14', 'one_to_three_years'],
    ['2021-01-01', '2023-12-30', 'one_to_three_years'],
    ['2021-01-01', '2023-12-31', 'three_to_five_years'],
    ['2021-01-01', '2025-12-30', 'three_to_five_years'],
    ['2021-01-01', '2025-12-31', 'five_years_plus'],
    ['2024-02-29', '2025-02-27', 'under_1_year'],
    ['2024-02-29', '2025-02-28', 'one_year'], // a year from 29/02 ends on 28/02
    ['2024-03-01', '2025-02-28', 'one_year'],
  ])('a movement %s – %s lasts %s', (start, end, band) => expect(movementDuration(start, end)).toBe(band));
});

describe('biểu 0604.N/BNV-TĐKT: TĐKT organisations', () => {
  const filled = evaluateForm(
    FORM_0604,
    [
      { id: 'o1', name: 'Phòng Thi đua, khen thưởng', structure: 'division_of_home_affairs' as const },
      { id: 'o2', name: 'Ban Thi đua - Khen thưởng', structure: 'board_of_home_affairs' as const },
      { id: 'o3', name: 'Vụ Thi đua - Khen thưởng', structure: 'ministry_department' as const },
    ].map(organisationFacts),
  );
  it.each([
    ['01', [3]],
    ['02', [1]],
    ['03', [0]],
    ['04', [1]],
    ['05', [1]],
  ])('row %s', (code, expected) => expect(cells(filled).get(code)).toEqual(expected));
  it('rows carry their units of count', () =>
    expect(filled.rows.map((r) => r.unit)).toEqual(['Tổ chức', null, 'Vụ', 'Phòng', 'Ban', 'Phòng']));
});

describe('biểu 0605.N/BNV-TĐKT: TĐKT civil servants on the report date 30/11/2025', () => {
  const s = (id: string, o: Partial<TdktStaffMember>): TdktStaffMember => ({
    id,
    fullName: `Cán bộ ${id}`,
    gender: 'male',
    birthDate: null,
    training: null,
    tdktSince: null,
    ...o,
  });
  const STAFF = [
    s('S1', { gender: 'female', birthDate: '1995-12-01', training: 'dai_hoc', tdktSince: '2021-01-01' }),
    s('S2', { birthDate: '1985-11-30', training: 'tren_dai_hoc', tdktSince: '2015-11-30' }),
    s('S3', { gender: 'female', birthDate: '1965-06-01', training: 'trung_cap', tdktSince: '2020-11-30' }),
    s('S4', {}),
    s('S5', { gender: 'female', tdktSince: '2010-01-01', tdktUntil: '2024-12-31' }),
    s('S6', { tdktSince: '2025-12-01' }),
  ];
  const filled = evaluateForm(FORM_0605, staffFactsAt(STAFF, '2025-11-30'));

  // Columns: Tổng số | Trong đó: Nữ
  it.each([
    ['01', [4, 2]],
    ['02', [1, 1]],
    ['03', [1, 0]],
    ['04', [0, 0]],
    ['05', [0, 0]],
    ['06', [1, 1]],
    ['07', [0, 0]],
    ['08', [0, 0]],
    ['09', [1, 1]],
    ['10', [0, 0]],
    ['11', [1, 1]],
    ['12', [1, 0]],
    ['13', [1, 1]],
    ['14', [1, 1]],
    ['15', [1, 0]],
  ])('row %s', (code, expected) => expect(cells(filled).get(code)).toEqual(expected));

  it.each([
    [30, 'to_30'],
    [31, 'from_31_to_40'],
    [40, 'from_31_to_40'],
    [41, 'from_41_to_50'],
    [50, 'from_41_to_50'],
    [51, 'from_51_to_55'],
    [55, 'from_51_to_55'],
    [56, 'from_56_to_60'],
    [60, 'from_56_to_60'],
    [61, 'over_60'],
  ])('age %i → %s', (age, band) => expect(ageBand(age)).toBe(band));

  it.each([
    [0, 'under_5'],
    [4, 'under_5'],
    [5, 'from_5_to_10'],
    [9, 'from_5_to_10'],
    [10, 'from_10'],
    [35, 'from_10'],
  ])('%i years of TĐKT work → %s', (years, band) => expect(seniorityBand(years)).toBe(band));

  it.each([
    [s('ok', { birthDate: '1990-01-01', tdktSince: '2015-01-01' }), []],
    [s('blank', { fullName: '  ' }), ['fullName']],
    [s('future', { tdktSince: '2027-01-01' }), ['tdktSince']],
    [s('bad', { birthDate: '1990-02-30' }), ['birthDate']],
    [s('order', { birthDate: '1990-01-01', tdktSince: '1989-01-01' }), ['tdktSince']],
    [s('left', { tdktSince: '2020-01-01', tdktUntil: '2019-01-01' }), ['tdktUntil']],
  ])('register line %j → problems on %j', (member, paths) => {
    const problems = checkStaffMember(member, '2026-12-07');
    expect(problems.map((p) => p.path)).toEqual(paths);
    for (const p of problems) expect(p.message).toMatch(/[ạảãàáâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/);
  });
});

describe('the layouts as data', () => {
  it.each(FORM_LAYOUTS.map((l) => [l.code, l]))('%s is sound', (_code, layout) => {
    expect(checkFormLayout(layout)).toEqual([]);
  });

  it('lists 0601–0605 of Thông tư 02/2023 and finds them by code', () => {
    expect(FORM_LAYOUTS.map((l) => l.code)).toEqual([
      'TT02_2023/0601',
      'TT02_2023/0602',
      'TT02_2023/0603',
      'TT02_2023/0604',
      'TT02_2023/0605',
    ]);
    expect(formLayout('TT02_2023/0603')?.number).toBe('0603.N/BNV-TĐKT');
    expect(formLayout('TT18_2025/0603')).toBeUndefined();
  });

  it.each<[string, Partial<FormLayout>, RegExp]>([
    ['an unknown field', { scope: is('tinh', 'x') }, /Trường "tinh"/],
    ['an unknown value', { scope: is('level', 'province') }, /Giá trị "province"/],
    [
      'a duplicate row code',
      { rows: [...FORM_0604.rows, { code: '01', label: 'Lặp', indent: 0 }] },
      /Mã số dòng/,
    ],
    ['a column without number', { columns: [{ key: 'x', label: 'X' }] }, /không có số thứ tự/],
    ['a code of another version', { code: 'TT18_2025/0604' }, /phiên bản/],
  ])('a layout with %s is refused', (_what, change, message) => {
    const problems = checkFormLayout({ ...FORM_0604, subject: 'awards', ...change });
    expect(problems.join('; ')).toMatch(message);
  });
});
