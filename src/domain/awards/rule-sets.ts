/**
 * Rule sets (law-reference §0.3): which body of law judges a nomination. A nomination is judged by the rule
 * set in force on the date the competent body received its complete dossier. Money uses the base salary in
 * force on the decision date (ND 152/2025 Điều 49 k1) — see money.ts.
 */
import type { AwardCode, AwardGroup, Confidence } from './catalogue';
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
    components: [
      'Luật Thi đua, khen thưởng 06/2022/QH15',
      'Nghị định 98/2023/NĐ-CP',
      'Thông tư 01/2024/TT-BNV',
    ],
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

// ================================================================ per-rule-set data

/**
 * law-reference §0.3 transitional rule (Law 06/2026/QH16, reported [V2]): a dossier received for appraisal
 * before 01/10/2026 stays under the unamended Law (the rule set of its reception date), unless the new rule
 * is more favourable to the nominee. `moreFavourable` is RS_2026 when the dossier was received before
 * 2026-10-01 and is judged on or after it, so the engine can evaluate both and keep the better verdict.
 * Null when `receivedOn` precedes every rule set.
 */
export function ruleSetsForNomination(
  receivedOn: IsoDate,
  judgedOn: IsoDate,
): { ruleSet: RuleSetPeriod; moreFavourable: RuleSetPeriod | null } | null {
  const ruleSet = ruleSetOn(receivedOn);
  if (!ruleSet) return null;
  const amended = RULE_SET_PERIODS.find((p) => p.id === 'RS_2026');
  const moreFavourable =
    amended && receivedOn < amended.validFrom && judgedOn >= amended.validFrom ? amended : null;
  return { ruleSet, moreFavourable };
}

// ---------------------------------------------------------------- reward-money coefficients (§5.2)

/**
 * Where a coefficient comes from: `fixed` — the decree's value; `cap` — the decree sets a maximum, the cap is
 * used as the default (issuers may set less, e.g. MOHA's Kỷ niệm chương 0.4); `unconfirmed` — the current
 * decree's value could not be read, a historic value is the configurable default.
 */
export const COEFFICIENT_KINDS = ['fixed', 'cap', 'unconfirmed'] as const;
export type CoefficientKind = (typeof COEFFICIENT_KINDS)[number];

/** Coefficients in thousandths of the base salary (0.45 → 450), so money is exact integer arithmetic. */
export interface CoefficientRow {
  individualMilli: number | null;
  /** null with an individual value for orders: collective = 2 × individual (ND 152/2025 Điều 51 k2). */
  collectiveMilli: number | null;
  kind: CoefficientKind;
  citation: string;
  confidence: Confidence;
  /** Vietnamese note shown with the amount (caps, unconfirmed values). */
  note: string | null;
}

export interface MoneyRules {
  /** The decree whose money chapter applies to decisions dated inside the rule set. */
  decree: string;
  /** Amount = coefficient × base salary on the decision date, rounded up to 10,000 VND. */
  principleCitation: string;
  /** Households: 1.5 × the individual coefficient of the same form (ND 152/2025 Điều 54). */
  householdMultiplierMilli: number;
  householdCitation: string;
  householdConfidence: Confidence;
  /** Orders: collective = 2 × individual (ND 152/2025 Điều 51 k2). */
  orderCollectiveMultiplier: number;
  orderCollectiveCitation: string;
  coefficients: Partial<Record<AwardCode, CoefficientRow>>;
}

const ND152 = 'Nghị định 152/2025/NĐ-CP';
const row = (
  individual: number | null,
  collective: number | null,
  citation: string,
  confidence: Confidence,
  kind: CoefficientKind = 'fixed',
  note: string | null = null,
): CoefficientRow => ({
  individualMilli: individual,
  collectiveMilli: collective,
  kind,
  citation,
  confidence,
  note,
});

const ART50 = `${ND152} Điều 50`;
const ART51 = `${ND152} Điều 51`;
const ART52 = `${ND152} Điều 52`;
const ART53 = `${ND152} Điều 53 (chưa đối chiếu); mức cũ theo Nghị định 91/2017/NĐ-CP`;
const ART54 = `${ND152} Điều 54`;
const MEDAL_NOTE =
  'Hệ số của Nghị định 152/2025 Điều 53 chưa được đối chiếu; tạm dùng mức 1,5 của Nghị định 91/2017/NĐ-CP (có thể cấu hình).';
