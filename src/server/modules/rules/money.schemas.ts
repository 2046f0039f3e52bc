import { z } from 'zod';
import { CONFIDENCE_TAGS } from '../../../domain/awards/catalogue';
import { ROUNDING_MODES } from '../../../domain/awards/settings';
import { RULE_SET_IDS, SUBJECT_TYPES } from '../../../domain/awards/types';
import { IsoDateSchema } from '../../lib/http';

export const AwardCodeSchema = z
  .string()
  .trim()
  .min(1, 'Chưa nhập mã danh hiệu, hình thức khen thưởng')
  .max(100, 'Mã danh hiệu, hình thức khen thưởng tối đa 100 ký tự')
  .regex(
    /^[a-z0-9_]+$/,
    'Mã danh hiệu, hình thức khen thưởng chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới',
  )
  .meta({
    description: 'Mã danh hiệu thi đua hoặc hình thức khen thưởng trong danh mục (GET /api/catalogue).',
    example: 'lao_dong_tien_tien',
  });

export const SubjectTypeSchema = z.enum(SUBJECT_TYPES).meta({
  description: 'Đối tượng: individual = cá nhân, collective = tập thể, household = hộ gia đình.',
  example: 'individual',
});

export const RewardMoneyInputSchema = z
  .object({
    awardCode: AwardCodeSchema,
    subjectType: SubjectTypeSchema,
    decisionDate: IsoDateSchema.meta({
      description:
        'Ngày ký quyết định khen thưởng (YYYY-MM-DD): quyết định mức lương cơ sở và quy định tiền thưởng áp dụng (Nghị định 152/2025/NĐ-CP Điều 49 khoản 1).',
      example: '2026-07-15',
    }),
    roundingMode: z.enum(ROUNDING_MODES).optional().meta({
      description:
        'ceil_10000 (mặc định, theo Nghị định 152/2025/NĐ-CP Điều 49 khoản 2): làm tròn lên hàng chục nghìn đồng; none: không làm tròn (cấu hình của đơn vị).',
      example: 'ceil_10000',
    }),
  })
  .meta({
    example: { awardCode: 'lao_dong_tien_tien', subjectType: 'individual', decisionDate: '2026-07-15' },
  });
export type RewardMoneyInputBody = z.infer<typeof RewardMoneyInputSchema>;

export const RewardMoneySchema = z
  .object({
    awardCode: z.string(),
    awardName: z.string(),
    subjectType: z.enum(SUBJECT_TYPES),
    decisionDate: z.string(),
    coefficient: z.number().describe('Hệ số × mức lương cơ sở, ví dụ 0,45 → 0.45'),
    coefficientMilli: z.number().int().describe('Hệ số tính bằng phần nghìn (0.45 → 450)'),
    coefficientKind: z
      .enum(['fixed', 'cap', 'unconfirmed', 'configured'])
      .describe(
        'fixed: mức của nghị định; cap: mức tối đa dùng làm mặc định; unconfirmed: mức cũ tạm dùng, chưa đối chiếu; configured: cấu hình của đơn vị',
      ),
    confirmed: z
      .boolean()
      .describe('false khi hệ số hoặc mức lương cơ sở chưa được đối chiếu văn bản — xem note'),
    baseSalary: z.number().int().describe('Mức lương cơ sở (đồng/tháng) tại ngày quyết định'),
    baseSalaryAct: z.string(),
    rawAmount: z.number().int().describe('Hệ số × mức lương cơ sở, chưa làm tròn (đồng)'),
    amount: z.number().int().describe('Số tiền thưởng (đồng)'),
    amountInWords: z.string().describe('Số tiền bằng chữ'),
    roundingMode: z.enum(ROUNDING_MODES),
    ruleSet: z.enum(RULE_SET_IDS),
    citation: z.string(),
    confidence: z.enum(CONFIDENCE_TAGS),
    note: z.string().nullable(),
  })
  .meta({
    id: 'RewardMoney',
    example: {
      awardCode: 'lao_dong_tien_tien',
      awardName: 'Lao động tiên tiến',
      subjectType: 'individual',
      decisionDate: '2026-07-15',
      coefficient: 0.3,
      coefficientMilli: 300,
      coefficientKind: 'fixed',
      confirmed: true,
      baseSalary: 2530000,
      baseSalaryAct: 'Nghị định 161/2026/NĐ-CP Điều 3 khoản 2',
      rawAmount: 759000,
      amount: 760000,
      amountInWords: 'Bảy trăm sáu mươi nghìn đồng',
      roundingMode: 'ceil_10000',
      ruleSet: 'RS_2025',
      citation:
        'Nghị định 152/2025/NĐ-CP Điều 50; Nghị định 152/2025/NĐ-CP Điều 49; Nghị định 161/2026/NĐ-CP Điều 3 khoản 2',
      confidence: 'V',
      note: null,
    },
  });
export type RewardMoneyBody = z.infer<typeof RewardMoneySchema>;
