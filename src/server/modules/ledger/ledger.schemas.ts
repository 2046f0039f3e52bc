import { z } from 'zod';
import {
  AWARD_CODE_RE,
  AWARD_SOURCES,
  AWARD_STATUSES,
  PENDING_CASE_KINDS,
  RATED_SUBJECT_TYPES,
  RATING_SOURCES,
} from '../../../domain/awards/ledger';
import {
  COMMENDATION_TYPES,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  RATINGS,
  SUBJECT_TYPES,
} from '../../../domain/awards/types';
import {
  IsoDateSchema,
  PageQuerySchema,
  QueryBool,
  requiredText,
  text,
  int4,
  ActDateSchema,
} from '../../lib/http';

/** Request and response schemas of the ledger API (zod 4; Vietnamese messages). */

const uuid = (what = 'Mã định danh') => z.uuid({ message: `${what} không hợp lệ` });
const optionalText = (max: number) => text(max).nullable().optional();
const optionalDate = IsoDateSchema.nullable().optional();
/** Years are bounded again by the service (1945 … next year); this only keeps nonsense out. */
const Year = z.number().int().min(1945, 'Năm phải từ 1945').max(2200, 'Năm không hợp lệ');
const QueryYear = z.coerce.number().int().min(1945, 'Năm phải từ 1945').max(2200, 'Năm không hợp lệ');

export const SubjectTypeSchema = z.enum(SUBJECT_TYPES, { message: 'Loại đối tượng không hợp lệ' });
export const RatedSubjectTypeSchema = z.enum(RATED_SUBJECT_TYPES, {
  message: 'Loại đối tượng phải là cá nhân hoặc tập thể',
});
const AwardCodeSchema = z
  .string()
  .trim()
  .regex(AWARD_CODE_RE, 'Mã danh hiệu/hình thức khen thưởng không hợp lệ (chữ thường, số, dấu gạch dưới)');

export const SubjectRefSchema = z
  .object({
    type: SubjectTypeSchema,
    id: z.string(),
    name: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'LedgerSubject', description: 'Đối tượng: cá nhân, tập thể (đơn vị) hoặc hộ gia đình' });
export type SubjectRef = z.infer<typeof SubjectRefSchema>;

const SubjectFilter = {
  subjectType: SubjectTypeSchema.optional(),
  subjectId: uuid('Mã đối tượng').optional(),
  unitId: uuid('Mã đơn vị').optional().describe('Chỉ bản ghi của đối tượng thuộc cây đơn vị này'),
};
const YearFilter = {
  fromYear: QueryYear.optional(),
  toYear: QueryYear.optional(),
};

// ------------------------------------------------------------------------------------------- awards

const AwardFields = {
  awardCode: AwardCodeSchema,
  evaluationYear: Year.nullable().optional().describe('Năm đánh giá (bắt buộc với danh hiệu thi đua)'),
  periodFrom: optionalDate,
  periodTo: optionalDate,
  commendationType: z.enum(COMMENDATION_TYPES, { message: 'Loại hình khen thưởng không hợp lệ' }).optional(),
  decisionNumber: optionalText(100),
  decisionDate: ActDateSchema.nullable().optional(),
  decisionAuthority: optionalText(300),
  achievementSummary: optionalText(4000),
  movementId: uuid('Mã phong trào').nullable().optional(),
  moneyAmount: z
    .number()
    .int('Số tiền phải là số nguyên (đồng)')
    .min(0, 'Số tiền không được âm')
    .max(1_000_000_000_000, 'Số tiền quá lớn')
    .nullable()
    .optional(),
  source: z.enum(AWARD_SOURCES, { message: 'Nguồn dữ liệu không hợp lệ' }).optional(),
  initiativeIds: z
    .array(uuid('Mã sáng kiến'))
    .max(20, 'Tối đa 20 sáng kiến')
    .optional()
    .describe('Sáng kiến làm căn cứ khen thưởng; mỗi sáng kiến chỉ dùng một lần (G7)'),
};

