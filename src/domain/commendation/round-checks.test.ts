import { describe, expect, it } from 'vitest';
import type { SubjectType } from '../awards/types';
import {
  collectiveShareWarning,
  duplicateProposals,
  flagsOverBlocQuota,
  hasMemberShare,
  isBlocFlag,
  type RoundProposal,
} from './round-checks';

let seq = 0;
const p = (
  type: SubjectType,
  subjectId: string,
  awardCode: string,
  proposingUnitId = 'u-x',
): RoundProposal => ({
  id: `n${++seq}`,
  subject: { type, id: subjectId, name: `Tên ${subjectId}` },
  awardCode,
  proposingUnitId,
});

describe('Luật Thi đua, khen thưởng 2022 Điều 5 k2 c: one achievement, one form, once', () => {
  it.each([
    [
      'same person, same title twice',
      [
        ['individual', 'a', 'lao_dong_tien_tien'],
        ['individual', 'a', 'lao_dong_tien_tien'],
      ],
      [[0, 1]],
    ],
    [
      'same person three times',
      [
        ['individual', 'a', 'cstd_co_so'],
        ['individual', 'a', 'cstd_co_so'],
        ['individual', 'a', 'cstd_co_so'],
      ],
      [[0, 1, 2]],
    ],
    [
      'same person, two different titles',
      [
        ['individual', 'a', 'lao_dong_tien_tien'],
        ['individual', 'a', 'cstd_co_so'],
      ],
      [],
    ],
    [
      'two people, same title',
      [
        ['individual', 'a', 'lao_dong_tien_tien'],
        ['individual', 'b', 'lao_dong_tien_tien'],
      ],
      [],
    ],
    [
      'a person and a unit sharing an id',
      [
        ['individual', 'a', 'bang_khen_bo_tinh'],
        ['collective', 'a', 'bang_khen_bo_tinh'],
      ],
      [],
    ],
    [
      'two pairs',
      [
        ['individual', 'a', 'lao_dong_tien_tien'],
        ['collective', 'u', 'bang_khen_bo_tinh'],
        ['individual', 'a', 'lao_dong_tien_tien'],
        ['collective', 'u', 'bang_khen_bo_tinh'],
      ],
      [
        [0, 2],
        [1, 3],
      ],
    ],
  ] as const)('%s', (_name, rows, groups) => {
    const items = rows.map(([t, id, code]) => p(t, id, code));
    const warnings = duplicateProposals(items);
    expect(warnings.map((w) => w.nominationIds)).toEqual(groups.map((g) => g.map((i) => items[i]!.id)));
    for (const w of warnings) {
      expect(w.kind).toBe('duplicate');
      expect(w.message).toContain('Điều 5 khoản 2 điểm c');
    }
  });

  it('names the subject, the count and the award', () => {
    const items = [p('individual', 'a', 'lao_dong_tien_tien'), p('individual', 'a', 'lao_dong_tien_tien')];
    expect(duplicateProposals(items)[0]!.message).toMatch(/^Tên a được đề nghị 2 lần cho Lao động tiên tiến/);
  });
});

describe('Luật Thi đua, khen thưởng 2022 Điều 25–26: the flag goes to the leading unit of a cụm, khối', () => {
  const blocs = [
    { blocId: 'b1', blocName: 'Cụm thi đua số 1', unitId: 'u1' },
    { blocId: 'b1', blocName: 'Cụm thi đua số 1', unitId: 'u2' },
    { blocId: 'b1', blocName: 'Cụm thi đua số 1', unitId: 'u3' },
    { blocId: 'b2', blocName: 'Khối thi đua số 2', unitId: 'u4' },
  ];
  it.each([
    [
      'two units of one bloc, same flag',
      [
        ['u1', 'co_thi_dua_bo_tinh'],
        ['u2', 'co_thi_dua_bo_tinh'],
      ],
      1,
      [['Cụm thi đua số 1', [0, 1]]],
    ],
    [
      'one unit per bloc',
      [
        ['u1', 'co_thi_dua_bo_tinh'],
        ['u4', 'co_thi_dua_bo_tinh'],
      ],
      1,
      [],
    ],
    [
      'two different flags in one bloc',
      [
        ['u1', 'co_thi_dua_bo_tinh'],
        ['u2', 'co_thi_dua_chinh_phu'],
      ],
      1,
      [],
    ],
    [
      'Cờ Chính phủ twice in one bloc',
      [
        ['u1', 'co_thi_dua_chinh_phu'],
        ['u3', 'co_thi_dua_chinh_phu'],
      ],
      1,
      [['Cụm thi đua số 1', [0, 1]]],
    ],
    [
      'flag of a quân khu twice',
      [
        ['u2', 'co_thi_dua_quan_khu_dhqg'],
        ['u3', 'co_thi_dua_quan_khu_dhqg'],
      ],
      1,
      [['Cụm thi đua số 1', [0, 1]]],
    ],
    [
      'a unit in no bloc',
      [
        ['u1', 'co_thi_dua_bo_tinh'],
        ['u9', 'co_thi_dua_bo_tinh'],
      ],
      1,
      [],
    ],
    [
      'a form that is not a flag',
      [
        ['u1', 'bang_khen_bo_tinh'],
        ['u2', 'bang_khen_bo_tinh'],
      ],
      1,
      [],
    ],
    [
      'tenant allows two per bloc, two proposed',
      [
        ['u1', 'co_thi_dua_bo_tinh'],
        ['u2', 'co_thi_dua_bo_tinh'],
      ],
      2,
      [],
    ],
    [
      'tenant allows two per bloc, three proposed',
      [
        ['u1', 'co_thi_dua_bo_tinh'],
        ['u2', 'co_thi_dua_bo_tinh'],
        ['u3', 'co_thi_dua_bo_tinh'],
      ],
      2,
      [['Cụm thi đua số 1', [0, 1, 2]]],
    ],
  ] as const)('%s (quota %s)', (_name, rows, perBloc, expected) => {
    const items = rows.map(([u, code]) => p('collective', u, code));
    const warnings = flagsOverBlocQuota(items, blocs, perBloc);
    expect(warnings.map((w) => [w.message.split(':')[0], w.nominationIds])).toEqual(
      expected.map(([bloc, idx]) => [bloc, idx.map((i) => items[i]!.id)]),
    );
    for (const w of warnings) expect(w.kind).toBe('flag_per_bloc');
  });

  it('an individual proposed for a flag code is not counted', () => {
    const items = [p('individual', 'u1', 'co_thi_dua_bo_tinh'), p('collective', 'u2', 'co_thi_dua_bo_tinh')];
    expect(flagsOverBlocQuota(items, blocs, 1)).toEqual([]);
  });

  it.each([
    ['co_thi_dua_bo_tinh', true],
    ['co_thi_dua_chinh_phu', true],
    ['co_thi_dua_quan_khu_dhqg', true],
    ['tap_the_lao_dong_xuat_sac', false],
    ['bang_khen_thu_tuong', false],
  ])('isBlocFlag(%s) is %s', (code, expected) => expect(isBlocFlag(code)).toBe(expected));
});

