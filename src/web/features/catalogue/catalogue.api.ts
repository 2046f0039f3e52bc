import type {
  AuthorityLevel,
  AwardGroup,
  Confidence,
  InsigniaKind,
  Period,
} from '../../../domain/awards/catalogue';
import type { CoefficientKind } from '../../../domain/awards/rule-sets';
import type { CommendationType, RuleSetId, SubjectType } from '../../../domain/awards/types';
import { api } from '../../lib/api';
import { formatNumber } from '../../lib/format';

/** The shapes of GET /api/catalogue, /api/catalogue/:code and /api/rule-sets (rules module). */

interface Label<T extends string> {
  code: T;
  label: string;
}

export interface CatalogueItem {
  code: string;
  name: string;
  otherNames: string[];
  group: AwardGroup;
  groupLabel: string;
  subjectTypes: SubjectType[];
  subjectNote: string | null;
  authorities: AuthorityLevel[];
  authorityLabel: string;
  periods: Period[];
  insignia: InsigniaKind[];
  insigniaConfidence: Confidence;
  citation: string;
  confidence: Confidence;
  commendationTypes: CommendationType[];
  meritLadder: boolean;
  rank: number;
  note: string | null;
}

export interface CommendationTypeItem {
  code: CommendationType;
  name: string;
  definition: string;
  procedure: string;
  citation: string;
  confidence: Confidence;
  ruleSets: RuleSetId[];
}

export interface CatalogueList {
  items: CatalogueItem[];
  total: number;
  groups: Label<AwardGroup>[];
  subjectTypes: Label<SubjectType>[];
  authorityLevels: Label<AuthorityLevel>[];
  periods: Label<Period>[];
  insignia: Label<InsigniaKind>[];
  confidenceTags: Label<Confidence>[];
  commendationTypes: CommendationTypeItem[];
}

export interface CatalogueDetail extends CatalogueItem {
  coefficients: {
    ruleSet: RuleSetId;
    individual: number | null;
    collective: number | null;
    household: number | null;
    citation: string | null;
    confidence: Confidence | null;
  }[];
  ballot: { ruleSet: RuleSetId; thresholdPercent: number | null; citation: string; confidence: Confidence }[];
}

export interface CoefficientView {
  code: string;
  name: string;
  group: AwardGroup;
  individual: number | null;
  collective: number | null;
  household: number | null;
  kind: CoefficientKind;
  citation: string;
  confidence: Confidence;
  note: string | null;
}

export interface RuleSetView {
  id: RuleSetId;
  name: string;
  validFrom: string;
  validTo: string | null;
  components: string[];
  money: {
    decree: string;
    principleCitation: string;
    rounding: string;
    householdMultiplier: number;
    householdCitation: string;
    orderCollectiveMultiplier: number;
    orderCollectiveCitation: string;
    coefficients: CoefficientView[];
  };
  council: {
    denominator: 'total_members';
    citation: string;
    confidence: Confidence;
    thresholds: { code: string; name: string; percent: number }[];
    otherForms: string;
    awardSessionQuorumPercent: number;
    generalQuorum: string;
    maxBallotRounds: number;
    localRulesConfidence: Confidence;
  };
  publicity: {
    defaultWorkingDays: number;
    groups: AwardGroup[];
    codes: string[];
    citation: string;
    confidence: Confidence;
  };
  pendingChanges: { description: string; confidence: Confidence; setting: string }[];
}

export interface RuleSetList {
  items: RuleSetView[];
  baseSalaryPeriods: {
    validFrom: string;
    validTo: string | null;
    amount: number;
    act: string;
    confidence: Confidence;
    note: string | null;
  }[];
  transitionalRule: string;
}

export interface RewardMoney {
  awardCode: string;
  awardName: string;
  subjectType: SubjectType;
  decisionDate: string;
  coefficient: number;
  coefficientMilli: number;
  coefficientKind: 'fixed' | 'cap' | 'unconfirmed' | 'configured';
  confirmed: boolean;
  baseSalary: number;
  baseSalaryAct: string;
  rawAmount: number;
  amount: number;
  amountInWords: string;
  roundingMode: 'ceil_10000' | 'none';
  ruleSet: RuleSetId;
  citation: string;
  confidence: Confidence;
  note: string | null;
}

export const catalogueKeys = {
  list: ['catalogue', 'list'] as const,
  detail: (code: string) => ['catalogue', 'detail', code] as const,
  ruleSets: ['catalogue', 'rule-sets'] as const,
};

export const getCatalogue = () => api.get<CatalogueList>('/api/catalogue');
export const getCatalogueDetail = (code: string) =>
  api.get<CatalogueDetail>(`/api/catalogue/${encodeURIComponent(code)}`);
export const getRuleSets = () => api.get<RuleSetList>('/api/rule-sets');
export const computeRewardMoney = (body: {
  awardCode: string;
  subjectType: SubjectType;
  decisionDate: string;
}) => api.post<RewardMoney>('/api/reward-money/compute', body);

/** Money as written in Vietnamese documents: 3800000 → "3.800.000 đ". */
export const formatDong = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${formatNumber(value)} đ`;

/** A coefficient with a decimal comma: 1.5 → "1,5". */
export const formatCoefficient = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : String(value).replace('.', ',');