const PRIZE_NOTE =
  'Tiền thưởng Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước do nghị định chuyên ngành quy định; tạm dùng mức của Nghị định 91/2017/NĐ-CP (có thể cấu hình).';
const KNC_NOTE = (cap: string) =>
  `Nghị định 152/2025 quy định mức tối đa ${cap} lần mức lương cơ sở; tạm dùng mức tối đa — cơ quan ban hành có thể quy định thấp hơn.`;

/** §5.2 orders: individual coefficients (ND 152/2025 Điều 51 k1); collective = 2× (k2). */
const ORDER_ROWS: Partial<Record<AwardCode, CoefficientRow>> = {
  huan_chuong_sao_vang: row(46_000, null, ART51, 'V'),
  huan_chuong_ho_chi_minh: row(30_500, null, ART51, 'V'),
  huan_chuong_doc_lap_hang_1: row(15_000, null, ART51, 'V'),
  huan_chuong_quan_cong_hang_1: row(15_000, null, ART51, 'V'),
  huan_chuong_doc_lap_hang_2: row(12_500, null, ART51, 'V'),
  huan_chuong_quan_cong_hang_2: row(12_500, null, ART51, 'V'),
  huan_chuong_doc_lap_hang_3: row(10_500, null, ART51, 'V'),
  huan_chuong_quan_cong_hang_3: row(10_500, null, ART51, 'V'),
  huan_chuong_lao_dong_hang_1: row(9_000, null, ART51, 'V'),
  huan_chuong_chien_cong_hang_1: row(9_000, null, ART51, 'V'),
  huan_chuong_bao_ve_to_quoc_hang_1: row(9_000, null, ART51, 'V'),
  huan_chuong_lao_dong_hang_2: row(7_500, null, ART51, 'V'),
  huan_chuong_chien_cong_hang_2: row(7_500, null, ART51, 'V'),
  huan_chuong_bao_ve_to_quoc_hang_2: row(7_500, null, ART51, 'V'),
  huan_chuong_dai_doan_ket_dan_toc: row(7_500, null, ART51, 'V'),
  huan_chuong_lao_dong_hang_3: row(4_500, null, ART51, 'V'),
  huan_chuong_chien_cong_hang_3: row(4_500, null, ART51, 'V'),
  huan_chuong_bao_ve_to_quoc_hang_3: row(4_500, null, ART51, 'V'),
  huan_chuong_dung_cam: row(4_500, null, ART51, 'V'),
};

