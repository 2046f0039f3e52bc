/**
 * The vocabulary of the legal core (law-reference §0–§6): subjects, ratings, commendation types, initiative
 * scopes, discipline forms, rule-set ids and the facts the eligibility engine reads. Pure; shared by the
 * catalogue, the rule sets, the engine, the money rules, the server and the web.
 */

/** law-reference §1: `SubjectType`. A collective is an org unit. */
export const SUBJECT_TYPES = ['individual', 'collective', 'household'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};

/** Annual evaluation of cán bộ, công chức, viên chức and of collectives (law-reference §2 notation). */
export const RATINGS = ['HTXS', 'HTT', 'HT', 'KHT'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
};
/** Higher is better: HTXS 3, HTT 2, HT 1, KHT 0. */
export const RATING_RANK: Record<Rating, number> = { HTXS: 3, HTT: 2, HT: 1, KHT: 0 };

/** law-reference §6 — Law Điều 8. `chuyen_de` only exists from RS_2026 and is behind a setting ([D]). */
export const COMMENDATION_TYPES = [
  'cong_trang',
  'dot_xuat',
  'phong_trao_thi_dua',
  'qua_trinh_cong_hien',
  'nien_han',
  'doi_ngoai',
  'chuyen_de',
] as const;
export type CommendationType = (typeof COMMENDATION_TYPES)[number];
export const COMMENDATION_TYPE_LABELS: Record<CommendationType, string> = {
  cong_trang: 'Khen thưởng công trạng',
  dot_xuat: 'Khen thưởng đột xuất',
  phong_trao_thi_dua: 'Khen thưởng phong trào thi đua',
  qua_trinh_cong_hien: 'Khen thưởng quá trình cống hiến',
  nien_han: 'Khen thưởng theo niên hạn',
  doi_ngoai: 'Khen thưởng đối ngoại',
  chuyen_de: 'Khen thưởng chuyên đề',
};

/** law-reference §2.6: the level that recognised an initiative's effect and scope. */
export const INITIATIVE_SCOPES = ['co_so', 'bo_tinh', 'toan_quoc'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];
export const INITIATIVE_SCOPE_LABELS: Record<InitiativeScope, string> = {
  co_so: 'Cấp cơ sở',
  bo_tinh: 'Cấp bộ, ban, ngành, tỉnh',
  toan_quoc: 'Toàn quốc',
};

/**
 * Disciplinary forms, mildest first (Luật Cán bộ, công chức; Luật Viên chức; Bộ luật Lao động). The
 * collective criteria of Law Điều 27–28 exclude a member sanctioned with `canh_cao` or heavier.
 */
export const DISCIPLINE_FORMS = [
  'khien_trach',
  'canh_cao',
  'ha_bac_luong',
  'giang_chuc',
  'cach_chuc',
  'buoc_thoi_viec',
] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];
/**
 * Cảnh cáo or a heavier sanction (the order of DISCIPLINE_FORMS): a member so disciplined in the year keeps the
 * collective from Tập thể lao động tiên tiến (Luật Thi đua, khen thưởng 2022 Điều 28 k4) and, by extension,
 * xuất sắc; khiển trách does not.
 */
export function warningOrHeavier(form: DisciplineForm | null): boolean {
  return form !== null && DISCIPLINE_FORMS.indexOf(form) >= DISCIPLINE_FORMS.indexOf('canh_cao');
}
export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  ha_bac_luong: 'Hạ bậc lương',
  giang_chuc: 'Giáng chức',
  cach_chuc: 'Cách chức',
  buoc_thoi_viec: 'Buộc thôi việc',
};

/** law-reference §0.3. */
export const RULE_SET_IDS = ['RS_2024', 'RS_2025', 'RS_2026'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * What the engine knows about a subject (the `facts` of `POST /api/rules/evaluate`). Every list may be
 * empty. `id`s let a check name the ledger records it used; the self-contained endpoint may omit them.
 */
export interface SubjectFacts {
  ratings: { year: number; rating: Rating; id?: string }[];
  awards: {
    code: string;
    year: number;
    type: CommendationType;
    id?: string;
    /** Revoked awards (Law Điều 93) never count. Default valid. */
    status?: 'valid' | 'revoked';
  }[];
  initiatives: {
    id: string;
    scope: InitiativeScope;
    recognizedOn: IsoDate;
    /** The award that already used it as its ground (G7), or null. */
    usedByAward: string | null;
  }[];
  disciplines: { form: DisciplineForm; from: IsoDate; to: IsoDate | null; id?: string }[];
  maternityLeaves: { from: IsoDate; to: IsoDate; id?: string }[];
  /** Gate G1: under disciplinary consideration, investigation, inspection, audit or verified complaint. */
  pendingInvestigation: boolean;
  recruitedOn?: IsoDate | null;
  /** Length in years of the movement whose review the nomination belongs to (flag paths ≥3 / ≥5 years). */
  movementYears?: number | null;
  /** The collective led its cluster/bloc in the evaluation year (Cờ thi đua path A). */
  isBlocLeader?: boolean;
  /** A collective's members in the evaluation year. */
  members?: { rating: Rating | null; titles: string[]; disciplineForm: DisciplineForm | null }[];
}

export type CheckStatus = 'passed' | 'failed' | 'needs_judgement';
export type Verdict = 'eligible' | 'needs_review' | 'not_eligible';

export const VERDICT_LABELS: Record<Verdict, string> = {
  eligible: 'Đủ điều kiện',
  needs_review: 'Cần xem xét',
  not_eligible: 'Chưa đủ điều kiện',
};
export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  passed: 'Đạt',
  failed: 'Không đạt',
  needs_judgement: 'Cần đánh giá',
};
