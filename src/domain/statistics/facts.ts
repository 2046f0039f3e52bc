/**
 * An award record as the statistics count it: the ledger's row (Luật Thi đua, khen thưởng 06/2022/QH15 —
 * one record per subject per decision) with the subject's attributes at the time, turned into the flat
 * facts every count, group-by and form predicate reads.
 */
import type { AwardStatus } from '../awards/ledger';
import type { CommendationType, IsoDate, SubjectType } from '../awards/types';
import type { OrgUnitType } from '../org/org-unit';
import type { GenderCode, OccupationGroup } from '../people/person';
import { type AwardKind, type AwardLevel, classifyAward } from './classification';
import { type FormCommendationType, formCommendationType } from './commendation-types';
import {
  countingDate,
  DEFAULT_STATISTICAL_YEAR_START,
  inPeriod,
  type StatisticalYearStart,
  statisticalYearOf,
} from './period';
import {
  ethnicMinority,
  type IndividualAttributes,
  type IndividualClass,
  individualClass,
  isDirectWorker,
  isEnterprise,
} from './subjects';

/**
 * Who submitted a State-level award to the Prime Minister (biểu 0602 rows 02–03 "chia theo đơn vị ban
 * hành tờ trình"): a ministry or central body, or a province. A province tenant's records are `province`.
 */
export const PROPOSERS = ['ministry', 'province'] as const;
export type Proposer = (typeof PROPOSERS)[number];

/** What the statistics read of one ledger record (the server's query returns exactly this). */
export interface AwardRecordInput extends IndividualAttributes {
  id: string;
  awardCode: string;
  subjectType: SubjectType;
  /** The person's, org unit's or household's id. */
  subjectId: string;
  commendationType: CommendationType;
  status: AwardStatus;
  decisionDate: IsoDate | null;
  evaluationYear: number | null;
  periodTo?: IsoDate | null;
  /** The unit the record is counted under (the caller resolves it, e.g. the child unit of a drill-down). */
  unitId?: string | null;
  /** A collective's own org unit type (enterprise or not). */
  unitType?: OrgUnitType | null;
  proposer?: Proposer | null;
}

/** The counted record: one flat object whose fields are the group-by keys and the form predicates' fields. */
export interface AwardFacts {
  id: string;
  /** `subjectType:subjectId` — distinct subjects are distinct keys. */
  subjectKey: string;
  /** The date it counts by (period.ts `countingDate`). */
  date: IsoDate;
  /** The statistical year of `date` (the tenant's start day). */
  year: number;
  awardCode: string;
  /** null for a code the catalogue does not know (it still counts in totals and by code). */
  level: AwardLevel | null;
  kind: AwardKind | null;
  subjectType: SubjectType;
  /** As the forms name it (thường xuyên, chuyên đề, …), not the ledger's type. */
  commendationType: FormCommendationType;
  unit: string | null;
  // Individuals only; null for collectives and households, and when unknown.
  gender: GenderCode | null;
  ethnicMinority: boolean | null;
  leader: boolean | null;
  occupationGroup: OccupationGroup | null;
  individualClass: IndividualClass | null;
  directWorker: boolean | null;
  // Collectives only.
  enterprise: boolean | null;
  proposer: Proposer | null;
}

/**
 * The facts of a record, or null when it does not count: a revoked award never counts (Law Điều 93: its
 * decision is annulled), nor a record without any date to place it.
 */
export function awardFacts(
  r: AwardRecordInput,
  start: StatisticalYearStart = DEFAULT_STATISTICAL_YEAR_START,
): AwardFacts | null {
  if (r.status !== 'valid') return null;
  const date = countingDate(r, start);
  if (date === null) return null;
  const cls = classifyAward(r.awardCode);
  const person = r.subjectType === 'individual';
  return {
    id: r.id,
    subjectKey: `${r.subjectType}:${r.subjectId}`,
    date,
    year: statisticalYearOf(date, start),
    awardCode: r.awardCode,
    level: cls?.level ?? null,
    kind: cls?.kind ?? null,
    subjectType: r.subjectType,
    commendationType: formCommendationType(r.commendationType, r.awardCode),
    unit: r.unitId ?? null,
    gender: person ? (r.gender ?? null) : null,
    ethnicMinority: person ? ethnicMinority(r) : null,
    leader: person ? (r.isLeader ?? null) : null,
    occupationGroup: person ? (r.occupationGroup ?? null) : null,
    individualClass: person ? individualClass(r) : null,
    directWorker: person ? isDirectWorker(r) : null,
    enterprise: r.subjectType === 'collective' ? isEnterprise(r.unitType) : null,
    proposer: r.proposer ?? null,
  };
}

/** The facts of the records that count in `period` (valid, dated within it). */
export function awardFactsInPeriod(
  records: readonly AwardRecordInput[],
  period: { from: IsoDate; to: IsoDate },
  start: StatisticalYearStart = DEFAULT_STATISTICAL_YEAR_START,
): AwardFacts[] {
  const out: AwardFacts[] = [];
  for (const r of records) {
    const f = awardFacts(r, start);
    if (f && inPeriod(f.date, period)) out.push(f);
  }
  return out;
}
