import { z } from 'zod';
import {
  AUTHORITY_LEVELS,
  AWARD_GROUPS,
  CONFIDENCE_TAGS,
  INSIGNIA_KINDS,
  PERIODS,
} from '../../../domain/awards/catalogue';
import { COEFFICIENT_KINDS } from '../../../domain/awards/rule-sets';
import { COMMENDATION_TYPES, RULE_SET_IDS, SUBJECT_TYPES } from '../../../domain/awards/types';
import { text } from '../../lib/http';

const Label = <T extends readonly [string, ...string[]]>(codes: T) =>
  z.object({ code: z.enum(codes), label: z.string() });

export const CatalogueQuerySchema = z.object({
  group: z.enum(AWARD_GROUPS).optional().meta({ description: 'Nhóm', example: 'emulation_title' }),
  subjectType: z
    .enum(SUBJECT_TYPES)
    .optional()
    .meta({ description: 'Chỉ những danh hiệu, hình thức tặng cho đối tượng này', example: 'household' }),
  q: text(100)
    .optional()
    .meta({ description: 'Tìm theo tên hoặc mã, không phân biệt dấu', example: 'bang khen' }),
});
export type CatalogueQuery = z.infer<typeof CatalogueQuerySchema>;

export const CodeParamSchema = z.object({
  code: z
    .string()
    .max(100, 'Mã tối đa 100 ký tự')
    .meta({ description: 'Mã danh hiệu, hình thức', example: 'cstd_co_so' }),
});

export const CatalogueItemSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    otherNames: z.array(z.string()),
    group: z.enum(AWARD_GROUPS),
    groupLabel: z.string(),
    subjectTypes: z.array(z.enum(SUBJECT_TYPES)),
    subjectNote: z.string().nullable(),
    authorities: z.array(z.enum(AUTHORITY_LEVELS)),
    authorityLabel: z.string().describe('Thẩm quyền quyết định sau cải cách 2025'),
    periods: z.array(z.enum(PERIODS)),
    insignia: z.array(z.enum(INSIGNIA_KINDS)),
    insigniaConfidence: z.enum(CONFIDENCE_TAGS),
    citation: z.string(),
    confidence: z.enum(CONFIDENCE_TAGS),
    commendationTypes: z.array(z.enum(COMMENDATION_TYPES)),
    meritLadder: z
      .boolean()
      .describe(
        'Là một bậc của chuỗi khen thưởng công trạng (khen đột xuất, chuyên đề không được tính — G5)',
      ),
    rank: z.number().int().describe('Thứ bậc trong nhóm; lớn hơn = cao hơn'),
    note: z.string().nullable(),
    validFrom: z.string().nullable().describe('Ngày đầu tiên được tặng (null: không giới hạn)'),
    validTo: z
      .string()
      .nullable()
      .describe(
        'Ngày cuối cùng được tặng, với hình thức không còn (ví dụ Giấy khen cấp huyện đến 30/06/2025)',
      ),
  })
  .meta({
    id: 'CatalogueItem',
    example: {
      code: 'cstd_co_so',
      name: 'Chiến sĩ thi đua cơ sở',
      otherNames: [],
      group: 'emulation_title',
      groupLabel: 'Danh hiệu thi đua',
      subjectTypes: ['individual'],
      subjectNote: null,
      authorities: ['unit_under_ministry_or_province_dept', 'commune_chairman', 'enterprise'],
      authorityLabel:
        'Thủ trưởng đơn vị có tư cách pháp nhân thuộc bộ, ngành; Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh; Chủ tịch Ủy ban nhân dân cấp xã; Giám đốc doanh nghiệp, hợp tác xã',
      periods: ['annual'],
      insignia: ['certificate', 'frame'],
      insigniaConfidence: 'V',
      citation: 'Luật Thi đua, khen thưởng 06/2022/QH15 Điều 23, Điều 80; Nghị định 129/2025/NĐ-CP Điều 59',
      confidence: 'V',
      commendationTypes: ['cong_trang'],
      meritLadder: true,
      rank: 20,
      note: null,
    },
  });