export const AwardCreateSchema = z
  .object({ subjectType: SubjectTypeSchema, subjectId: uuid('Mã đối tượng'), ...AwardFields })
  .strict()
  .meta({
    id: 'AwardCreate',
    examples: [
      {
        subjectType: 'individual',
        subjectId: '01980000-0000-7000-8000-000000000001',
        awardCode: 'cstd_co_so',
        evaluationYear: 2025,
        commendationType: 'cong_trang',
        decisionNumber: '125/QĐ-UBND',
        decisionDate: '2026-01-15',
        decisionAuthority: 'Chủ tịch UBND xã Minh Quang',
      },
    ],
  });
export type AwardCreate = z.infer<typeof AwardCreateSchema>;

export const AwardPatchSchema = z
  .object({ ...AwardFields, awardCode: AwardCodeSchema.optional(), version: int4().min(1) })
  .strict()
  .meta({ id: 'AwardPatch' });
export type AwardPatch = z.infer<typeof AwardPatchSchema>;

export const RevokeSchema = z
  .object({
    reason: requiredText(1000).describe('Lý do huỷ bỏ (Luật TĐKT Điều 93 k2)'),
    revokedOn: ActDateSchema.describe('Ngày quyết định huỷ bỏ'),
    version: int4().min(1).optional(),
  })
  .strict()
  .meta({ id: 'AwardRevoke' });
export type RevokeInput = z.infer<typeof RevokeSchema>;

