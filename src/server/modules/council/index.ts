import type { FastifyPluginAsync } from 'fastify';
import { councilRoutes } from './council.routes';

/** Council (issue 4 item 5): councils, members, sessions, attendance, secret ballots, minutes. */
export const councilModule: FastifyPluginAsync = async (app) => {
  await app.register(councilRoutes);
};

/**
 * The generic secret ballot for other modules (e.g. the emulation bloc leader vote). Permission checks are
 * the caller's; these functions guard tenant, status, voter list, one paper per voter and the tally.
 */
export {
  BALLOT,
  type BallotCandidateInput,
  type BallotCandidateView,
  type BallotTally,
  type BallotView,
  type BallotVoterInput,
  type CastOptions,
  type CreateBallotInput,
  castVote,
  closeBallot,
  createBallot,
  getBallot,
  listBallots,
  openBallot,
  openBallotsFor,
  startRoundTwo,
  tally,
  voterStatus,
} from './ballots.service';
