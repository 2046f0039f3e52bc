import { describe, expect, it } from 'vitest';
import type { DisciplineForm, Rating, SubjectFacts } from '../../awards/types';
import { ask, check, ratings, statusOf } from '../test-helpers';

type Member = NonNullable<SubjectFacts['members']>[number];
const member = (
  titles: string[] = [],
  rating: Rating | null = 'HTT',
  disciplineForm: DisciplineForm | null = null,
): Member => ({
  rating,
  titles,
  disciplineForm,
});
/** `n` members, the first `withTitle` of them LĐTT. */
const team = (n: number, withTitle: number, title = 'lao_dong_tien_tien'): Member[] =>
  Array.from({ length: n }, (_, i) => member(i < withTitle ? [title] : []));

const collective = (target: string, rating: Rating | null, members: Member[] | undefined) =>
  ask({
    target,
    subjectType: 'collective',
    facts: { ratings: rating ? ratings({ 2025: rating }) : [], ...(members ? { members } : {}) },
  });

describe('Luật TĐKT 2022 Điều 28 — Tập thể lao động tiên tiến', () => {
  const ttldtt = (rating: Rating | null, members: Member[] | undefined) =>
    collective('tap_the_lao_dong_tien_tien', rating, members);
  it.each([
    ['HTXS', 'passed'],
    ['HTT', 'passed'],
    ['HT', 'failed'],
  ] as const)('R1: collective rated %s → %s', (rating, status) =>
    expect(statusOf(ttldtt(rating, team(10, 10)), 'tap_the.rating')).toBe(status),
  );
  it('R1: no collective rating → failed', () =>
    expect(statusOf(ttldtt(null, team(10, 10)), 'tap_the.rating')).toBe('failed'));
  it.each([
    [10, 7, 'passed'],
    [20, 14, 'passed'],
    [3, 2, 'failed'],
    [10, 6, 'failed'],
  ] as const)('R3: %i members, %i LĐTT → %s (≥ 70%%)', (n, k, status) =>
    expect(statusOf(ttldtt('HTT', team(n, k)), 'tap_the.members_ldtt')).toBe(status),
  );
  it.each([
    [75, 20, 14, 'failed'],
    [75, 20, 15, 'passed'],
    [60, 10, 6, 'passed'],
    [100, 10, 9, 'failed'],
  ] as const)('R3 with the tenant setting %i%%: %i members, %i LĐTT → %s', (percent, n, k, status) => {
    const r = ask({
      target: 'tap_the_lao_dong_tien_tien',
      subjectType: 'collective',
      facts: { ratings: ratings({ 2025: 'HTT' }), members: team(n, k) },
      settings: { memberTitleSharePercent: percent },
    });
    expect(statusOf(r, 'tap_the.members_ldtt')).toBe(status);
    if (status === 'failed')
      expect(check(r, 'tap_the.members_ldtt').message).toContain(`ít nhất ${percent}%`);
  });
  it('R3: the message gives the figures', () =>
    expect(check(ttldtt('HTT', team(10, 6)), 'tap_the.members_ldtt').message).toContain('6/10 (60%)'));
  it('R3: a member holding CSTĐ cơ sở (which implies LĐTT) counts', () =>
    expect(
      statusOf(ttldtt('HTT', [...team(7, 6), member(['cstd_co_so']), ...team(2, 0)]), 'tap_the.members_ldtt'),
    ).toBe('passed'));
  it.each([
    ['khien_trach', 'passed'],
    ['canh_cao', 'failed'],
    ['cach_chuc', 'failed'],
  ] as const)('R4: a member disciplined with %s → %s', (form, status) =>
    expect(
      statusOf(
        ttldtt('HTT', [...team(9, 9), member(['lao_dong_tien_tien'], 'HTT', form)]),
        'tap_the.members_discipline',
      ),
    ).toBe(status),
  );
  it('no member list → failed (ratios cannot be checked)', () => {
    const r = ttldtt('HTT', undefined);
    expect(statusOf(r, 'tap_the.members')).toBe('failed');
    expect(r.verdict).toBe('not_eligible');
  });
  it('R2, R5 are judgement items; all data met → eligible', () => {
    const r = ttldtt('HTT', team(10, 8));
    expect(statusOf(r, 'tap_the.movement')).toBe('needs_judgement');
    expect(statusOf(r, 'tap_the.unity')).toBe('needs_judgement');
    expect(r.verdict).toBe('eligible');
  });
  it('Đơn vị tiên tiến (armed forces) uses the same criteria, CSTT counts', () =>
    expect(collective('don_vi_tien_tien', 'HTT', team(10, 7, 'chien_si_tien_tien')).verdict).toBe(
      'eligible',
    ));
});

describe('Luật TĐKT 2022 Điều 27 — Tập thể lao động xuất sắc', () => {
  const good = (): Member[] => [member(['cstd_co_so'], 'HTXS'), ...team(9, 7)];
  const ttldxs = (rating: Rating | null, members: Member[]) =>
    collective('tap_the_lao_dong_xuat_sac', rating, members);
  it('all conditions met → eligible', () => expect(ttldxs('HTXS', good()).verdict).toBe('eligible'));
  it.each([
    ['HTXS', 'passed'],
    ['HTT', 'failed'],
  ] as const)('R1: collective rated %s → %s', (rating, status) =>
    expect(statusOf(ttldxs(rating, good()), 'tap_the.rating')).toBe(status),
  );
  it.each([
    ['every member HT or better', good(), 'passed'],
    ['one member KHT', [...good().slice(1), member(['cstd_co_so'], 'KHT')], 'failed'],
    ['one member without rating', [...good().slice(1), member(['cstd_co_so'], null)], 'failed'],
  ] as const)('R3: %s → %s (100%% ≥ HT)', (_l, members, status) =>
    expect(statusOf(ttldxs('HTXS', [...members]), 'tap_the.members_ht')).toBe(status),
  );
  it('R3: fewer than 70% LĐTT → failed', () =>
    expect(
      statusOf(ttldxs('HTXS', [member(['cstd_co_so'], 'HTXS'), ...team(9, 5)]), 'tap_the.members_ldtt'),
    ).toBe('failed'));
  it.each([
    ['one member CSTĐ cơ sở', good(), 'passed'],
    ['a member CSTĐ bộ/tỉnh', [member(['cstd_bo_tinh'], 'HTXS'), ...team(9, 7)], 'passed'],
    ['no CSTĐ', team(10, 10), 'failed'],
  ] as const)('R4: %s → %s', (_l, members, status) =>
    expect(statusOf(ttldxs('HTXS', [...members]), 'tap_the.members_cstd')).toBe(status),
  );
  it('§3.4 by extension: a member with cảnh cáo → failed', () =>
    expect(
      statusOf(
        ttldxs('HTXS', [...good(), member(['lao_dong_tien_tien'], 'HT', 'canh_cao')]),
        'tap_the.members_discipline',
      ),
    ).toBe('failed'));
});
