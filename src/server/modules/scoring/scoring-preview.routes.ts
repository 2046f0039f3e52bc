import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/errors';
import { ErrorSchema, errorResponses } from '../../lib/http';
import { previewCellBudget, previewRequestLimiter } from './preview-limits';
import { previewScoring } from './scoring-preview.service';
import { ScoringPreviewBodySchema, ScoringPreviewResultSchema } from './scoring.schemas';

/**
 * 100,000 cells with every figure and long member names fit in 10 MB; the app-wide limit (1 MB) stays for
 * every other route.
 */
export const PREVIEW_BODY_LIMIT = 10 * 1024 * 1024;

export const scoringPreviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/scoring/preview',
    {
      bodyLimit: PREVIEW_BODY_LIMIT,
      schema: {
        tags: ['Chấm điểm thi đua'],
        summary: 'Chấm thử theo bảng chấm điểm (không cần đăng nhập, không lưu dữ liệu)',
        description:
          'Chấm điểm từng thành viên theo bảng gửi kèm: điểm từng chỉ tiêu kèm diễn giải phép tính, % kế hoạch, ' +
          'tổng điểm (cộng điểm chưa làm tròn rồi làm tròn 2 chữ số, nửa lên), hạng (bằng điểm thì cùng hạng: 1, 2, 2, 4) ' +
          'và xếp loại. Phương pháp: fixed (đạt → đủ điểm), proportional (max × min(thực hiện/kế hoạch; 1), chỉ tiêu ' +
          'càng thấp càng tốt dùng kế hoạch/thực hiện, thực hiện 0 → đủ điểm), bands (mức cao nhất có minRatio ≤ tỷ lệ), ' +
          'bonus (min(cap; perPercent × % vượt kế hoạch)), deduction (−min(cap; perCount × count)). Kế hoạch bằng 0 → ' +
          'chỉ tiêu không chấm (not_scored); thiếu số liệu → 0 điểm (missing). Giới hạn: 1.000 thành viên, 200 chỉ tiêu, ' +
          '50 nhóm, 100.000 ô (thành viên × chỉ tiêu), 10 MB; người chưa đăng nhập: 300 yêu cầu và 1.000.000 ô (thành viên × chỉ tiêu) mỗi phút cho một ' +
          'địa chỉ. Bảng hoặc số liệu sai → 400 kèm danh sách lỗi { path, message } trong details.',
        security: [],
        body: ScoringPreviewBodySchema,
        response: { 200: ScoringPreviewResultSchema, ...errorResponses, 413: ErrorSchema, 429: ErrorSchema },
      },
      onRequest: async (request) => {
        if (request.actor) return;
        const key = `ip:${request.ip}`;
        const wait = Math.max(previewRequestLimiter.hit(key), previewCellBudget.waitFor(key));
        if (wait > 0)
          throw new AppError(
            'RATE_LIMITED',
            `Quá nhiều yêu cầu chấm thử từ địa chỉ này. Vui lòng thử lại sau ${wait} giây (hoặc đăng nhập).`,
            { retryAfterSeconds: wait },
          );
      },
    },
    async (request) => {
      if (!request.actor) {
        const items = request.body.table.groups.reduce((n, g) => n + g.items.length, 0);
        previewCellBudget.charge(`ip:${request.ip}`, items * request.body.members.length);
      }
      return previewScoring(request.body);
    },
  );
};
