import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import {
  RatingBulkResultSchema,
  RatingBulkSchema,
  RatingInputSchema,
  RatingListQuerySchema,
  RatingListSchema,
  RatingSchema,
} from './ledger.schemas';
import { bulkRatings, deleteRating, getRating, listRatings, upsertRating } from './ratings.service';

const TAGS = ['Sổ khen thưởng'];

export const ratingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/ratings',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách xếp loại hằng năm (HTXS, HTT, HT, KHT) của cá nhân và tập thể',
        querystring: RatingListQuerySchema,
        response: { 200: RatingListSchema, ...errorResponses },
      },
    },
    async (request) => listRatings(requirePermission(request, 'ledger.read'), request.query),
  );

  app.post(
    '/api/ratings',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi xếp loại một năm của một đối tượng (thay xếp loại đã có của năm đó)',
        body: RatingInputSchema,
        response: { 200: RatingSchema, ...errorResponses },
      },
    },
    async (request) => upsertRating(requirePermission(request, 'ledger.write'), request.body),
  );

  app.put(
    '/api/ratings/bulk',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi xếp loại theo danh sách (tối đa 5.000 dòng; hoặc ghi tất cả, hoặc không ghi dòng nào)',
        body: RatingBulkSchema,
        response: { 200: RatingBulkResultSchema, ...errorResponses },
      },
    },
    async (request) => bulkRatings(requirePermission(request, 'ledger.write'), request.body),
  );

  app.get(
    '/api/ratings/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Chi tiết một xếp loại',
        params: IdParamSchema,
        response: { 200: RatingSchema, ...errorResponses },
      },
    },
    async (request) => getRating(requirePermission(request, 'ledger.read'), request.params.id),
  );

  app.delete(
    '/api/ratings/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Xoá một xếp loại',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteRating(requirePermission(request, 'ledger.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
