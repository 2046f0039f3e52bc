import type { FastifyPluginAsync } from 'fastify';
import { decisionsRoutes } from './decisions.routes';
import { publicDecisionRoutes } from './decisions.public';

/**
 * Commendation decisions (issue 4 items 6, 8): drafts from approved dossiers or explicit lists, issuing
 * (number, ledger, dossiers decided — one transaction), revocation (Law Điều 93), the Decree 30 Word file,
 * the payment list and money totals, and the public list of issued decisions.
 */
export const decisionsModule: FastifyPluginAsync = async (app) => {
  await app.register(decisionsRoutes);
  await app.register(publicDecisionRoutes);
};

/** For the portal page and other modules (certificates): the public list and one decision as seen by the actor. */
export { PUBLIC_LIMIT, publicDecisions, type PublicDecisionQuery } from './decisions.public';
export { getDecision } from './decisions.service';
export type { DecisionView } from './decisions.common';
