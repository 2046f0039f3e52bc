import type { SubjectType } from '../../../domain/awards/types';
import { formatDate } from '../../lib/format';
import { m } from '../../lib/messages';
import {
  TIMELINE_KINDS,
  type AchievementFile,
  type Award,
  type Discipline,
  type Initiative,
  type Maternity,
  type PendingCase,
  type RatingRecord,
  type TimelineKind,
} from './ledger.api';

/** Ledger records in plain words (no React): the file's timeline and the eligibility panel read them. */

/** One ledger record, whichever kind it is, with what the file says about it. */
export type LedgerRecord =
  | { kind: 'rating'; record: RatingRecord }
  | { kind: 'award'; record: Award }
  | { kind: 'initiative'; record: Initiative }
  | { kind: 'discipline'; record: Discipline }
  | { kind: 'pending_case'; record: PendingCase }
  | { kind: 'maternity_leave'; record: Maternity };

/** Every record of a file by id (the eligibility panel names the records a check used). */
export function recordIndex(file: AchievementFile): Map<string, LedgerRecord> {
  const index = new Map<string, LedgerRecord>();
  for (const r of file.ratings) index.set(r.id, { kind: 'rating', record: r });
  for (const r of file.awards) index.set(r.id, { kind: 'award', record: r });
  for (const r of file.initiatives) index.set(r.id, { kind: 'initiative', record: r });
  for (const r of file.disciplines) index.set(r.id, { kind: 'discipline', record: r });
  for (const r of file.pendingCases) index.set(r.id, { kind: 'pending_case', record: r });
  for (const r of file.maternityLeaves) index.set(r.id, { kind: 'maternity_leave', record: r });
  return index;
}

const span = (from: string | null, to: string | null) =>
  to ? `${formatDate(from)} – ${formatDate(to)}` : `${m.simulator.from.toLowerCase()} ${formatDate(from)}`;

const decision = (number: string | null, date: string | null) =>
  [number ? `${m.ledger.decisionNumber} ${number}` : null, date ? formatDate(date) : null]
    .filter(Boolean)
    .join(', ');

/** A short Vietnamese description of a record: its title line and its detail line. */
export function describeRecord(r: LedgerRecord): { title: string; detail: string } {
  switch (r.kind) {
    case 'rating':
      return {
        title: `${m.ledger.yearOf(r.record.year)}: ${r.record.ratingLabel} (${r.record.rating})`,
        detail: r.record.note ?? '',
      };
    case 'award': {
      const a = r.record;
      const year = a.evaluationYear ?? a.countedYear;
      return {
        title: `${a.awardName} ${year ? `(${year})` : ''}`.trim(),
        detail: [decision(a.decisionNumber, a.decisionDate), a.decisionAuthority].filter(Boolean).join(' — '),
      };
    }
    case 'initiative': {
      const i = r.record;
      return {
        title: i.title,
        detail: [i.scopeLabel, i.recognizingBody, decision(i.decisionNumber, i.decisionDate)]
          .filter(Boolean)
          .join(' · '),
      };
    }
    case 'discipline':
      return {
        title: `${m.ledger.kinds.discipline}: ${r.record.formLabel}`,
        detail: [span(r.record.fromDate, r.record.toDate), r.record.decisionNumber]
          .filter(Boolean)
          .join(' · '),
      };
    case 'pending_case':
      return { title: r.record.kindLabel, detail: span(r.record.openedOn, r.record.closedOn) };
    case 'maternity_leave':
      return { title: m.ledger.kinds.maternity_leave, detail: span(r.record.fromDate, r.record.toDate) };
  }
}

/** The kinds a subject type can hold (ratings for people and collectives; discipline and leave for people). */
export function kindsFor(type: SubjectType): TimelineKind[] {
  if (type === 'individual') return [...TIMELINE_KINDS];
  if (type === 'collective') return ['rating', 'award', 'pending_case', 'initiative'];
  return ['award'];
}
