import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../awards/catalogue';
import { evaluateEligibility, evaluateMany } from './engine';
import { ELIGIBILITY_TARGETS } from './targets';
import { ask, awards, emptyFacts, ratings } from './test-helpers';
import type { EligibilityInput } from './types';

const input = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  target: 'lao_dong_tien_tien',
  subjectType: 'individual',
  evaluationYear: 2025,
  receivedOn: '2026-03-02',
  facts: { ...emptyFacts(), ratings: ratings({ 2025: 'HTT' }) },
  ...over,
});
const errorOf = (over: Partial<EligibilityInput>) => {
  const out = evaluateEligibility(input(over));
  if (!('error' in out)) throw new Error('expected an error');
  return out.error;
};

describe('questions the engine cannot answer → typed errors with Vietnamese messages', () => {
  it.each([
    [{ target: 'khong_co_ma_nay' }, 'UNKNOWN_TARGET', 'target'],
    [{ subjectType: 'collective' as const }, 'SUBJECT_TYPE_NOT_ALLOWED', 'subjectType'],
    [{ target: 'gia_dinh_van_hoa' }, 'SUBJECT_TYPE_NOT_ALLOWED', 'subjectType'],
    [{ receivedOn: '2023-12-31', evaluationYear: 2023 }, 'NO_RULE_SET', 'receivedOn'],
    [{ receivedOn: '2025-02-30' }, 'INVALID_DATE', 'receivedOn'],
    [{ judgedOn: '2026-02-01' }, 'INVALID_DATE', 'judgedOn'],
    [{ evaluationYear: 2027 }, 'EVALUATION_YEAR_OUT_OF_RANGE', 'evaluationYear'],
    [{ evaluationYear: 1900 }, 'EVALUATION_YEAR_OUT_OF_RANGE', 'evaluationYear'],
    [{ evaluationYear: 2025.5 }, 'EVALUATION_YEAR_OUT_OF_RANGE', 'evaluationYear'],
  ] as const)('%o → %s', (over, code, field) => {
    const e = errorOf(over);
    expect(e.code).toBe(code);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
  });
  it('the subject-type message names the allowed types', () =>
    expect(errorOf({ subjectType: 'collective' }).message).toBe(
      'Lao động tiên tiến không xét tặng cho đối tượng "tập thể" (chỉ xét cho: cá nhân).',
    ));
  it('school year: year 2027 has started by 10/09/2026', () =>
    expect(
      'verdict' in
        evaluateEligibility(
          input({
            evaluationYear: 2027,
            receivedOn: '2026-09-10',
            settings: { evaluationCalendar: 'school_year' },
          }),
        ),
    ).toBe(true));
});

describe('rule set by the date the complete dossier was received (law-reference §0.3)', () => {
  it.each([
    ['2024-01-01', 'RS_2024'],
    ['2025-06-30', 'RS_2024'],
    ['2025-07-01', 'RS_2025'],
    ['2026-09-30', 'RS_2025'],
    ['2026-10-01', 'RS_2026'],
  ] as const)('received %s → %s', (receivedOn, ruleSet) =>
    expect(ask({ target: 'lao_dong_tien_tien', year: 2023, receivedOn }).ruleSet).toBe(ruleSet),
  );
});

describe('transitional rule (Law 06/2026/QH16): received before 01/10/2026, judged on or after', () => {
  // Recruited 01/09/2026: under RS_2025 the 6-month rule fails CSTĐ cơ sở; the draft RS_2026 criteria drop it.
  const facts = {
    ...emptyFacts(),
    ratings: ratings({ 2026: 'HTXS' }),
    recruitedOn: '2026-09-01',
    initiatives: [{ id: 'SK-1', scope: 'co_so' as const, recognizedOn: '2026-09-10', usedByAward: null }],
  };
  const base = {
    target: 'cstd_co_so',
    subjectType: 'individual' as const,
    evaluationYear: 2026,
    receivedOn: '2026-09-15',
    facts,
  };
  it('the new rule is more favourable → RS_2026 is applied and reported', () => {
    const r = evaluateEligibility({
      ...base,
      judgedOn: '2026-10-05',
      settings: { enableRs2026DraftCriteria: true },
    });
    if ('error' in r) throw new Error(r.error.message);
    expect(r.ruleSet).toBe('RS_2026');
    expect(r.verdict).toBe('eligible');
    expect(r.transitional).toMatchObject({
      ruleSetOnReceipt: 'RS_2025',
      alternative: 'RS_2026',
      verdictOnReceipt: 'not_eligible',
      alternativeVerdict: 'eligible',
      chosen: 'RS_2026',
    });
    expect(r.transitional?.message).toContain('có lợi hơn');
  });
  it('not more favourable → the rule set of the reception date stays, the comparison is reported', () => {
    const r = evaluateEligibility({ ...base, judgedOn: '2026-10-05' });
    if ('error' in r) throw new Error(r.error.message);
    expect(r.ruleSet).toBe('RS_2025');
    expect(r.transitional?.chosen).toBe('RS_2025');
  });
  it('judged before 01/10/2026 → no transitional comparison', () => {
    const r = evaluateEligibility({
      ...base,
      judgedOn: '2026-09-30',
      settings: { enableRs2026DraftCriteria: true },
    });
    if ('error' in r) throw new Error(r.error.message);
    expect(r.ruleSet).toBe('RS_2025');
    expect(r.transitional).toBeUndefined();
    expect(r.verdict).toBe('not_eligible');
  });
});

describe('ELIGIBILITY_TARGETS and evaluateMany', () => {
  it('covers every catalogue code still conferrable, with the catalogue subject types', () => {
    expect(ELIGIBILITY_TARGETS.map((t) => t.code)).toEqual(
      CATALOGUE.filter((e) => e.validTo === null).map((e) => e.code),
    );
    expect(ELIGIBILITY_TARGETS.map((t) => t.code)).not.toContain('giay_khen_chu_tich_ubnd_huyen');
    for (const t of ELIGIBILITY_TARGETS) {
      expect(t.subjectTypes).toEqual(CATALOGUE.find((e) => e.code === t.code)?.subjectTypes);
      for (const s of t.dataCheckable) expect(t.subjectTypes).toContain(s);
    }
  });
  it('answers every target for every allowed subject type without an error', () => {
    for (const t of ELIGIBILITY_TARGETS)
      for (const subjectType of t.subjectTypes) {
        const r = evaluateEligibility(input({ target: t.code, subjectType }));
        expect('verdict' in r, `${t.code} ${subjectType}`).toBe(true);
      }
  });
  it('evaluateMany gives the same answers as one call per target', () => {
    const facts = {
      ...emptyFacts(),
      ratings: ratings({ 2023: 'HTXS', 2024: 'HTXS', 2025: 'HTXS' }),
      awards: awards('cstd_co_so', [2023, 2024]),
    };
    const targets = ['lao_dong_tien_tien', 'cstd_co_so', 'cstd_bo_tinh', 'bang_khen_bo_tinh', 'khong_co'];
    const common = {
      subjectType: 'individual' as const,
      evaluationYear: 2025,
      receivedOn: '2026-03-02',
      facts,
    };
    expect(evaluateMany(targets, common)).toEqual(
      targets.map((target) => evaluateEligibility({ ...common, target })),
    );
  });
  it('evaluateMany repeats a date error for every target', () =>
    expect(
      evaluateMany(['lao_dong_tien_tien', 'cstd_co_so'], { ...input(), receivedOn: '2020-01-01' }).map((o) =>
        'error' in o ? o.error.code : o.verdict,
      ),
    ).toEqual(['NO_RULE_SET', 'NO_RULE_SET']));
});