export const AwardSchema = z
  .object({
    id: z.string(),
    subject: SubjectRefSchema,
    awardCode: z.string(),
    awardName: z.string(),
    isEmulationTitle: z.boolean(),
    evaluationYear: z.number().int().nullable(),
    periodFrom: z.string().nullable(),
    periodTo: z.string().nullable(),
    countedYear: z.number().int().describe('Năm tính thành tích'),
    commendationType: z.enum(COMMENDATION_TYPES),
    decisionNumber: z.string().nullable(),
    decisionDate: z.string().nullable(),
    decisionAuthority: z.string().nullable(),
    achievementSummary: z.string().nullable(),
    movementId: z.string().nullable(),
    status: z.enum(AWARD_STATUSES),
    revokedOn: z.string().nullable(),
    revokeReason: z.string().nullable(),
    moneyAmount: z.number().int().nullable(),
    source: z.enum(AWARD_SOURCES),
    initiatives: z.array(z.object({ id: z.string(), title: z.string() })),
    version: int4(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Award' });
export type Award = z.infer<typeof AwardSchema>;

export const AwardListQuerySchema = PageQuerySchema.extend({
  ...SubjectFilter,
  ...YearFilter,
  code: AwardCodeSchema.optional(),
  status: z.enum(AWARD_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
});
export type AwardListQuery = z.infer<typeof AwardListQuerySchema>;
export const AwardListSchema = z
  .object({ items: z.array(AwardSchema), total: z.number().int() })
  .meta({ id: 'AwardList' });

// ------------------------------------------------------------------------------------------ ratings

export const RatingInputSchema = z
  .object({
    subjectType: RatedSubjectTypeSchema,
    subjectId: uuid('Mã đối tượng'),
    year: Year,
    rating: z.enum(RATINGS, { message: 'Xếp loại phải là HTXS, HTT, HT hoặc KHT' }),
    source: z.enum(RATING_SOURCES, { message: 'Nguồn dữ liệu không hợp lệ' }).optional(),
    note: optionalText(1000),
  })
  .strict()
  .meta({
    id: 'RatingWrite',
    examples: [
      {
        subjectType: 'individual',
        subjectId: '01980000-0000-7000-8000-000000000001',
        year: 2025,
        rating: 'HTXS',
      },
    ],
  });
export type RatingInput = z.infer<typeof RatingInputSchema>;

export const RatingBulkSchema = z
  .object({
    items: z.array(RatingInputSchema).min(1, 'Danh sách trống').max(5000, 'Tối đa 5.000 dòng mỗi lần'),
  })
  .strict()
  .meta({ id: 'RatingBulk' });
export type RatingBulk = z.infer<typeof RatingBulkSchema>;

export const RatingSchema = z
  .object({
    id: z.string(),
    subject: SubjectRefSchema,
    year: z.number().int(),
    rating: z.enum(RATINGS),
    ratingLabel: z.string(),
    source: z.enum(RATING_SOURCES),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Rating' });
export type Rating = z.infer<typeof RatingSchema>;

export const RatingListQuerySchema = PageQuerySchema.extend({
  ...SubjectFilter,
  ...YearFilter,
  rating: z.enum(RATINGS, { message: 'Xếp loại không hợp lệ' }).optional(),
});
export type RatingListQuery = z.infer<typeof RatingListQuerySchema>;
export const RatingListSchema = z
  .object({ items: z.array(RatingSchema), total: z.number().int() })
  .meta({ id: 'RatingList' });
export const RatingBulkResultSchema = z
  .object({ created: z.number().int(), updated: z.number().int() })
  .meta({ id: 'RatingBulkResult' });

// -------------------------------------------------------------------------------------- disciplines

const DisciplineFields = {
  form: z.enum(DISCIPLINE_FORMS, { message: 'Hình thức kỷ luật không hợp lệ' }),
  fromDate: IsoDateSchema,
  toDate: optionalDate.describe('Ngày hết thời hạn kỷ luật; bỏ trống nếu chưa xác định'),
  decisionNumber: optionalText(100),
  note: optionalText(2000),
};
export const DisciplineCreateSchema = z
  .object({ personId: uuid('Mã cá nhân'), ...DisciplineFields })
  .strict()
  .meta({ id: 'DisciplineCreate' });
export type DisciplineCreate = z.infer<typeof DisciplineCreateSchema>;
export const DisciplinePatchSchema = z
  .object(DisciplineFields)
  .partial()
  .strict()
  .meta({ id: 'DisciplinePatch' });
export type DisciplinePatch = z.infer<typeof DisciplinePatchSchema>;
export const DisciplineSchema = z
  .object({
    id: z.string(),
    subject: SubjectRefSchema,
    form: z.enum(DISCIPLINE_FORMS),
    formLabel: z.string(),
    fromDate: z.string(),
    toDate: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Discipline' });
export type Discipline = z.infer<typeof DisciplineSchema>;

const PersonFilter = {
  personId: uuid('Mã cá nhân').optional(),
  unitId: uuid('Mã đơn vị').optional().describe('Chỉ bản ghi của cá nhân thuộc cây đơn vị này'),
};
export const DisciplineListQuerySchema = PageQuerySchema.extend({ ...PersonFilter, ...YearFilter });
export type DisciplineListQuery = z.infer<typeof DisciplineListQuerySchema>;
export const DisciplineListSchema = z
  .object({ items: z.array(DisciplineSchema), total: z.number().int() })
  .meta({ id: 'DisciplineList' });

// ------------------------------------------------------------------------------------ pending cases

export const PendingCaseCreateSchema = z
  .object({
    subjectType: RatedSubjectTypeSchema,
    subjectId: uuid('Mã đối tượng'),
    kind: z.enum(PENDING_CASE_KINDS, { message: 'Loại vụ việc không hợp lệ' }),
    openedOn: IsoDateSchema,
    closedOn: optionalDate,
    note: optionalText(2000),
  })
  .strict()
  .meta({ id: 'PendingCaseCreate' });
export type PendingCaseCreate = z.infer<typeof PendingCaseCreateSchema>;
export const PendingCasePatchSchema = z
  .object({
    kind: z.enum(PENDING_CASE_KINDS, { message: 'Loại vụ việc không hợp lệ' }),
    openedOn: IsoDateSchema,
    closedOn: optionalDate,
    note: optionalText(2000),
  })
  .partial()
  .strict()
  .meta({ id: 'PendingCasePatch' });
export type PendingCasePatch = z.infer<typeof PendingCasePatchSchema>;
export const PendingCaseCloseSchema = z
  .object({ closedOn: IsoDateSchema, note: optionalText(2000) })
  .strict()
  .meta({ id: 'PendingCaseClose' });
export type PendingCaseClose = z.infer<typeof PendingCaseCloseSchema>;
export const PendingCaseSchema = z
  .object({
    id: z.string(),
    subject: SubjectRefSchema,
    kind: z.enum(PENDING_CASE_KINDS),
    kindLabel: z.string(),
    openedOn: z.string(),
    closedOn: z.string().nullable(),
    isOpen: z.boolean(),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PendingCase' });
export type PendingCase = z.infer<typeof PendingCaseSchema>;
export const PendingCaseListQuerySchema = PageQuerySchema.extend({
  subjectType: RatedSubjectTypeSchema.optional(),
  subjectId: uuid('Mã đối tượng').optional(),
  unitId: SubjectFilter.unitId,
  open: QueryBool.optional().describe('true: chỉ vụ việc chưa kết thúc'),
});
export type PendingCaseListQuery = z.infer<typeof PendingCaseListQuerySchema>;
export const PendingCaseListSchema = z
  .object({ items: z.array(PendingCaseSchema), total: z.number().int() })
  .meta({ id: 'PendingCaseList' });

// ---------------------------------------------------------------------------------- maternity leave

const MaternityFields = { fromDate: IsoDateSchema, toDate: IsoDateSchema, note: optionalText(1000) };
export const MaternityCreateSchema = z
  .object({ personId: uuid('Mã cá nhân'), ...MaternityFields })
  .strict()
  .meta({ id: 'MaternityLeaveCreate' });
export type MaternityCreate = z.infer<typeof MaternityCreateSchema>;
export const MaternityPatchSchema = z
  .object(MaternityFields)
  .partial()
  .strict()
  .meta({ id: 'MaternityLeavePatch' });
export type MaternityPatch = z.infer<typeof MaternityPatchSchema>;
export const MaternitySchema = z
  .object({
    id: z.string(),
    subject: SubjectRefSchema,
    fromDate: z.string(),
    toDate: z.string(),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MaternityLeave' });
export type Maternity = z.infer<typeof MaternitySchema>;
export const MaternityListQuerySchema = PageQuerySchema.extend({ ...PersonFilter, ...YearFilter });
export type MaternityListQuery = z.infer<typeof MaternityListQuerySchema>;
export const MaternityListSchema = z
  .object({ items: z.array(MaternitySchema), total: z.number().int() })
  .meta({ id: 'MaternityLeaveList' });

// -------------------------------------------------------------------------------------- initiatives

export const AuthorInputSchema = z
  .object({
    personId: uuid('Mã tác giả'),
    sharePercent: z
      .number()
      .int('Tỷ lệ đóng góp là số nguyên phần trăm')
      .min(1, 'Tỷ lệ đóng góp từ 1 đến 100%')
      .max(100, 'Tỷ lệ đóng góp từ 1 đến 100%')
      .nullable()
      .optional(),
  })
  .strict()
  .meta({ id: 'InitiativeAuthorInput' });
const Authors = z.array(AuthorInputSchema).min(1, 'Cần ít nhất một tác giả').max(50, 'Tối đa 50 tác giả');

const InitiativeFields = {
  title: requiredText(500),
  recognizingBody: requiredText(300).describe('Cơ quan, cấp công nhận'),
  decisionNumber: optionalText(100),
  decisionDate: ActDateSchema.describe('Ngày quyết định công nhận'),
  scope: z.enum(INITIATIVE_SCOPES, { message: 'Phạm vi ảnh hưởng không hợp lệ' }),
  appliedFrom: optionalDate,
  summary: optionalText(4000),
  unitId: uuid('Mã đơn vị').nullable().optional().describe('Đơn vị quản lý hồ sơ sáng kiến'),
};
export const InitiativeCreateSchema = z
  .object({ ...InitiativeFields, authors: Authors })
  .strict()
  .meta({
    id: 'InitiativeCreate',
    examples: [
      {
        title: 'Số hoá hồ sơ thi đua, khen thưởng cấp xã',
        recognizingBody: 'Hội đồng sáng kiến xã Minh Quang',
        decisionNumber: '45/QĐ-UBND',
        decisionDate: '2025-11-20',
        scope: 'co_so',
        authors: [{ personId: '01980000-0000-7000-8000-000000000001', sharePercent: 100 }],
      },
    ],
  });
export type InitiativeCreate = z.infer<typeof InitiativeCreateSchema>;
export const InitiativePatchSchema = z
  .object(InitiativeFields)
  .partial()
  .extend({ version: int4().min(1) })
  .strict()
  .meta({ id: 'InitiativePatch' });
export type InitiativePatch = z.infer<typeof InitiativePatchSchema>;
export const InitiativeAuthorsSchema = z
  .object({ authors: Authors })
  .strict()
  .meta({ id: 'InitiativeAuthors' });
export type InitiativeAuthorsInput = z.infer<typeof InitiativeAuthorsSchema>;

export const InitiativeSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    recognizingBody: z.string(),
    decisionNumber: z.string().nullable(),
    decisionDate: z.string(),
    scope: z.enum(INITIATIVE_SCOPES),
    scopeLabel: z.string(),
    appliedFrom: z.string().nullable(),
    summary: z.string().nullable(),
    unit: z.object({ id: z.string(), name: z.string() }).nullable(),
    authors: z.array(
      z.object({ personId: z.string(), fullName: z.string(), sharePercent: z.number().int().nullable() }),
    ),
    usedByAward: z
      .object({ id: z.string(), awardCode: z.string(), awardName: z.string(), countedYear: z.number().int() })
      .nullable()
      .describe('Khen thưởng đã dùng sáng kiến làm căn cứ (mỗi sáng kiến một lần, G7)'),
    version: int4(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Initiative' });
export type Initiative = z.infer<typeof InitiativeSchema>;
export const InitiativeListQuerySchema = PageQuerySchema.extend({
  unitId: uuid('Mã đơn vị').optional(),
  authorId: uuid('Mã tác giả').optional(),
  scope: z.enum(INITIATIVE_SCOPES, { message: 'Phạm vi không hợp lệ' }).optional(),
  used: QueryBool.optional().describe('true: đã dùng làm căn cứ khen thưởng; false: chưa dùng'),
  ...YearFilter,
});
export type InitiativeListQuery = z.infer<typeof InitiativeListQuerySchema>;
export const InitiativeListSchema = z
  .object({ items: z.array(InitiativeSchema), total: z.number().int() })
  .meta({ id: 'InitiativeList' });

// ------------------------------------------------------------------------------------- achievements

export const TIMELINE_KINDS = [
  'rating',
  'award',
  'initiative',
  'discipline',
  'pending_case',
  'maternity_leave',
] as const;

export const AchievementsParamsSchema = z.object({
  type: SubjectTypeSchema,
  id: uuid(),
});

export const AchievementFileSchema = z
  .object({
    subject: SubjectRefSchema,
    pendingInvestigation: z.boolean().describe('Đang có vụ việc chưa kết thúc (G1)'),
    timeline: z.array(
      z.object({
        kind: z.enum(TIMELINE_KINDS),
        id: z.string(),
        year: z.number().int(),
        date: z.string().nullable(),
        label: z.string(),
        detail: z.string().nullable(),
      }),
    ),
    ratings: z.array(RatingSchema),
    awards: z.array(AwardSchema),
    initiatives: z.array(InitiativeSchema),
    disciplines: z.array(DisciplineSchema),
    pendingCases: z.array(PendingCaseSchema),
    maternityLeaves: z.array(MaternitySchema),
  })
  .meta({ id: 'AchievementFile', description: 'Hồ sơ thành tích của một đối tượng, theo dòng thời gian' });
export type AchievementFile = z.infer<typeof AchievementFileSchema>;
