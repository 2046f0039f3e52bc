import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_MIME } from '../../lib/excel';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { UPLOAD_MAX_BYTES } from '../../lib/upload-limits';
import { saveUpload } from '../../lib/uploads';
import {
  AnnexImportListSchema,
  AnnexImportQuerySchema,
  AnnexImportSchema,
  AnnexRowSchema,
  ImportStartedSchema,
  RowParamsSchema,
  RowPatchSchema,
} from './annex.schemas';
import {
  commitAnnexImport,
  discardAnnexImport,
  getAnnexImport,
  getAnnexTemplate,
  listAnnexImports,
  resolveAnnexRow,
  startAnnexImport,
} from './annex.service';

const TAGS = ['Nhập phụ lục quyết định'];
const FileSchema = z.any().describe('Tệp .xlsx');
const attachment = (name: string) =>
  `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const annexRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/annex-imports/template',
    {
      schema: {
        tags: TAGS,
        summary: 'Tải tệp Excel mẫu phụ lục quyết định khen thưởng',
        description:
          'Các cột STT, Họ và tên, Chức vụ, Đơn vị, Danh hiệu/Hình thức (danh sách chọn), Số quyết định, Ngày, Ngày sinh, Số định danh cá nhân, Năm xét; trang Hướng dẫn.',
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'ledger.write');
      const file = await getAnnexTemplate();
      return reply.type(XLSX_MIME).header('content-disposition', attachment(file.filename)).send(file.body);
    },
  );

  app.get(
    '/api/annex-imports',
    {
      schema: {
        tags: TAGS,
        summary: 'Các phiên nhập phụ lục gần đây',
        response: { 200: AnnexImportListSchema, ...errorResponses },
      },
    },
    async (request) => listAnnexImports(requirePermission(request, 'ledger.write')),
  );

  app.post(
    '/api/annex-imports',
    {
      schema: {
        tags: TAGS,
        summary: 'Tải lên phụ lục quyết định (Excel) để đối chiếu — chưa ghi vào sổ',
        description:
          'multipart/form-data: "file" (.xlsx, tối đa 5 MB), "evaluationYear" (năm xét mặc định cho danh hiệu hằng năm, tuỳ chọn), "commendationType" (loại hình khen thưởng, mặc định cong_trang), "decisionAuthority" (cơ quan quyết định, tuỳ chọn). Trả về mã phiên và jobId; theo dõi tiến độ ở GET /api/jobs/:id, kết quả ở GET /api/annex-imports/:id.',
        consumes: ['multipart/form-data'],
        response: {
          202: ImportStartedSchema,
          ...errorResponses,
          413: errorResponses[400],
          415: errorResponses[400],
        },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'ledger.write');
      const upload = await saveUpload(request, {
        kind: 'spreadsheet',
        maxBytes: UPLOAD_MAX_BYTES.annexImport,
        prefix: 'annex-import',
        fallbackName: 'phu-luc.xlsx',
      });
      return reply.code(202).send(await startAnnexImport(ctx, upload));
    },
  );

  app.get(
    '/api/annex-imports/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Một phiên nhập phụ lục: số dòng theo trạng thái và các dòng (phân trang, lọc theo trạng thái)',
        params: IdParamSchema,
        querystring: AnnexImportQuerySchema,
        response: { 200: AnnexImportSchema, ...errorResponses },
      },
    },
    async (request) =>
      getAnnexImport(requirePermission(request, 'ledger.write'), request.params.id, request.query),
  );

  app.patch(
    '/api/annex-imports/:id/rows/:rowId',
    {
      schema: {
        tags: TAGS,
        summary: 'Xử lý một dòng: chọn đúng người, chọn hình thức khen thưởng hoặc bỏ qua',
        description:
          'personId phải là một người được gợi ý hoặc một người bất kỳ thuộc phạm vi quản lý; awardCode là mã trong danh mục dành cho cá nhân.',
        params: RowParamsSchema,
        body: RowPatchSchema,
        response: { 200: AnnexRowSchema, ...errorResponses },
      },
    },
    async (request) =>
      resolveAnnexRow(
        requirePermission(request, 'ledger.write'),
        request.params.id,
        request.params.rowId,
        request.body,
      ),
  );

  app.post(
    '/api/annex-imports/:id/commit',
    {
      schema: {
        tags: TAGS,
        summary: 'Ghi các dòng đã xử lý vào sổ khen thưởng (một giao dịch)',
        description:
          '409 khi còn dòng chưa xử lý hoặc phiên đã được ghi. Khen thưởng đã có trong sổ (cùng danh hiệu cùng năm, cùng hình thức cùng quyết định) được báo và bỏ qua.',
        params: IdParamSchema,
        querystring: AnnexImportQuerySchema,
        response: { 200: AnnexImportSchema, ...errorResponses },
      },
    },
    async (request) =>
      commitAnnexImport(requirePermission(request, 'ledger.write'), request.params.id, request.query),
  );

  app.delete(
    '/api/annex-imports/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Huỷ một phiên nhập phụ lục chưa ghi vào sổ',
        params: IdParamSchema,
        response: { 204: z.null().describe('Đã huỷ'), ...errorResponses },
      },
    },
    async (request, reply) => {
      await discardAnnexImport(requirePermission(request, 'ledger.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
