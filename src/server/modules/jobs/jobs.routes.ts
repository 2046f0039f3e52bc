import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JOB_STATUSES } from '../../db/schema';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requireCtx } from '../../lib/request-context';
import { failAbandonedJobs, startJobHeartbeat } from './jobs.runner';
import { getJob } from './jobs.service';

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(JOB_STATUSES),
    total: z.number().int(),
    processed: z.number().int(),
    result: z.unknown(),
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job', description: 'Tác vụ chạy nền (nhập/xuất Excel...) và tiến độ.' });

export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Jobs of a process that died are failed at start-up and, while running, within STALE_AFTER_MS (heartbeat).
  let stopHeartbeat: (() => Promise<void>) | undefined;
  app.addHook('onReady', async () => {
    await failAbandonedJobs(app.deps);
    stopHeartbeat = startJobHeartbeat(app.deps, (error) =>
      app.log.error({ err: error }, 'job heartbeat failed'),
    );
  });
  app.addHook('onClose', async () => {
    await stopHeartbeat?.();
  });
  app.get(
    '/api/jobs/:id',
    {
      schema: {
        tags: ['Tác vụ'],
        summary: 'Trạng thái và tiến độ một tác vụ chạy nền',
        description: 'Chỉ người tạo tác vụ hoặc quản trị đơn vị sử dụng được xem.',
        params: IdParamSchema,
        response: { 200: JobSchema, ...errorResponses },
      },
    },
    async (request) => getJob(requireCtx(request), request.params.id),
  );
};
