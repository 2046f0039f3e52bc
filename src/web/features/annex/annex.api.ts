import type { CommendationType } from '../../../domain/awards/types';

/** The annex import API as the wizard reads it (GET/PATCH/POST /api/annex-imports…). */

export type SessionStatus = 'processing' | 'ready' | 'failed' | 'committed';
export type RowStatus = 'ok' | 'ambiguous' | 'unmatched' | 'error' | 'unrecognised_award';
export type RowFilter = RowStatus | 'pending' | 'skipped';
export type RowOutcome = 'written' | 'duplicate' | 'skipped' | 'error';

export interface AnnexCandidate {
  personId: string;
  fullName: string;
  birthDate: string | null;
  unitName: string | null;
  byCitizenId: boolean;
}

export interface AnnexRow {
  id: string;
  rowNumber: number;
  status: RowStatus;
  cells: Record<string, string>;
  awardText: string | null;
  awardCode: string | null;
  awardName: string | null;
  evaluationYear: number | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  person: AnnexCandidate | null;
  matchHow: string | null;
  candidates: AnnexCandidate[];
  messages: string[];
  skipped: boolean;
  pending: boolean;
  outcome: RowOutcome | null;
  outcomeMessage: string | null;
  awardRecordId: string | null;
}

export interface AnnexCounts {
  total: number;
  ok: number;
  ambiguous: number;
  unmatched: number;
  error: number;
  unrecognised_award: number;
  pending: number;
  skipped: number;
  ready: number;
}

export interface AnnexImport {
  id: string;
  filename: string;
  status: SessionStatus;
  jobId: string | null;
  error: string | null;
  defaultEvaluationYear: number | null;
  commendationType: CommendationType;
  decisionAuthority: string | null;
  createdAt: string;
  committedAt: string | null;
  counts: AnnexCounts;
  result: { written: number; duplicates: number; skipped: number; errors: number } | null;
  rows: { items: AnnexRow[]; total: number };
}

export interface AnnexImportItem {
  id: string;
  filename: string;
  status: SessionStatus;
  rows: number;
  createdAt: string;
  committedAt: string | null;
}

export type RowPatch = { personId: string } | { awardCode: string } | { skip: boolean };

export const annexKeys = {
  all: ['annex-imports'] as const,
  list: ['annex-imports', 'list'] as const,
  session: (id: string) => ['annex-imports', id] as const,
  page: (id: string, filter: string, page: number, pageSize: number) =>
    ['annex-imports', id, filter, page, pageSize] as const,
};

/** Tag colours of the row statuses. */
export const STATUS_COLORS: Record<RowStatus, string> = {
  ok: 'green',
  ambiguous: 'gold',
  unmatched: 'orange',
  unrecognised_award: 'purple',
  error: 'red',
};

export const OUTCOME_COLORS: Record<RowOutcome, string> = {
  written: 'green',
  duplicate: 'gold',
  skipped: 'default',
  error: 'red',
};

/** What identifies a candidate to a person: name, birth date (dd/mm/yyyy), unit. */
export function candidateLabel(
  c: Pick<AnnexCandidate, 'fullName' | 'birthDate' | 'unitName'>,
  formatDate: (iso: string) => string,
  text: { bornOn: (d: string) => string; noUnit: string },
): string {
  const parts = [c.fullName];
  if (c.birthDate) parts.push(text.bornOn(formatDate(c.birthDate)));
  parts.push(c.unitName ?? text.noUnit);
  return parts.join(' — ');
}

/** The upload form as multipart: the file and the defaults of the session. */
export function uploadForm(
  file: File,
  fields: { evaluationYear?: number | null; commendationType?: string; decisionAuthority?: string | null },
): FormData {
  const form = new FormData();
  if (fields.evaluationYear) form.append('evaluationYear', String(fields.evaluationYear));
  if (fields.commendationType) form.append('commendationType', fields.commendationType);
  if (fields.decisionAuthority?.trim()) form.append('decisionAuthority', fields.decisionAuthority.trim());
  form.append('file', file, file.name);
  return form;
}
