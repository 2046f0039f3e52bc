import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { countAppliedMigrations } from '../../db/migrate';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    migrations: z.number().int(),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['Hệ thống'],
        summary: 'Tình trạng hệ thống',
        security: [],
        response: { 200: HealthSchema },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: app.deps.database.kind,
      migrations: await countAppliedMigrations(app.deps.database),
      version: app.deps.version,
    }),
  );
};
