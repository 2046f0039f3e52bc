import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import {
  CommentParamSchema,
  ConsultationDetailSchema,
  ConsultationListQuerySchema,
  ConsultationListSchema,
  ConsultationParamSchema,
  DossierConsultationsSchema,
  ModerateSchema,
  NominationParamSchema,
  OpenConsultationSchema,
} from './consultation.schemas';
import {
  closeConsultation,
  dossierConsultations,
  getConsultation,
  listConsultations,
  moderateComment,
  openConsultation,
} from './consultation.service';

const tags = ['Lấy ý kiến công khai'];
const detail = { 200: ConsultationDetailSchema, ...errorResponses };

/** Public consultation of dossiers (law-reference §4.4): open, close, moderate; the public pages are in src/server/portal. */
export const consultationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/nominations/:id/consultations',
    {
      schema: {
        tags,
        summary: 'Các đợt lấy ý kiến và mọi ý kiến của người dân về một hồ sơ',
        params: NominationParamSchema,
        response: { 200: DossierConsultationsSchema, ...errorResponses },
      },
    },
    async (request) =>
      dossierConsultations(requirePermission(request, 'commendation.read'), request.params.id),
  );

  app.post(
    '/api/nominations/:id/consultations',
    {
      schema: {
        tags,
        summary: 'Mở lấy ý kiến công khai (hồ sơ đã thẩm định, hình thức thuộc diện lấy ý kiến)',
        description:
          'Thời gian: số ngày làm việc trong cấu hình pháp lý (publicityWorkingDays), tính theo lịch nghỉ lễ của đơn vị.',
        params: NominationParamSchema,
        body: OpenConsultationSchema,
        response: { 201: ConsultationDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await openConsultation(
            requirePermission(request, 'nominations.appraise'),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/consultations',
    {
      schema: {
        tags,
        summary: 'Danh sách đợt lấy ý kiến (kiểm duyệt)',
        querystring: ConsultationListQuerySchema,
        response: { 200: ConsultationListSchema, ...errorResponses },
      },
    },
    async (request) => listConsultations(requirePermission(request, 'nominations.appraise'), request.query),
  );

  app.get(
    '/api/consultations/:id',
    {
      schema: {
        tags,
        summary: 'Một đợt lấy ý kiến với mọi ý kiến',
        params: ConsultationParamSchema,
        response: detail,
      },
    },
    async (request) => getConsultation(requirePermission(request, 'commendation.read'), request.params.id),
  );

  app.post(
    '/api/consultations/:id/close',
    {
      schema: {
        tags,
        summary: 'Kết thúc lấy ý kiến (sau ngày cuối, khi mọi ý kiến đã được duyệt)',
        params: ConsultationParamSchema,
        response: detail,
      },
    },
    async (request) =>
      closeConsultation(requirePermission(request, 'nominations.appraise'), request.params.id),
  );

  app.post(
    '/api/consultation-comments/:id/moderate',
    {
      schema: {
        tags,
        summary: 'Công bố hoặc ẩn (kèm lý do) một ý kiến của người dân',
        params: CommentParamSchema,
        body: ModerateSchema,
        response: detail,
      },
    },
    async (request) =>
      moderateComment(requirePermission(request, 'nominations.appraise'), request.params.id, request.body),
  );
};
