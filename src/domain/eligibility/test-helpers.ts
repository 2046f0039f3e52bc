/** Builders shared by the eligibility tests: facts from short descriptions, one check by code. */
import type { CommendationType, Rating, SubjectFacts, SubjectType } from '../awards/types';
import type { LegalSettings } from '../awards/settings';
import { evaluateEligibility } from './engine';
import type { EligibilityCheck, EligibilityResult } from './types';

export const emptyFacts = (): SubjectFacts => ({
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
  maternityLeaves: [],
  pendingInvestigation: false,
});

/** `{2023: 'HTXS', 2024: 'HTT'}` → ratings with ids `r2023`… */
export const ratings = (byYear: Record<number, Rating>): SubjectFacts['ratings'] =>
  Object.entries(byYear).map(([y, rating]) => ({ year: Number(y), rating, id: `r${y}` }));

/** Counted (công trạng) awards of `code` for each year, ids `<code>-<year>`. */
export const awards = (
  code: string,
  years: number[],
  type: CommendationType = 'cong_trang',
): SubjectFacts['awards'] => years.map((year) => ({ code, year, type, id: `${code}-${year}` }));

export interface Ask {
  target: string;
  facts?: Partial<SubjectFacts>;
  year?: number;
  subjectType?: SubjectType;
  receivedOn?: string;
  judgedOn?: string;
  settings?: Partial<LegalSettings>;
}

/** Evaluates and fails the test when the engine answers with an error. */
export function ask(a: Ask): EligibilityResult {
  const outcome = evaluateEligibility({
    target: a.target,
    subjectType: a.subjectType ?? 'individual',
    evaluationYear: a.year ?? 2025,
    receivedOn: a.receivedOn ?? '2026-03-02',
    ...(a.judgedOn ? { judgedOn: a.judgedOn } : {}),
    facts: { ...emptyFacts(), ...a.facts },
    ...(a.settings ? { settings: a.settings } : {}),
  });
  if ('error' in outcome) throw new Error(`engine error: ${outcome.error.message}`);
  return outcome;
}

/** The one check with `code` (and `path` when given); throws when absent or ambiguous. */
export function check(result: EligibilityResult, code: string, path?: string): EligibilityCheck {
  const found = result.checks.filter((c) => c.code === code && (path === undefined || c.path === path));
  if (found.length !== 1)
    throw new Error(`expected one check ${code}${path ? `@${path}` : ''}, found ${found.length}`);
  return found[0] as EligibilityCheck;
}

export const statusOf = (result: EligibilityResult, code: string, path?: string) =>
  check(result, code, path).status;
