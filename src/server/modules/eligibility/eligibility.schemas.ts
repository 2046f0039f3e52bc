import { z } from 'zod';
import { SUBJECT_TYPES } from '../../../domain/awards/types';
import { IsoDateSchema } from '../../lib/http';
import { EvaluateResultSchema } from '../rules';

const YearSchema = z
  .number()
  .int('Năm phải là số nguyên')
  .min(1945, 'Năm phải từ 1945 trở đi')
  .max(2100, 'Năm không được sau 2100');

const TargetCode = z
  .string()
  .trim()
  .min(1, 'Chưa chọn danh hiệu, hình thức khen thưởng')
  .max(100, 'Mã danh hiệu, hình thức khen thưởng tối đa 100 ký tự');

const Dates = {
  receivedOn: IsoDateSchema.optional().meta({
    description: 'Ngày nhận đủ hồ sơ (chọn bộ quy tắc, §0.3); mặc định hôm nay',
  }),
  judgedOn: IsoDateSchema.optional().meta({ description: 'Ngày xét; mặc định hôm nay' }),
};

export const CheckBodySchema = z
  .object({
    subjectType: z.enum(SUBJECT_TYPES),
    subjectId: z.uuid({ message: 'Mã đối tượng không hợp lệ' }),
    evaluationYear: YearSchema,
    targets: z
      .array(TargetCode)
      .min(1, 'Danh sách danh hiệu, hình thức không được rỗng')
      .max(100, 'Tối đa 100 danh hiệu, hình thức mỗi lần')
      .optional()
      .meta({ description: 'Bỏ trống: mọi danh hiệu, hình thức mà loại đối tượng này được xét' }),
    ...Dates,
  })
  .meta({
    example: {
      subjectType: 'individual',
      subjectId: '019a0000-0000-7000-8000-000000000001',
      evaluationYear: 2025,
      targets: ['cstd_bo_tinh'],
    },
  });
export type CheckBody = z.infer<typeof CheckBodySchema>;

const SubjectSchema = z.object({
  type: z.enum(SUBJECT_TYPES),
  id: z.string(),
  name: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
});

const CountsSchema = z.object({
  eligible: z.number().int(),
  needs_review: z.number().int(),
  not_eligible: z.number().int(),
});

export const CheckResultSchema = z.object({
  subject: SubjectSchema,
  evaluationYear: z.number().int(),
  receivedOn: z.string(),
  judgedOn: z.string(),
  counts: CountsSchema,
  results: z.array(EvaluateResultSchema),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

const VERDICTS = ['eligible', 'needs_review', 'not_eligible'] as const;

export const BatchBodySchema = z
  .object({
    target: TargetCode,
    evaluationYear: YearSchema,
    unitId: z.uuid({ message: 'Mã đơn vị không hợp lệ' }).optional().meta({
      description: 'Cả cây đơn vị (đơn vị và các đơn vị trực thuộc); bỏ trống: toàn bộ phạm vi được giao',
    }),
    personIds: z
      .array(z.uuid({ message: 'Mã cá nhân không hợp lệ' }))
      .min(1, 'Danh sách cá nhân không được rỗng')
      .max(10_000, 'Tối đa 10.000 cá nhân mỗi lần')
      .optional(),
    verdict: z.enum(VERDICTS).optional().meta({ description: 'Chỉ liệt kê các kết quả này' }),
    page: z.number().int().min(1, 'Trang phải từ 1').max(100_000).default(1),
    pageSize: z.number().int().min(1).max(500, 'Tối đa 500 dòng mỗi trang').default(50),
    ...Dates,
  })
  .meta({
    example: {
      target: 'lao_dong_tien_tien',
      evaluationYear: 2025,
      unitId: '019a0000-0000-7000-8000-000000000002',
    },
  });
export type BatchBody = z.infer<typeof BatchBodySchema>;

const MemberFactsSchema = z
  .object({
    unitId: z.string(),
    unitName: z.string(),
    members: z.number().int(),
    rated: z.number().int(),
    atLeastHt: z.number().int(),
    withLdtt: z
      .number()
      .int()
      .meta({ description: 'Thành viên đạt Lao động tiên tiến (hoặc CSTĐ) trong năm' }),
    withCstdCoSo: z.number().int(),
    disciplinedWarningOrHeavier: z.number().int(),
    ldttShare: z
      .number()
      .meta({ description: 'Tỷ lệ % thành viên đạt LĐTT (tiêu chuẩn Tập thể LĐTT: ≥ 70%)' }),
    atLeastHtShare: z.number(),
  })
  .meta({ description: 'Số liệu tập thể của đơn vị trong năm (Luật TĐKT 2022 Điều 27–28)' });

export const BatchResultSchema = z.object({
  target: z.string(),
  targetName: z.string(),
  evaluationYear: z.number().int(),
  subjectType: z.enum(SUBJECT_TYPES),
  ruleSet: z.string().nullable(),
  evaluated: z.number().int(),
  counts: CountsSchema,
  unitFacts: MemberFactsSchema.nullable(),
  total: z.number().int(),
  items: z.array(
    z.object({
      subject: SubjectSchema,
      verdict: z.enum(VERDICTS),
      ruleSet: z.string(),
      failed: z.array(z.object({ code: z.string(), message: z.string(), citation: z.string() })),
      needsJudgement: z.number().int(),
    }),
  ),
});
export type BatchResult = z.infer<typeof BatchResultSchema>;
