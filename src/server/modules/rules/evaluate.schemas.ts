import { z } from 'zod';
import { isKnownAwardCode } from '../../../domain/awards/catalogue';
import { EVALUATION_CALENDARS } from '../../../domain/awards/settings';
import {
  COMMENDATION_TYPES,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  RATINGS,
  RULE_SET_IDS,
  SUBJECT_TYPES,
} from '../../../domain/awards/types';
import { IsoDateSchema } from '../../lib/http';

/** Years a fact may name: the ledger's range (1945 – 2100). */
const YearSchema = z
  .number()
  .int('Năm phải là số nguyên')
  .min(1945, 'Năm phải từ 1945 trở đi')
  .max(2100, 'Năm không được sau 2100');

const CodeText = z
  .string()
  .trim()
  .min(1, 'Chưa nhập mã danh hiệu, hình thức khen thưởng')
  .max(100, 'Mã danh hiệu, hình thức khen thưởng tối đa 100 ký tự')
  .regex(
    /^[a-z0-9_]+$/,
    'Mã danh hiệu, hình thức khen thưởng chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới',
  );

/** A catalogue code inside the facts (a typo would silently not count, so it is refused). */
const KnownCode = CodeText.refine(isKnownAwardCode, {
  message: 'Mã danh hiệu, hình thức khen thưởng không có trong danh mục (GET /api/catalogue)',
});

const CHECK_STATUSES_FOR_API = ['passed', 'failed', 'needs_judgement'] as const;

const RecordId = z
  .string()
  .trim()
  .min(1, 'Mã bản ghi không được để trống')
  .max(100, 'Mã bản ghi tối đa 100 ký tự');

const RatingFact = z.object({
  year: YearSchema,
  rating: z.enum(RATINGS).meta({ description: 'HTXS, HTT, HT hoặc KHT' }),
  id: RecordId.optional(),
});

const AwardFact = z.object({
  code: KnownCode,
  year: YearSchema.meta({ description: 'Năm đánh giá (năm thành tích) của danh hiệu, hình thức' }),
  type: z.enum(COMMENDATION_TYPES).default('cong_trang').meta({
    description:
      'Loại hình khen thưởng (Luật Điều 8); dot_xuat, phong_trao_thi_dua, chuyen_de không được tính làm căn cứ khen thưởng công trạng (G5). Mặc định cong_trang.',
  }),
  id: RecordId.optional(),
  status: z
    .enum(['valid', 'revoked'])
    .optional()
    .meta({ description: 'revoked: đã bị hủy bỏ, không bao giờ được tính' }),
});

const InitiativeFact = z.object({
  id: RecordId,
  scope: z.enum(INITIATIVE_SCOPES).meta({ description: 'co_so, bo_tinh hoặc toan_quoc' }),
  recognizedOn: IsoDateSchema,
  usedByAward: RecordId.nullable().default(null).meta({
    description: 'Mã khen thưởng đã dùng sáng kiến này làm căn cứ (mỗi sáng kiến chỉ dùng một lần, G7)',
  }),
});

const DisciplineFact = z
  .object({
    form: z.enum(DISCIPLINE_FORMS),
    from: IsoDateSchema,
    to: IsoDateSchema.nullable().meta({ description: 'Ngày hết thời hạn kỷ luật; null khi chưa hết' }),
    id: RecordId.optional(),
  })
  .refine((d) => d.to === null || d.from <= d.to, {
    message: 'Ngày hết thời hạn kỷ luật phải sau ngày bắt đầu',
    path: ['to'],
  });

const LeaveFact = z
  .object({ from: IsoDateSchema, to: IsoDateSchema, id: RecordId.optional() })
  .refine((d) => d.from <= d.to, {
    message: 'Ngày kết thúc nghỉ thai sản phải sau ngày bắt đầu',
    path: ['to'],
  });

const MemberFact = z.object({
  rating: z.enum(RATINGS).nullable().default(null),
  titles: z.array(KnownCode).max(20, 'Tối đa 20 danh hiệu mỗi thành viên').default([]),
  disciplineForm: z.enum(DISCIPLINE_FORMS).nullable().default(null),
});

export const FactsSchema = z
  .object({
    ratings: z.array(RatingFact).max(200, 'Tối đa 200 kết quả đánh giá').default([]),
    awards: z.array(AwardFact).max(1000, 'Tối đa 1.000 khen thưởng').default([]),
    initiatives: z.array(InitiativeFact).max(1000, 'Tối đa 1.000 sáng kiến').default([]),
    disciplines: z.array(DisciplineFact).max(200, 'Tối đa 200 quyết định kỷ luật').default([]),
    maternityLeaves: z.array(LeaveFact).max(50, 'Tối đa 50 lần nghỉ thai sản').default([]),
    pendingInvestigation: z.boolean().default(false),
    recruitedOn: IsoDateSchema.nullable().optional(),
    movementYears: z.number().int('Số năm phải là số nguyên').min(0).max(100).nullable().optional(),
    isBlocLeader: z.boolean().optional(),
    members: z.array(MemberFact).max(20_000, 'Tối đa 20.000 thành viên').optional(),
  })
  .superRefine((f, ctx) => {
    const years = new Set<number>();
    f.ratings.forEach((r, i) => {
      if (years.has(r.year))
        ctx.addIssue({
          code: 'custom',
          path: ['ratings', i, 'year'],
          message: `Trùng kết quả đánh giá năm ${r.year}`,
        });
      years.add(r.year);
    });
    const ids = new Set<string>();
    f.initiatives.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({
          code: 'custom',
          path: ['initiatives', i, 'id'],
          message: `Trùng mã sáng kiến ${s.id}`,
        });
      ids.add(s.id);
    });
  })
  .meta({
    description:
      'Dữ kiện của đối tượng. Mọi danh sách có thể bỏ trống (mặc định rỗng); id của bản ghi không bắt buộc, nếu có sẽ được trả lại trong records của từng điều kiện.',
  });

