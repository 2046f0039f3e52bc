/** The people import job as /api/jobs/:id reports it, and how the wizard reads it. */

export interface RowError {
  row: number;
  column?: string;
  message?: string;
  messages?: string[];
}

export interface ImportResult {
  created?: number;
  updated?: number;
  failed?: number;
  rejected?: number;
  errors?: RowError[];
}

export interface Job {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  total: number;
  processed: number;
  result: ImportResult | null;
  error: string | null;
}

export const isFinished = (job: Pick<Job, 'status'> | undefined) =>
  job?.status === 'succeeded' || job?.status === 'failed';

export function percentOf(job: Pick<Job, 'total' | 'processed' | 'status'>): number {
  if (job.status === 'succeeded') return 100;
  if (!job.total) return 0;
  return Math.min(99, Math.floor((job.processed / job.total) * 100));
}

/** Groups row errors into one line per row, in row order. */
export function groupRowErrors(errors: readonly RowError[]): { row: number; messages: string[] }[] {
  const byRow = new Map<number, string[]>();
  for (const e of errors) {
    const list = byRow.get(e.row) ?? [];
    const texts = e.messages ?? (e.message ? [e.message] : []);
    for (const t of texts) list.push(e.column ? `${e.column}: ${t}` : t);
    byRow.set(e.row, list);
  }
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([row, messages]) => ({ row, messages }));
}
