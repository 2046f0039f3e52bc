import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IsoDateSchema, listOf, PageQuerySchema, text } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import * as service from './audit.service';

const tags = ['Nhật ký hệ thống'];

const AuditEntrySchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    actorUserId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    summary: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

const AuditQuerySchema = PageQuerySchema.extend({
  entityType: text(50).optional(),
  entityId: text(100).optional(),
  actorUserId: z.uuid({ message: 'Mã định danh không hợp lệ' }).optional(),
  action: text(50).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  q: text(200).optional(),
}).refine((v) => !v.from || !v.to || v.from <= v.to, {
  message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc',
  path: ['to'],
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: 'Tra cứu nhật ký thay đổi (cần quyền trên toàn đơn vị sử dụng)',
        querystring: AuditQuerySchema,
        response: { 200: listOf(AuditEntrySchema).meta({ id: 'AuditList' }), ...errorResponses },
      },
    },
    async (request) => service.searchAudit(requirePermission(request, 'audit.read'), request.query),
  );

  app.get(
    '/api/audit/facets',
    {
      schema: {
        tags,
        summary: 'Các loại đối tượng và hành động có trong nhật ký (cho bộ lọc)',
        response: {
          200: z
            .object({ entityTypes: z.array(z.string()), actions: z.array(z.string()) })
            .meta({ id: 'AuditFacets' }),
          ...errorResponses,
        },
      },
    },
    async (request) => service.auditFacets(requirePermission(request, 'audit.read')),
  );
};
