import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { getAchievements } from './achievements.service';
import { createAward, deleteAward, getAward, listAwards, revokeAward, updateAward } from './awards.service';
import {
  AchievementFileSchema,
  AchievementsParamsSchema,
  AwardCreateSchema,
  AwardListQuerySchema,
  AwardListSchema,
  AwardPatchSchema,
  AwardSchema,
  RevokeSchema,
} from './ledger.schemas';

const TAGS = ['Sổ khen thưởng'];

export const awardsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/awards',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách khen thưởng (lọc theo đối tượng, đơn vị, năm, mã; phân trang)',
        querystring: AwardListQuerySchema,
        response: { 200: AwardListSchema, ...errorResponses },
      },
    },
    async (request) => listAwards(requirePermission(request, 'ledger.read'), request.query),
  );

  app.post(
    '/api/awards',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi nhận một danh hiệu thi đua hoặc hình thức khen thưởng',
        description:
          'Mã phải có trong danh mục (GET /api/catalogue) và dành cho loại đối tượng. Danh hiệu thi đua cần năm đánh giá; mỗi đối tượng chỉ có một danh hiệu cùng loại mỗi năm (409). Sáng kiến dùng làm căn cứ chỉ được dùng một lần.',
        body: AwardCreateSchema,
        response: { 201: AwardSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createAward(requirePermission(request, 'ledger.write'), request.body)),
  );

  app.get(
    '/api/awards/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Chi tiết một khen thưởng',
        params: IdParamSchema,
        response: { 200: AwardSchema, ...errorResponses },
      },
    },
    async (request) => getAward(requirePermission(request, 'ledger.read'), request.params.id),
  );

  app.patch(
    '/api/awards/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa một khen thưởng (kèm version)',
        params: IdParamSchema,
        body: AwardPatchSchema,
        response: { 200: AwardSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateAward(requirePermission(request, 'ledger.write'), request.params.id, request.body),
  );

  app.delete(
    '/api/awards/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Xoá một khen thưởng nhập nhầm (khen thưởng đã huỷ bỏ được giữ lại)',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteAward(requirePermission(request, 'ledger.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/awards/:id/revoke',
    {
      schema: {
        tags: TAGS,
        summary: 'Huỷ bỏ quyết định khen thưởng (Luật TĐKT Điều 93)',
        description: 'Bản ghi được giữ lại với trạng thái "đã bị huỷ bỏ" và không còn được tính.',
        params: IdParamSchema,
        body: RevokeSchema,
        response: { 200: AwardSchema, ...errorResponses },
      },
    },
    async (request) =>
      revokeAward(requirePermission(request, 'ledger.write'), request.params.id, request.body),
  );

  app.get(
    '/api/subjects/:type/:id/achievements',
    {
      schema: {
        tags: TAGS,
        summary:
          'Hồ sơ thành tích của một đối tượng (xếp loại, khen thưởng, sáng kiến, kỷ luật… theo thời gian)',
        params: AchievementsParamsSchema,
        response: { 200: AchievementFileSchema, ...errorResponses },
      },
    },
    async (request) =>
      getAchievements(requirePermission(request, 'ledger.read'), request.params.type, request.params.id),
  );
};
