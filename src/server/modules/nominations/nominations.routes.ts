import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_CODES } from '../../../domain/commendation/documents';
import { contentDisposition } from '../../lib/files';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { readUploadedFile, withSavedUpload } from '../../lib/uploads';
import { MAX_ATTACHMENT_BYTES } from '../../lib/files';
import { roundNominations } from './nominations-checks.service';
import { buildImportTemplate, IMPORT_MAX_BYTES, importNominations } from './nominations-import.service';
import { XLSX_MIME } from '../../lib/excel';
import {
  addNominationAttachment,
  deleteNominationAttachment,
  getNominationAttachment,
} from './nominations-files.service';
import { forwardNomination } from './nominations-forward.service';
import {
  ActionBodySchema,
  ActionParamsSchema,
  AttachmentSchema,
  DocumentBodySchema,
  DocumentParamsSchema,
  ForwardBodySchema,
  NominationCreateSchema,
  NominationDetailSchema,
  NominationPatchSchema,
  RoundNominationsQuerySchema,
  RoundNominationsSchema,
} from './nominations.schemas';
import {
  actOnNomination,
  createNomination,
  getNomination,
  refreshEligibility,
  setDocumentStatus,
  updateNomination,
} from './nominations.service';
import { uuidOf } from './rounds.schemas';

const tags = ['Hồ sơ đề nghị khen thưởng'];
const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };
const AttachmentParams = z.object({ id: uuidOf('Mã hồ sơ'), attachmentId: uuidOf('Mã tệp') });

