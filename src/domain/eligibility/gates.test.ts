import { describe, expect, it } from 'vitest';
import { indexFacts } from './facts-index';
import { streakBack } from './streaks';
import { decideVerdict } from './verdict';
import { ask, awards, check, emptyFacts, ratings, statusOf } from './test-helpers';
import type { EligibilityCheck } from './types';

const LDTT = {
  target: 'lao_dong_tien_tien',
  facts: { ratings: ratings({ 2025: 'HTT' }), recruitedOn: '2010-01-01' },
};

describe('G1 — ND 152/2025 Điều 4: pending investigation, inspection, complaint', () => {
  it.each([
    [false, 'passed', 'eligible'],
    [true, 'failed', 'not_eligible'],
  ] as const)('pendingInvestigation %s → %s, %s', (pending, status, verdict) => {
    const r = ask({ ...LDTT, facts: { ...LDTT.facts, pendingInvestigation: pending } });
    expect(statusOf(r, 'G1')).toBe(status);
    expect(r.verdict).toBe(verdict);
  });
  it('cites ND 98/2023 under RS_2024 and ND 152/2025 Điều 4 from RS_2025', () => {
    expect(check(ask({ ...LDTT, year: 2024, receivedOn: '2025-01-10' }), 'G1').citation).toContain('98/2023');
    expect(check(ask(LDTT), 'G1').citation).toBe('NĐ 152/2025/NĐ-CP Điều 4');
  });
});

describe('G2 — ND 152/2025 Điều 4: after a sanction, achievements count from the end of the sanction period', () => {
  const withSanction = (from: string, to: string | null, judgedOn?: string) =>
    ask({
      ...LDTT,
      ...(judgedOn ? { judgedOn } : {}),
      facts: { ...LDTT.facts, disciplines: [{ form: 'canh_cao', from, to, id: 'KL-1' }] },
    });
  it('no sanction → passed', () => expect(statusOf(ask(LDTT), 'G2')).toBe('passed'));
  it('sanction that ended in an earlier year → passed, counting from the year after its end', () => {
    const c = check(withSanction('2022-03-01', '2023-02-28'), 'G2');
    expect(c.status).toBe('passed');
    expect(c.message).toContain('từ năm 2024');
    expect(c.records).toEqual(['KL-1']);
  });
  it('sanction overlapping the evaluation year → failed (no LĐTT that year, §3.4)', () => {
    const r = withSanction('2024-09-01', '2025-02-28');
    expect(statusOf(r, 'G2')).toBe('failed');
    expect(check(r, 'G2').message).toContain('từ năm 2026');
    expect(r.verdict).toBe('not_eligible');
  });
  it('open sanction (no end date) → failed', () => {
    const r = withSanction('2025-05-01', null);
    expect(statusOf(r, 'G2')).toBe('failed');
    expect(check(r, 'G2').message).toContain('chưa hết thời hạn');
  });
  it('sanction imposed after the year but before the judgement → failed (its period ends after the year)', () =>
    expect(statusOf(withSanction('2026-01-15', '2026-07-14'), 'G2')).toBe('failed'));
  it('sanction imposed after the judgement date → not known, ignored', () =>
    expect(statusOf(withSanction('2026-04-01', '2026-09-30'), 'G2')).toBe('passed'));
});

describe('G7 — Law Điều 5 k2 c: one achievement → one award', () => {
  const withAward = (a: {
    code: string;
    year: number;
    type: 'cong_trang' | 'dot_xuat';
    status?: 'revoked';
  }) => ask({ ...LDTT, facts: { ...LDTT.facts, awards: [{ ...a, id: 'KT-1' }] } });
  it('no award of the target for the year → passed', () => expect(statusOf(ask(LDTT), 'G7')).toBe('passed'));
  it('the same title for the same year already awarded → failed', () => {
    const r = withAward({ code: 'lao_dong_tien_tien', year: 2025, type: 'cong_trang' });
    expect(statusOf(r, 'G7')).toBe('failed');
    expect(check(r, 'G7').records).toEqual(['KT-1']);
    expect(r.verdict).toBe('not_eligible');
  });
  it('the same title for another year → passed', () =>
    expect(statusOf(withAward({ code: 'lao_dong_tien_tien', year: 2024, type: 'cong_trang' }), 'G7')).toBe(
      'passed',
    ));
  it('a revoked award of the same year does not block', () =>
    expect(
      statusOf(
        withAward({ code: 'lao_dong_tien_tien', year: 2025, type: 'cong_trang', status: 'revoked' }),
        'G7',
      ),
    ).toBe('passed'));
  it('an ad hoc award (another achievement) of the same code and year does not block', () =>
    expect(
      statusOf(
        ask({
          target: 'bang_khen_bo_tinh',
          facts: { awards: [{ code: 'bang_khen_bo_tinh', year: 2025, type: 'dot_xuat' }] },
        }),
        'G7',
      ),
    ).toBe('passed'));
});

