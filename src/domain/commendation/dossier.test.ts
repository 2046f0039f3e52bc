import { describe, expect, it } from 'vitest';
import {
  checkDecisionLevel,
  DOSSIER_ACTIONS,
  DOSSIER_STATUS_LABELS,
  DOSSIER_STATUSES,
  dossierActions,
  dossierActive,
  dossierEditable,
  dossierFinal,
  dossierTransition,
  requiresCentralDecision,
  type DossierAction,
  type DossierStatus,
} from './dossier';

/** The whole expected table written out by hand (law-reference §7.2), every state × every action. */
const EXPECTED: Record<DossierStatus, Partial<Record<DossierAction, DossierStatus>>> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  returned: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: {
    receive: 'in_appraisal',
    return: 'returned',
    mark_not_eligible: 'not_eligible',
    withdraw: 'withdrawn',
  },
  in_appraisal: {
    approve: 'appraised',
    return: 'returned',
    mark_not_eligible: 'not_eligible',
    withdraw: 'withdrawn',
  },
  appraised: {
    open_consultation: 'in_consultation',
    council_approve: 'council_approved',
    council_reject: 'council_rejected',
    return: 'returned',
    mark_not_eligible: 'not_eligible',
    withdraw: 'withdrawn',
    decide: 'decided',
  },
  in_consultation: { close_consultation: 'appraised', mark_not_eligible: 'not_eligible' },
  council_approved: { decide: 'decided', forward: 'forwarded' },
  council_rejected: {},
  not_eligible: {},
  withdrawn: {},
  forwarded: {},
  decided: {},
};

const cases = DOSSIER_STATUSES.flatMap((s) =>
  DOSSIER_ACTIONS.map((a) => [s, a, EXPECTED[s][a] ?? null] as const),
);

describe('dossierTransition: every state × every action (law-reference §7.2)', () => {
  it('covers 12 × 12 cases', () => expect(cases).toHaveLength(144));
  it.each(cases)('%s --%s--> %s', (from, action, to) => {
    const r = dossierTransition(from, action);
    if (to) expect(r).toEqual({ ok: true, to });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(`"${DOSSIER_STATUS_LABELS[from]}"`);
    }
  });
});

describe('dossier helpers', () => {
  it.each(DOSSIER_STATUSES.map((s) => [s] as const))(
    '%s: editable only in draft/returned, final iff no move',
    (s) => {
      expect(dossierEditable(s)).toBe(s === 'draft' || s === 'returned');
      expect(dossierFinal(s)).toBe(Object.keys(EXPECTED[s]).length === 0);
      expect(dossierActive(s)).toBe(!['withdrawn', 'not_eligible', 'council_rejected'].includes(s));
    },
  );
});

describe('requiresCentralDecision (law-reference §1.3 authority matrix)', () => {
  it.each([
    ['bang_khen_thu_tuong', true],
    ['cstd_toan_quoc', true],
    ['co_thi_dua_chinh_phu', true],
    ['huan_chuong_lao_dong_hang_3', true],
    ['anh_hung_lao_dong', true],
    ['bang_khen_bo_tinh', false],
    ['cstd_co_so', false],
    ['danh_hieu_thi_dua_khac', false],
    ['unknown_code', false],
  ])('%s → %s', (code, central) => expect(requiresCentralDecision(code)).toBe(central));
});

describe('checkDecisionLevel', () => {
  it.each([
    ['a province decides its Bằng khen', 'decide', 'bang_khen_bo_tinh', 'province', true],
    ['a province cannot decide Bằng khen Thủ tướng', 'decide', 'bang_khen_thu_tuong', 'province', false],
    ['a central round decides Bằng khen Thủ tướng', 'decide', 'bang_khen_thu_tuong', 'central', true],
    ['a province forwards an order', 'forward', 'huan_chuong_lao_dong_hang_3', 'province', true],
    ['a province does not forward its own Bằng khen', 'forward', 'bang_khen_bo_tinh', 'province', false],
    ['a central round forwards nothing', 'forward', 'cstd_toan_quoc', 'central', false],
  ] as const)('%s', (_n, action, code, level, ok) => {
    const r = checkDecisionLevel(action, code, level);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });
});

describe('dossierActions: the state machine less the level guards (Luật Thi đua, khen thưởng 2022 Điều 84)', () => {
  it.each([
    ['a draft', 'draft', 'bang_khen_bo_tinh', 'province', ['submit', 'withdraw']],
    [
      'submitted',
      'submitted',
      'bang_khen_bo_tinh',
      'province',
      ['receive', 'return', 'mark_not_eligible', 'withdraw'],
    ],
    [
      'a province’s own form, approved by the council',
      'council_approved',
      'bang_khen_bo_tinh',
      'province',
      ['decide'],
    ],
    [
      'a central form in a province round is forwarded',
      'council_approved',
      'bang_khen_thu_tuong',
      'province',
      ['forward'],
    ],
    [
      'a central form in a central round is decided',
      'council_approved',
      'bang_khen_thu_tuong',
      'central',
      ['decide'],
    ],
    [
      'an appraised central form in a province round is not decided',
      'appraised',
      'huan_chuong_lao_dong_hang_3',
      'province',
      ['open_consultation', 'council_approve', 'council_reject', 'return', 'mark_not_eligible', 'withdraw'],
    ],
    ['decided', 'decided', 'bang_khen_bo_tinh', 'province', []],
  ] as const)('%s', (_n, status, code, level, actions) => {
    expect([...dossierActions(status, code, level)].sort()).toEqual([...actions].sort());
  });
});
