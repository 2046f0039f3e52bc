import type { FastifyPluginAsync } from 'fastify';
import { catalogueRoutes } from './catalogue.routes';
import { evaluateRoutes } from './evaluate.routes';
import { moneyRoutes } from './money.routes';

/** The legal core's law-data endpoints: catalogue, rule sets, reward money, rule evaluation. */
export const rulesModule: FastifyPluginAsync = async (app) => {
  await app.register(catalogueRoutes);
  await app.register(moneyRoutes);
  await app.register(evaluateRoutes);
};

export { rewardMoney } from './money.service';
export { evaluateRules } from './evaluate.service';
export { EvaluateResultSchema } from './evaluate.schemas';
