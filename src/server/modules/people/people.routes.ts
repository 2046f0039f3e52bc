import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { UPLOAD_MAX_BYTES } from '../../lib/upload-limits';
import { saveUpload } from '../../lib/uploads';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { XLSX_MIME } from '../../lib/excel';
import { requirePermission } from '../../lib/request-context';
import { exportPeople, getImportTemplate } from './people-export.service';
import { getImportReport, startPeopleImport } from './people-import.service';
import {
  PersonCreateSchema,
  PersonDetailSchema,
  PersonFilterSchema,
  PersonFullExportSchema,
  RevealCitizenIdSchema,
  PersonListSchema,
  PersonListQuerySchema,
  PersonPatchSchema,
  TransferSchema,
} from './people.schemas';
import {
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  revealCitizenId,
  transferPerson,
  updatePerson,
} from './people.service';

const TAGS = ['Cá nhân'];
const attachment = (name: string) =>
  `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
const FileSchema = z.any().describe('Tệp .xlsx');

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/people',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách cá nhân (tìm kiếm không dấu, lọc, sắp xếp, phân trang)',
        description:
          'q tìm theo họ tên không dấu, mã cán bộ, hoặc đúng 12 số định danh cá nhân. Sắp xếp theo tên là theo tên rồi họ đệm (quy ước tiếng Việt).',
        querystring: PersonListQuerySchema,
        response: { 200: PersonListSchema, ...errorResponses },
      },
    },
    async (request) => listPeople(requirePermission(request, 'people.read'), request.query),
  );

  app.get(
    '/api/people/import-template',
    {
      schema: {
        tags: TAGS,
        summary: 'Tải tệp Excel mẫu để nhập danh sách cá nhân',
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'people.write');
      const file = await getImportTemplate();
      return reply.type(XLSX_MIME).header('content-disposition', attachment(file.filename)).send(file.body);
    },
  );

  app.get(
    '/api/people/export',
    {
      schema: {
        tags: TAGS,
        summary: 'Xuất danh sách cá nhân ra Excel (cùng bộ lọc với danh sách; nhập lại được)',
        description: 'Số định danh cá nhân bị che. Cần số đầy đủ: POST /api/people/export kèm lý do.',
        querystring: PersonFilterSchema,
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportPeople(requirePermission(request, 'people.read'), request.query);
      return reply.type(XLSX_MIME).header('content-disposition', attachment(file.filename)).send(file.stream);
    },
  );

  app.post(
    '/api/people/export',
    {
      schema: {
        tags: TAGS,
        summary: 'Xuất Excel có đầy đủ số định danh cá nhân (cần quyền, nêu lý do, ghi nhật ký)',
        description:
          'Cùng bộ lọc với danh sách. Số đầy đủ chỉ với người thuộc đơn vị mà bạn có quyền people.citizenId.read; còn lại bị che.',
        body: PersonFullExportSchema,
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { reason, ...filter } = request.body;
      const file = await exportPeople(requirePermission(request, 'people.read'), filter, { reason });
      return reply.type(XLSX_MIME).header('content-disposition', attachment(file.filename)).send(file.stream);
    },
  );

  app.post(
    '/api/people/:id/reveal-citizen-id',
    {
      schema: {
        tags: TAGS,
        summary: 'Xem đầy đủ số định danh cá nhân của một người (ghi nhật ký)',
        params: IdParamSchema,
        body: RevealCitizenIdSchema,
        response: {
          200: z.object({ citizenId: z.string() }).meta({ id: 'RevealedCitizenId' }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      revealCitizenId(requirePermission(request, 'people.read'), request.params.id, request.body.reason),
  );

  app.post(
    '/api/people/import',
    {
      schema: {
        tags: TAGS,
        summary: 'Nhập danh sách cá nhân từ Excel (chạy nền)',
        description:
          'multipart/form-data, trường "file" là tệp .xlsx theo mẫu, tối đa 20 MB. Trả về jobId; theo dõi tiến độ ở GET /api/jobs/:id.',
        consumes: ['multipart/form-data'],
        response: {
          202: z.object({ jobId: z.string() }).meta({ id: 'ImportStarted' }),
          ...errorResponses,
          413: errorResponses[400],
          415: errorResponses[400],
        },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'people.write');
      const upload = await saveUpload(request, {
        kind: 'spreadsheet',
        maxBytes: UPLOAD_MAX_BYTES.peopleImport,
        prefix: 'people-import',
        fallbackName: 'danh-sach.xlsx',
      });
      const result = await startPeopleImport(ctx, upload);
      return reply.code(202).send(result);
    },
  );

  app.get(
    '/api/people/import/:jobId/report',
    {
      schema: {
        tags: TAGS,
        summary: 'Báo cáo các dòng bị từ chối của một lần nhập (Excel, thêm cột "Lỗi")',
        params: z.object({ jobId: z.uuid({ message: 'Mã tác vụ không hợp lệ' }) }),
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await getImportReport(requirePermission(request, 'people.write'), request.params.jobId);
      return reply.type(XLSX_MIME).header('content-disposition', attachment(file.filename)).send(file.stream);
    },
  );

  app.get(
    '/api/people/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Chi tiết một người, quá trình công tác, hộ làm chủ hộ',
        params: IdParamSchema,
        response: { 200: PersonDetailSchema, ...errorResponses },
      },
    },
    async (request) => getPerson(requirePermission(request, 'people.read'), request.params.id),
  );

  app.post(
    '/api/people',
    {
      schema: {
        tags: TAGS,
        summary: 'Thêm một người',
        body: PersonCreateSchema,
        response: { 201: PersonDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPerson(requirePermission(request, 'people.write'), request.body)),
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa thông tin một người (kèm version)',
        description: 'Đổi đơn vị dùng POST /api/people/:id/transfer.',
        params: IdParamSchema,
        body: PersonPatchSchema,
        response: { 200: PersonDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      updatePerson(requirePermission(request, 'people.write'), request.params.id, request.body),
  );

  app.delete(
    '/api/people/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Xoá một người (khi không còn được tham chiếu)',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deletePerson(requirePermission(request, 'people.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/people/:id/transfer',
    {
      schema: {
        tags: TAGS,
        summary: 'Điều động, chuyển công tác sang đơn vị khác',
        description:
          'Kết thúc quá trình công tác hiện tại vào ngày trước fromDate và mở quá trình mới tại đơn vị đích.',
        params: IdParamSchema,
        body: TransferSchema,
        response: { 200: PersonDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      transferPerson(requirePermission(request, 'people.write'), request.params.id, request.body),
  );
};
