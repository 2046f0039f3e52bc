import type { FastifyPluginAsync } from 'fastify';
import { attachmentRoutes } from './attachments.routes';
import { blocRoutes } from './blocs.routes';
import { movementRoutes } from './movements.routes';
import { registrationRoutes } from './registrations.routes';

/** Emulation: movements and their stages, annual registrations, clusters and blocs (issue 5 items 1–3). */
export const emulationModule: FastifyPluginAsync = async (app) => {
  await app.register(movementRoutes);
  await app.register(registrationRoutes);
  await app.register(blocRoutes);
  await app.register(attachmentRoutes);
};

/** Registration as a fact for the eligibility engine: `hasRegistration(db, tenantId, subject, year, code)`. */
export { hasRegistration, registrationsOf, type RegistrationSubjectRef } from './registrations.repo';
