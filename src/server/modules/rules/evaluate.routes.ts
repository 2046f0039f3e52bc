import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http';
import { EvaluateBodySchema, EvaluateResultSchema } from './evaluate.schemas';
import { evaluateRules } from './evaluate.service';

/** Public: the engine reads no data, so no sign-in is needed (a signed-in browser still sends CSRF). */
export const evaluateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/rules/evaluate',
    {
      schema: {
        tags: ['Quy tắc khen thưởng'],
        summary: 'Xét điều kiện một danh hiệu, hình thức khen thưởng trên dữ kiện gửi lên',
        description:
          'Chạy bộ máy xét điều kiện (Luật Thi đua, khen thưởng 2022; Nghị định 98/2023, 152/2025) trên dữ kiện trong yêu cầu, không đọc cơ sở dữ liệu, không cần đăng nhập. Bộ quy tắc theo ngày nhận đủ hồ sơ (RS_2024 từ 01/01/2024, RS_2025 từ 01/07/2025, RS_2026 từ 01/10/2026). Kết quả: eligible (đủ điều kiện; các mục cần đánh giá vẫn được liệt kê), needs_review (điều kiện kiểm tra được không đạt nhưng còn tiêu chuẩn do người đánh giá), not_eligible. Mỗi điều kiện có trạng thái passed, failed hoặc needs_judgement, giải thích tiếng Việt, căn cứ pháp lý và mã bản ghi đã dùng. Lỗi 400 có details.reason: unknown_target, subject_not_allowed, no_rule_set, invalid_date, evaluation_year_out_of_range (hoặc lỗi kiểm tra dữ liệu).',
        security: [],
        body: EvaluateBodySchema,
        response: { 200: EvaluateResultSchema, ...errorResponses },
      },
    },
    async (request) => evaluateRules(request.body),
  );
};
