import type { FastifyPluginAsync } from 'fastify';
import { awardsRoutes } from './awards.routes';
import { initiativesRoutes } from './initiatives.routes';
import { ratingsRoutes } from './ratings.routes';
import { recordsRoutes } from './records.routes';

/**
 * The ledger (issue 3 item 3): award records, annual ratings, discipline, pending cases (G1), maternity
 * leave (G3), initiatives, and a subject's achievement file.
 */
export const ledgerModule: FastifyPluginAsync = async (app) => {
  await app.register(awardsRoutes);
  await app.register(ratingsRoutes);
  await app.register(recordsRoutes);
  await app.register(initiativesRoutes);
};

/** For the eligibility engine: set-based loaders of SubjectFacts. */
export {
  loadCollectiveFacts,
  loadSubjectFacts,
  type CollectiveFacts,
  type CollectiveMember,
  type SubjectFactsQuery,
} from './ledger-facts.repo';

/** For the eligibility checks: subjects, their scope and units. */
export { findSubjects, findUnit, type SubjectRow } from './ledger.repo';
/** For the annex commit and decisions: set-based writes of award records (one transaction is the caller's). */
export { insertAwardRecords, revokeAwardRecords, type NewAwardRecord } from './ledger.repo';
export { loadSubject, presentSubject } from './ledger.common';
export { ledgerReadScopes, mayReadLedger } from './ledger.policy';
