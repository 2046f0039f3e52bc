import {
  AUTHORITY_LEVEL_LABELS,
  AUTHORITY_LEVELS,
  AWARD_GROUP_LABELS,
  AWARD_GROUPS,
  CATALOGUE,
  catalogueEntry,
  type CatalogueEntry,
  COMMENDATION_TYPE_CATALOGUE,
  CONFIDENCE_LABELS,
  CONFIDENCE_TAGS,
  INSIGNIA_KINDS,
  INSIGNIA_LABELS,
  PERIOD_LABELS,
  PERIODS,
} from '../../../domain/awards/catalogue';
import { ballotRule } from '../../../domain/awards/council';
import { BASE_SALARY_PERIODS, coefficientFor, milliToCoefficient } from '../../../domain/awards/money';
import { RULE_SET_PERIODS, RULE_SETS } from '../../../domain/awards/rule-sets';
import {
  RULE_SET_IDS,
  type RuleSetId,
  SUBJECT_TYPE_LABELS,
  SUBJECT_TYPES,
  type SubjectType,
} from '../../../domain/awards/types';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { notFound } from '../../lib/errors';
import type { CatalogueQuery } from './catalogue.schemas';

/** Law data only: the catalogue and the rule sets are the same for every tenant and read no database. */

const labels = <T extends string>(codes: readonly T[], names: Record<T, string>) =>
  codes.map((code) => ({ code, label: names[code] }));

const item = (e: CatalogueEntry) => ({ ...e, groupLabel: AWARD_GROUP_LABELS[e.group] });

/** Folded words only (no accents, punctuation or underscores), so "xa phuong thi tran" finds "Xã, phường, thị trấn". */
const searchable = (s: string) =>
  foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const SEARCH = new Map(
  CATALOGUE.map((e) => [e.code, searchable([e.code, e.name, ...e.otherNames].join(' '))]),
);

export function listCatalogue(query: CatalogueQuery) {
  const q = query.q ? searchable(query.q) : '';
  const items = CATALOGUE.filter(
    (e) =>
      (!query.group || e.group === query.group) &&
      (!query.subjectType || e.subjectTypes.includes(query.subjectType)) &&
      (!q || (SEARCH.get(e.code) ?? '').includes(q)),
  ).map(item);
  return {
    items,
    total: items.length,
    groups: labels(AWARD_GROUPS, AWARD_GROUP_LABELS),
    subjectTypes: labels(SUBJECT_TYPES, SUBJECT_TYPE_LABELS),
    authorityLevels: labels(AUTHORITY_LEVELS, AUTHORITY_LEVEL_LABELS),
    periods: labels(PERIODS, PERIOD_LABELS),
    insignia: labels(INSIGNIA_KINDS, INSIGNIA_LABELS),
    confidenceTags: labels(CONFIDENCE_TAGS, CONFIDENCE_LABELS),
    commendationTypes: [...COMMENDATION_TYPE_CATALOGUE],
  };
}

function coefficientsOf(e: CatalogueEntry, ruleSet: RuleSetId) {
  const of = (s: SubjectType) => {
    if (!e.subjectTypes.includes(s)) return null;
    const c = coefficientFor(e, s, ruleSet);
    return c ? milliToCoefficient(c.milli) : null;
  };
  return { individual: of('individual'), collective: of('collective'), household: of('household') };
}

export function getCatalogueEntry(code: string) {
  const e = catalogueEntry(code);
  if (!e) throw notFound('Danh hiệu, hình thức khen thưởng');
  return {
    ...item(e),
    coefficients: RULE_SET_IDS.map((ruleSet) => {
      const row = RULE_SETS[ruleSet].money.coefficients[e.code];
      return {
        ruleSet,
        ...coefficientsOf(e, ruleSet),
        citation: row?.citation ?? null,
        confidence: row?.confidence ?? null,
      };
    }),
    ballot: RULE_SET_IDS.map((ruleSet) => {
      const rule = ballotRule(e.code, ruleSet);
      return {
        ruleSet,
        thresholdPercent: rule.thresholdPercent,
        citation: rule.citation,
        confidence: rule.confidence,
      };
    }),
  };
}

export function listRuleSets() {
  return {
    items: RULE_SET_PERIODS.map((period) => {
      const { money, council, publicity, pendingChanges } = RULE_SETS[period.id];
      return {
        id: period.id,
        name: period.name,
        validFrom: period.validFrom,
        validTo: period.validTo,
        components: period.components,
        money: {
          decree: money.decree,
          principleCitation: money.principleCitation,
          rounding: 'Hệ số × mức lương cơ sở tại ngày quyết định, làm tròn lên hàng chục nghìn đồng',
          householdMultiplier: money.householdMultiplierMilli / 1000,
          householdCitation: money.householdCitation,
          orderCollectiveMultiplier: money.orderCollectiveMultiplier,
          orderCollectiveCitation: money.orderCollectiveCitation,
          coefficients: CATALOGUE.flatMap((e) => {
            const row = money.coefficients[e.code];
            if (!row) return [];
            return [
              {
                code: e.code,
                name: e.name,
                group: e.group,
                ...coefficientsOf(e, period.id),
                kind: row.kind,
                citation: row.citation,
                confidence: row.confidence,
                note: row.note,
              },
            ];
          }),
        },
        council: {
          denominator: council.denominator,
          citation: council.citation,
          confidence: council.confidence,
          thresholds: CATALOGUE.flatMap((e) => {
            const percent = council.thresholds[e.code];
            return percent === undefined ? [] : [{ code: e.code, name: e.name, percent }];
          }),
          otherForms:
            'Các hình thức khác (Huân chương, Bằng khen, Giấy khen, Lao động tiên tiến…): Hội đồng xét, bỏ phiếu không bắt buộc; không có tỷ lệ chung — đơn vị cấu hình.',
          awardSessionQuorumPercent: council.awardSessionQuorumPercent,
          generalQuorum: `${council.generalQuorum.numerator}/${council.generalQuorum.denominator}`,
          maxBallotRounds: council.maxBallotRounds,
          localRulesConfidence: council.localRulesConfidence,
        },
        publicity,
        pendingChanges,
      };
    }),
    baseSalaryPeriods: [...BASE_SALARY_PERIODS],
    transitionalRule:
      'Hồ sơ được xét theo bộ quy định có hiệu lực tại ngày cơ quan có thẩm quyền nhận đủ hồ sơ. Hồ sơ nhận trước 01/10/2026 tiếp tục áp dụng Luật chưa sửa đổi, trừ khi quy định mới có lợi hơn cho người được đề nghị (Luật 06/2026/QH16). Tiền thưởng dùng mức lương cơ sở tại ngày quyết định (Nghị định 152/2025/NĐ-CP Điều 49 khoản 1).',
  };
}
