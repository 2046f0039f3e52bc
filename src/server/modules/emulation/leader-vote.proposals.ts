import type { Proposal } from '../../../domain/emulation/leader-vote';
import type { Ctx, Tx } from '../../lib/context';
import { newId } from '../../lib/ids';
import * as repo from './leader-vote.repo';

/**
 * Stores the vote's proposals (Cờ thi đua bộ/tỉnh for the leader, Bằng khen for the next units) with the
 * bloc-year; they are shown with the vote and printed in the minutes.
 */
export async function fileProposals(
  ctx: Ctx,
  tx: Tx,
  vote: repo.LeaderVoteRow,
  planned: readonly Proposal[],
) {
  await repo.insertProposals(
    tx,
    planned.map((p) => ({
      id: newId(),
      tenantId: ctx.actor.tenantId,
      voteId: vote.id,
      blocId: vote.blocId,
      year: vote.year,
      unitId: p.unitId,
      awardCode: p.awardCode,
      position: p.position,
      nominationId: null,
      createdAt: ctx.now,
    })),
  );
}
