import type { CommendationType, SubjectType } from '../../../domain/awards/types';
import type { DossierStatus } from '../../../domain/commendation/dossier';
import type { RoundLevel, RoundStatus } from '../../../domain/commendation/round';

/** The shapes of /api/award-rounds and /api/nominations (src/server/modules/nominations/*.schemas.ts). */

export interface UnitRef {
  id: string;
  name: string;
}

export interface RoundItem {
  id: string;
  name: string;
  organiser: UnitRef;
  commendationType: CommendationType;
  commendationTypeLabel: string;
  level: RoundLevel;
  levelLabel: string;
  year: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  movement: UnitRef | null;
  status: RoundStatus;
  statusLabel: string;
  deadlines: {
    proposal: string | null;
    appraisal: string | null;
    council: string | null;
    decision: string | null;
  };
  nominationCount: number;
  version: number;
}

export interface RoundDetail extends RoundItem {
  units: UnitRef[];
  note: string | null;
  canManage: boolean;
  canPropose: boolean;
}

export interface Eligibility {
  verdict: 'eligible' | 'needs_review' | 'not_eligible';
  verdictLabel: string;
  ruleSet: string;
  evaluationYear: number;
  failed: { code: string; message: string; citation: string }[];
  needsJudgement: number;
  checkedAt: string;
}

export interface NominationItem {
  id: string;
  roundId: string;
  roundName: string;
  roundLevel: string;
  roundStatus: string;
  organiser: UnitRef;
  proposingUnit: UnitRef;
  subject: { type: SubjectType; id: string; name: string; position: string | null; unitName: string | null };
  subjectTypeLabel: string;
  awardCode: string;
  awardName: string;
  status: DossierStatus;
  statusLabel: string;
  editable: boolean;
  eligibility: Eligibility | null;
  returnReason: string | null;
  notEligibleReason: string | null;
  withdrawReason: string | null;
  proposalLetterNumber: string | null;
  proposalLetterDate: string | null;
  forwardedFromId: string | null;
  decisionId: string | null;
  version: number;
}

export interface NominationReport {
  position?: string | null;
  summary?: string | null;
  achievements?: { year?: number | null; content: string }[];
}

export interface NominationDetail extends NominationItem {
  report: NominationReport;
  reportText: string | null;
  reportTemplate: string;
  documents: {
    code: string;
    label: string;
    required: boolean;
    status: string;
    statusLabel: string;
    note: string | null;
  }[];
  missingDocuments: string[];
  attachments: {
    id: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    documentCode: string | null;
  }[];
  forwardedToId: string | null;
  allowedActions: string[];
}

export interface RoundNominations {
  items: NominationItem[];
  total: number;
  warnings: { kind: string; message: string; nominationIds: string[] }[];
  units: { unitId: string; unitName: string; count: number; byStatus: Record<string, number> }[];
}

export const nominationKeys = {
  rounds: (page: number) => ['nominations', 'rounds', page] as const,
  round: (id: string) => ['nominations', 'round', id] as const,
  roundNominations: (id: string) => ['nominations', 'round', id, 'list'] as const,
  detail: (id: string) => ['nominations', 'detail', id] as const,
};

export const STATUS_COLORS: Record<DossierStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  in_appraisal: 'processing',
  appraised: 'cyan',
  not_eligible: 'error',
  withdrawn: 'default',
  in_consultation: 'purple',
  council_approved: 'success',
  council_rejected: 'error',
  forwarded: 'geekblue',
  decided: 'success',
};

export const VERDICT_COLORS = {
  eligible: 'success',
  needs_review: 'warning',
  not_eligible: 'error',
} as const;
