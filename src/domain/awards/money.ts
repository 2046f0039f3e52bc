/**
 * Reward money (tiền thưởng) — law-reference §5. Amount = coefficient × base salary in force on the date of
 * the award decision (ND 152/2025 Điều 49 k1), rounded UP to the nearest 10,000 VND (Điều 49 k2; tenant
 * override `roundingMode: 'none'`). Integer arithmetic only: coefficients are thousandths of the base salary
 * and every base salary is a multiple of 1,000 VND, so base × milli / 1000 is exact.
 *
 * Which decree's coefficients apply is decided by the decision date too (ND 98/2023 until 30/06/2025,
 * ND 152/2025 from 01/07/2025): money is paid under the decree in force when the decision is signed.
 */
import {
  AWARD_GROUP_LABELS,
  type AwardCode,
  catalogueEntry,
  type CatalogueEntry,
  type Confidence,
} from './catalogue';
import { type CoefficientKind, RULE_SETS, ruleSetOn } from './rule-sets';
import type { RoundingMode } from './settings';
import { type IsoDate, type RuleSetId, SUBJECT_TYPE_LABELS, type SubjectType } from './types';

// ---------------------------------------------------------------- base salary (§0.3)

export interface BaseSalaryPeriod {
  validFrom: IsoDate;
  /** Inclusive; null = open. */
  validTo: IsoDate | null;
  /** VND per month. */
  amount: number;
  act: string;
  confidence: Confidence;
  note: string | null;
}

/** Mức lương cơ sở, oldest first. */
export const BASE_SALARY_PERIODS: readonly BaseSalaryPeriod[] = [
  {
    validFrom: '2023-07-01',
    validTo: '2024-06-30',
    amount: 1_800_000,
    act: 'Nghị định 24/2023/NĐ-CP Điều 3 khoản 2',
    confidence: 'R',
    // Outside law-reference: added so decisions of 01/01–30/06/2024 (RS_2024) are computable.
    note: 'Ngoài tài liệu tham chiếu pháp lý; bổ sung để tính được tiền thưởng cho quyết định từ 01/01/2024 đến 30/06/2024 — cần rà soát.',
  },
  {
    validFrom: '2024-07-01',
    validTo: '2026-06-30',
    amount: 2_340_000,
    act: 'Nghị định 73/2024/NĐ-CP Điều 3 khoản 2',
    confidence: 'V',
    note: null,
  },
  {
    validFrom: '2026-07-01',
    validTo: null,
    amount: 2_530_000,
    act: 'Nghị định 161/2026/NĐ-CP Điều 3 khoản 2',
    confidence: 'V',
    note: null,
  },
];

/** The base salary in force on `date`, or null before the first known period. */
export function baseSalaryOn(date: IsoDate): BaseSalaryPeriod | null {
  for (const p of BASE_SALARY_PERIODS)
    if (date >= p.validFrom && (p.validTo === null || date <= p.validTo)) return p;
  return null;
}

// ---------------------------------------------------------------- one award

export interface RewardMoneyInput {
  awardCode: string;
  subjectType: SubjectType;
  decisionDate: IsoDate;
  /** §5.1 k2: 'ceil_10000' (law) unless the tenant overrides with 'none'. */
  roundingMode?: RoundingMode;
  /**
   * Tenant configuration: coefficients (thousandths) replacing the rule set's for the listed codes — e.g. an
   * issuer's Kỷ niệm chương below the cap, or a confirmed medal value.
   */
  coefficientOverrides?: Partial<Record<AwardCode, { individualMilli?: number; collectiveMilli?: number }>>;
}

export interface RewardMoney {
  awardCode: AwardCode;
  awardName: string;
  subjectType: SubjectType;
  decisionDate: IsoDate;
  /** e.g. 0.45 */
  coefficient: number;
  /** e.g. 450 */
  coefficientMilli: number;
  coefficientKind: CoefficientKind | 'configured';
  /** false when the value is a cap, a historic default or assumed ([R]) — show the note. */
  confirmed: boolean;
  baseSalary: number;
  baseSalaryAct: string;
  rawAmount: number;
  amount: number;
  roundingMode: RoundingMode;
  ruleSet: RuleSetId;
  /** Articles the amount rests on, joined with "; ". */
  citation: string;
  confidence: Confidence;
  note: string | null;
}

