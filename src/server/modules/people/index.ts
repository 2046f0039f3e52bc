import type { FastifyPluginAsync } from 'fastify';
import { jobsRoutes } from '../jobs';
import { householdsRoutes } from './households.routes';
import { peopleRoutes } from './people.routes';

/** People, households, and the jobs API their imports report progress through. */
export const peopleModule: FastifyPluginAsync = async (app) => {
  await app.register(jobsRoutes);
  await app.register(peopleRoutes);
  await app.register(householdsRoutes);
};

export { writePeopleBatch, type PreparedPerson } from './people-batch';
