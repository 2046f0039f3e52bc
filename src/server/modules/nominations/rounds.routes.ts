import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import {
  RoundActionBodySchema,
  RoundActionParamsSchema,
  RoundCreateSchema,
  RoundDetailSchema,
  RoundListQuerySchema,
  RoundListSchema,
  RoundPatchSchema,
} from './rounds.schemas';
import { actOnRound, createRound, deleteRound, getRound, listRounds, updateRound } from './rounds.service';

const tags = ['Đợt khen thưởng'];

/** Award rounds (đợt khen thưởng): type, level, year or period, movement, units, deadlines per step. */
export const roundRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/award-rounds',
    {
      schema: {
        tags,
        summary: 'Danh sách đợt khen thưởng trong phạm vi được giao',
        querystring: RoundListQuerySchema,
        response: { 200: RoundListSchema, ...errorResponses },
      },
    },
    async (request) => listRounds(requirePermission(request, 'commendation.read'), request.query),
  );

  app.post(
    '/api/award-rounds',
    {
      schema: {
        tags,
        summary: 'Tạo đợt khen thưởng (trạng thái "đang chuẩn bị")',
        body: RoundCreateSchema,
        response: { 201: RoundDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createRound(requirePermission(request, 'nominations.appraise'), request.body)),
  );

  app.get(
    '/api/award-rounds/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết đợt khen thưởng',
        params: IdParamSchema,
        response: { 200: RoundDetailSchema, ...errorResponses },
      },
    },
    async (request) => getRound(requirePermission(request, 'commendation.read'), request.params.id),
  );

  app.patch(
    '/api/award-rounds/:id',
    {
      schema: {
        tags,
        summary: 'Sửa đợt khen thưởng (kèm version)',
        params: IdParamSchema,
        body: RoundPatchSchema,
        response: { 200: RoundDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateRound(requirePermission(request, 'nominations.appraise'), request.params.id, request.body),
  );

  app.delete(
    '/api/award-rounds/:id',
    {
      schema: {
        tags,
        summary: 'Xoá đợt khen thưởng đang chuẩn bị, chưa có hồ sơ',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteRound(requirePermission(request, 'nominations.appraise'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/award-rounds/:id/:action',
    {
      schema: {
        tags,
        summary:
          'Chuyển trạng thái đợt: open (mở nhận hồ sơ), close (khoá), reopen (mở lại), decide (đã có quyết định)',
        description: 'Chuyển trạng thái không hợp lệ → 409 INVALID_TRANSITION.',
        params: RoundActionParamsSchema,
        body: RoundActionBodySchema,
        response: { 200: RoundDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      actOnRound(
        requirePermission(request, 'nominations.appraise'),
        request.params.id,
        request.params.action,
        request.body.version,
      ),
  );
};
