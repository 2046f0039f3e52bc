import { z } from 'zod';
import { RATINGS, SUBJECT_TYPES } from '../../../domain/awards/types';
import { DOCUMENT_CODES, DOCUMENT_ITEM_STATUSES } from '../../../domain/commendation/documents';
import { DOSSIER_STATUSES } from '../../../domain/commendation/dossier';
import { ROUND_WARNING_KINDS } from '../../../domain/commendation/round-checks';
import { ActDateSchema, int4, requiredText, text } from '../../lib/http';
import { UnitRefSchema, uuidOf, VersionSchema, YearSchema } from './rounds.schemas';

/** The structured achievement report (ND 152 appendix templates, simplified to what the forms ask). */
export const ReportSchema = z
  .object({
    position: text(500).nullable().optional().describe('Chức vụ, đơn vị công tác'),
    summary: text(10_000).nullable().optional().describe('Tóm tắt thành tích'),
    achievements: z
      .array(z.object({ year: YearSchema.nullable().optional(), content: requiredText(5000) }))
      .max(50, 'Tối đa 50 thành tích')
      .optional(),
    initiatives: z
      .array(z.object({ name: requiredText(1000), recognizedBy: text(500).nullable().optional() }))
      .max(50, 'Tối đa 50 sáng kiến')
      .optional(),
    ratings: z
      .array(z.object({ year: YearSchema, rating: z.enum(RATINGS) }))
      .max(20, 'Tối đa 20 năm đánh giá')
      .optional(),
    awards: z
      .array(
        z.object({
          year: YearSchema.nullable().optional(),
          name: requiredText(500),
          decision: text(200).nullable().optional(),
        }),
      )
      .max(50, 'Tối đa 50 hình thức đã được khen')
      .optional(),
  })
  .strict()
  .meta({ id: 'NominationReport' });
export type Report = z.infer<typeof ReportSchema>;

const AwardCodeSchema = z
  .string({ message: 'Chưa chọn danh hiệu, hình thức' })
  .trim()
  .min(1, 'Chưa chọn danh hiệu, hình thức')
  .max(80, 'Mã danh hiệu, hình thức tối đa 80 ký tự');

export const NominationCreateSchema = z
  .object({
    roundId: uuidOf('Mã đợt khen thưởng'),
    proposingUnitId: uuidOf('Mã đơn vị đề nghị'),
    subjectType: z.enum(SUBJECT_TYPES, { message: 'Loại đối tượng không hợp lệ' }),
    subjectId: uuidOf('Mã đối tượng'),
    awardCode: AwardCodeSchema,
    report: ReportSchema.optional(),
    reportText: text(50_000).nullable().optional(),
  })
  .meta({ id: 'NominationCreate' });
export type NominationCreate = z.infer<typeof NominationCreateSchema>;

export const NominationPatchSchema = z
  .object({
    version: VersionSchema,
    awardCode: AwardCodeSchema.optional(),
    report: ReportSchema.optional(),
    reportText: text(50_000).nullable().optional(),
  })
  .meta({ id: 'NominationPatch' });
export type NominationPatch = z.infer<typeof NominationPatchSchema>;

export const PROPOSER_ROUTE_ACTIONS = ['submit', 'withdraw', 'return', 'mark_not_eligible'] as const;
export const ActionParamsSchema = z.object({
  id: uuidOf('Mã hồ sơ'),
  action: z.enum(PROPOSER_ROUTE_ACTIONS, { message: 'Thao tác không hợp lệ' }),
});
export const ActionBodySchema = z.object({
  version: VersionSchema,
  reason: text(5000).nullable().optional().describe('Bắt buộc khi trả lại hoặc kết luận không đủ điều kiện'),
});

export const ForwardBodySchema = z.object({
  version: VersionSchema,
  targetRoundId: uuidOf('Mã đợt trình cấp trên').describe('Đợt khen thưởng cấp trung ương'),
  proposalLetterNumber: requiredText(100).describe('Số tờ trình của cấp trình'),
  proposalLetterDate: ActDateSchema.describe('Ngày tờ trình'),
});

export const DocumentParamsSchema = z.object({
  id: uuidOf('Mã hồ sơ'),
  code: z.enum(DOCUMENT_CODES, { message: 'Mã tài liệu không hợp lệ' }),
});
export const DocumentBodySchema = z.object({
  status: z.enum(DOCUMENT_ITEM_STATUSES, { message: 'Trạng thái tài liệu không hợp lệ' }),
  note: text(2000).nullable().optional(),
});

export const RoundNominationsQuerySchema = z.object({
  status: z.enum(DOSSIER_STATUSES).optional(),
  unitId: uuidOf('Mã đơn vị').optional(),
});

const EligibilitySchema = z
  .object({
    verdict: z.string(),
    verdictLabel: z.string(),
    ruleSet: z.string(),
    evaluationYear: z.number().int(),
    failed: z.array(z.object({ code: z.string(), message: z.string(), citation: z.string() })),
    needsJudgement: z.number().int(),
    checkedAt: z.string(),
    error: z.string().optional(),
  })
  .nullable();

export const NominationItemSchema = z
  .object({
    id: z.string(),
    roundId: z.string(),
    roundName: z.string(),
    roundLevel: z.string(),
    roundStatus: z.string(),
    commendationType: z.string(),
    organiser: UnitRefSchema,
    proposingUnit: UnitRefSchema,
    subject: z.object({
      type: z.enum(SUBJECT_TYPES),
      id: z.string(),
      name: z.string(),
      position: z.string().nullable(),
      unitName: z.string().nullable(),
    }),
    subjectTypeLabel: z.string(),
    awardCode: z.string(),
    awardName: z.string(),
    status: z.enum(DOSSIER_STATUSES),
    statusLabel: z.string(),
    editable: z.boolean(),
    eligibility: EligibilitySchema,
    returnReason: z.string().nullable(),
    notEligibleReason: z.string().nullable(),
    withdrawReason: z.string().nullable(),
    proposalLetterNumber: z.string().nullable(),
    proposalLetterDate: z.string().nullable(),
    forwardedFromId: z.string().nullable(),
    decisionId: z.string().nullable(),
    submittedAt: z.string().nullable(),
    receivedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    version: int4(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NominationItem' });

export const DocumentItemSchema = z.object({
  code: z.enum(DOCUMENT_CODES),
  label: z.string(),
  required: z.boolean(),
  status: z.enum(DOCUMENT_ITEM_STATUSES),
  statusLabel: z.string(),
  note: z.string().nullable(),
});

export const AttachmentSchema = z.object({
  id: z.string(),
  documentCode: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

export const NominationDetailSchema = NominationItemSchema.extend({
  report: ReportSchema,
  reportText: z.string().nullable(),
  reportTemplate: z.string(),
  documents: z.array(DocumentItemSchema),
  missingDocuments: z.array(z.string()),
  attachments: z.array(AttachmentSchema),
  forwardedToId: z.string().nullable(),
  /** What the actor may do (drives the buttons). */
  allowedActions: z.array(z.string()),
}).meta({ id: 'NominationDetail' });
export type NominationDetail = z.infer<typeof NominationDetailSchema>;

export const BatchWarningSchema = z.object({
  kind: z.enum(ROUND_WARNING_KINDS),
  message: z.string(),
  nominationIds: z.array(z.string()),
});

export const RoundNominationsSchema = z.object({
  items: z.array(NominationItemSchema),
  total: z.number().int(),
  warnings: z.array(BatchWarningSchema),
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      count: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
    }),
  ),
});
export type RoundNominations = z.infer<typeof RoundNominationsSchema>;
