/**
 * The verdict (issue 3): `not_eligible` when a data-checkable condition fails and no other path remains;
 * `needs_review` when the data-checkable paths fail but a path only a person can judge remains; otherwise
 * `eligible` — its judgement items are still listed.
 * - A check without `path` applies to every path (the gates G1/G2/G7 are such checks): if it fails, every
 *   path fails.
 * - A `data` path is open when none of its checks failed; it makes the subject eligible even though it may
 *   list `needs_judgement` items (e.g. "selected as outstanding by the council").
 * - A `judgement` path is open when none of its checks failed; the best it gives is `needs_review`. Targets
 *   whose criteria are all judgement (most orders, honorary titles, Giấy khen…) have only such a path, so
 *   with the gates passed they answer `needs_review`, never `eligible`: nothing the engine checked shows the
 *   standard is met.
 */
import type { CheckStatus, Verdict } from '../awards/types';
import type { PathDef } from './context';
import type { EligibilityCheck, PathSummary } from './types';

export const VERDICT_RANK: Record<Verdict, number> = { not_eligible: 0, needs_review: 1, eligible: 2 };

export function decideVerdict(
  checks: readonly EligibilityCheck[],
  paths: readonly PathDef[],
): { verdict: Verdict; summaries: PathSummary[] | undefined } {
  let commonFailed = false;
  for (const c of checks)
    if (c.path === undefined && c.status === 'failed') {
      commonFailed = true;
      break;
    }
  if (paths.length === 0)
    return { verdict: commonFailed ? 'not_eligible' : 'eligible', summaries: undefined };

  let verdict: Verdict = 'not_eligible';
  const summaries: PathSummary[] | undefined = paths.length > 1 ? [] : undefined;
  for (const p of paths) {
    let failed = commonFailed;
    if (!failed)
      for (const c of checks)
        if (c.path === p.id && c.status === 'failed') {
          failed = true;
          break;
        }
    const status: CheckStatus = failed ? 'failed' : p.kind === 'data' ? 'passed' : 'needs_judgement';
    if (status === 'passed') verdict = 'eligible';
    else if (status === 'needs_judgement' && verdict === 'not_eligible') verdict = 'needs_review';
    summaries?.push({ id: p.id, label: p.label, kind: p.kind, status, citation: p.citation });
  }
  return { verdict, summaries };
}
