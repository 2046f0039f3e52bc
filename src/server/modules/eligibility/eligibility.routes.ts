import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import {
  BatchBodySchema,
  BatchResultSchema,
  CheckBodySchema,
  CheckResultSchema,
} from './eligibility.schemas';
import { checkBatch, checkSubject } from './eligibility.service';

const TAGS = ['Xét điều kiện khen thưởng'];

export const eligibilityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/eligibility/check',
    {
      schema: {
        tags: TAGS,
        summary: 'Đối tượng trong sổ theo dõi đủ điều kiện danh hiệu, hình thức nào (kèm giải thích, căn cứ)',
        description:
          'Đọc thành tích, xếp loại, kỷ luật, sáng kiến… của cá nhân hoặc tập thể đến năm xét và xét từng danh hiệu, hình thức (mặc định: tất cả những gì loại đối tượng được xét).',
        body: CheckBodySchema,
        response: { 200: CheckResultSchema, ...errorResponses },
      },
    },
    async (request) => checkSubject(requirePermission(request, 'ledger.read'), request.body),
  );

  app.post(
    '/api/eligibility/batch',
    {
      schema: {
        tags: TAGS,
        summary: 'Xét một danh hiệu, hình thức cho cả đơn vị hoặc danh sách (kèm số liệu tập thể)',
        description:
          'Trả về số lượng theo kết quả, một trang danh sách (theo tên, kết quả tốt trước) với các tiêu chí không đạt, và tỷ lệ thành viên của đơn vị (Điều 27–28).',
        body: BatchBodySchema,
        response: { 200: BatchResultSchema, ...errorResponses },
      },
    },
    async (request) => checkBatch(requirePermission(request, 'ledger.read'), request.body),
  );
};
