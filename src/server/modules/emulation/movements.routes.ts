import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { readUploadedFile } from '../../lib/uploads';
import { MAX_ATTACHMENT_BYTES } from '../../lib/files';
import { AttachmentQuerySchema, AttachmentSchema, UPLOAD_DESCRIPTION } from './emulation.schemas';
import {
  MovementCreateSchema,
  MovementDetailSchema,
  MovementListQuerySchema,
  MovementListSchema,
  MovementPatchSchema,
  StageCreateSchema,
  StageParamsSchema,
  StagePatchSchema,
  StageSchema,
} from './movements.schemas';
import { addStage, addStageAttachment, deleteStage, updateStage } from './movement-stages.service';
import {
  createMovement,
  deleteMovement,
  getMovement,
  listMovements,
  updateMovement,
} from './movements.service';

const tags = ['Phong trào thi đua'];
const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

/** Emulation movements (Law Điều 16–18) and their stages: launch, mid-term reviews, final review. */
export const movementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/emulation/movements',
    {
      schema: {
        tags,
        summary: 'Danh sách phong trào thi đua (theo năm, cấp, hình thức; tìm không dấu; phân trang)',
        querystring: MovementListQuerySchema,
        response: { 200: MovementListSchema, ...errorResponses },
      },
    },
    async (request) => listMovements(requirePermission(request, 'emulation.read'), request.query),
  );

  app.post(
    '/api/emulation/movements',
    {
      schema: {
        tags,
        summary: 'Thêm phong trào thi đua',
        body: MovementCreateSchema,
        response: { 201: MovementDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createMovement(requirePermission(request, 'emulation.write'), request.body)),
  );

  app.get(
    '/api/emulation/movements/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết phong trào: phạm vi, các bước, tệp đính kèm, đường xét Cờ thi đua theo thời gian',
        params: IdParamSchema,
        response: { 200: MovementDetailSchema, ...errorResponses },
      },
    },
    async (request) => getMovement(requirePermission(request, 'emulation.read'), request.params.id),
  );

  app.patch(
    '/api/emulation/movements/:id',
    {
      schema: {
        tags,
        summary: 'Sửa phong trào (kèm version); thời gian mới phải chứa các bước đã ghi',
        params: IdParamSchema,
        body: MovementPatchSchema,
        response: { 200: MovementDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateMovement(requirePermission(request, 'emulation.write'), request.params.id, request.body),
  );

  app.delete(
    '/api/emulation/movements/:id',
    {
      schema: {
        tags,
        summary: 'Xoá phong trào chưa có bước nào',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteMovement(requirePermission(request, 'emulation.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/emulation/movements/:id/stages',
    {
      schema: {
        tags,
        summary: 'Ghi một bước: phát động, sơ kết hoặc tổng kết (đúng thứ tự, trong thời gian phong trào)',
        description:
          'Một lần phát động, trước mọi lần sơ kết, tổng kết; sơ kết sau phát động và trước tổng kết; một lần tổng kết, sau phát động và mọi lần sơ kết. Sai thứ tự → 409 INVALID_TRANSITION.',
        params: IdParamSchema,
        body: StageCreateSchema,
        response: { 201: StageSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addStage(requirePermission(request, 'emulation.write'), request.params.id, request.body)),
  );

  app.patch(
    '/api/emulation/movements/:id/stages/:stageId',
    {
      schema: {
        tags,
        summary: 'Sửa một bước (ngày, báo cáo, khen thưởng), kèm version',
        params: StageParamsSchema,
        body: StagePatchSchema,
        response: { 200: StageSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateStage(
        requirePermission(request, 'emulation.write'),
        request.params.id,
        request.params.stageId,
        request.body,
      ),
  );

  app.delete(
    '/api/emulation/movements/:id/stages/:stageId',
    {
      schema: {
        tags,
        summary: 'Xoá một bước (không xoá được bước phát động khi đã có sơ kết, tổng kết)',
        params: StageParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteStage(
        requirePermission(request, 'emulation.write'),
        request.params.id,
        request.params.stageId,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/emulation/movements/:id/stages/:stageId/attachments',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp (báo cáo, ảnh) vào một bước của phong trào',
        description: UPLOAD_DESCRIPTION,
        consumes: ['multipart/form-data'],
        params: StageParamsSchema,
        querystring: AttachmentQuerySchema,
        response: { 201: AttachmentSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'emulation.write');
      const file = await readUploadedFile(request, { kind: 'attachment', maxBytes: MAX_ATTACHMENT_BYTES });
      const { id, stageId } = request.params;
      return reply
        .code(201)
        .send(
          await addStageAttachment(ctx, id, stageId, file.content, request.query.fileName ?? file.fileName),
        );
    },
  );
};