const CommendationTypeSchema = z.object({
  code: z.enum(COMMENDATION_TYPES),
  name: z.string(),
  definition: z.string(),
  procedure: z.string(),
  citation: z.string(),
  confidence: z.enum(CONFIDENCE_TAGS),
  ruleSets: z.array(z.enum(RULE_SET_IDS)),
});

export const CatalogueListSchema = z
  .object({
    items: z.array(CatalogueItemSchema),
    total: z.number().int(),
    groups: z.array(Label(AWARD_GROUPS)),
    subjectTypes: z.array(Label(SUBJECT_TYPES)),
    authorityLevels: z.array(Label(AUTHORITY_LEVELS)),
    periods: z.array(Label(PERIODS)),
    insignia: z.array(Label(INSIGNIA_KINDS)),
    confidenceTags: z.array(Label(CONFIDENCE_TAGS)),
    commendationTypes: z.array(CommendationTypeSchema),
  })
  .meta({ id: 'CatalogueList' });

const CoefficientViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  group: z.enum(AWARD_GROUPS),
  individual: z.number().nullable(),
  collective: z.number().nullable(),
  household: z.number().nullable(),
  kind: z.enum(COEFFICIENT_KINDS),
  citation: z.string(),
  confidence: z.enum(CONFIDENCE_TAGS),
  note: z.string().nullable(),
});

export const CatalogueDetailSchema = CatalogueItemSchema.extend({
  coefficients: z
    .array(
      z.object({
        ruleSet: z.enum(RULE_SET_IDS),
        individual: z.number().nullable(),
        collective: z.number().nullable(),
        household: z.number().nullable(),
        citation: z.string().nullable(),
        confidence: z.enum(CONFIDENCE_TAGS).nullable(),
      }),
    )
    .describe(
      'Hệ số tiền thưởng theo từng bộ quy định; null: không tặng cho đối tượng đó hoặc chưa xác định',
    ),
  ballot: z
    .array(
      z.object({
        ruleSet: z.enum(RULE_SET_IDS),
        thresholdPercent: z.number().int().nullable(),
        citation: z.string(),
        confidence: z.enum(CONFIDENCE_TAGS),
      }),
    )
    .describe('Tỷ lệ phiếu đồng ý tối thiểu trên tổng số thành viên Hội đồng; null: không có tỷ lệ chung'),
}).meta({ id: 'CatalogueDetail' });

export const RuleSetListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.enum(RULE_SET_IDS),
        name: z.string(),
        validFrom: z.string(),
        validTo: z.string().nullable(),
        components: z.array(z.string()),
        money: z.object({
          decree: z.string(),
          principleCitation: z.string(),
          rounding: z.string(),
          householdMultiplier: z.number(),
          householdCitation: z.string(),
          orderCollectiveMultiplier: z.number(),
          orderCollectiveCitation: z.string(),
          coefficients: z.array(CoefficientViewSchema),
        }),
        council: z.object({
          denominator: z.literal('total_members'),
          citation: z.string(),
          confidence: z.enum(CONFIDENCE_TAGS),
          thresholds: z.array(z.object({ code: z.string(), name: z.string(), percent: z.number().int() })),
          otherForms: z.string(),
          awardSessionQuorumPercent: z.number().int(),
          generalQuorum: z.string(),
          maxBallotRounds: z.number().int(),
          localRulesConfidence: z.enum(CONFIDENCE_TAGS),
        }),
        publicity: z.object({
          defaultWorkingDays: z.number().int(),
          groups: z.array(z.enum(AWARD_GROUPS)),
          codes: z.array(z.string()),
          citation: z.string(),
          confidence: z.enum(CONFIDENCE_TAGS),
        }),
        pendingChanges: z.array(
          z.object({ description: z.string(), confidence: z.enum(CONFIDENCE_TAGS), setting: z.string() }),
        ),
      }),
    ),
    baseSalaryPeriods: z.array(
      z.object({
        validFrom: z.string(),
        validTo: z.string().nullable(),
        amount: z.number().int(),
        act: z.string(),
        confidence: z.enum(CONFIDENCE_TAGS),
        note: z.string().nullable(),
      }),
    ),
    transitionalRule: z.string(),
  })
  .meta({ id: 'RuleSetList' });
