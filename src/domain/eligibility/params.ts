/**
 * Criteria parameters per rule set (law-reference §0.3): the thresholds of §2–§3 and the citation strings
 * the checks print. RS_2024 and RS_2025 share the Law 2022 criteria; they differ in the decree that states
 * the gates (ND 98/2023 → ND 152/2025) and the implementing circular (TT 01/2024 → TT 15/2025).
 * RS_2026 (Law 06/2026/QH16, text not read — §0.4, §10.1) keeps the RS_2025 criteria unless the tenant
 * setting `enableRs2026DraftCriteria` is on, in which case the draft CSTĐ cơ sở criterion [D] applies.
 *
 * The figures the Law itself states ([V]) are constants here because they are the law (3 consecutive years,
 * 5 years, …); figures that are recollected or local ([R]/[L], e.g. the 70 % member share of Điều 27–28) are
 * tenant settings (src/domain/awards/settings.ts).
 */
import type { RuleSetId } from '../awards/types';

export const LAW = 'Luật TĐKT 2022';
export const ND152 = 'NĐ 152/2025/NĐ-CP';
export const ND98 = 'NĐ 98/2023/NĐ-CP';

export type CstdCoSoMode =
  /** Law 2022 Điều 23 (RS_2024, RS_2025, RS_2026 without the draft): LĐTT standard AND (HTXS OR initiative). */
  | 'ldtt_and_htxs_or_initiative'
  /** Draft Law 06/2026 [D] (RS_2026 with `enableRs2026DraftCriteria`): HTXS AND initiative, LĐTT dropped. */
  | 'htxs_and_initiative';

export interface CriteriaParams {
  ruleSet: RuleSetId;
  /** The decree stating the cross-cutting gates G1–G7. */
  gateCitation: string;
  /** One achievement → one form (Law Điều 5 k2 c) [V]. */
  onceCitation: string;
  /** One initiative → one commendation ground (MOHA CV 5007/BNV-TĐKT) [V2]. */
  initiativeOnceCitation: string;
  /** Newly recruited < 6 months → no LĐTT/CSTT [V2]. */
  recruitedCitation: string;
  recruitedMinMonths: number;
  cstdCoSoMode: CstdCoSoMode;
  cstdCoSoCitation: string;
  cstdBoTinhStreak: number;
  cstdToanQuocStreak: number;
  /** Cờ thi đua bộ/tỉnh path B: thematic movement lasting ≥ 3 years; Cờ Chính phủ path C: ≥ 5 years. */
  flagBoTinhMovementYears: number;
  flagChinhPhuMovementYears: number;
  bangKhenBoTinh: { cstdStreak: number; htxsYears: number; initiatives: number };
  bangKhenThuTuong: { years: number; cstd: number };
  hcldHang3: { years: number; cstd: number; htxs: number };
}

const COMMON = {
  onceCitation: `${LAW} Điều 5 k2 c`,
  initiativeOnceCitation: 'CV 5007/BNV-TĐKT (2023)',
  recruitedMinMonths: 6,
  cstdBoTinhStreak: 3,
  cstdToanQuocStreak: 2,
  flagBoTinhMovementYears: 3,
  flagChinhPhuMovementYears: 5,
  bangKhenBoTinh: { cstdStreak: 2, htxsYears: 2, initiatives: 2 },
  bangKhenThuTuong: { years: 5, cstd: 3 },
  hcldHang3: { years: 5, cstd: 3, htxs: 1 },
} as const;

const LAW_2022_CSTD_CO_SO = {
  cstdCoSoMode: 'ldtt_and_htxs_or_initiative',
  cstdCoSoCitation: `${LAW} Điều 23`,
} as const;

const PARAMS: Record<RuleSetId, CriteriaParams> = {
  RS_2024: {
    ruleSet: 'RS_2024',
    gateCitation: `${ND98} (nguyên tắc khen thưởng)`,
    recruitedCitation: 'TT 01/2024/TT-BNV Điều 1 k5 d',
    ...COMMON,
    ...LAW_2022_CSTD_CO_SO,
    bangKhenBoTinh: { ...COMMON.bangKhenBoTinh },
    bangKhenThuTuong: { ...COMMON.bangKhenThuTuong },
    hcldHang3: { ...COMMON.hcldHang3 },
  },
  RS_2025: {
    ruleSet: 'RS_2025',
    gateCitation: `${ND152} Điều 4`,
    recruitedCitation: 'TT 01/2024/TT-BNV Điều 1 k5 d; TT 15/2025/TT-BNV',
    ...COMMON,
    ...LAW_2022_CSTD_CO_SO,
    bangKhenBoTinh: { ...COMMON.bangKhenBoTinh },
    bangKhenThuTuong: { ...COMMON.bangKhenThuTuong },
    hcldHang3: { ...COMMON.hcldHang3 },
  },
  RS_2026: {
    ruleSet: 'RS_2026',
    gateCitation: `${ND152} Điều 4`,
    recruitedCitation: 'TT 01/2024/TT-BNV Điều 1 k5 d; TT 15/2025/TT-BNV',
    ...COMMON,
    ...LAW_2022_CSTD_CO_SO,
    bangKhenBoTinh: { ...COMMON.bangKhenBoTinh },
    bangKhenThuTuong: { ...COMMON.bangKhenThuTuong },
    hcldHang3: { ...COMMON.hcldHang3 },
  },
};

const RS_2026_DRAFT: CriteriaParams = {
  ...PARAMS.RS_2026,
  cstdCoSoMode: 'htxs_and_initiative',
  cstdCoSoCitation: `${LAW} Điều 23, sửa đổi theo Luật 06/2026/QH16 (dự thảo, chưa đối chiếu văn bản)`,
};

/** The criteria of `ruleSet`; RS_2026 applies the draft criteria only when the tenant enabled them (§0.4). */
export function criteriaParams(ruleSet: RuleSetId, enableRs2026DraftCriteria: boolean): CriteriaParams {
  return ruleSet === 'RS_2026' && enableRs2026DraftCriteria ? RS_2026_DRAFT : PARAMS[ruleSet];
}
