import { describe, expect, it } from 'vitest';
import {
  DECISION_ACTIONS,
  DECISION_STATUSES,
  type DecisionAction,
  type DecisionStatus,
  decisionActions,
  decisionEditable,
  decisionPublic,
  decisionTotal,
  decisionTransition,
  formatVnd,
  itemAmounts,
} from './decision';
import { checkNumberPattern, formatDecisionNumber, numberLine } from './numbering';

const LEGAL: Partial<Record<DecisionStatus, Partial<Record<DecisionAction, DecisionStatus>>>> = {
  draft: { issue: 'issued', cancel: 'cancelled' },
  issued: { revoke: 'revoked' },
};
const ALL = DECISION_STATUSES.flatMap((s) => DECISION_ACTIONS.map((a) => [s, a] as const));

describe('decision state machine (every status × every action)', () => {
  it.each(ALL)('%s + %s', (status, action) => {
    const expected = LEGAL[status]?.[action];
    const r = decisionTransition(status, action);
    if (expected) expect(r).toEqual({ ok: true, to: expected });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^Không thể ".+" khi quyết định ở trạng thái ".+"$/);
    }
  });

  it.each([
    ['draft', true, false],
    ['issued', false, true],
    ['revoked', false, true],
    ['cancelled', false, false],
  ] as const)('%s: editable %s, public %s', (status, editable, pub) => {
    expect(decisionEditable(status)).toBe(editable);
    expect(decisionPublic(status)).toBe(pub);
  });
});

describe('numbering (Decree 30 Điều 15: số và ký hiệu)', () => {
  it.each([
    ['{seq}/QĐ-UBND', 125, 2026, '125/QĐ-UBND'],
    ['{seq}/QĐ-UBND', 1, 2026, '1/QĐ-UBND'],
    ['{seq2}/QĐ-UBND', 7, 2026, '07/QĐ-UBND'],
    ['{seq4}/QĐ-SNV', 12, 2026, '0012/QĐ-SNV'],
    ['{seq3}/QĐ-CT', 12345, 2026, '12345/QĐ-CT'],
    ['{seq}/{year}/QĐ-UBND', 3, 2027, '3/2027/QĐ-UBND'],
  ])('%s, %i, %i → %s', (pattern, seq, year, expected) => {
    expect(formatDecisionNumber(pattern, seq, year)).toBe(expected);
  });

  it.each([0, -1, 1.5])('refuses sequence %s', (seq) => {
    expect(() => formatDecisionNumber('{seq}/QĐ-UBND', seq, 2026)).toThrow(RangeError);
  });

  it.each([
    ['{seq}/QĐ-UBND', true],
    ['{seq4}/{year}/QĐ-BTĐKT', true],
    ['', false],
    ['QĐ-UBND', false],
    ['{seq}/{seq}/QĐ', false],
    ['{seq}/{month}', false],
    ['{seq}/QĐ UBND', false],
    ['{seq}QĐ-UBND', false],
    ['{seq}/QĐ-<b>', false],
    [`{seq}/${'X'.repeat(60)}`, false],
  ])('pattern %j valid: %s', (pattern, ok) => {
    const r = checkNumberPattern(pattern);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });

  it.each([
    ['125/QĐ-UBND', 'Số: 125/QĐ-UBND'],
    [null, 'Số:         /QĐ-UBND'],
  ])('number line of %s', (number, expected) => {
    expect(numberLine(number, '{seq}/QĐ-UBND', 2026)).toBe(expected);
  });
});

describe('money of a decision (ND 152/2025 Điều 49, law-reference §5.3)', () => {
  it.each([
    // Bằng khen of the provincial chairman: 1.5 individual, 3.0 collective, 2.25 household.
    ['bang_khen_bo_tinh', 'individual', '2026-12-05', 3_800_000],
    ['bang_khen_bo_tinh', 'collective', '2026-12-05', 7_590_000],
    ['bang_khen_bo_tinh', 'individual', '2026-06-30', 3_510_000],
    ['giay_khen_chu_tich_ubnd_xa', 'individual', '2026-07-01', 760_000],
    ['giay_khen_chu_tich_ubnd_xa', 'household', '2026-07-01', 1_140_000],
    ['giay_khen_chu_tich_ubnd_xa', 'household', '2025-12-01', 1_060_000],
  ] as const)('%s for a %s decided on %s → %i', (code, subjectType, date, amount) => {
    const [r] = itemAmounts(code, date, [{ subjectType }]);
    expect(r).toMatchObject({ ok: true, amount });
  });

  it('reports the money error of a subject the form is not for', () => {
    const [r] = itemAmounts('lao_dong_tien_tien', '2026-12-05', [{ subjectType: 'collective' }]);
    expect(r).toMatchObject({ ok: false, error: { code: 'subject_not_allowed' } });
  });

  it('reports a date before the 2022 law', () => {
    const [r] = itemAmounts('giay_khen_chu_tich_ubnd_xa', '2020-01-01', [{ subjectType: 'individual' }]);
    expect(r).toMatchObject({ ok: false, error: { code: 'no_rule_set' } });
  });

  it('rounds nothing with the tenant override', () => {
    const [r] = itemAmounts(
      'giay_khen_chu_tich_ubnd_xa',
      '2026-07-01',
      [{ subjectType: 'individual' }],
      'none',
    );
    expect(r).toMatchObject({ ok: true, amount: 759_000 });
  });

  it.each([
    [[3_800_000, 3_800_000], 7_600_000, 'Bảy triệu sáu trăm nghìn đồng'],
    [[], 0, 'Không đồng'],
    [[760_000], 760_000, 'Bảy trăm sáu mươi nghìn đồng'],
  ])('total of %j', (amounts, total, words) => {
    expect(decisionTotal(amounts)).toEqual({ total, inWords: words });
  });

  it.each([
    [0, '0'],
    [760_000, '760.000'],
    [1_234_567_890, '1.234.567.890'],
  ])('formatVnd(%i) = %s', (n, s) => expect(formatVnd(n)).toBe(s));
});

describe('decisionActions (Luật Thi đua, khen thưởng 2022 Điều 93: only an issued decision is revoked)', () => {
  it.each([
    ['draft', ['issue', 'cancel']],
    ['issued', ['revoke']],
    ['revoked', []],
    ['cancelled', []],
  ] as const)('%s → %j', (status, actions) => expect(decisionActions(status)).toEqual(actions));
});
