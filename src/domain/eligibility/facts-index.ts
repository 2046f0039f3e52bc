/**
 * The subject's facts indexed once per evaluation (or once for many targets — `evaluateMany`): ratings and
 * awards by year, maternity years, the first year achievements count after a sanction, usable initiatives.
 * Encodes the data gates that shape what counts:
 * - G2 (ND 152/2025 Điều 4 [V]): after a disciplinary sanction, achievements count only from the end of the
 *   sanction period. Sanctions known on the judgement date (`from` ≤ judgedOn) are used; the first counting
 *   year is the evaluation year after the one in which the latest sanction ends (an open sanction: never).
 *   An evaluation year that overlaps a sanction therefore never counts.
 * - G3 (ND 152/2025 Điều 4 [V]): maternity leave counts as working time; a year overlapped by maternity leave
 *   in which the subject lacks the title is SKIPPED by streaks — neither counted nor a break (streaks.ts).
 * - G5 (ND 152/2025 Điều 4 [V]): awards of type `dot_xuat`, `phong_trao_thi_dua` or `chuyen_de` never count
 *   toward merit ladders or streaks; revoked awards (Law Điều 93) never count at all.
 * - G7 (Law Điều 5 k2 c [V]; CV 5007/BNV-TĐKT [V2]): an initiative already used by an award (`usedByAward`)
 *   is not usable again, unless that award is in the facts and was revoked.
 */
import type { EvaluationCalendar } from '../awards/settings';
import type { CommendationType, InitiativeScope, IsoDate, Rating, SubjectFacts } from '../awards/types';
import { evaluationYearOf } from './dates';

export type FactRating = SubjectFacts['ratings'][number];
export type FactAward = SubjectFacts['awards'][number];
export type FactInitiative = SubjectFacts['initiatives'][number];
export type FactDiscipline = SubjectFacts['disciplines'][number];

/** G5: commendation types whose results never feed a merit ladder. */
export const NON_LADDER_TYPES: ReadonlySet<CommendationType> = new Set<CommendationType>([
  'dot_xuat',
  'phong_trao_thi_dua',
  'chuyen_de',
]);

export const SCOPE_RANK: Record<InitiativeScope, number> = { co_so: 0, bo_tinh: 1, toan_quoc: 2 };

export interface FactsIndex {
  facts: SubjectFacts;
  calendar: EvaluationCalendar;
  ratingByYear: Map<number, FactRating>;
  /** Awards that count toward ladders (valid, not G5 types), by code then year. */
  ladder: Map<string, Map<number, FactAward>>;
  /** Awards that never count toward ladders: revoked, or ad hoc / movement / thematic (G5). */
  excluded: FactAward[];
  /** Evaluation years overlapped by maternity leave → the leave (G3). */
  maternity: Map<number, SubjectFacts['maternityLeaves'][number]>;
  /** G2: first evaluation year whose achievements count; -Infinity without sanctions, +Infinity if one is open. */
  firstCountingYear: number;
  /** The sanction that sets `firstCountingYear`. */
  bindingSanction: FactDiscipline | null;
  /** Ids of revoked awards: initiatives they used are free again. */
  revokedIds: Set<string> | null;
}

export function indexFacts(facts: SubjectFacts, calendar: EvaluationCalendar, judgedOn: IsoDate): FactsIndex {
  const ratingByYear = new Map<number, FactRating>();
  for (const r of facts.ratings) if (!ratingByYear.has(r.year)) ratingByYear.set(r.year, r);

  const ladder = new Map<string, Map<number, FactAward>>();
  const excluded: FactAward[] = [];
  let revokedIds: Set<string> | null = null;
  for (const a of facts.awards) {
    if (a.status === 'revoked') {
      excluded.push(a);
      if (a.id) (revokedIds ??= new Set()).add(a.id);
      continue;
    }
    if (NON_LADDER_TYPES.has(a.type)) {
      excluded.push(a);
      continue;
    }
    let byYear = ladder.get(a.code);
    if (!byYear) ladder.set(a.code, (byYear = new Map<number, FactAward>()));
    if (!byYear.has(a.year)) byYear.set(a.year, a);
  }

  const maternity = new Map<number, SubjectFacts['maternityLeaves'][number]>();
  for (const leave of facts.maternityLeaves) {
    const first = evaluationYearOf(leave.from, calendar);
    const last = Math.min(evaluationYearOf(leave.to, calendar), first + 5);
    for (let y = first; y <= last; y++) if (!maternity.has(y)) maternity.set(y, leave);
  }

  let firstCountingYear = -Infinity;
  let bindingSanction: FactDiscipline | null = null;
  for (const d of facts.disciplines) {
    if (d.from > judgedOn) continue;
    const first = d.to === null ? Infinity : evaluationYearOf(d.to, calendar) + 1;
    if (first > firstCountingYear) {
      firstCountingYear = first;
      bindingSanction = d;
    }
  }

  return {
    facts,
    calendar,
    ratingByYear,
    ladder,
    excluded,
    maternity,
    firstCountingYear,
    bindingSanction,
    revokedIds,
  };
}

export const ratingOf = (index: FactsIndex, year: number): Rating | null =>
  index.ratingByYear.get(year)?.rating ?? null;

/** The counted award of `code` for `year` (valid, merit-ladder type), if any. */
export const ladderAward = (index: FactsIndex, code: string, year: number): FactAward | undefined =>
  index.ladder.get(code)?.get(year);

/** An initiative is used when it names an award that is not known to be revoked (G7). */
export function initiativeUsed(index: FactsIndex, i: FactInitiative): boolean {
  return i.usedByAward !== null && !(index.revokedIds?.has(i.usedByAward) ?? false);
}

export interface InitiativeSelection {
  /** Recognised in the window, of the required scope or wider, not used by another award. */
  usable: FactInitiative[];
  /** Recognised in the window, of the required scope, but already used (G7). */
  used: FactInitiative[];
}

/** Initiatives of scope ≥ `minScope` recognised within [from, to]. */
export function selectInitiatives(
  index: FactsIndex,
  from: IsoDate,
  to: IsoDate,
  minScope: InitiativeScope,
): InitiativeSelection {
  const usable: FactInitiative[] = [];
  const used: FactInitiative[] = [];
  const min = SCOPE_RANK[minScope];
  for (const i of index.facts.initiatives) {
    if (i.recognizedOn < from || i.recognizedOn > to || SCOPE_RANK[i.scope] < min) continue;
    (initiativeUsed(index, i) ? used : usable).push(i);
  }
  return { usable, used };
}

/** Pushes `id` when present. */
export function pushId(records: string[], id: string | undefined | null): void {
  if (id) records.push(id);
}