export const MONEY_ERROR_CODES = [
  'unknown_award',
  'subject_not_allowed',
  'no_rule_set',
  'no_base_salary',
  'coefficient_not_determined',
] as const;
export type MoneyErrorCode = (typeof MONEY_ERROR_CODES)[number];

export interface MoneyError {
  code: MoneyErrorCode;
  /** Vietnamese, shown to the user as is. */
  message: string;
  details?: Record<string, unknown>;
}

export type MoneyResult = { ok: true; value: RewardMoney } | { ok: false; error: MoneyError };

const fail = (code: MoneyErrorCode, message: string, details?: Record<string, unknown>): MoneyResult => ({
  ok: false,
  error: { code, message, ...(details ? { details } : {}) },
});

const CONFIDENCE_ORDER: Confidence[] = ['V', 'V2', 'L', 'R', 'D'];
const weakest = (...tags: Confidence[]): Confidence =>
  tags.reduce((a, b) => (CONFIDENCE_ORDER.indexOf(b) > CONFIDENCE_ORDER.indexOf(a) ? b : a), 'V');

/** dd/mm/yyyy for messages. */
const dmy = (iso: IsoDate) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Rounds a non-negative integer up to the next multiple of 10,000 (ND 152/2025 Điều 49 k2). */
export function ceilTo10000(vnd: number): number {
  const rest = vnd % 10_000;
  return rest === 0 ? vnd : vnd - rest + 10_000;
}

/** 450 → 0.45 without floating noise in the decimal representation. */
export const milliToCoefficient = (milli: number) => Number((milli / 1000).toFixed(3));

const TENANT_CITATION = 'Cấu hình của đơn vị (theo văn bản của cơ quan có thẩm quyền)';

export interface ResolvedCoefficient {
  milli: number;
  kind: CoefficientKind | 'configured';
  citations: string[];
  confidence: Confidence;
  note: string | null;
}

/**
 * The coefficient (thousandths) of `entry` for `subjectType` under `ruleSetId`: the table's value; for
 * households 1.5 × the individual value (ND 152/2025 Điều 54); for collectives of orders 2 × the individual
 * value (Điều 51 k2). null when the rule set has no coefficient for that subject.
 */
export function coefficientFor(
  entry: CatalogueEntry,
  subjectType: SubjectType,
  ruleSetId: RuleSetId,
  overrides?: RewardMoneyInput['coefficientOverrides'],
): ResolvedCoefficient | null {
  const money = RULE_SETS[ruleSetId].money;
  const row = money.coefficients[entry.code];
  const override = overrides?.[entry.code];
  const source = (milli: number | undefined | null, fromTenant: boolean): ResolvedCoefficient | null => {
    if (milli === null || milli === undefined) return null;
    if (fromTenant)
      return { milli, kind: 'configured', citations: [TENANT_CITATION], confidence: 'L', note: null };
    if (!row) return null;
    return { milli, kind: row.kind, citations: [row.citation], confidence: row.confidence, note: row.note };
  };
  const individual =
    override?.individualMilli !== undefined
      ? source(override.individualMilli, true)
      : source(row?.individualMilli, false);

  if (subjectType === 'individual') return individual;
  if (subjectType === 'collective') {
    if (override?.collectiveMilli !== undefined) return source(override.collectiveMilli, true);
    const collective = source(row?.collectiveMilli, false);
    if (collective) return collective;
    // Orders: collective = 2 × individual (ND 152/2025 Điều 51 k2).
    if (entry.group === 'order' && individual)
      return {
        ...individual,
        milli: individual.milli * money.orderCollectiveMultiplier,
        citations: [...individual.citations, money.orderCollectiveCitation],
      };
    return null;
  }
  // Household: 1.5 × the individual coefficient of the same form (ND 152/2025 Điều 54).
  if (!individual) return null;
  const milli = (individual.milli * money.householdMultiplierMilli) / 1000;
  if (!Number.isInteger(milli)) return null;
  return {
    ...individual,
    milli,
    citations: [...individual.citations, money.householdCitation],
    confidence: weakest(individual.confidence, money.householdConfidence),
  };
}

