/**
 * What the criteria of a target read from the ledger, so that a batch over a whole province loads only
 * those award records (a province holds millions of Lao động tiên tiến records a CSTĐ bộ/tỉnh check never
 * looks at). The property test in reads.test.ts checks that every target gives the same answer on the
 * filtered facts as on all of them.
 */
import type { SubjectFacts } from '../awards/types';

// The rungs each ladder reads below itself (law-reference §3.3), besides the target itself (gate G7).
const RUNGS: Readonly<Record<string, readonly string[]>> = {
  cstd_bo_tinh: ['cstd_co_so'],
  cstd_toan_quoc: ['cstd_bo_tinh'],
  bang_khen_bo_tinh: ['cstd_co_so'],
  bang_khen_thu_tuong: ['bang_khen_bo_tinh', 'cstd_co_so'],
  huan_chuong_lao_dong_hang_3: ['bang_khen_thu_tuong', 'cstd_co_so'],
};

/** The award codes the target's criteria and gates read: the target itself and the rungs below it. */
export function awardCodesRead(target: string): string[] {
  return [target, ...(RUNGS[target] ?? [])];
}

/** Whether the target's criteria read annual ratings (CSTĐ bộ/tỉnh and toàn quốc read only the ladder). */
export function readsRatings(target: string): boolean {
  return target !== 'cstd_bo_tinh' && target !== 'cstd_toan_quoc';
}

/**
 * The facts narrowed to what `target` reads — what a batch loader fetches: the award codes of
 * `awardCodesRead`, ratings only when read, and initiatives whose using award was revoked shown as free
 * (Law Điều 93: a revoked award no longer uses its initiative; the engine reads it that way too).
 */
export function narrowFacts(target: string, facts: SubjectFacts): SubjectFacts {
  const codes = new Set(awardCodesRead(target));
  let revoked: Set<string> | null = null;
  for (const a of facts.awards) if (a.status === 'revoked' && a.id) (revoked ??= new Set()).add(a.id);
  return {
    ...facts,
    awards: facts.awards.filter((a) => codes.has(a.code)),
    ratings: readsRatings(target) ? facts.ratings : [],
    initiatives: facts.initiatives.map((i) =>
      i.usedByAward !== null && revoked?.has(i.usedByAward) ? { ...i, usedByAward: null } : i,
    ),
  };
}
