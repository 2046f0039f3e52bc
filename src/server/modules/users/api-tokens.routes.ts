import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema, listOf, PageQuerySchema, requiredText } from '../../lib/http';
import { requireCtx } from '../../lib/request-context';
import * as service from './api-tokens.service';

const tags = ['API token'];

const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('Vài ký tự đầu của token để nhận diện'),
    userId: z.string(),
    userLabel: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

// A plain calendar date here (not IsoDateSchema's sanity window): the service's one-year cap gives the clearer
// message for 9999-12-31.
const ExpirySchema = z
  .union([
    z.iso.datetime({ offset: true, message: 'Thời điểm không hợp lệ' }),
    z.iso.date({ message: 'Ngày không hợp lệ' }),
  ])
  .transform((s) => new Date(s.length === 10 ? `${s}T23:59:59.999+07:00` : s));

const CreateApiTokenSchema = z
  .object({
    name: requiredText(100),
    expiresAt: ExpirySchema.optional().describe(
      'Hết hạn (ngày YYYY-MM-DD hết ngày theo giờ Việt Nam, hoặc ISO); tối đa một năm, để trống = một năm. Không tạo được bằng API token.',
    ),
  })
  .strict()
  .meta({ id: 'CreateApiToken' });

export const apiTokensRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/api-tokens',
    {
      schema: {
        tags,
        summary: 'Danh sách API token (của mình; quản trị viên thấy của cả đơn vị sử dụng)',
        querystring: PageQuerySchema,
        response: { 200: listOf(ApiTokenSchema).meta({ id: 'ApiTokenList' }), ...errorResponses },
      },
    },
    async (request) => service.listApiTokens(requireCtx(request), request.query),
  );

  app.post(
    '/api/api-tokens',
    {
      schema: {
        tags,
        summary: 'Tạo API token cho tích hợp',
        description: 'Token (tdkt_…) chỉ được trả về một lần; hệ thống chỉ lưu mã băm SHA-256.',
        body: CreateApiTokenSchema,
        response: {
          201: ApiTokenSchema.extend({ token: z.string() }).meta({ id: 'CreatedApiToken' }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.createApiToken(requireCtx(request), request.body)),
  );

  app.delete(
    '/api/api-tokens/:id',
    {
      schema: {
        tags,
        summary: 'Thu hồi API token',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await service.revokeApiToken(requireCtx(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
