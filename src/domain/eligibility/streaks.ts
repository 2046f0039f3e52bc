/**
 * Streaks (law-reference §3.2 notation `streak(title, n)`): the subject meets a per-year condition in each of
 * the last `n` evaluation years with no gap, the last year being the evaluation year.
 * - Years are evaluation-year integers (calendar or school year — dates.ts).
 * - G3: a year overlapped by maternity leave in which the condition is not met is skipped: it neither counts
 *   toward `n` nor breaks the streak, and the streak reaches one year further back. The evaluation year itself
 *   is never skipped — the title or form is awarded for that year's achievement, so it must hold there.
 * - G2: the streak never reaches a year before `firstCountingYear` (achievements before the end of a
 *   sanction period do not count) — such a year breaks it.
 * - G5 and revoked awards are filtered by facts-index.ts before the condition sees them.
 */
import type { FactsIndex } from './facts-index';
import { pushId } from './facts-index';

/** How far back a streak may look (a career). */
const MAX_LOOKBACK = 80;

export interface Streak {
  /** Years meeting the condition, most recent first (at most `n`). */
  years: number[];
  /** Maternity years without the condition, skipped (G3). */
  skipped: number[];
  /** The year that ended the walk back, and why; null when `n` years were found. */
  brokenAt: number | null;
  brokenBy: 'missing' | 'discipline' | null;
  ok: boolean;
}

/**
 * Walks back from `endYear` collecting years where `holds(year)`; stops after `n` years (use Infinity for
 * the whole run), at the first year that neither holds nor is a maternity year, or at the G2 bound.
 */
export function streakBack(
  index: FactsIndex,
  endYear: number,
  n: number,
  holds: (year: number) => boolean,
): Streak {
  const years: number[] = [];
  const skipped: number[] = [];
  let brokenAt: number | null = null;
  let brokenBy: Streak['brokenBy'] = null;
  const floor = endYear - MAX_LOOKBACK;
  for (let y = endYear; years.length < n && y > floor; y--) {
    if (y < index.firstCountingYear) {
      brokenAt = y;
      brokenBy = 'discipline';
      break;
    }
    if (holds(y)) {
      years.push(y);
      continue;
    }
    if (y !== endYear && index.maternity.has(y)) {
      skipped.push(y);
      continue;
    }
    brokenAt = y;
    brokenBy = 'missing';
    break;
  }
  return { years, skipped, brokenAt, brokenBy, ok: years.length >= n };
}

/** Records a streak used: the leaves that bridged skipped years and, when G2 cut it, the sanction. */
export function streakRecords(index: FactsIndex, streak: Streak, records: string[]): void {
  for (const y of streak.skipped) pushId(records, index.maternity.get(y)?.id);
  if (streak.brokenBy === 'discipline') pushId(records, index.bindingSanction?.id);
}

/** " (năm 2024 nghỉ thai sản: không tính là gián đoạn)" or "". */
export function skippedNote(streak: Streak): string {
  if (streak.skipped.length === 0) return '';
  const list = [...streak.skipped].sort((a, b) => a - b).join(', ');
  return ` (năm ${list} nghỉ thai sản: không tính là gián đoạn — thời gian nghỉ thai sản được tính là thời gian công tác)`;
}

/** Why the walk stopped, for a failed streak: " — năm 2024 không đạt" / " — năm 2023 trước khi hết thời hạn kỷ luật". */
export function breakNote(streak: Streak, missingText: string): string {
  if (streak.brokenAt === null) return '';
  if (streak.brokenBy === 'discipline')
    return `; năm ${streak.brokenAt} thuộc thời gian trước khi hết thời hạn kỷ luật nên không được tính (G2)`;
  return `; năm ${streak.brokenAt} ${missingText}`;
}