export const EvaluateBodySchema = z
  .object({
    target: CodeText.meta({
      description: 'Mã danh hiệu, hình thức khen thưởng cần xét (danh mục: GET /api/catalogue).',
      example: 'cstd_bo_tinh',
    }),
    subjectType: z.enum(SUBJECT_TYPES).meta({ description: 'individual, collective hoặc household' }),
    evaluationYear: YearSchema.meta({
      description:
        'Năm đánh giá (năm thành tích). Theo năm học: năm kết thúc năm học (năm học 2024–2025 → 2025). Với Chiến sĩ thi đua toàn quốc: năm đạt Chiến sĩ thi đua bộ, tỉnh lần thứ hai.',
    }),
    receivedOn: IsoDateSchema.meta({
      description: 'Ngày cơ quan có thẩm quyền nhận đủ hồ sơ: quyết định bộ quy tắc áp dụng (từ 01/01/2024).',
    }),
    judgedOn: IsoDateSchema.optional().meta({
      description:
        'Ngày xét (mặc định = receivedOn). Hồ sơ nhận trước 01/10/2026 mà xét từ 01/10/2026 được xét theo cả quy định mới nếu có lợi hơn (quy định chuyển tiếp).',
    }),
    facts: FactsSchema.optional(),
    settings: z
      .object({
        evaluationCalendar: z.enum(EVALUATION_CALENDARS).optional(),
        enableRs2026DraftCriteria: z.boolean().optional(),
      })
      .optional()
      .meta({
        description: 'Cấu hình pháp lý để thử (mặc định: năm dương lịch, không áp dụng dự thảo 2026).',
      }),
  })
  .meta({
    example: {
      target: 'cstd_bo_tinh',
      subjectType: 'individual',
      evaluationYear: 2025,
      receivedOn: '2026-03-02',
      facts: {
        ratings: [
          { year: 2023, rating: 'HTXS' },
          { year: 2024, rating: 'HTXS' },
          { year: 2025, rating: 'HTXS' },
        ],
        awards: [
          { code: 'cstd_co_so', year: 2023, type: 'cong_trang' },
          { code: 'cstd_co_so', year: 2024, type: 'cong_trang' },
          { code: 'cstd_co_so', year: 2025, type: 'cong_trang' },
        ],
        initiatives: [{ id: 'SK-2025-01', scope: 'bo_tinh', recognizedOn: '2025-11-20', usedByAward: null }],
        disciplines: [],
        maternityLeaves: [],
        pendingInvestigation: false,
        recruitedOn: '2015-09-01',
      },
    },
  });
export type EvaluateBody = z.infer<typeof EvaluateBodySchema>;

const CheckSchema = z.object({
  code: z.string(),
  status: z.enum(CHECK_STATUSES_FOR_API),
  message: z.string(),
  citation: z.string(),
  path: z.string().optional(),
  records: z.array(z.string()),
});

export const EvaluateResultSchema = z
  .object({
    verdict: z.enum(['eligible', 'needs_review', 'not_eligible']),
    verdictLabel: z.string(),
    ruleSet: z.enum(RULE_SET_IDS),
    target: z.string(),
    targetName: z.string(),
    subjectType: z.enum(SUBJECT_TYPES),
    evaluationYear: z.number().int(),
    checks: z.array(CheckSchema),
    paths: z
      .array(
        z.object({
          id: z.string(),
          label: z.string(),
          kind: z.enum(['data', 'judgement']),
          status: z.enum(CHECK_STATUSES_FOR_API),
          citation: z.string(),
        }),
      )
      .optional(),
    transitional: z
      .object({
        ruleSetOnReceipt: z.enum(RULE_SET_IDS),
        alternative: z.enum(RULE_SET_IDS),
        verdictOnReceipt: z.enum(['eligible', 'needs_review', 'not_eligible']),
        alternativeVerdict: z.enum(['eligible', 'needs_review', 'not_eligible']),
        chosen: z.enum(RULE_SET_IDS),
        message: z.string(),
        citation: z.string(),
      })
      .optional(),
  })
  .meta({
    id: 'EligibilityResult',
    example: {
      verdict: 'eligible',
      verdictLabel: 'Đủ điều kiện',
      ruleSet: 'RS_2025',
      target: 'cstd_bo_tinh',
      targetName: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
      subjectType: 'individual',
      evaluationYear: 2025,
      checks: [
        {
          code: 'cstd_bo_tinh.streak',
          status: 'passed',
          message: 'Đạt Chiến sĩ thi đua cơ sở 3 năm liên tục: 2023, 2024, 2025.',
          citation: 'Luật TĐKT 2022 Điều 22 k1',
          records: [],
        },
      ],
    },
  });
export type EvaluateResult = z.infer<typeof EvaluateResultSchema>;
