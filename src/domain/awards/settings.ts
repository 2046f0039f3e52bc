/**
 * Tenant configuration of the legal core: what law-reference tags [L] (local), [R] (recollection) or [D]
 * (draft) is configuration with the national value as default, never a constant buried in code. Stored per
 * tenant, edited by a tenant administrator, every change audited.
 */

export const EVALUATION_CALENDARS = ['calendar_year', 'school_year'] as const;
export type EvaluationCalendar = (typeof EVALUATION_CALENDARS)[number];

export const ROUNDING_MODES = ['ceil_10000', 'none'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

export interface LegalSettings {
  /** §3.2 [L]: streaks count calendar years, or school years for education units. */
  evaluationCalendar: EvaluationCalendar;
  /** §4.4 [R]: minimum public-consultation period in working days (default 5). */
  publicityWorkingDays: number;
  /** §5.1 k2 [V]: round up to 10,000 VND; 'none' is the tenant override the reference allows. */
  roundingMode: RoundingMode;
  /** §0.4 [D]: apply the draft RS_2026 criteria (e.g. CSTĐ cơ sở needs HTXS AND an initiative). Off until the text is read. */
  enableRs2026DraftCriteria: boolean;
  /**
   * Tập thể lao động tiên tiến / xuất sắc (Luật Thi đua, khen thưởng 2022 Điều 28 k3, Điều 27 k3): the least
   * share of members, in percent, holding Lao động tiên tiến or better. 70 is the text as recollected and as
   * Bắc Ninh writes it — unverified national text, local detail: configuration (default 70).
   */
  memberTitleSharePercent: number;
  /**
   * Cờ thi đua per cụm, khối thi đua and year (Luật Thi đua, khen thưởng 2022 Điều 25, Điều 26: the flag goes
   * to the leading unit, đơn vị dẫn đầu, of a cluster or bloc; ministries and provinces set the yearly
   * numbers): how many collectives of one bloc a round may propose for the same flag (default 1).
   */
  flagsPerBloc: number;
  /** §2.3 [L]: local criteria text for Bằng khen of the province and for Giấy khen, shown to officers as judgement items. */
  localCriteria: { bangKhenTinh: string; giayKhen: string };
}

export const DEFAULT_LEGAL_SETTINGS: LegalSettings = {
  evaluationCalendar: 'calendar_year',
  publicityWorkingDays: 5,
  roundingMode: 'ceil_10000',
  enableRs2026DraftCriteria: false,
  memberTitleSharePercent: 70,
  flagsPerBloc: 1,
  localCriteria: { bangKhenTinh: '', giayKhen: '' },
};
