import { z } from 'zod';
import { COMMENDATION_TYPES, SUBJECT_TYPES } from '../../../domain/awards/types';
import { DECISION_FUNDS, DECISION_STATUSES } from '../../../domain/commendation/decision';
import { listOf, PageQuerySchema, requiredText, text, int4, ActDateSchema } from '../../lib/http';

const uuid = (what: string) => z.uuid({ message: `${what} không hợp lệ` });
const lines = (max: number, what: string) =>
  z
    .array(requiredText(1000), { message: `${what} phải là danh sách` })
    .max(max, `${what}: tối đa ${max} dòng`);
const version = z.number({ message: 'Thiếu phiên bản' }).int().min(1);

export const DecisionItemInputSchema = z
  .object({
    subjectType: z.enum(SUBJECT_TYPES, { message: 'Loại đối tượng không hợp lệ' }),
    subjectId: uuid('Mã đối tượng'),
    nominationId: uuid('Mã hồ sơ đề nghị').optional(),
    positionUnit: text(300).optional().describe('Chức vụ, đơn vị như in trong phụ lục (mặc định: đơn vị)'),
    achievement: text(1000).optional().describe('Thành tích'),
  })
  .strict();

/** The editable parts of a draft (every field optional on PATCH). */
const DraftFields = {
  commendationType: z.enum(COMMENDATION_TYPES, { message: 'Loại hình khen thưởng không hợp lệ' }),
  evaluationYear: z.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ').nullable(),
  decisionDate: ActDateSchema.nullable().describe(
    'Ngày dự kiến ký (tiền thưởng tính theo lương cơ sở của ngày này)',
  ),
  summary: requiredText(500).describe('Trích yếu: "Về việc …"'),
  issuingSuperior: text(200).nullable(),
  issuingBody: requiredText(200).describe('Cơ quan ban hành; xuống dòng bằng \\n'),
  authorityLine: requiredText(300),
  place: requiredText(100),
  legalBases: lines(30, 'Căn cứ'),
  articles: lines(10, 'Các điều'),
  recipients: lines(30, 'Nơi nhận'),
  signerCapacity: text(100).nullable(),
  signerTitle: requiredText(100),
  signerName: requiredText(100),
  fund: z.enum(DECISION_FUNDS, { message: 'Nguồn kinh phí không hợp lệ' }),
  items: z.array(DecisionItemInputSchema).max(5000, 'Tối đa 5.000 dòng phụ lục'),
};

const DraftObject = z.object(DraftFields);
const AwardCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,79}$/, 'Mã hình thức khen thưởng không hợp lệ');

export const DecisionCreateSchema = DraftObject.partial()
  .extend({
    orgUnitId: uuid('Mã đơn vị ban hành'),
    awardCode: AwardCodeSchema,
    roundId: uuid('Mã đợt khen thưởng').optional(),
  })
  .strict();
export const DecisionPatchSchema = DraftObject.partial().extend({ version }).strict();

export type DecisionItemInput = z.infer<typeof DecisionItemInputSchema>;
export type DecisionCreateInput = z.infer<typeof DecisionCreateSchema>;
export type DecisionPatchInput = z.infer<typeof DecisionPatchSchema>;

export const FromRoundSchema = z
  .object({
    roundId: uuid('Mã đợt khen thưởng'),
    orgUnitId: uuid('Mã đơn vị ban hành').optional(),
    awardCode: AwardCodeSchema.optional(),
  })
  .strict();

export const IssueSchema = z
  .object({ version, decisionDate: ActDateSchema.describe('Ngày ký quyết định') })
  .strict();
export const RevokeSchema = z
  .object({
    version,
    revokedOn: ActDateSchema,
    reason: requiredText(1000).describe('Lý do huỷ bỏ (Luật TĐKT Điều 93 khoản 2)'),
    revokeDocument: text(100).optional().describe('Số quyết định huỷ bỏ'),
  })
  .strict();
export const CancelSchema = z.object({ version }).strict();

