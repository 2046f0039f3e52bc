import type { AwardSource, AwardStatus, PendingCaseKind, RatingSource } from '../../../domain/awards/ledger';
import type {
  CommendationType,
  DisciplineForm,
  InitiativeScope,
  Rating as RatingCode,
  SubjectType,
} from '../../../domain/awards/types';
import { api, type QueryValue } from '../../lib/api';

/** The shapes of the ledger API (src/server/modules/ledger/ledger.schemas.ts), as the back office reads them. */

export interface SubjectRef {
  type: SubjectType;
  id: string;
  name: string;
  unit: { id: string; name: string } | null;
}

export interface Award {
  id: string;
  subject: SubjectRef;
  awardCode: string;
  awardName: string;
  isEmulationTitle: boolean;
  evaluationYear: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  countedYear: number;
  commendationType: CommendationType;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionAuthority: string | null;
  achievementSummary: string | null;
  movementId: string | null;
  status: AwardStatus;
  revokedOn: string | null;
  revokeReason: string | null;
  moneyAmount: number | null;
  source: AwardSource;
  initiatives: { id: string; title: string }[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface RatingRecord {
  id: string;
  subject: SubjectRef;
  year: number;
  rating: RatingCode;
  ratingLabel: string;
  source: RatingSource;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Discipline {
  id: string;
  subject: SubjectRef;
  form: DisciplineForm;
  formLabel: string;
  fromDate: string;
  toDate: string | null;
  decisionNumber: string | null;
  note: string | null;
}

export interface PendingCase {
  id: string;
  subject: SubjectRef;
  kind: PendingCaseKind;
  kindLabel: string;
  openedOn: string;
  closedOn: string | null;
  isOpen: boolean;
  note: string | null;
}

export interface Maternity {
  id: string;
  subject: SubjectRef;
  fromDate: string;
  toDate: string;
  note: string | null;
}

export interface InitiativeAuthor {
  personId: string;
  fullName: string;
  sharePercent: number | null;
}

export interface Initiative {
  id: string;
  title: string;
  recognizingBody: string;
  decisionNumber: string | null;
  decisionDate: string;
  scope: InitiativeScope;
  scopeLabel: string;
  appliedFrom: string | null;
  summary: string | null;
  unit: { id: string; name: string } | null;
  authors: InitiativeAuthor[];
  usedByAward: { id: string; awardCode: string; awardName: string; countedYear: number } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const TIMELINE_KINDS = [
  'rating',
  'award',
  'initiative',
  'discipline',
  'pending_case',
  'maternity_leave',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  kind: TimelineKind;
  id: string;
  year: number;
  date: string | null;
  label: string;
  detail: string | null;
}

export interface AchievementFile {
  subject: SubjectRef;
  pendingInvestigation: boolean;
  timeline: TimelineEntry[];
  ratings: RatingRecord[];
  awards: Award[];
  initiatives: Initiative[];
  disciplines: Discipline[];
  pendingCases: PendingCase[];
  maternityLeaves: Maternity[];
}

export interface InitiativeFilter extends Record<string, QueryValue> {
  unitId?: string;
  authorId?: string;
  scope?: InitiativeScope;
  used?: 'true' | 'false';
  fromYear?: number;
  toYear?: number;
}

export const ledgerKeys = {
  all: ['ledger'] as const,
  file: (type: SubjectType, id: string) => ['ledger', 'file', type, id] as const,
  initiatives: (filter: InitiativeFilter, page: number, pageSize: number) =>
    ['ledger', 'initiatives', filter, page, pageSize] as const,
};

export const getAchievementFile = (type: SubjectType, id: string) =>
  api.get<AchievementFile>(`/api/subjects/${type}/${id}/achievements`);
