import { describe, expect, it } from 'vitest';
import { countAwards, type GroupByField, parseGroupBy, STATISTICS_GROUP_BY, tallyAwards } from './counting';
import { type AwardRecordInput, awardFacts } from './facts';

const SY2020 = { from: '2019-12-01', to: '2020-11-30' };

let seq = 0;
function rec(o: Partial<AwardRecordInput> & Pick<AwardRecordInput, 'subjectId'>): AwardRecordInput {
  seq++;
  return {
    id: `r${seq}`,
    awardCode: 'giay_khen_chu_tich_ubnd_huyen',
    subjectType: 'individual',
    commendationType: 'cong_trang',
    status: 'valid',
    decisionDate: '2020-05-10',
    evaluationYear: null,
    ...o,
  };
}

describe('lượt and distinct subjects; revoked awards never count', () => {
  it.each([
    ['one person, two Giấy khen', [rec({ subjectId: 'p1' }), rec({ subjectId: 'p1' })], 2, 1],
    ['two people, one each', [rec({ subjectId: 'p1' }), rec({ subjectId: 'p2' })], 2, 2],
    ['a revoked award', [rec({ subjectId: 'p1' }), rec({ subjectId: 'p2', status: 'revoked' })], 1, 1],
    ['only revoked awards', [rec({ subjectId: 'p1', status: 'revoked' })], 0, 0],
    [
      'the same id as person and as unit are two subjects',
      [
        rec({ subjectId: 'x' }),
        rec({ subjectId: 'x', subjectType: 'collective', awardCode: 'tap_the_lao_dong_tien_tien' }),
      ],
      2,
      2,
    ],
    ['a record without any date', [rec({ subjectId: 'p1', decisionDate: null })], 0, 0],
  ])('%s → %i lượt, %i subjects', (_name, records, awards, subjects) => {
    expect(tallyAwards(records, { period: SY2020, groupBy: [] }).total).toEqual({ awards, subjects });
  });

  it.each([
    ['2019-11-30', false],
    ['2019-12-01', true],
    ['2020-11-30', true],
    ['2020-12-01', false],
  ])('decided on %s, it counts in statistical year 2020: %s', (decisionDate, counts) => {
    const answer = tallyAwards([rec({ subjectId: 'p1', decisionDate })], { period: SY2020, groupBy: [] });
    expect(answer.total.awards).toBe(counts ? 1 : 0);
  });

  it('a record with an evaluation year and no decision date counts in that statistical year', () => {
    const r = rec({
      subjectId: 'p1',
      decisionDate: null,
      evaluationYear: 2020,
      awardCode: 'lao_dong_tien_tien',
    });
    expect(tallyAwards([r], { period: SY2020, groupBy: [] }).total.awards).toBe(1);
    expect(
      tallyAwards([r], { period: { from: '2020-12-01', to: '2021-11-30' }, groupBy: [] }).total.awards,
    ).toBe(0);
  });

  it('the total of subjects is distinct over all groups, not the sum of the rows', () => {
    const records = [
      rec({ subjectId: 'p1', commendationType: 'cong_trang' }),
      rec({ subjectId: 'p1', commendationType: 'dot_xuat' }),
      rec({ subjectId: 'p2', commendationType: 'dot_xuat' }),
    ];
    const answer = tallyAwards(records, { period: SY2020, groupBy: ['commendationType'] });
    expect(answer.rows).toEqual([
      { commendationType: 'dot_xuat', awards: 2, subjects: 2 },
      { commendationType: 'thuong_xuyen', awards: 1, subjects: 1 },
    ]);
    expect(answer.total).toEqual({ awards: 3, subjects: 2 });
    expect(answer.period).toEqual(SY2020);
  });
});

