import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { withSavedUpload } from '../../lib/uploads';
import { buildLineageTemplate, LINEAGE_MAX_BYTES } from './lineage-excel';
import { importLineageEvents } from './lineage-import.service';
import { createLineageEvent, deleteLineageEvent } from './org-events.service';
import { CreateLineageEventSchema, LineageEventSchema, LineageImportResultSchema } from './org.schemas';

const tags = ['Cơ cấu tổ chức'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Lineage events (merged into, split from, renamed, moved) and their Excel import. */
export const orgEventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/org-unit-events',
    {
      schema: {
        tags,
        summary: 'Ghi nhận sự kiện sắp xếp giữa hai đơn vị',
        body: CreateLineageEventSchema,
        response: { 201: LineageEventSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const event = await createLineageEvent(requirePermission(request, 'org.write'), request.body);
      return reply.code(201).send(event);
    },
  );

  app.delete(
    '/api/org-unit-events/:id',
    {
      schema: {
        tags,
        summary: 'Xoá sự kiện sắp xếp',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteLineageEvent(requirePermission(request, 'org.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/org-unit-events/import-template',
    {
      schema: {
        tags,
        summary: 'Tải tệp Excel mẫu nhập sự kiện sắp xếp đơn vị',
      },
    },
    async (request, reply) => {
      requirePermission(request, 'org.read');
      const file = await buildLineageTemplate();
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="mau-nhap-su-kien-sap-xep-don-vi.xlsx"`)
        .send(file);
    },
  );

  app.post(
    '/api/org-unit-events/import',
    {
      schema: {
        tags,
        summary:
          'Nhập sự kiện sắp xếp đơn vị từ Excel (trường "file", .xlsx, tối đa 5 MB; lỗi một dòng thì không ghi dòng nào)',
        consumes: ['multipart/form-data'],
        response: {
          200: LineageImportResultSchema,
          ...errorResponses,
          413: errorResponses[400],
          415: errorResponses[400],
        },
      },
    },
    async (request) => {
      const ctx = requirePermission(request, 'org.write');
      return withSavedUpload(
        request,
        { kind: 'spreadsheet', maxBytes: LINEAGE_MAX_BYTES, prefix: 'lineage', fallbackName: 'su-kien.xlsx' },
        (upload) => importLineageEvents(ctx, upload.filePath),
      );
    },
  );
};
