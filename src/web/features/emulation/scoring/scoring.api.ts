/** Types of the bloc scoring, leader vote and dashboard APIs (server: modules/emulation/scoring-*, leader-vote*). */
import type { ScoringFlowAction, ScoringFlowState } from '../../../../domain/scoring/flow';
import type { ScoringTable } from '../../../../domain/scoring/types';
import type { Attachment, UnitRef } from '../emulation.api';

export interface TableVersion {
  id: string;
  versionNo: number;
  table: ScoringTable;
  classificationBands: { minTotal: number; label: string }[] | null;
  note: string | null;
  used: boolean;
  createdAt: string;
  createdBy: string | null;
}

export interface ScoringYear {
  blocId: string;
  year: number;
  status: ScoringFlowState;
  statusLabel: string;
  actions: { action: ScoringFlowAction; label: string; needsReason: boolean }[];
  version: number;
  table: TableVersion | null;
  versions: { id: string; versionNo: number; note: string | null; used: boolean; createdAt: string }[];
  computedAt: string | null;
  publishedAt: string | null;
  permissions: { organise: boolean; selfScoreUnitIds: string[]; crossCheck: boolean };
}

export interface Adjustment {
  field: string;
  before: number | boolean | null;
  after: number | boolean | null;
  reason: string;
  by: string;
  at: string;
}

export interface Entry {
  itemCode: string;
  plan: number | null;
  actual: number | null;
  achieved: boolean | null;
  count: number | null;
  percentOfPlan: number | null;
  percentLabel: string;
  note: string | null;
  tableVersionNo: number | null;
  evidenceRequired: boolean;
  evidence: Attachment[];
  adjustments: Adjustment[];
  version: number;
}

export interface Entries {
  blocId: string;
  year: number;
  status: ScoringFlowState;
  members: { unit: UnitRef; entries: Entry[] }[];
}

export interface ResultItem {
  code: string;
  name: string;
  status: string;
  points: number;
  exactPoints: number;
  percentOfPlan: number | null;
  explanation: string;
}

export interface ScoringResults {
  blocId: string;
  year: number;
  status: ScoringFlowState;
  statusLabel: string;
  computedAt: string | null;
  tableVersionNo: number | null;
  stale: boolean;
  members: {
    unit: UnitRef;
    total: number;
    exactTotal: number;
    rank: number;
    classification: string | null;
    missingItems: string[] | number;
    explanation: string | null;
    items: ResultItem[];
  }[];
}

export interface Progress {
  progress: number | null;
  achievement: number | null;
  coverage: number | null;
  itemsWithoutRatio: number;
}

export interface Figures {
  code: string;
  plan: number | null;
  actual: number | null;
  achieved: boolean | null;
  count: number | null;
  percentOfPlan: number | null;
  percentLabel: string;
  ratio: number | null;
}

export interface BlocDashboard {
  blocId: string;
  year: number;
  status: ScoringFlowState;
  statusLabel: string;
  formula: string;
  items: {
    code: string;
    groupCode: string;
    name: string;
    unit: string | null;
    maxPoints: number;
    direction: string;
    method: string;
    progress: number | null;
  }[];
  members: (Progress & {
    unit: UnitRef;
    total: number | null;
    rank: number | null;
    classification: string | null;
    items: Figures[];
  })[];
  bloc: Progress;
}

export interface UnitDashboard {
  unit: UnitRef;
  formula: string;
  years: (Progress & {
    bloc: UnitRef;
    year: number;
    status: ScoringFlowState;
    statusLabel: string;
    total: number | null;
    rank: number | null;
    classification: string | null;
    items: (Figures & { name: string; unit: string | null; maxPoints: number })[];
  })[];
}

export interface LeaderVote {
  id: string;
  blocId: string;
  year: number;
  heldOn: string;
  status: 'round1' | 'round2' | 'undecided' | 'decided';
  statusLabel: string;
  thresholdPercent: number;
  thresholdCitation: string;
  maxRounds: number;
  runnerUpCount: number;
  representatives: { unit: UnitRef; userId: string; userLabel: string; votedInOpenRound: boolean }[];
  rounds: {
    round: number;
    open: boolean;
    totalVoters: number;
    ballotsCast: number;
    candidates: (UnitRef & { votes: number | null; percentOfTotal: number | null })[];
  }[];
  outcomeMessage: string | null;
  leader: UnitRef | null;
  decidedBy: 'vote' | 'head_deputy' | null;
  decisionReason: string | null;
  youMayVote: boolean;
  proposals: {
    unit: UnitRef;
    awardCode: string;
    awardName: string;
    position: number;
    nominationId: string | null;
    nominationStatus: string | null;
    nominationStatusLabel: string | null;
  }[];
  awardRoundId: string | null;
  version: number;
}

export const scoringPath = (blocId: string, year: number) =>
  `/api/emulation/blocs/${blocId}/years/${year}/scoring`;

export const scoringKeys = {
  all: ['emulation', 'scoring'] as const,
  year: (blocId: string, year: number) => ['emulation', 'scoring', blocId, year, 'year'] as const,
  entries: (blocId: string, year: number) => ['emulation', 'scoring', blocId, year, 'entries'] as const,
  results: (blocId: string, year: number) => ['emulation', 'scoring', blocId, year, 'results'] as const,
  dashboard: (blocId: string, year: number) => ['emulation', 'scoring', blocId, year, 'dashboard'] as const,
  version: (blocId: string, year: number, no: number) =>
    ['emulation', 'scoring', blocId, year, 'v', no] as const,
  vote: (blocId: string, year: number) => ['emulation', 'scoring', blocId, year, 'vote'] as const,
  unit: (unitId: string) => ['emulation', 'scoring', 'unit', unitId] as const,
};
