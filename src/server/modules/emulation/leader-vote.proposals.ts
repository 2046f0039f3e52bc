import type { Proposal } from '../../../domain/emulation/leader-vote';
import type { Ctx, Tx } from '../../lib/context';
import { newId } from '../../lib/ids';
import { fileNomination } from '../nominations';
import * as repo from './leader-vote.repo';

/**
 * Stores the vote's proposals (Cờ thi đua bộ/tỉnh for the leader, Bằng khen for the next units) with the
 * bloc-year; they are shown with the vote and printed in the minutes.
 *
 * When the vote names an award round (`awardRoundId`), each proposal is also filed there as a draft
 * collective dossier (subject = the member unit), in the same transaction, and its id is kept on the
 * proposal row. The proposing unit is the bloc's ORGANISER unit (not the head unit): the organiser runs the
 * bloc and its members sit in its subtree, which the dossier rules require of a proposing unit; the head unit
 * is a peer of the others and changes every year. The round's own checks apply (it must take proposals, the
 * organiser must be allowed to propose in it, the award codes must fit its commendation type): a failure
 * rolls the whole conclusion back with that error. Without a round they stay proposals only.
 */
export async function fileProposals(
  ctx: Ctx,
  tx: Tx,
  vote: repo.LeaderVoteRow,
  organiserUnitId: string,
  planned: readonly Proposal[],
) {
  const rows: repo.NewProposalRow[] = [];
  for (const p of planned) {
    const filed = vote.awardRoundId
      ? await fileNomination(
          ctx,
          {
            roundId: vote.awardRoundId,
            subjectType: 'collective',
            subjectId: p.unitId,
            awardCode: p.awardCode,
            proposingUnitId: organiserUnitId,
            report: {},
          },
          { tx },
        )
      : null;
    rows.push({
      id: newId(),
      tenantId: ctx.actor.tenantId,
      voteId: vote.id,
      blocId: vote.blocId,
      year: vote.year,
      unitId: p.unitId,
      awardCode: p.awardCode,
      position: p.position,
      nominationId: filed?.id ?? null,
      createdAt: ctx.now,
    });
  }
  await repo.insertProposals(tx, rows);
}