/** ND 152/2025 Điều 50–54 (law-reference §5.2). Codes absent here have no known coefficient. */
const ND152_COEFFICIENTS: Partial<Record<AwardCode, CoefficientRow>> = {
  // Điều 50 — emulation titles
  cstd_toan_quoc: row(4_500, null, ART50, 'V'),
  cstd_bo_tinh: row(3_000, null, ART50, 'V'),
  cstd_co_so: row(1_000, null, ART50, 'V'),
  lao_dong_tien_tien: row(300, null, ART50, 'V'),
  chien_si_tien_tien: row(300, null, ART50, 'V'),
  tap_the_lao_dong_xuat_sac: row(null, 1_500, ART50, 'V'),
  don_vi_quyet_thang: row(null, 1_500, ART50, 'V'),
  tap_the_lao_dong_tien_tien: row(null, 800, ART50, 'V'),
  don_vi_tien_tien: row(null, 800, ART50, 'V'),
  xa_phuong_dac_khu_tieu_bieu: row(null, 2_000, `${ART50} khoản 2 điểm c`, 'V'),
  thon_to_dan_pho_van_hoa: row(null, 1_500, ART50, 'V'),
  co_thi_dua_chinh_phu: row(null, 12_000, ART50, 'V'),
  co_thi_dua_bo_tinh: row(null, 8_000, ART50, 'V'),
  co_thi_dua_quan_khu_dhqg: row(null, 6_000, `${ART50} khoản 2 điểm g`, 'V'),
  // Điều 51 — orders
  ...ORDER_ROWS,
  // Điều 52 — State honorary titles
  ba_me_viet_nam_anh_hung: row(15_500, null, ART52, 'V2'),
  anh_hung_llvtnd: row(15_500, 31_000, ART52, 'V2'),
  anh_hung_lao_dong: row(15_500, 31_000, ART52, 'V2'),
  nha_giao_nhan_dan: row(12_500, null, ART52, 'V2'),
  thay_thuoc_nhan_dan: row(12_500, null, ART52, 'V2'),
  nghe_si_nhan_dan: row(12_500, null, ART52, 'V2'),
  nghe_nhan_nhan_dan: row(12_500, null, ART52, 'V2'),
  nha_giao_uu_tu: row(9_000, null, ART52, 'V2'),
  thay_thuoc_uu_tu: row(9_000, null, ART52, 'V2'),
  nghe_si_uu_tu: row(9_000, null, ART52, 'V2'),
  nghe_nhan_uu_tu: row(9_000, null, ART52, 'V2'),
  // Điều 53 — medals: not read; historic ND 91/2017 value as the configurable default
  huy_chuong_quan_ky_quyet_thang: row(1_500, null, ART53, 'R', 'unconfirmed', MEDAL_NOTE),
  huy_chuong_vi_an_ninh_to_quoc: row(1_500, null, ART53, 'R', 'unconfirmed', MEDAL_NOTE),
  huy_chuong_chien_si_ve_vang_hang_1: row(1_500, null, ART53, 'R', 'unconfirmed', MEDAL_NOTE),
  huy_chuong_chien_si_ve_vang_hang_2: row(1_500, null, ART53, 'R', 'unconfirmed', MEDAL_NOTE),
  huy_chuong_chien_si_ve_vang_hang_3: row(1_500, null, ART53, 'R', 'unconfirmed', MEDAL_NOTE),
  huy_chuong_huu_nghi: row(1_500, null, ART53, 'R', 'unconfirmed', MEDAL_NOTE),
  huy_chuong_tnxp_ve_vang: row(1_500, null, ART53, 'R', 'unconfirmed', MEDAL_NOTE),
  // Prizes: specialised decrees; historic ND 91/2017 values as the configurable default
  giai_thuong_ho_chi_minh: row(
    270_000,
    null,
    'Nghị định chuyên ngành; mức cũ theo Nghị định 91/2017/NĐ-CP',
    'R',
    'unconfirmed',
    PRIZE_NOTE,
  ),
  giai_thuong_nha_nuoc: row(
    170_000,
    null,
    'Nghị định chuyên ngành; mức cũ theo Nghị định 91/2017/NĐ-CP',
    'R',
    'unconfirmed',
    PRIZE_NOTE,
  ),
  // Điều 54 — Bằng khen, Giấy khen, Kỷ niệm chương
  bang_khen_thu_tuong: row(3_500, 7_000, ART54, 'V2'),
  bang_khen_bo_tinh: row(1_500, 3_000, ART54, 'V2'),
  bang_khen_quan_khu_dhqg: row(1_000, 2_000, ART54, 'V2'),
  giay_khen_don_vi_thuoc_bo: row(300, 600, `${ART54} khoản 1 điểm e`, 'V2'),
  giay_khen_doanh_nghiep: row(300, 600, `${ART54} khoản 1 điểm e`, 'V2'),
  giay_khen_co_quan_chuyen_mon_tinh: row(300, 600, `${ART54} khoản 1 điểm e`, 'V2'),
  giay_khen_chu_tich_ubnd_xa: row(300, 600, `${ART54} khoản 1 điểm e`, 'V2'),
  giay_khen_khac: row(300, 600, `${ART54} khoản 1 điểm e (các chủ thể tại Luật Điều 75 khoản 1)`, 'V2'),
  ky_niem_chuong_ubtvqh: row(800, null, ART54, 'V2', 'cap', KNC_NOTE('0,8')),
  ky_niem_chuong_bo_nganh_tinh: row(
    600,
    null,
    ART54,
    'V2',
    'cap',
    `${KNC_NOTE('0,6')} Một bản dịch máy ghi ≤ 1,0; dùng 0,6 theo nguồn tiếng Việt.`,
  ),
};

const ND98 = 'Nghị định 98/2023/NĐ-CP';

