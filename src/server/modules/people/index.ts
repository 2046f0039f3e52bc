import type { FastifyPluginAsync } from 'fastify';
import { failAbandonedJobs, jobsRoutes } from '../jobs';
import { householdsRoutes } from './households.routes';
import { peopleRoutes } from './people.routes';

/** People, households, and the jobs API their imports report progress through. */
export const peopleModule: FastifyPluginAsync = async (app) => {
  app.addHook('onReady', async () => {
    await failAbandonedJobs(app.deps);
  });
  await app.register(jobsRoutes);
  await app.register(peopleRoutes);
  await app.register(householdsRoutes);
};

export { writePeopleBatch, type PreparedPerson } from './people-batch';