/**
 * The reward money of one title or form for one subject (law-reference §5.1 k1–k3, §5.2). Errors are
 * returned, not thrown, with a Vietnamese message: unknown code, subject type the form does not allow, a
 * date before any rule set or base salary, or a form whose coefficient is not determined (e.g. Huân chương
 * Hữu nghị, Tỉnh Anh hùng, Gia đình văn hóa, titles defined by other bodies).
 *
 * Forms without a confirmed coefficient DO get an amount: Huy chương (1.5, ND 91/2017) and Giải thưởng
 * (270 / 170, ND 91/2017) use the historic values as configurable defaults; Kỷ niệm chương uses the cap
 * (0.8 / 0.6). Such results carry `confirmed: false` and a note.
 */
export function computeRewardMoney(input: RewardMoneyInput): MoneyResult {
  const entry = catalogueEntry(input.awardCode);
  if (!entry)
    return fail(
      'unknown_award',
      `Mã danh hiệu, hình thức khen thưởng "${input.awardCode}" không có trong danh mục.`,
      { awardCode: input.awardCode },
    );
  if (!entry.subjectTypes.includes(input.subjectType))
    return fail(
      'subject_not_allowed',
      `${entry.name} không tặng cho đối tượng "${SUBJECT_TYPE_LABELS[input.subjectType]}"; chỉ tặng cho: ${entry.subjectTypes
        .map((s) => SUBJECT_TYPE_LABELS[s].toLowerCase())
        .join(', ')}.`,
      { awardCode: entry.code, subjectType: input.subjectType, allowed: entry.subjectTypes },
    );
  const period = ruleSetOn(input.decisionDate);
  if (!period)
    return fail(
      'no_rule_set',
      `Ngày quyết định ${dmy(input.decisionDate)} trước ngày Luật Thi đua, khen thưởng 2022 có hiệu lực (01/01/2024); hệ thống chưa có quy định tiền thưởng cho thời điểm này.`,
      { decisionDate: input.decisionDate },
    );
  const salary = baseSalaryOn(input.decisionDate);
  if (!salary)
    return fail(
      'no_base_salary',
      `Chưa có dữ liệu mức lương cơ sở áp dụng tại ngày ${dmy(input.decisionDate)}.`,
      { decisionDate: input.decisionDate },
    );
  const coefficient = coefficientFor(entry, input.subjectType, period.id, input.coefficientOverrides);
  if (!coefficient)
    return fail(
      'coefficient_not_determined',
      `Chưa xác định được mức tiền thưởng của ${entry.name} cho đối tượng "${SUBJECT_TYPE_LABELS[
        input.subjectType
      ].toLowerCase()}" theo ${RULE_SETS[period.id].money.decree}; cần cấu hình theo văn bản của cơ quan có thẩm quyền.`,
      { awardCode: entry.code, subjectType: input.subjectType, ruleSet: period.id },
    );

  const roundingMode = input.roundingMode ?? 'ceil_10000';
  // Exact: every base salary is a multiple of 1,000 VND (guarded by a test); ceil defensively otherwise.
  const product = salary.amount * coefficient.milli;
  const rawAmount = Math.ceil(product / 1000);
  const amount = roundingMode === 'ceil_10000' ? ceilTo10000(rawAmount) : rawAmount;
  const money = RULE_SETS[period.id].money;
  const confirmed =
    coefficient.kind === 'fixed' &&
    coefficient.confidence !== 'R' &&
    coefficient.confidence !== 'D' &&
    salary.confidence !== 'R';
  return {
    ok: true,
    value: {
      awardCode: entry.code,
      awardName: entry.name,
      subjectType: input.subjectType,
      decisionDate: input.decisionDate,
      coefficient: milliToCoefficient(coefficient.milli),
      coefficientMilli: coefficient.milli,
      coefficientKind: coefficient.kind,
      confirmed,
      baseSalary: salary.amount,
      baseSalaryAct: salary.act,
      rawAmount,
      amount,
      roundingMode,
      ruleSet: period.id,
      citation: [...coefficient.citations, money.principleCitation, salary.act].join('; '),
      confidence: weakest(coefficient.confidence, salary.confidence),
      note: [coefficient.note, salary.note].filter(Boolean).join(' ') || null,
    },
  };
}

// ---------------------------------------------------------------- several awards at the same time (§5.1 k4–k6)

export interface SimultaneousAward extends RewardMoneyInput {
  /**
   * The period the achievement was counted over, e.g. "2025" for an annual title, "2021-2025" for a
   * movement. Titles sharing it compete (k4: only the highest is paid).
   */
  countedPeriod: string;
}

