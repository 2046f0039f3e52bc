import type { FastifyPluginAsync } from 'fastify';
import { apiTokensRoutes } from './api-tokens.routes';
import { sessionsRoutes } from './sessions.routes';
import { usersRoutes } from './users.routes';

/** Users, role grants, API tokens and one's own sessions. */
export const usersModule: FastifyPluginAsync = async (app) => {
  await app.register(usersRoutes);
  await app.register(apiTokensRoutes);
  await app.register(sessionsRoutes);
};
