import type { SubjectType } from '../../../domain/awards/types';
import type { DecisionFund, DecisionStatus } from '../../../domain/commendation/decision';

/** The shapes of /api/decisions (src/server/modules/decisions/decisions.schemas.ts). */

export interface DecisionSummary {
  id: string;
  status: DecisionStatus;
  number: string | null;
  decisionDate: string | null;
  summary: string;
  awardCode: string;
  awardName: string;
  orgUnit: { id: string; name: string };
  roundId: string | null;
  fund: DecisionFund;
  itemCount: number;
  total: number;
  version: number;
  updatedAt: string;
}

export interface DecisionItem {
  id: string;
  position: number;
  subjectType: SubjectType;
  subjectId: string;
  nominationId: string | null;
  displayName: string;
  positionUnit: string | null;
  achievement: string | null;
  amount: number | null;
  awardRecordId: string | null;
  recoverAmount: number | null;
}

export interface Decision extends DecisionSummary {
  evaluationYear: number | null;
  issuingSuperior: string | null;
  issuingBody: string;
  authorityLine: string;
  place: string;
  legalBases: string[];
  articles: string[];
  recipients: string[];
  signerCapacity: string | null;
  signerTitle: string;
  signerName: string;
  totalInWords: string;
  numberLine: string;
  issuedAt: string | null;
  revokedOn: string | null;
  revokeReason: string | null;
  revokeDocument: string | null;
  recoverTotal: number;
  moneyNotes: string[];
  items: DecisionItem[];
}

export interface MoneyTotals {
  year: number;
  rows: {
    fund: DecisionFund;
    fundName: string;
    decisions: number;
    awardees: number;
    paid: number;
    toRecover: number;
  }[];
  total: { decisions: number; awardees: number; paid: number; toRecover: number };
}

export const decisionKeys = {
  list: (filter: Record<string, unknown>) => ['decisions', 'list', filter] as const,
  one: (id: string) => ['decisions', 'one', id] as const,
  money: (year: number) => ['decisions', 'money', year] as const,
};

export const STATUS_COLORS: Record<DecisionStatus, string> = {
  draft: 'default',
  issued: 'success',
  revoked: 'error',
  cancelled: 'default',
};

/** Text lists are edited one item per line. */
export const linesToList = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
