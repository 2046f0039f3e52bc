import type { FastifyPluginAsync } from 'fastify';
import { attachmentRoutes } from './attachments.routes';
import { blocRoutes } from './blocs.routes';
import { leaderVoteRoutes } from './leader-vote.routes';
import { movementRoutes } from './movements.routes';
import { registrationRoutes } from './registrations.routes';
import { scoringRoutes } from './scoring-tables.routes';

/** Emulation: movements and their stages, annual registrations, clusters and blocs (issue 5 items 1–3). */
export const emulationModule: FastifyPluginAsync = async (app) => {
  await app.register(movementRoutes);
  await app.register(registrationRoutes);
  await app.register(blocRoutes);
  await app.register(leaderVoteRoutes);
  await app.register(attachmentRoutes);
  await app.register(scoringRoutes);
};

/** Registration as a fact for the eligibility engine: `hasRegistration(db, tenantId, subject, year, code)`. */
export { hasRegistration, registrationsOf, type RegistrationSubjectRef } from './registrations.repo';

/**
 * Bloc scoring (issue 5 items 4 and 7) for other modules and the demo seed: the table, targets, results,
 * the flow, recompute and results. API list: scoring-tables.routes.ts.
 */
export { addEvidence, listEntries, saveResults, setTargets } from './scoring-entries.service';
export { getScoringYear, saveScoringTable, transitionScoring } from './scoring-tables.service';
export { getResults, recomputeBlocYear, recomputeTenantYear } from './scoring-compute.service';
export { getBlocDashboard, getUnitDashboard } from './scoring-dashboard.service';

/** A movement of the caller's tenant, for a record that refers to it (404 "Phong trào thi đua" otherwise). */
export { loadMovement as findMovementOfTenant } from './movements.service';
