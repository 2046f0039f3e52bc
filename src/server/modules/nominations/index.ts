import type { FastifyPluginAsync } from 'fastify';
import type { Ctx, Tx } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { NOMINATION } from './nominations.core';
import { nominationIdsOfTenant } from './nominations.repo';
import { nominationRoutes } from './nominations.routes';
import { roundRoutes } from './rounds.routes';
import {
  listRoundNominations,
  transitionNomination,
  type NominationView,
  type TransitionResult,
} from './nominations.core';

/**
 * Award rounds and dossiers (issue 4 items 1, 2, 9). For the other commendation modules (appraisal,
 * consultation, council, decisions): the dossier state machine applied to stored dossiers and the read model.
 * These functions check the tenant and the state machine, NOT permissions (your policy does). Every one takes
 * an optional `{ tx }` so its change commits with yours. Errors: 404 NOT_FOUND (unknown or other tenant's
 * id), 409 INVALID_TRANSITION (Vietnamese message from src/domain/commendation/dossier.ts), 409
 * VERSION_CONFLICT (when you pass `version`), 400 VALIDATION_ERROR (missing reason).
 *
 * Actions (src/domain/commendation/dossier.ts DOSSIER_ACTIONS): appraisal → `receive`, `return` (reason),
 * `approve`, `mark_not_eligible` (reason); consultation → `open_consultation`, `close_consultation`;
 * council → `council_approve`, `council_reject`; decisions → `decide` (use markNominationsDecided).
 */
/** Routes: /api/award-rounds (rounds) and /api/nominations (dossiers). */
export const nominationsModule: FastifyPluginAsync = async (app) => {
  await app.register(roundRoutes);
  await app.register(nominationRoutes);
};

export {
  findNomination,
  listRoundNominations,
  markNominationsDecided,
  transitionNomination,
  NOMINATION,
  type EligibilitySnapshot,
  type NominationView,
  type RoundNominationFilter,
  type TransitionOptions,
  type TransitionResult,
} from './nominations.core';

/**
 * Files a draft dossier in the caller's transaction: `fileNomination(ctx, { roundId, subjectType, subjectId,
 * awardCode, proposingUnitId, report }, { tx })` → `{ id, status: 'draft' }`. Same checks and writes as
 * POST /api/nominations (one implementation), without the eligibility verdict (see its JSDoc) and without
 * permission checks. Used by the emulation bloc's leader vote.
 */
export { fileNomination } from './nominations.service';

/** A round the actor may read, for a record that refers to it (404 for another tenant's or unknown id). */
export { loadRound as findReadableRound } from './rounds.service';

/**
 * Checks that every id is a dossier of the caller's tenant, for records that refer to dossiers by id
 * (decision items): 404 naming the first stranger. Ids only; the caller's checks decide the rest.
 */
export async function assertNominationsOfTenant(ctx: Ctx, ids: readonly string[], opts: { tx?: Tx } = {}) {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return;
  const found = await nominationIdsOfTenant(opts.tx ?? ctx.db, ctx.actor.tenantId, wanted);
  if (found.size < wanted.length) throw notFound(NOMINATION);
}

/** Dossiers ready for the council agenda of a round: appraised (consultation closed, when there was one). */
export function findNominationsForCouncil(ctx: Ctx, roundId: string, opts: { tx?: Tx } = {}) {
  return listRoundNominations(ctx, roundId, { statuses: ['appraised'] }, opts);
}

/** Records the council's result for one dossier (`council_approve` / `council_reject`). */
export function markCouncilResult(
  ctx: Ctx,
  nominationId: string,
  result: 'approved' | 'rejected',
  opts: { tx?: Tx; reason?: string } = {},
): Promise<TransitionResult> {
  return transitionNomination(
    ctx,
    nominationId,
    result === 'approved' ? 'council_approve' : 'council_reject',
    opts,
  );
}

/**
 * Dossiers a decision may be drafted from: approved by the council; with `includeAppraised`, also appraised
 * dossiers that skip the council (simplified procedure, law-reference §7.4).
 */
export function findApprovedNominations(
  ctx: Ctx,
  roundId: string,
  opts: { tx?: Tx; includeAppraised?: boolean } = {},
): Promise<NominationView[]> {
  const statuses = opts.includeAppraised
    ? (['council_approved', 'appraised'] as const)
    : (['council_approved'] as const);
  return listRoundNominations(ctx, roundId, { statuses }, opts);
}
