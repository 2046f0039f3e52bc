import type { FastifyPluginAsync } from 'fastify';
import { apiTokensRoutes } from './api-tokens.routes';
import { usersRoutes } from './users.routes';

/** Users, role grants and API tokens. */
export const usersModule: FastifyPluginAsync = async (app) => {
  await app.register(usersRoutes);
  await app.register(apiTokensRoutes);
};
