import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import {
  createInitiative,
  deleteInitiative,
  getInitiative,
  listInitiatives,
  replaceInitiativeAuthors,
  updateInitiative,
} from './initiatives.service';
import {
  InitiativeAuthorsSchema,
  InitiativeCreateSchema,
  InitiativeListQuerySchema,
  InitiativeListSchema,
  InitiativePatchSchema,
  InitiativeSchema,
} from './ledger.schemas';

const TAGS = ['Sáng kiến'];

export const initiativesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/initiatives',
    {
      schema: {
        tags: TAGS,
        summary: 'Sổ sáng kiến (lọc theo đơn vị, tác giả, phạm vi, năm công nhận, đã dùng hay chưa)',
        querystring: InitiativeListQuerySchema,
        response: { 200: InitiativeListSchema, ...errorResponses },
      },
    },
    async (request) => listInitiatives(requirePermission(request, 'ledger.read'), request.query),
  );

  app.post(
    '/api/initiatives',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi một sáng kiến đã được công nhận (tác giả, tỷ lệ đóng góp, quyết định, phạm vi)',
        description:
          'Tổng tỷ lệ đóng góp không quá 100%. Đơn vị quản lý mặc định là đơn vị của tác giả đầu tiên.',
        body: InitiativeCreateSchema,
        response: { 201: InitiativeSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createInitiative(requirePermission(request, 'ledger.write'), request.body)),
  );

  app.get(
    '/api/initiatives/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Chi tiết một sáng kiến',
        params: IdParamSchema,
        response: { 200: InitiativeSchema, ...errorResponses },
      },
    },
    async (request) => getInitiative(requirePermission(request, 'ledger.read'), request.params.id),
  );

  app.patch(
    '/api/initiatives/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa một sáng kiến (kèm version)',
        params: IdParamSchema,
        body: InitiativePatchSchema,
        response: { 200: InitiativeSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateInitiative(requirePermission(request, 'ledger.write'), request.params.id, request.body),
  );

  app.put(
    '/api/initiatives/:id/authors',
    {
      schema: {
        tags: TAGS,
        summary: 'Thay danh sách tác giả và tỷ lệ đóng góp của một sáng kiến',
        params: IdParamSchema,
        body: InitiativeAuthorsSchema,
        response: { 200: InitiativeSchema, ...errorResponses },
      },
    },
    async (request) =>
      replaceInitiativeAuthors(requirePermission(request, 'ledger.write'), request.params.id, request.body),
  );

  app.delete(
    '/api/initiatives/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Xoá một sáng kiến (khi chưa được dùng làm căn cứ khen thưởng)',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteInitiative(requirePermission(request, 'ledger.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
