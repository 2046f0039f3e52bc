import type { FastifyPluginAsync } from 'fastify';
import { catalogueRoutes } from './catalogue.routes';
import { moneyRoutes } from './money.routes';

/** The legal core's law-data endpoints: catalogue, rule sets, reward money (and, later, rule evaluation). */
export const rulesModule: FastifyPluginAsync = async (app) => {
  await app.register(catalogueRoutes);
  await app.register(moneyRoutes);
};

export { rewardMoney } from './money.service';
