import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http';
import { RewardMoneyInputSchema, RewardMoneySchema } from './money.schemas';
import { rewardMoney } from './money.service';

/** Public: the computation reads no data, so no sign-in is needed (a signed-in browser still sends CSRF). */
export const moneyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/reward-money/compute',
    {
      schema: {
        tags: ['Tiền thưởng'],
        summary: 'Tính tiền thưởng của một danh hiệu, hình thức khen thưởng',
        description:
          'Tiền thưởng = hệ số × mức lương cơ sở tại ngày quyết định, làm tròn lên hàng chục nghìn đồng (Nghị định 152/2025/NĐ-CP Điều 49). Hộ gia đình bằng 1,5 lần cá nhân (Điều 54); tập thể nhận Huân chương gấp 2 lần cá nhân (Điều 51 khoản 2). Quyết định trước 01/07/2025 áp dụng Nghị định 98/2023/NĐ-CP. Không cần đăng nhập; không đọc dữ liệu. Lỗi 400 có details.reason: unknown_award, subject_not_allowed, no_rule_set, no_base_salary, coefficient_not_determined.',
        security: [],
        body: RewardMoneyInputSchema,
        response: { 200: RewardMoneySchema, ...errorResponses },
      },
    },
    async (request) => rewardMoney(request.body),
  );
};
