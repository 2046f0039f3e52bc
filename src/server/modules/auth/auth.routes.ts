import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles';
import { errorResponses } from '../../lib/http';
import { requireCtx } from '../../lib/request-context';
import { changePassword, SESSION_COOKIE, SESSION_TTL_MS, sessionInfo, signIn, signOut } from './auth.service';

export const SessionSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), fullName: z.string() }),
    tenant: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() }),
    grants: z.array(
      z.object({ role: z.enum(ROLES), tenantId: z.string(), orgUnitId: z.string().nullable() }),
    ),
    csrfToken: z.string(),
  })
  .meta({ id: 'Session' });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags: ['Xác thực'],
        summary: 'Đăng nhập bằng email và mật khẩu',
        description:
          'Trả về csrfToken; mọi yêu cầu thay đổi dữ liệu bằng cookie phiên phải gửi header X-CSRF-Token bằng giá trị này.',
        body: z.object({ email: z.string().trim().max(254), password: z.string().min(1).max(200) }),
        response: {
          200: SessionSchema,
          ...errorResponses,
          423: errorResponses[400],
          429: errorResponses[400],
        },
      },
    },
    async (request, reply) => {
      const result = await signIn(app.deps, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        now: new Date(),
        requestId: String(request.id),
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.deps.cookieSecure,
        maxAge: SESSION_TTL_MS / 1000,
      });
      return { ...result.session, csrfToken: result.csrfToken };
    },
  );

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['Xác thực'],
        summary: 'Phiên đăng nhập hiện tại',
        response: { 200: SessionSchema, 401: errorResponses[401] },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      return { ...(await sessionInfo(ctx)), csrfToken: request.actor?.csrfToken ?? '' };
    },
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags: ['Xác thực'], summary: 'Đăng xuất', response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await signOut(requireCtx(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['Xác thực'],
        summary: 'Đổi mật khẩu',
        body: z.object({
          currentPassword: z.string().min(1).max(200),
          newPassword: z.string().min(1).max(200),
        }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await changePassword(requireCtx(request), request.body);
      return reply.code(204).send(null);
    },
  );
};
