/**
 * Rule sets (law-reference §0.3): which body of law judges a nomination. A nomination is judged by the rule
 * set in force on the date the competent body received its complete dossier. Money uses the base salary in
 * force on the decision date (ND 152/2025 Điều 49 k1) — see money.ts.
 */
import type { IsoDate, RuleSetId } from './types';

export interface RuleSetPeriod {
  id: RuleSetId;
  validFrom: IsoDate;
  /** Inclusive; null = open. */
  validTo: IsoDate | null;
  name: string;
  components: string[];
}

export const RULE_SET_PERIODS: readonly RuleSetPeriod[] = [
  {
    id: 'RS_2024',
    validFrom: '2024-01-01',
    validTo: '2025-06-30',
    name: 'Luật TĐKT 2022 + Nghị định 98/2023/NĐ-CP',
    components: ['Luật Thi đua, khen thưởng 06/2022/QH15', 'Nghị định 98/2023/NĐ-CP', 'Thông tư 01/2024/TT-BNV'],
  },
  {
    id: 'RS_2025',
    validFrom: '2025-07-01',
    validTo: '2026-09-30',
    name: 'Luật TĐKT 2022 + Nghị định 152/2025/NĐ-CP',
    components: [
      'Luật Thi đua, khen thưởng 06/2022/QH15',
      'Nghị định 152/2025/NĐ-CP',
      'Nghị định 129/2025/NĐ-CP',
      'Thông tư 15/2025/TT-BNV',
      'Nghị định 86/2023/NĐ-CP',
    ],
  },
  {
    id: 'RS_2026',
    validFrom: '2026-10-01',
    validTo: null,
    name: 'Luật TĐKT 2022 sửa đổi bởi Luật 06/2026/QH16 + Nghị định 152/2025/NĐ-CP',
    components: [
      'Luật Thi đua, khen thưởng 06/2022/QH15, sửa đổi bởi Luật 06/2026/QH16',
      'Nghị định 152/2025/NĐ-CP',
      'Thông tư 15/2025/TT-BNV',
    ],
  },
];

/** The earliest date any rule set covers. */
export const FIRST_RULE_SET_DATE: IsoDate = '2024-01-01';

/** The rule set in force on `date`, or null before 2024-01-01 (the Law 2022 took effect then). */
export function ruleSetOn(date: IsoDate): RuleSetPeriod | null {
  for (const period of RULE_SET_PERIODS) {
    if (date >= period.validFrom && (period.validTo === null || date <= period.validTo)) return period;
  }
  return null;
}