/**
 * ND 98/2023 (RS_2024). law-reference documents only two differences from ND 152/2025: Bằng khen of a
 * ministry/province 1.0 (individual) / 2.0 (collective), and the commune chairman's Giấy khen 0.15
 * (individual; collective 0.3 assumed as 2×). Every other value — and the household multiplier — is
 * ASSUMED equal to ND 152/2025 [R]: confirm against the ND 98 text before relying on historical amounts.
 */
const ND98_ASSUMED_NOTE =
  'Mức theo Nghị định 98/2023/NĐ-CP chưa đối chiếu: tạm lấy bằng mức của Nghị định 152/2025/NĐ-CP (tài liệu tham chiếu chỉ ghi nhận khác biệt ở Bằng khen bộ, tỉnh và Giấy khen của Chủ tịch UBND cấp xã).';

const ND98_COEFFICIENTS: Partial<Record<AwardCode, CoefficientRow>> = {
  ...Object.fromEntries(
    Object.entries(ND152_COEFFICIENTS).map(([code, r]) => [
      code,
      {
        ...r,
        citation: `${ND98} (giả định bằng mức của ${r.citation})`,
        confidence: 'R' as const,
        note: [ND98_ASSUMED_NOTE, r.note].filter(Boolean).join(' '),
      },
    ]),
  ),
  bang_khen_bo_tinh: row(1_000, 2_000, ND98, 'V2'),
  giay_khen_chu_tich_ubnd_xa: row(
    150,
    300,
    ND98,
    'V2',
    'fixed',
    'Mức 0,15 (cá nhân) theo Nghị định 98/2023; mức tập thể 0,3 (gấp 2 lần) chưa đối chiếu [R].',
  ),
};

const ND152_MONEY: MoneyRules = {
  decree: ND152,
  principleCitation: `${ND152} Điều 49`,
  householdMultiplierMilli: 1_500,
  householdCitation: ART54,
  householdConfidence: 'V2',
  orderCollectiveMultiplier: 2,
  orderCollectiveCitation: `${ART51} khoản 2`,
  coefficients: ND152_COEFFICIENTS,
};

const ND98_MONEY: MoneyRules = {
  decree: ND98,
  principleCitation: `${ND98} (nguyên tắc như ${ND152} Điều 49; làm tròn lên hàng chục nghìn đồng)`,
  householdMultiplierMilli: 1_500,
  householdCitation: `${ND98} (giả định như ${ART54})`,
  householdConfidence: 'R',
  orderCollectiveMultiplier: 2,
  orderCollectiveCitation: `${ND98} (giả định như ${ART51} khoản 2)`,
  coefficients: ND98_COEFFICIENTS,
};

// ---------------------------------------------------------------- council ballots (§4.3) and publicity (§4.4)

/**
 * Secret-ballot approval thresholds, as a percentage of the council's TOTAL members (absent members vote in
 * writing). ND 98/2023 Điều 30 k7 [V historic]; ND 152's equivalent clause was not read, so RS_2025 and
 * RS_2026 carry the same values as configurable defaults [R]. Other forms: no national threshold
 * (ballot optional; many sector rules use 70% or a simple majority) — tenant configuration.
 */
export interface CouncilRules {
  thresholds: Partial<Record<AwardCode, number>>;
  citation: string;
  confidence: Confidence;
  denominator: 'total_members';
  /** §4.2 [L] (Bắc Ninh, court sector): quorum of a session deciding awards, % of members present. */
  awardSessionQuorumPercent: number;
  /** §4.2 [L]: general quorum, 2/3 of members. */
  generalQuorum: { numerator: number; denominator: number };
  /** §4.3 [L] (TT 01/2024/TT-TANDTC): at most two ballot rounds; then the competent head decides. */
  maxBallotRounds: number;
  localRulesConfidence: Confidence;
}

const BALLOT_THRESHOLDS: Partial<Record<AwardCode, number>> = {
  anh_hung_llvtnd: 90,
  anh_hung_lao_dong: 90,
  cstd_toan_quoc: 90,
  cstd_bo_tinh: 90,
  cstd_co_so: 80,
  co_thi_dua_bo_tinh: 80,
  co_thi_dua_chinh_phu: 80,
};

const councilRules = (citation: string, confidence: Confidence): CouncilRules => ({
  thresholds: BALLOT_THRESHOLDS,
  citation,
  confidence,
  denominator: 'total_members',
  awardSessionQuorumPercent: 80,
  generalQuorum: { numerator: 2, denominator: 3 },
  maxBallotRounds: 2,
  localRulesConfidence: 'L',
});