describe('Luật Thi đua, khen thưởng 2022 Điều 27 k3, Điều 28 k3–k4: the members of a collective', () => {
  const unit = p('collective', 'u1', 'tap_the_lao_dong_tien_tien');
  const inRound = (n: number, code = 'lao_dong_tien_tien', by = 'u1') =>
    Array.from({ length: n }, (_, i) => p('individual', `m${i}`, code, by));

  it.each([
    // members, with LĐTT on record, disciplined, proposed in the round, percent → warned
    ['14 of 20 is 70 %', 20, 14, 0, [], 70, false],
    ['13 of 20 is 65 %', 20, 13, 0, [], 70, true],
    ['13 of 20 plus one LĐTT dossier in the round', 20, 13, 0, inRound(1), 70, false],
    ['a CSTĐ cơ sở dossier counts as LĐTT', 20, 13, 0, inRound(1, 'cstd_co_so'), 70, false],
    ['a Bằng khen dossier does not count', 20, 13, 0, inRound(1, 'bang_khen_bo_tinh'), 70, true],
    ['a dossier of another unit does not count', 20, 13, 0, inRound(1, 'lao_dong_tien_tien', 'u2'), 70, true],
    ['dossiers count up to the member count', 3, 3, 0, inRound(5), 100, false],
    ['7 of 10 with a stricter local 75 %', 10, 7, 0, [], 75, true],
    ['7 of 10 with a local 60 %', 10, 7, 0, [], 60, false],
    ['every member LĐTT but one disciplined with cảnh cáo', 10, 10, 1, [], 70, true],
    ['no members on record: nothing to say', 0, 0, 0, [], 70, false],
  ] as const)('%s', (_name, members, withLdtt, disciplined, round, percent, warned) => {
    const w = collectiveShareWarning(
      unit,
      { members, withLdtt, disciplinedWarningOrHeavier: disciplined },
      [unit, ...round],
      percent,
    );
    expect(w !== null).toBe(warned);
    if (w) {
      expect(w).toMatchObject({ kind: 'collective_ratio', nominationIds: [unit.id] });
      expect(w.message).toContain(`cần từ ${percent}%`);
    }
  });

  it('says the share and the disciplined members', () => {
    const w = collectiveShareWarning(
      unit,
      { members: 20, withLdtt: 13, disciplinedWarningOrHeavier: 2 },
      [],
      70,
    );
    expect(w?.message).toBe(
      'Tên u1: 13/20 thành viên (65%) đạt Lao động tiên tiến trở lên kể cả hồ sơ trong đợt (cần từ 70%); 2 thành viên bị kỷ luật từ cảnh cáo trở lên.',
    );
  });

  it.each([
    ['tap_the_lao_dong_tien_tien', true],
    ['don_vi_tien_tien', true],
    ['tap_the_lao_dong_xuat_sac', true],
    ['don_vi_quyet_thang', true],
    ['co_thi_dua_bo_tinh', false],
    ['bang_khen_bo_tinh', false],
  ])('hasMemberShare(%s) is %s', (code, expected) => expect(hasMemberShare(code)).toBe(expected));
});
