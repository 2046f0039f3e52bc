import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requireCtx, requirePermission } from '../../lib/request-context';
import { publicBaseUrl } from './certificates.public';
import {
  BulkStartedSchema,
  CertificateListQuerySchema,
  CertificateListSchema,
  CertificateSchema,
  IssueBulkSchema,
  IssueForDecisionNumberSchema,
  IssueOneSchema,
  JobParamSchema,
} from './certificates.schemas';
import {
  awardIdsOfDecisionNumber,
  certificatePdf,
  getCertificate,
  issueOne,
  listCertificates,
  mergedPdf,
  startBulk,
} from './certificates.service';

const TAGS = ['Bằng khen, giấy khen'];
const PdfSchema = z.any().describe('Tệp PDF');
const attachment = (name: string) =>
  `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
const BULK_DESCRIPTION =
  'Chạy nền: theo dõi tiến độ ở GET /api/jobs/:id, tải tệp PDF gộp ở GET /api/certificates/jobs/:jobId/pdf. Bản ghi đã có bằng giữ nguyên số sổ và mã; bản ghi đã thu hồi, chưa có số quyết định hoặc không do đơn vị cấp bằng được bỏ qua (kết quả của tác vụ liệt kê lý do).';

export const certificatesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/certificates',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách bằng khen, giấy khen đã tạo (theo số hoặc mã quyết định)',
        querystring: CertificateListQuerySchema,
        response: { 200: CertificateListSchema, ...errorResponses },
      },
    },
    async (request) =>
      listCertificates(
        requirePermission(request, 'commendation.read'),
        request.query,
        publicBaseUrl(request),
      ),
  );

  app.post(
    '/api/certificates',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo bằng khen, giấy khen cho một bản ghi khen thưởng',
        description:
          'Cấp số sổ tiếp theo theo hình thức và năm, mã xác minh công khai. Gọi lại cho bản ghi đã có bằng trả về bằng đã có (200).',
        body: IssueOneSchema,
        response: { 200: CertificateSchema, 201: CertificateSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { awardRecordId, ...options } = request.body;
      const ctx = requirePermission(request, 'decisions.manage');
      const { certificate, created } = await issueOne(ctx, awardRecordId, options, publicBaseUrl(request));
      return reply.code(created ? 201 : 200).send(certificate);
    },
  );

  app.post(
    '/api/certificates/bulk',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo bằng khen, giấy khen hàng loạt và một tệp PDF gộp',
        description: BULK_DESCRIPTION,
        body: IssueBulkSchema,
        response: { 202: BulkStartedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { awardRecordIds, ...options } = request.body;
      const ctx = requirePermission(request, 'decisions.manage');
      return reply.code(202).send(await startBulk(ctx, awardRecordIds, options, publicBaseUrl(request)));
    },
  );

  app.post(
    '/api/certificates/by-decision-number',
    {
      schema: {
        tags: TAGS,
        summary: 'Tạo bằng khen, giấy khen cho mọi bản ghi khen thưởng của một số quyết định',
        description: BULK_DESCRIPTION,
        body: IssueForDecisionNumberSchema,
        response: { 202: BulkStartedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { decisionNumber, ...options } = request.body;
      const ctx = requirePermission(request, 'decisions.manage');
      const ids = await awardIdsOfDecisionNumber(ctx, decisionNumber);
      return reply.code(202).send(await startBulk(ctx, ids, options, publicBaseUrl(request)));
    },
  );

  app.get(
    '/api/certificates/jobs/:jobId/pdf',
    {
      schema: {
        tags: TAGS,
        summary: 'Tải tệp PDF gộp của một lần tạo hàng loạt',
        params: JobParamSchema,
        response: { 200: PdfSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await mergedPdf(requireCtx(request), request.params.jobId);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(file.filename))
        .send(file.body);
    },
  );

  app.get(
    '/api/certificates/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Một bằng khen, giấy khen',
        params: IdParamSchema,
        response: { 200: CertificateSchema, ...errorResponses },
      },
    },
    async (request) =>
      getCertificate(
        requirePermission(request, 'commendation.read'),
        request.params.id,
        publicBaseUrl(request),
      ),
  );

  app.get(
    '/api/certificates/:id/pdf',
    {
      schema: {
        tags: TAGS,
        summary: 'Tải tệp PDF của một bằng khen, giấy khen',
        params: IdParamSchema,
        response: { 200: PdfSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'commendation.read');
      const file = await certificatePdf(ctx, request.params.id, publicBaseUrl(request));
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(file.filename))
        .send(file.body);
    },
  );
};