describe('group-by over every field of the statistics API', () => {
  const records: AwardRecordInput[] = [
    rec({
      subjectId: 'p1',
      gender: 'female',
      ethnicity: '02',
      isLeader: false,
      occupationGroup: 'farmer',
      unitId: 'u1',
    }),
    rec({
      subjectId: 'p2',
      gender: 'male',
      ethnicity: '01',
      isLeader: true,
      occupationGroup: 'civil_servant',
      unitId: 'u1',
      awardCode: 'bang_khen_bo_tinh',
      commendationType: 'phong_trao_thi_dua',
    }),
    rec({
      subjectId: 'c1',
      subjectType: 'collective',
      awardCode: 'co_thi_dua_bo_tinh',
      unitId: 'u2',
      decisionDate: '2019-12-15',
      unitType: 'enterprise',
    }),
    rec({
      subjectId: 'h1',
      subjectType: 'household',
      awardCode: 'gia_dinh_van_hoa',
      unitId: null,
      decisionDate: null,
      evaluationYear: 2020,
    }),
  ];
  const facts = records.map((r) => awardFacts(r)!);

  it.each<[GroupByField, unknown[]]>([
    [
      'awardCode',
      [
        ['bang_khen_bo_tinh', 1],
        ['co_thi_dua_bo_tinh', 1],
        ['gia_dinh_van_hoa', 1],
        ['giay_khen_chu_tich_ubnd_huyen', 1],
      ],
    ],
    [
      'level',
      [
        ['district', 1],
        ['grassroots', 1],
        ['ministry_province', 2],
      ],
    ],
    [
      'kind',
      [
        ['bang_khen', 1],
        ['emulation_flag', 1],
        ['emulation_title', 1],
        ['giay_khen', 1],
      ],
    ],
    [
      'subjectType',
      [
        ['collective', 1],
        ['household', 1],
        ['individual', 2],
      ],
    ],
    [
      'commendationType',
      [
        ['chuyen_de', 1],
        ['thuong_xuyen', 3],
      ],
    ],
    ['year', [[2020, 4]]],
    [
      'unit',
      [
        ['u1', 2],
        ['u2', 1],
        [null, 1],
      ],
    ],
    [
      'gender',
      [
        ['female', 1],
        ['male', 1],
        [null, 2],
      ],
    ],
    [
      'ethnicMinority',
      [
        [false, 1],
        [true, 1],
        [null, 2],
      ],
    ],
    [
      'leader',
      [
        [false, 1],
        [true, 1],
        [null, 2],
      ],
    ],
    [
      'occupationGroup',
      [
        ['civil_servant', 1],
        ['farmer', 1],
        [null, 2],
      ],
    ],
  ])('by %s', (field, expected) => {
    const { rows } = countAwards(facts, [field]);
    expect(rows.map((r) => [r[field], r.awards])).toEqual(expected);
  });

  it('every field of STATISTICS_GROUP_BY is a field of the facts', () => {
    for (const field of STATISTICS_GROUP_BY) expect(Object.keys(facts[0]!)).toContain(field);
  });

  it('two fields: rows sorted by the first, then the second', () => {
    const { rows } = countAwards(facts, ['subjectType', 'level']);
    expect(rows.map((r) => [r.subjectType, r.level, r.awards])).toEqual([
      ['collective', 'ministry_province', 1],
      ['household', 'grassroots', 1],
      ['individual', 'district', 1],
      ['individual', 'ministry_province', 1],
    ]);
  });

  it('no grouping: one row with the total; nothing to count: no row', () => {
    expect(countAwards(facts, []).rows).toEqual([{ awards: 4, subjects: 4 }]);
    expect(countAwards([], ['level'])).toEqual({ rows: [], total: { awards: 0, subjects: 0 } });
  });

  it('attributes of a person are not read for a collective', () => {
    const f = awardFacts(
      rec({ subjectId: 'c9', subjectType: 'collective', gender: 'female', isLeader: true }),
    )!;
    expect([f.gender, f.leader, f.individualClass, f.enterprise]).toEqual([null, null, null, null]);
  });
});

describe('parseGroupBy', () => {
  it.each([
    ['level,kind', ['level', 'kind']],
    [' level , kind ,', ['level', 'kind']],
    [
      ['level', 'year'],
      ['level', 'year'],
    ],
    ['level,level', ['level']],
    ['', []],
    [undefined, []],
  ])('%j → %j', (input, fields) => {
    const r = parseGroupBy(input);
    expect(r.ok && r.fields).toEqual(fields);
  });

  it.each([['nam'], ['level,donVi'], [['level', 'status']]])('%j is refused in Vietnamese', (input) => {
    const r = parseGroupBy(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.path).toBe('groupBy');
      expect(r.problems[0]!.message).toMatch(/Không nhóm được theo/);
    }
  });
});