/**
 * §4.4: nominations for Huân chương, State honorary titles, Giải thưởng Hồ Chí Minh / Nhà nước and CSTĐ toàn
 * quốc are published for public comment before the council meets [V historic]; the minimum period under
 * ND 152 is not confirmed — 5 working days by default [R], tenant setting `publicityWorkingDays`.
 */
export interface PublicityRules {
  defaultWorkingDays: number;
  groups: AwardGroup[];
  codes: AwardCode[];
  citation: string;
  confidence: Confidence;
}

const PUBLICITY: PublicityRules = {
  defaultWorkingDays: 5,
  groups: ['order', 'honorary_title', 'prize'],
  codes: ['cstd_toan_quoc'],
  citation:
    'Luật Thi đua, khen thưởng 06/2022/QH15 Điều 84 khoản 5, khoản 7; thực tiễn Thông tư 12/2019/TT-BNV',
  confidence: 'R',
};

/** A change reported for RS_2026 whose text is not confirmed: applied only when the tenant setting is on. */
export interface PendingChange {
  description: string;
  confidence: Confidence;
  /** The LegalSettings flag that enables it. */
  setting: 'enableRs2026DraftCriteria';
}

const RS_2026_PENDING: PendingChange[] = [
  {
    description:
      'Chiến sĩ thi đua cơ sở: phải được đánh giá "hoàn thành xuất sắc nhiệm vụ" VÀ có sáng kiến, đề tài hoặc giải pháp được công nhận (bỏ điều kiện đạt Lao động tiên tiến) — theo dự thảo.',
    confidence: 'D',
    setting: 'enableRs2026DraftCriteria',
  },
  {
    description:
      'Bổ sung loại hình "khen thưởng phong trào thi đua theo chuyên đề" và "khen thưởng chuyên đề".',
    confidence: 'D',
    setting: 'enableRs2026DraftCriteria',
  },
  {
    description:
      'Đổi tên "Xã, phường, thị trấn tiêu biểu" thành "Xã, phường, đặc khu tiêu biểu"; thay tiêu chí "dẫn đầu phong trào thi đua cấp huyện" bằng "có thành tích tiêu biểu trong phong trào thi đua cấp tỉnh".',
    confidence: 'D',
    setting: 'enableRs2026DraftCriteria',
  },
  {
    description: 'Bổ sung tiêu chuẩn "đi đầu trong đổi mới sáng tạo, chuyển đổi số".',
    confidence: 'D',
    setting: 'enableRs2026DraftCriteria',
  },
];

/** Everything a rule set holds besides the criteria (which live in the eligibility engine). */
export interface RuleSetData {
  period: RuleSetPeriod;
  money: MoneyRules;
  council: CouncilRules;
  publicity: PublicityRules;
  /** Reported RS_2026 changes not yet confirmed (law-reference §0.4). Empty for other rule sets. */
  pendingChanges: PendingChange[];
}

const periodOf = (id: RuleSetId): RuleSetPeriod => {
  const found = RULE_SET_PERIODS.find((p) => p.id === id);
  if (!found) throw new Error(`rule set ${id} missing from RULE_SET_PERIODS`);
  return found;
};

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSetData>> = {
  RS_2024: {
    period: periodOf('RS_2024'),
    money: ND98_MONEY,
    council: councilRules(`${ND98} Điều 30 khoản 7`, 'V'),
    publicity: PUBLICITY,
    pendingChanges: [],
  },
  RS_2025: {
    period: periodOf('RS_2025'),
    money: ND152_MONEY,
    council: councilRules(`${ND98} Điều 30 khoản 7 (điều khoản tương ứng của ${ND152} chưa đối chiếu)`, 'R'),
    publicity: PUBLICITY,
    pendingChanges: [],
  },
  RS_2026: {
    period: periodOf('RS_2026'),
    money: ND152_MONEY,
    council: councilRules(`${ND98} Điều 30 khoản 7 (điều khoản tương ứng của ${ND152} chưa đối chiếu)`, 'R'),
    publicity: PUBLICITY,
    pendingChanges: RS_2026_PENDING,
  },
};
