import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_MIME } from '../../lib/excel';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { withSavedUpload } from '../../lib/uploads';
import { contentDisposition, FileSchema } from './emulation.schemas';
import { REGISTRATION_MAX_BYTES } from './registrations-excel';
import { getRegistrationTemplate, importRegistrations } from './registrations-import.service';
import {
  DeadlineListSchema,
  DeadlinePutSchema,
  DeadlineSchema,
  ImportQuerySchema,
  ImportResultSchema,
  RegistrationCreateSchema,
  RegistrationListQuerySchema,
  RegistrationListSchema,
  RegistrationPatchSchema,
  RegistrationSchema,
  TemplateQuerySchema,
  TitleListSchema,
  YearParamsSchema,
} from './registrations.schemas';
import {
  createRegistration,
  deleteDeadline,
  deleteRegistration,
  getRegistration,
  listDeadlines,
  listRegistrations,
  listRegistrationTitles,
  setDeadline,
  updateRegistration,
} from './registrations.service';

const tags = ['Đăng ký thi đua'];

/** Annual registration of target titles (đăng ký thi đua) by form or Excel, with deadlines and late marks. */
export const registrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/emulation/registration-titles',
    {
      schema: {
        tags,
        summary: 'Danh mục danh hiệu thi đua được đăng ký (tập thể, cá nhân)',
        response: { 200: TitleListSchema, ...errorResponses },
      },
    },
    async (request) => {
      requirePermission(request, 'emulation.read');
      return listRegistrationTitles();
    },
  );

  app.get(
    '/api/emulation/registrations',
    {
      schema: {
        tags,
        summary:
          'Danh sách đăng ký thi đua (theo năm, đơn vị, đối tượng, danh hiệu, muộn hạn; tìm không dấu)',
        querystring: RegistrationListQuerySchema,
        response: { 200: RegistrationListSchema, ...errorResponses },
      },
    },
    async (request) => listRegistrations(requirePermission(request, 'emulation.read'), request.query),
  );

  app.post(
    '/api/emulation/registrations',
    {
      schema: {
        tags,
        summary: 'Đăng ký danh hiệu thi đua của một tập thể hoặc một cá nhân cho một năm',
        description:
          'Tập thể: có thể đăng ký nhiều danh hiệu (mỗi danh hiệu một lần). Cá nhân: một danh hiệu mỗi năm (sửa bằng PATCH). Đăng ký sau hạn của năm được đánh dấu muộn.',
        body: RegistrationCreateSchema,
        response: { 201: RegistrationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createRegistration(requirePermission(request, 'emulation.register'), request.body)),
  );

  app.get(
    '/api/emulation/registrations/import-template',
    {
      schema: {
        tags,
        summary:
          'Tải tệp Excel mẫu đăng ký thi đua (danh sách chọn; điền sẵn đơn vị và cá nhân nếu có unitId)',
        querystring: TemplateQuerySchema,
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'emulation.register');
      const file = await getRegistrationTemplate(ctx, request.query.year, request.query.unitId);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition(file.filename))
        .send(file.body);
    },
  );

  app.post(
    '/api/emulation/registrations/import',
    {
      schema: {
        tags,
        summary: 'Nhập đăng ký thi đua của một năm từ Excel (báo lỗi theo dòng)',
        description:
          'multipart/form-data, trường "file" là tệp .xlsx theo mẫu, tối đa 5 MB, 5.000 dòng. Dòng hợp lệ được ghi, dòng lỗi được báo theo số dòng Excel và không ghi.',
        consumes: ['multipart/form-data'],
        querystring: ImportQuerySchema,
        response: {
          200: ImportResultSchema,
          ...errorResponses,
          413: errorResponses[400],
          415: errorResponses[400],
        },
      },
    },
    async (request) => {
      const ctx = requirePermission(request, 'emulation.register');
      return withSavedUpload(
        request,
        {
          kind: 'spreadsheet',
          maxBytes: REGISTRATION_MAX_BYTES,
          prefix: 'registrations',
          fallbackName: 'dang-ky.xlsx',
        },
        (upload) => importRegistrations(ctx, request.query.year, upload.filePath),
      );
    },
  );

  app.get(
    '/api/emulation/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Một đăng ký thi đua',
        params: IdParamSchema,
        response: { 200: RegistrationSchema, ...errorResponses },
      },
    },
    async (request) => getRegistration(requirePermission(request, 'emulation.read'), request.params.id),
  );

  app.patch(
    '/api/emulation/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Sửa đăng ký (đổi danh hiệu thì tính lại ngày đăng ký)',
        params: IdParamSchema,
        body: RegistrationPatchSchema,
        response: { 200: RegistrationSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateRegistration(requirePermission(request, 'emulation.register'), request.params.id, request.body),
  );

  app.delete(
    '/api/emulation/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Xoá một đăng ký thi đua',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteRegistration(requirePermission(request, 'emulation.register'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/emulation/registration-deadlines',
    {
      schema: {
        tags,
        summary: 'Hạn đăng ký thi đua theo năm',
        response: { 200: DeadlineListSchema, ...errorResponses },
      },
    },
    async (request) => listDeadlines(requirePermission(request, 'emulation.read')),
  );

  app.put(
    '/api/emulation/registration-deadlines/:year',
    {
      schema: {
        tags,
        summary: 'Đặt hạn đăng ký thi đua của một năm (đăng ký sau hạn bị đánh dấu muộn)',
        params: YearParamsSchema,
        body: DeadlinePutSchema,
        response: { 200: DeadlineSchema, ...errorResponses },
      },
    },
    async (request) =>
      setDeadline(requirePermission(request, 'emulation.write'), request.params.year, request.body.deadline),
  );

  app.delete(
    '/api/emulation/registration-deadlines/:year',
    {
      schema: {
        tags,
        summary: 'Bỏ hạn đăng ký thi đua của một năm',
        params: YearParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteDeadline(requirePermission(request, 'emulation.write'), request.params.year);
      return reply.code(204).send(null);
    },
  );
};
