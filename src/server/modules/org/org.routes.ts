import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { importAdminUnitsForTenant } from './admin-units.import';
import { endOrgUnit, moveOrgUnit, renameOrgUnit } from './org-change.service';
import { orgEventRoutes } from './org-events.routes';
import {
  AdminUnitsImportResultSchema,
  AsOfQuerySchema,
  CreateOrgUnitSchema,
  EndOrgUnitSchema,
  ImportAdminUnitsSchema,
  MoveOrgUnitSchema,
  OrgUnitDetailSchema,
  OrgUnitListQuerySchema,
  OrgUnitListSchema,
  RenameOrgUnitSchema,
  SubtreeSchema,
  SuccessionResultSchema,
  UpdateOrgUnitSchema,
} from './org.schemas';
import { createOrgUnit, getOrgUnit, getOrgUnitSubtree, listOrgUnits, updateOrgUnit } from './org.service';

const tags = ['Cơ cấu tổ chức'];

/** Org units: the tree as of a date, search, corrections, renames and moves with lineage, admin-unit import. */
export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/org-units',
    {
      schema: {
        tags,
        summary: 'Danh sách đơn vị (gốc, đơn vị trực thuộc hoặc tìm kiếm) theo ngày',
        description:
          'Có parentId (không có q): các đơn vị trực thuộc còn hiệu lực ngày asOf. Có q: tìm không dấu trong cả đơn vị sử dụng (hoặc trong cây của parentId). Không có cả hai: các đơn vị gốc. asOf mặc định là hôm nay (riêng tìm kiếm thì không lọc theo ngày).',
        querystring: OrgUnitListQuerySchema,
        response: { 200: OrgUnitListSchema, ...errorResponses },
      },
    },
    async (request) => listOrgUnits(requirePermission(request, 'org.read'), request.query),
  );

  app.post(
    '/api/org-units',
    {
      schema: {
        tags,
        summary: 'Thêm đơn vị',
        body: CreateOrgUnitSchema,
        response: { 201: OrgUnitDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const unit = await createOrgUnit(requirePermission(request, 'org.write'), request.body);
      return reply.code(201).send(unit);
    },
  );

  app.post(
    '/api/org-units/import-admin-units',
    {
      schema: {
        tags,
        summary: 'Nhập danh mục đơn vị hành chính (trước và sau 01/7/2025)',
        description:
          'Không có newProvinceCodes: cả nước. Có: chỉ các tỉnh mới đó, các xã của tỉnh và các tỉnh cũ hợp thành (kèm huyện, xã). Chạy lại không tạo trùng.',
        body: ImportAdminUnitsSchema,
        response: { 200: AdminUnitsImportResultSchema, ...errorResponses },
      },
    },
    async (request) => importAdminUnitsForTenant(requirePermission(request, 'org.write'), request.body),
  );

  app.get(
    '/api/org-units/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết đơn vị: cấp trên, lịch sử sắp xếp, số đơn vị trực thuộc',
        params: IdParamSchema,
        querystring: AsOfQuerySchema,
        response: { 200: OrgUnitDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      getOrgUnit(requirePermission(request, 'org.read'), request.params.id, request.query.asOf),
  );

  app.get(
    '/api/org-units/:id/subtree',
    {
      schema: {
        tags,
        summary: 'Toàn bộ đơn vị cấp dưới còn hiệu lực theo ngày',
        params: IdParamSchema,
        querystring: AsOfQuerySchema,
        response: { 200: SubtreeSchema, ...errorResponses },
      },
    },
    async (request) =>
      getOrgUnitSubtree(requirePermission(request, 'org.read'), request.params.id, request.query.asOf),
  );

  app.patch(
    '/api/org-units/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin đơn vị tại chỗ (sửa lỗi nhập liệu), kèm version',
        params: IdParamSchema,
        body: UpdateOrgUnitSchema,
        response: { 200: OrgUnitDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateOrgUnit(requirePermission(request, 'org.write'), request.params.id, request.body),
  );

  app.post(
    '/api/org-units/:id/rename',
    {
      schema: {
        tags,
        summary: 'Đổi tên đơn vị từ một ngày (tạo bản ghi kế tiếp và sự kiện đổi tên)',
        params: IdParamSchema,
        body: RenameOrgUnitSchema,
        response: { 200: SuccessionResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      renameOrgUnit(requirePermission(request, 'org.write'), request.params.id, request.body),
  );

  app.post(
    '/api/org-units/:id/move',
    {
      schema: {
        tags,
        summary: 'Chuyển đơn vị về trực thuộc đơn vị khác từ một ngày',
        params: IdParamSchema,
        body: MoveOrgUnitSchema,
        response: { 200: SuccessionResultSchema, ...errorResponses },
      },
    },
    async (request) => moveOrgUnit(requirePermission(request, 'org.write'), request.params.id, request.body),
  );

  app.post(
    '/api/org-units/:id/end',
    {
      schema: {
        tags,
        summary: 'Kết thúc hiệu lực đơn vị (giải thể)',
        params: IdParamSchema,
        body: EndOrgUnitSchema,
        response: { 200: OrgUnitDetailSchema, ...errorResponses },
      },
    },
    async (request) => endOrgUnit(requirePermission(request, 'org.write'), request.params.id, request.body),
  );

  await app.register(orgEventRoutes);
};