export const DecisionListQuerySchema = PageQuerySchema.extend({
  status: z.enum(DECISION_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  roundId: uuid('Mã đợt khen thưởng').optional(),
  q: text(100).optional(),
});

export const YearQuerySchema = z.object({
  year: z.coerce
    .number({ message: 'Năm không hợp lệ' })
    .int()
    .min(2000, 'Năm không hợp lệ')
    .max(2100, 'Năm không hợp lệ'),
});

export const DecisionItemSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  subjectType: z.enum(SUBJECT_TYPES),
  subjectId: z.string(),
  nominationId: z.string().nullable(),
  displayName: z.string(),
  positionUnit: z.string().nullable(),
  achievement: z.string().nullable(),
  amount: z.number().nullable(),
  awardRecordId: z.string().nullable(),
  recoverAmount: z.number().nullable(),
});

export const DecisionSummarySchema = z.object({
  id: z.string(),
  status: z.enum(DECISION_STATUSES),
  number: z.string().nullable(),
  decisionDate: z.string().nullable(),
  summary: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  orgUnit: z.object({ id: z.string(), name: z.string() }),
  roundId: z.string().nullable(),
  fund: z.enum(DECISION_FUNDS),
  itemCount: z.number().int(),
  total: z.number(),
  version: int4(),
  updatedAt: z.string(),
});

export const DecisionSchema = DecisionSummarySchema.extend({
  commendationType: z.enum(COMMENDATION_TYPES),
  evaluationYear: z.number().nullable(),
  issuingSuperior: z.string().nullable(),
  issuingBody: z.string(),
  authorityLine: z.string(),
  place: z.string(),
  legalBases: z.array(z.string()),
  articles: z.array(z.string()),
  recipients: z.array(z.string()),
  signerCapacity: z.string().nullable(),
  signerTitle: z.string(),
  signerName: z.string(),
  totalInWords: z.string(),
  numberLine: z.string(),
  issuedAt: z.string().nullable(),
  revokedOn: z.string().nullable(),
  revokeReason: z.string().nullable(),
  revokeDocument: z.string().nullable(),
  recoverTotal: z.number(),
  /** Items whose money cannot be determined, with the reason. */
  moneyNotes: z.array(z.string()),
  items: z.array(DecisionItemSchema),
});
export const DecisionListSchema = listOf(DecisionSummarySchema);

export const MoneyTotalsSchema = z.object({
  year: z.number().int(),
  rows: z.array(
    z.object({
      fund: z.enum(DECISION_FUNDS),
      fundName: z.string(),
      decisions: z.number().int(),
      awardees: z.number().int(),
      paid: z.number(),
      toRecover: z.number(),
    }),
  ),
  total: z.object({
    decisions: z.number().int(),
    awardees: z.number().int(),
    paid: z.number(),
    toRecover: z.number(),
  }),
});

export const NumberingSettingsSchema = z
  .object({
    version: int4().min(0).optional(),
    numberPattern: requiredText(60).describe('Mẫu số, ký hiệu, ví dụ {seq}/QĐ-UBND'),
    issuingSuperior: text(200).nullable(),
    issuingBody: requiredText(200),
    authorityLine: requiredText(300),
    place: requiredText(100),
    legalBases: lines(30, 'Căn cứ'),
    recipients: lines(30, 'Nơi nhận'),
    signerCapacity: text(100).nullable(),
    signerTitle: requiredText(100),
    signerName: text(100).describe('Có thể để trống: nhập khi soạn từng quyết định'),
    fund: z.enum(DECISION_FUNDS, { message: 'Nguồn kinh phí không hợp lệ' }),
  })
  .strict();
export type NumberingSettingsInput = z.infer<typeof NumberingSettingsSchema>;
export const NumberingSettingsViewSchema = z.object({
  numberPattern: z.string(),
  issuingSuperior: z.string().nullable(),
  issuingBody: z.string(),
  authorityLine: z.string(),
  place: z.string(),
  legalBases: z.array(z.string()),
  recipients: z.array(z.string()),
  signerCapacity: z.string().nullable(),
  signerTitle: z.string(),
  signerName: z.string(),
  fund: z.enum(DECISION_FUNDS),
  version: int4(),
  isDefault: z.boolean(),
  nextNumber: z.string(),
});

export const PublicDecisionSchema = z.object({
  id: z.string(),
  number: z.string(),
  decisionDate: z.string(),
  summary: z.string(),
  issuingBody: z.string(),
  awardName: z.string(),
  status: z.enum(['issued', 'revoked']),
  revokedOn: z.string().nullable(),
  awardees: z.array(z.object({ name: z.string(), unit: z.string().nullable() })),
});
export const PublicDecisionListSchema = listOf(PublicDecisionSchema);
export const PublicQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: text(100).optional(),
});
