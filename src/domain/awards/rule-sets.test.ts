import { describe, expect, it } from 'vitest';
import { RULE_SET_PERIODS, RULE_SETS, ruleSetOn, ruleSetsForNomination } from './rule-sets';
import { RULE_SET_IDS } from './types';

describe('rule sets in force (law-reference §0.3)', () => {
  it.each([
    ['2023-12-31', null],
    ['2024-01-01', 'RS_2024'],
    ['2025-06-30', 'RS_2024'],
    ['2025-07-01', 'RS_2025'],
    ['2026-09-30', 'RS_2025'],
    ['2026-10-01', 'RS_2026'],
    ['2031-01-01', 'RS_2026'],
  ])('%s → %s', (date, id) => {
    expect(ruleSetOn(date)?.id ?? null).toBe(id);
  });

  it('RULE_SETS holds data for every rule set, with its period', () => {
    expect(Object.keys(RULE_SETS).sort()).toEqual([...RULE_SET_IDS].sort());
    for (const p of RULE_SET_PERIODS) expect(RULE_SETS[p.id].period).toBe(p);
  });

  it('money decrees: ND 98/2023 for RS_2024, ND 152/2025 for RS_2025 and RS_2026', () => {
    expect(RULE_SETS.RS_2024.money.decree).toBe('Nghị định 98/2023/NĐ-CP');
    expect(RULE_SETS.RS_2025.money.decree).toBe('Nghị định 152/2025/NĐ-CP');
    expect(RULE_SETS.RS_2026.money).toBe(RULE_SETS.RS_2025.money);
  });

  it('RS_2026 lists its unconfirmed changes behind the enableRs2026DraftCriteria setting', () => {
    expect(RULE_SETS.RS_2026.pendingChanges.length).toBeGreaterThan(0);
    for (const c of RULE_SETS.RS_2026.pendingChanges) {
      expect(c.confidence).toBe('D');
      expect(c.setting).toBe('enableRs2026DraftCriteria');
    }
    expect(RULE_SETS.RS_2025.pendingChanges).toEqual([]);
  });
});

describe('transitional rule of Law 06/2026/QH16 (law-reference §0.3): ruleSetsForNomination', () => {
  it.each([
    ['2026-09-30', '2026-10-05', 'RS_2025', 'RS_2026'],
    ['2026-09-30', '2026-09-30', 'RS_2025', null],
    ['2026-10-01', '2026-10-05', 'RS_2026', null],
    ['2025-03-01', '2026-11-01', 'RS_2024', 'RS_2026'],
    ['2025-03-01', '2025-08-01', 'RS_2024', null],
    ['2025-07-01', '2026-10-01', 'RS_2025', 'RS_2026'],
  ])('received %s, judged %s → %s (more favourable: %s)', (receivedOn, judgedOn, id, alt) => {
    const r = ruleSetsForNomination(receivedOn, judgedOn);
    expect(r?.ruleSet.id).toBe(id);
    expect(r?.moreFavourable?.id ?? null).toBe(alt);
  });

  it('a dossier received before 2024-01-01 has no rule set', () => {
    expect(ruleSetsForNomination('2023-12-31', '2024-02-01')).toBeNull();
  });
});

describe('council thresholds (law-reference §4.3, ND 98/2023 Điều 30 k7)', () => {
  it.each([
    ['anh_hung_llvtnd', 90],
    ['anh_hung_lao_dong', 90],
    ['cstd_toan_quoc', 90],
    ['cstd_bo_tinh', 90],
    ['cstd_co_so', 80],
    ['co_thi_dua_bo_tinh', 80],
    ['co_thi_dua_chinh_phu', 80],
  ] as const)('%s: ≥%d%% of total members in every rule set', (code, percent) => {
    for (const id of RULE_SET_IDS) {
      expect(RULE_SETS[id].council.thresholds[code]).toBe(percent);
      expect(RULE_SETS[id].council.denominator).toBe('total_members');
    }
  });

  it('ND 98 verified for RS_2024; ND 152 clause unread → [R] for RS_2025/RS_2026', () => {
    expect(RULE_SETS.RS_2024.council.confidence).toBe('V');
    expect(RULE_SETS.RS_2025.council.confidence).toBe('R');
    expect(RULE_SETS.RS_2026.council.confidence).toBe('R');
  });

  it('no national threshold for Bằng khen, Giấy khen, LĐTT, Huân chương', () => {
    for (const code of [
      'bang_khen_bo_tinh',
      'giay_khen_chu_tich_ubnd_xa',
      'lao_dong_tien_tien',
      'huan_chuong_lao_dong_hang_3',
    ] as const)
      expect(RULE_SETS.RS_2025.council.thresholds[code]).toBeUndefined();
  });
});

describe('publicity (law-reference §4.4)', () => {
  it('5 working days by default [R], for orders, State honorary titles, prizes and CSTĐ toàn quốc', () => {
    const p = RULE_SETS.RS_2025.publicity;
    expect(p.defaultWorkingDays).toBe(5);
    expect(p.confidence).toBe('R');
    expect(p.groups).toEqual(['order', 'honorary_title', 'prize']);
    expect(p.codes).toEqual(['cstd_toan_quoc']);
  });
});
