import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParamSchema, listOf } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { createHousehold, getHousehold, listHouseholds, updateHousehold } from './households.service';
import {
  HouseholdCreateSchema,
  HouseholdListQuerySchema,
  HouseholdPatchSchema,
  HouseholdSchema,
} from './people.schemas';

const TAGS = ['Hộ gia đình'];

export const householdsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/households',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách hộ gia đình',
        querystring: HouseholdListQuerySchema,
        response: { 200: listOf(HouseholdSchema), ...errorResponses },
      },
    },
    async (request) => listHouseholds(requirePermission(request, 'people.read'), request.query),
  );
  app.get(
    '/api/households/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Chi tiết hộ gia đình',
        params: IdParamSchema,
        response: { 200: HouseholdSchema, ...errorResponses },
      },
    },
    async (request) => getHousehold(requirePermission(request, 'people.read'), request.params.id),
  );
  app.post(
    '/api/households',
    {
      schema: {
        tags: TAGS,
        summary: 'Thêm hộ gia đình (thuộc xã/phường hoặc thôn/tổ dân phố)',
        body: HouseholdCreateSchema,
        response: { 201: HouseholdSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createHousehold(requirePermission(request, 'people.write'), request.body)),
  );
  app.patch(
    '/api/households/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa hộ gia đình (kèm version)',
        params: IdParamSchema,
        body: HouseholdPatchSchema,
        response: { 200: HouseholdSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateHousehold(requirePermission(request, 'people.write'), request.params.id, request.body),
  );
};
