import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import {
  DisciplineCreateSchema,
  DisciplineListQuerySchema,
  DisciplineListSchema,
  DisciplinePatchSchema,
  DisciplineSchema,
  MaternityCreateSchema,
  MaternityListQuerySchema,
  MaternityListSchema,
  MaternityPatchSchema,
  MaternitySchema,
  PendingCaseCloseSchema,
  PendingCaseCreateSchema,
  PendingCaseListQuerySchema,
  PendingCaseListSchema,
  PendingCasePatchSchema,
  PendingCaseSchema,
} from './ledger.schemas';
import {
  closePendingCase,
  createDiscipline,
  createMaternity,
  createPendingCase,
  deleteDiscipline,
  deleteMaternity,
  deletePendingCase,
  getDiscipline,
  getMaternity,
  getPendingCase,
  listDisciplines,
  listMaternity,
  listPendingCases,
  updateDiscipline,
  updateMaternity,
  updatePendingCase,
} from './records.service';

const TAGS = ['Sổ khen thưởng'];
const NoContent = { 204: z.null(), ...errorResponses };

export const recordsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Discipline (G2).
  app.get(
    '/api/disciplines',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách kỷ luật (lọc theo cá nhân, đơn vị, năm)',
        querystring: DisciplineListQuerySchema,
        response: { 200: DisciplineListSchema, ...errorResponses },
      },
    },
    async (request) => listDisciplines(requirePermission(request, 'ledger.read'), request.query),
  );
  app.post(
    '/api/disciplines',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi một hình thức kỷ luật',
        body: DisciplineCreateSchema,
        response: { 201: DisciplineSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createDiscipline(requirePermission(request, 'ledger.write'), request.body)),
  );
  app.get(
    '/api/disciplines/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Chi tiết một kỷ luật',
        params: IdParamSchema,
        response: { 200: DisciplineSchema, ...errorResponses },
      },
    },
    async (request) => getDiscipline(requirePermission(request, 'ledger.read'), request.params.id),
  );
  app.patch(
    '/api/disciplines/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa một kỷ luật',
        params: IdParamSchema,
        body: DisciplinePatchSchema,
        response: { 200: DisciplineSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateDiscipline(requirePermission(request, 'ledger.write'), request.params.id, request.body),
  );
  app.delete(
    '/api/disciplines/:id',
    { schema: { tags: TAGS, summary: 'Xoá một kỷ luật', params: IdParamSchema, response: NoContent } },
    async (request, reply) => {
      await deleteDiscipline(requirePermission(request, 'ledger.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  // Pending cases (G1).
  app.get(
    '/api/pending-cases',
    {
      schema: {
        tags: TAGS,
        summary:
          'Danh sách vụ việc đang xem xét (kỷ luật, điều tra, thanh tra, kiểm toán, khiếu nại, báo chí)',
        querystring: PendingCaseListQuerySchema,
        response: { 200: PendingCaseListSchema, ...errorResponses },
      },
    },
    async (request) => listPendingCases(requirePermission(request, 'ledger.read'), request.query),
  );
  app.post(
    '/api/pending-cases',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi một vụ việc đang xem xét (chưa khen thưởng khi còn vụ việc chưa kết thúc)',
        body: PendingCaseCreateSchema,
        response: { 201: PendingCaseSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPendingCase(requirePermission(request, 'ledger.write'), request.body)),
  );
  app.get(
    '/api/pending-cases/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Chi tiết một vụ việc',
        params: IdParamSchema,
        response: { 200: PendingCaseSchema, ...errorResponses },
      },
    },
    async (request) => getPendingCase(requirePermission(request, 'ledger.read'), request.params.id),
  );
  app.patch(
    '/api/pending-cases/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa một vụ việc',
        params: IdParamSchema,
        body: PendingCasePatchSchema,
        response: { 200: PendingCaseSchema, ...errorResponses },
      },
    },
    async (request) =>
      updatePendingCase(requirePermission(request, 'ledger.write'), request.params.id, request.body),
  );
  app.post(
    '/api/pending-cases/:id/close',
    {
      schema: {
        tags: TAGS,
        summary: 'Kết thúc một vụ việc (đã có kết luận)',
        params: IdParamSchema,
        body: PendingCaseCloseSchema,
        response: { 200: PendingCaseSchema, ...errorResponses },
      },
    },
    async (request) =>
      closePendingCase(requirePermission(request, 'ledger.write'), request.params.id, request.body),
  );
  app.delete(
    '/api/pending-cases/:id',
    { schema: { tags: TAGS, summary: 'Xoá một vụ việc', params: IdParamSchema, response: NoContent } },
    async (request, reply) => {
      await deletePendingCase(requirePermission(request, 'ledger.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  // Maternity leave (G3).
  app.get(
    '/api/maternity-leaves',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách thời gian nghỉ thai sản',
        querystring: MaternityListQuerySchema,
        response: { 200: MaternityListSchema, ...errorResponses },
      },
    },
    async (request) => listMaternity(requirePermission(request, 'ledger.read'), request.query),
  );
  app.post(
    '/api/maternity-leaves',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi một thời gian nghỉ thai sản (được tính là thời gian công tác)',
        body: MaternityCreateSchema,
        response: { 201: MaternitySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createMaternity(requirePermission(request, 'ledger.write'), request.body)),
  );
  app.get(
    '/api/maternity-leaves/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Chi tiết một thời gian nghỉ thai sản',
        params: IdParamSchema,
        response: { 200: MaternitySchema, ...errorResponses },
      },
    },
    async (request) => getMaternity(requirePermission(request, 'ledger.read'), request.params.id),
  );
  app.patch(
    '/api/maternity-leaves/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa một thời gian nghỉ thai sản',
        params: IdParamSchema,
        body: MaternityPatchSchema,
        response: { 200: MaternitySchema, ...errorResponses },
      },
    },
    async (request) =>
      updateMaternity(requirePermission(request, 'ledger.write'), request.params.id, request.body),
  );
  app.delete(
    '/api/maternity-leaves/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Xoá một thời gian nghỉ thai sản',
        params: IdParamSchema,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await deleteMaternity(requirePermission(request, 'ledger.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
