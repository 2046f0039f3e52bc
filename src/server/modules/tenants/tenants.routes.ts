import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TENANT_KINDS } from '../../../domain/org/org-unit';
import { errorResponses, IdParamSchema, listOf, PageQuerySchema, requiredText, text } from '../../lib/http';
import { requireCtx, requirePermission } from '../../lib/request-context';
import { SessionSchema } from '../auth/auth.routes';
import * as service from './tenants.service';

const tags = ['Đơn vị sử dụng'];
const KindSchema = z.enum(TENANT_KINDS, { message: 'Loại đơn vị sử dụng không hợp lệ' });

const TenantSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: KindSchema,
    kindLabel: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Tenant' });

const CreateTenantSchema = z
  .object({
    code: z
      .string()
      .trim()
      .min(2, 'Mã tối thiểu 2 ký tự')
      .max(50, 'Mã tối đa 50 ký tự')
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch nối'),
    name: requiredText(200),
    kind: KindSchema,
  })
  .strict()
  .meta({ id: 'CreateTenant' });

const UpdateTenantSchema = z
  .object({ name: requiredText(200).optional(), kind: KindSchema.optional() })
  .strict()
  .meta({ id: 'UpdateTenant' });

export const tenantsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tenants',
    {
      schema: {
        tags,
        summary: 'Danh sách đơn vị sử dụng (Quản trị hệ thống thấy tất cả, người khác thấy đơn vị của mình)',
        querystring: PageQuerySchema.extend({ q: text(200).optional() }),
        response: { 200: listOf(TenantSchema).meta({ id: 'TenantList' }), ...errorResponses },
      },
    },
    async (request) => service.listTenants(requireCtx(request), request.query),
  );

  app.post(
    '/api/tenants',
    {
      schema: {
        tags,
        summary: 'Tạo đơn vị sử dụng (Quản trị hệ thống)',
        body: CreateTenantSchema,
        response: { 201: TenantSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.createTenant(requirePermission(request, 'tenants.manage'), request.body)),
  );

  app.patch(
    '/api/tenants/:id',
    {
      schema: {
        tags,
        summary: 'Sửa đơn vị sử dụng (Quản trị hệ thống)',
        params: IdParamSchema,
        body: UpdateTenantSchema,
        response: { 200: TenantSchema, ...errorResponses },
      },
    },
    async (request) =>
      service.updateTenant(requirePermission(request, 'tenants.manage'), request.params.id, request.body),
  );

  app.post(
    '/api/auth/switch-tenant',
    {
      schema: {
        tags: ['Xác thực'],
        summary: 'Chuyển phiên làm việc sang đơn vị sử dụng khác (Quản trị hệ thống)',
        body: z
          .object({ tenantId: z.uuid({ message: 'Mã định danh không hợp lệ' }) })
          .strict()
          .meta({ id: 'SwitchTenant' }),
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const info = await service.switchTenant(requireCtx(request), request.body.tenantId);
      return { ...info, csrfToken: request.actor?.csrfToken ?? '' };
    },
  );
};