export interface SimultaneousAwardMoney {
  award: SimultaneousAward;
  /** Whether this award's money is paid. */
  paid: boolean;
  /** Vietnamese explanation with its citation. */
  reason: string;
  result: MoneyResult;
}

export interface SimultaneousMoney {
  items: SimultaneousAwardMoney[];
  /** Sum of the paid items' amounts (items whose money could not be computed add nothing). */
  total: number;
  citation: string;
}

const K4 = 'Nghị định 152/2025/NĐ-CP Điều 49 khoản 4';
const K5 = 'Nghị định 152/2025/NĐ-CP Điều 49 khoản 5';
const K6 = 'Nghị định 152/2025/NĐ-CP Điều 49 khoản 6';

/**
 * The money of several titles and forms one subject receives at the same time (law-reference §5.1):
 * - k4: emulation titles with the same counted period → only the highest title's money (highest catalogue
 *   rank; equal ranks → the larger amount; then the first listed); different periods → money for each;
 * - k5: several commendation forms (for different achievements) → money for each;
 * - k6: a title and a form → money for both.
 * All items must concern the same subject; one achievement supports one form only (G7) — not checked here.
 */
export function moneyForSimultaneousAwards(awards: readonly SimultaneousAward[]): SimultaneousMoney {
  const results = awards.map((award) => ({ award, result: computeRewardMoney(award) }));
  const winners = new Map<string, number>();
  results.forEach(({ award, result }, i) => {
    const entry = catalogueEntry(award.awardCode);
    if (entry?.group !== 'emulation_title') return;
    const key = award.countedPeriod.trim();
    const current = winners.get(key);
    if (current === undefined) return void winners.set(key, i);
    const best = results[current]!;
    const bestRank = catalogueEntry(best.award.awardCode)?.rank ?? -1;
    const amountOf = (r: MoneyResult) => (r.ok ? r.value.amount : -1);
    if (entry.rank > bestRank || (entry.rank === bestRank && amountOf(result) > amountOf(best.result)))
      winners.set(key, i);
  });
  const hasForm = results.some((r) => {
    const g = catalogueEntry(r.award.awardCode)?.group;
    return g !== undefined && g !== 'emulation_title';
  });
  const hasTitle = winners.size > 0;

  const items = results.map(({ award, result }, i): SimultaneousAwardMoney => {
    const entry = catalogueEntry(award.awardCode);
    if (!entry || !result.ok)
      return {
        award,
        result,
        paid: false,
        reason: result.ok ? 'Không xác định được danh hiệu, hình thức.' : result.error.message,
      };
    if (entry.group === 'emulation_title') {
      const winner = winners.get(award.countedPeriod.trim());
      if (winner !== i) {
        const top = catalogueEntry(results[winner!]!.award.awardCode)!;
        return {
          award,
          result,
          paid: false,
          reason: `Cùng thời gian tính thành tích "${award.countedPeriod}" với danh hiệu cao hơn "${top.name}": chỉ nhận tiền thưởng của danh hiệu cao nhất (${K4}).`,
        };
      }
      const others = results.filter(
        (r, j) =>
          j !== i &&
          catalogueEntry(r.award.awardCode)?.group === 'emulation_title' &&
          r.award.countedPeriod.trim() === award.countedPeriod.trim(),
      );
      const reason = others.length
        ? `Danh hiệu cao nhất trong các danh hiệu cùng thời gian tính "${award.countedPeriod}" (${K4}).`
        : hasForm
          ? `Danh hiệu thi đua cùng với hình thức khen thưởng: nhận tiền thưởng của cả hai (${K6}).`
          : `Danh hiệu có thời gian tính "${award.countedPeriod}" khác các danh hiệu khác: nhận tiền thưởng của từng danh hiệu (${K4}).`;
      return { award, result, paid: true, reason };
    }
    return {
      award,
      result,
      paid: true,
      reason: hasTitle
        ? `${AWARD_GROUP_LABELS[entry.group]} cùng với danh hiệu thi đua: nhận tiền thưởng của cả hai (${K6}).`
        : `Hình thức khen thưởng cho thành tích khác nhau: nhận tiền thưởng của từng hình thức (${K5}).`,
    };
  });
  const total = items.reduce((sum, it) => sum + (it.paid && it.result.ok ? it.result.value.amount : 0), 0);
  return { items, total, citation: `${K4}, ${K5}, ${K6}` };
}
