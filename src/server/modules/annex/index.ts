import type { FastifyPluginAsync } from 'fastify';
import { annexRoutes } from './annex.routes';

/** Importing historical decision annexes into the ledger (upload, review, commit). */
export const annexModule: FastifyPluginAsync = async (app) => {
  await app.register(annexRoutes);
};
