import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, listOf } from '../../lib/http';
import { requireCtx } from '../../lib/request-context';
import * as service from './sessions.service';

const tags = ['Xác thực'];

const MySessionSchema = z
  .object({
    id: z.string(),
    current: z.boolean(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'MySession' });

const SessionIdParamSchema = z.object({
  sessionId: z.string().regex(/^[\w-]{20,100}$/, 'Mã phiên không hợp lệ'),
});

export const sessionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users/me/sessions',
    {
      schema: {
        tags,
        summary: 'Các phiên đăng nhập của tôi',
        response: { 200: listOf(MySessionSchema).meta({ id: 'MySessionList' }), ...errorResponses },
      },
    },
    async (request) => service.listMySessions(requireCtx(request)),
  );

  app.delete(
    '/api/users/me/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Kết thúc một phiên đăng nhập khác của tôi',
        params: SessionIdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.revokeMySession(requireCtx(request), request.params.sessionId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/users/me/sessions/revoke-others',
    {
      schema: {
        tags,
        summary: 'Kết thúc mọi phiên đăng nhập khác của tôi',
        response: {
          200: z.object({ revoked: z.number().int() }).meta({ id: 'RevokedSessions' }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.revokeMyOtherSessions(requireCtx(request)),
  );
};