/** Dossiers (hồ sơ đề nghị): propose, edit, act, checklist (§7.1), attachments, forward upward. */
export const nominationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/award-rounds/:id/nominations',
    {
      schema: {
        tags,
        summary:
          'Hồ sơ của một đợt, kèm cảnh báo rà soát cả danh sách (trùng thành tích, một cờ mỗi khối, tỷ lệ tập thể)',
        params: IdParamSchema,
        querystring: RoundNominationsQuerySchema,
        response: { 200: RoundNominationsSchema, ...errorResponses },
      },
    },
    async (request) =>
      roundNominations(requirePermission(request, 'commendation.read'), request.params.id, request.query),
  );

  app.post(
    '/api/nominations',
    {
      schema: {
        tags,
        summary: 'Lập hồ sơ đề nghị (cá nhân, tập thể, hộ gia đình); kết quả kiểm tra điều kiện được gắn kèm',
        body: NominationCreateSchema,
        response: { 201: NominationDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createNomination(requirePermission(request, 'nominations.propose'), request.body)),
  );

  app.get(
    '/api/nominations/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết hồ sơ: báo cáo thành tích, danh mục tài liệu, tệp, thao tác được phép',
        params: IdParamSchema,
        response: { 200: NominationDetailSchema, ...errorResponses },
      },
    },
    async (request) => getNomination(requirePermission(request, 'commendation.read'), request.params.id),
  );

  app.patch(
    '/api/nominations/:id',
    {
      schema: {
        tags,
        summary: 'Sửa hồ sơ đang soạn hoặc được trả lại (kèm version)',
        params: IdParamSchema,
        body: NominationPatchSchema,
        response: { 200: NominationDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateNomination(requirePermission(request, 'nominations.propose'), request.params.id, request.body),
  );

  app.post(
    '/api/nominations/:id/actions/:action',
    {
      schema: {
        tags,
        summary:
          'submit (nộp), withdraw (rút), return (trả lại, kèm lý do), mark_not_eligible (không đủ điều kiện, kèm lý do)',
        description:
          'Chuyển trạng thái không hợp lệ → 409 INVALID_TRANSITION; version cũ → 409 VERSION_CONFLICT.',
        params: ActionParamsSchema,
        body: ActionBodySchema,
        response: { 200: NominationDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      actOnNomination(
        requirePermission(request, 'commendation.read'),
        request.params.id,
        request.params.action,
        request.body,
      ),
  );

  app.post(
    '/api/nominations/:id/forward',
    {
      schema: {
        tags,
        summary: 'Trình cấp trên: tạo hồ sơ trình trong đợt cấp trung ương kèm tờ trình của cấp trình',
        params: IdParamSchema,
        body: ForwardBodySchema,
        response: { 201: NominationDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await forwardNomination(
            requirePermission(request, 'nominations.appraise'),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.post(
    '/api/nominations/:id/eligibility',
    {
      schema: {
        tags,
        summary: 'Kiểm tra lại điều kiện của hồ sơ theo sổ theo dõi hiện tại',
        params: IdParamSchema,
        response: { 200: NominationDetailSchema, ...errorResponses },
      },
    },
    async (request) => refreshEligibility(requirePermission(request, 'commendation.read'), request.params.id),
  );

  app.put(
    '/api/nominations/:id/documents/:code',
    {
      schema: {
        tags,
        summary:
          'Trạng thái một tài liệu trong danh mục: provided/missing (đơn vị), accepted/insufficient (thẩm định)',
        params: DocumentParamsSchema,
        body: DocumentBodySchema,
        response: { 200: NominationDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      setDocumentStatus(
        requirePermission(request, 'commendation.read'),
        request.params.id,
        request.params.code,
        request.body,
      ),
  );

  app.post(
    '/api/nominations/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp (PDF, Word, ảnh; tối đa 10 MB); kèm mã tài liệu thì đánh dấu đã nộp',
        consumes: ['multipart/form-data'],
        params: IdParamSchema,
        querystring: z.object({
          fileName: z.string().max(255, 'Tên tệp tối đa 255 ký tự').optional(),
          documentCode: z.enum(DOCUMENT_CODES, { message: 'Mã tài liệu không hợp lệ' }).optional(),
        }),
        response: { 201: AttachmentSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'nominations.propose');
      const file = await readUploadedFile(request, { kind: 'attachment', maxBytes: MAX_ATTACHMENT_BYTES });
      return reply
        .code(201)
        .send(
          await addNominationAttachment(
            ctx,
            request.params.id,
            file.content,
            request.query.fileName ?? file.fileName,
            request.query.documentCode,
          ),
        );
    },
  );

  app.get(
    '/api/nominations/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Tải tệp đính kèm của hồ sơ',
        params: AttachmentParams,
        response: { 200: z.any().describe('Tệp'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await getNominationAttachment(
        requirePermission(request, 'commendation.read'),
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .type(file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );

  app.delete(
    '/api/nominations/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Xoá tệp đính kèm (khi hồ sơ còn sửa được)',
        params: AttachmentParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteNominationAttachment(
        requirePermission(request, 'nominations.propose'),
        request.params.id,
        request.params.attachmentId,
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/award-rounds/:id/nominations/template',
    {
      schema: {
        tags,
        summary: 'Tệp mẫu Excel đề nghị khen thưởng cá nhân (danh sách chọn danh hiệu, hình thức của đợt)',
        params: IdParamSchema,
        response: { 200: z.any().describe('Tệp .xlsx'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = await buildImportTemplate(
        requirePermission(request, 'nominations.propose'),
        request.params.id,
      );
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition('mau-de-nghi-khen-thuong.xlsx'))
        .send(body);
    },
  );

  app.post(
    '/api/award-rounds/:id/nominations/import',
    {
      schema: {
        tags,
        summary: 'Nhập danh sách đề nghị từ Excel (có dòng lỗi thì không tạo hồ sơ nào, báo lỗi theo dòng)',
        consumes: ['multipart/form-data'],
        params: IdParamSchema,
        querystring: z.object({ proposingUnitId: uuidOf('Mã đơn vị đề nghị') }),
        response: { 201: z.object({ created: z.number().int(), ids: z.array(z.string()) }), ...uploadErrors },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'nominations.propose');
      const result = await withSavedUpload(
        request,
        {
          kind: 'spreadsheet',
          maxBytes: IMPORT_MAX_BYTES,
          prefix: 'nominations',
          fallbackName: 'de-nghi.xlsx',
        },
        (upload) => importNominations(ctx, request.params.id, request.query.proposingUnitId, upload.filePath),
      );
      return reply.code(201).send(result);
    },
  );
};