describe('streaks — law-reference §3.2 with G2, G3, G5', () => {
  const idx = (facts: Partial<ReturnType<typeof emptyFacts>>, judgedOn = '2026-03-02') =>
    indexFacts({ ...emptyFacts(), ...facts }, 'calendar_year', judgedOn);
  const cstd = (index: ReturnType<typeof idx>) => (y: number) =>
    index.ladder.get('cstd_co_so')?.has(y) ?? false;

  it('three consecutive years ending in the evaluation year', () => {
    const index = idx({ awards: awards('cstd_co_so', [2023, 2024, 2025]) });
    expect(streakBack(index, 2025, 3, cstd(index))).toMatchObject({ ok: true, years: [2025, 2024, 2023] });
  });
  it('a year without the title breaks the streak', () => {
    const index = idx({ awards: awards('cstd_co_so', [2022, 2023, 2025]) });
    expect(streakBack(index, 2025, 3, cstd(index))).toMatchObject({
      ok: false,
      brokenAt: 2024,
      brokenBy: 'missing',
    });
  });
  it('G3: a maternity year without the title is skipped, not a break (the streak reaches one year further back)', () => {
    const index = idx({
      awards: awards('cstd_co_so', [2022, 2023, 2025]),
      maternityLeaves: [{ from: '2024-02-01', to: '2024-07-31', id: 'TS-1' }],
    });
    expect(streakBack(index, 2025, 3, cstd(index))).toMatchObject({
      ok: true,
      years: [2025, 2023, 2022],
      skipped: [2024],
    });
  });
  it('G3: the evaluation year itself is never skipped', () => {
    const index = idx({
      awards: awards('cstd_co_so', [2022, 2023, 2024]),
      maternityLeaves: [{ from: '2025-02-01', to: '2025-07-31' }],
    });
    expect(streakBack(index, 2025, 3, cstd(index))).toMatchObject({ ok: false, brokenAt: 2025 });
  });
  it('G2: a sanction cuts the streak at the end of its period', () => {
    const index = idx({
      awards: awards('cstd_co_so', [2022, 2023, 2024, 2025]),
      disciplines: [{ form: 'khien_trach', from: '2022-06-01', to: '2023-05-31' }],
    });
    expect(index.firstCountingYear).toBe(2024);
    expect(streakBack(index, 2025, 3, cstd(index))).toMatchObject({
      ok: false,
      years: [2025, 2024],
      brokenAt: 2023,
      brokenBy: 'discipline',
    });
  });
  it('G5: ad hoc, movement and thematic awards and revoked awards never enter a ladder', () => {
    const index = idx({
      awards: [
        { code: 'cstd_co_so', year: 2023, type: 'dot_xuat' },
        { code: 'cstd_co_so', year: 2024, type: 'phong_trao_thi_dua' },
        { code: 'cstd_co_so', year: 2025, type: 'chuyen_de' },
        { code: 'cstd_co_so', year: 2022, type: 'cong_trang', status: 'revoked' },
      ],
    });
    expect(index.ladder.get('cstd_co_so')).toBeUndefined();
    expect(index.excluded).toHaveLength(4);
  });
  it('school years: a maternity leave from 10/2024 to 03/2025 falls in school year 2025', () => {
    const index = indexFacts(
      { ...emptyFacts(), maternityLeaves: [{ from: '2024-10-01', to: '2025-03-31' }] },
      'school_year',
      '2026-03-02',
    );
    expect([...index.maternity.keys()]).toEqual([2025]);
  });
});

describe('verdict — issue 3: not_eligible / needs_review / eligible', () => {
  const c = (status: EligibilityCheck['status'], path?: string): EligibilityCheck => ({
    code: 'x',
    status,
    message: '',
    citation: '',
    records: [],
    ...(path ? { path } : {}),
  });
  const data = { id: 'd', label: '', kind: 'data' as const, citation: '' };
  const judge = { id: 'j', label: '', kind: 'judgement' as const, citation: '' };
  it('a failed common check (gate) fails every path → not_eligible', () =>
    expect(decideVerdict([c('failed'), c('needs_judgement', 'j')], [data, judge]).verdict).toBe(
      'not_eligible',
    ));
  it('an open data path → eligible, its judgement items listed', () =>
    expect(decideVerdict([c('passed', 'd'), c('needs_judgement', 'd')], [data]).verdict).toBe('eligible'));
  it('data path failed, judgement path open → needs_review', () => {
    const v = decideVerdict([c('failed', 'd'), c('needs_judgement', 'j')], [data, judge]);
    expect(v.verdict).toBe('needs_review');
    expect(v.summaries?.map((s) => s.status)).toEqual(['failed', 'needs_judgement']);
  });
  it('every path failed → not_eligible', () =>
    expect(decideVerdict([c('failed', 'd'), c('failed', 'j')], [data, judge]).verdict).toBe('not_eligible'));
  it('only a judgement path (judgement-only target) → needs_review', () =>
    expect(decideVerdict([c('passed'), c('needs_judgement', 'j')], [judge]).verdict).toBe('needs_review'));
});
