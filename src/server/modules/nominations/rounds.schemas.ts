import { z } from 'zod';
import { COMMENDATION_TYPES } from '../../../domain/awards/types';
import { ROUND_ACTIONS, ROUND_LEVELS, ROUND_STATUSES } from '../../../domain/commendation/round';
import { PageQuerySchema, requiredText, text, int4, PlanDateSchema } from '../../lib/http';

export const uuidOf = (what: string) => z.uuid({ message: `${what} không hợp lệ` });
export const YearSchema = z
  .number({ message: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(1945, 'Năm phải từ 1945 trở đi')
  .max(2200, 'Năm không được sau 2200');
export const VersionSchema = z.number({ message: 'Thiếu version' }).int().min(1).max(2_000_000_000);
export const UnitRefSchema = z.object({ id: z.string(), name: z.string() });

const optionalDate = PlanDateSchema.nullable().optional();

const RoundFieldsSchema = z.object({
  name: requiredText(500).describe('Tên đợt khen thưởng'),
  orgUnitId: uuidOf('Mã đơn vị tổ chức').describe('Đơn vị tổ chức đợt (Ban/Phòng TĐKT cấp xét)'),
  commendationType: z.enum(COMMENDATION_TYPES).describe('Loại hình khen thưởng (Luật TĐKT Điều 8)'),
  level: z.enum(ROUND_LEVELS).describe('Cấp xét'),
  year: YearSchema.nullable().optional().describe('Năm xét (khen thưởng hằng năm)'),
  periodFrom: optionalDate.describe('Từ ngày (khen theo giai đoạn, đợt)'),
  periodTo: optionalDate.describe('Đến ngày'),
  movementId: uuidOf('Mã phong trào').nullable().optional().describe('Phong trào thi đua gắn với đợt'),
  unitIds: z
    .array(uuidOf('Mã đơn vị tham gia'))
    .max(2000, 'Tối đa 2.000 đơn vị tham gia')
    .describe('Các đơn vị được đề nghị trong đợt'),
  proposalDeadline: optionalDate.describe('Hạn nộp hồ sơ'),
  appraisalDeadline: optionalDate.describe('Hạn thẩm định'),
  councilDeadline: optionalDate.describe('Hạn họp Hội đồng'),
  decisionDeadline: optionalDate.describe('Hạn ban hành quyết định'),
  note: text(5000).nullable().optional(),
});

export const RoundCreateSchema = RoundFieldsSchema.extend({
  unitIds: RoundFieldsSchema.shape.unitIds.default([]),
}).meta({ id: 'AwardRoundCreate' });
export type RoundCreate = z.infer<typeof RoundCreateSchema>;

export const RoundPatchSchema = RoundFieldsSchema.partial()
  .extend({ version: VersionSchema })
  .meta({ id: 'AwardRoundPatch' });
export type RoundPatch = z.infer<typeof RoundPatchSchema>;

export const RoundActionBodySchema = z.object({ version: VersionSchema });
export const RoundActionParamsSchema = z.object({
  id: uuidOf('Mã đợt khen thưởng'),
  action: z.enum(ROUND_ACTIONS, { message: 'Thao tác không hợp lệ' }),
});

export const RoundListQuerySchema = z
  .object({
    year: z.coerce.number().int().min(1945).max(2200).optional(),
    status: z.enum(ROUND_STATUSES).optional(),
    commendationType: z.enum(COMMENDATION_TYPES).optional(),
    level: z.enum(ROUND_LEVELS).optional(),
  })
  .extend(PageQuerySchema.shape);
export type RoundListQuery = z.infer<typeof RoundListQuerySchema>;

export const RoundItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    organiser: UnitRefSchema,
    commendationType: z.enum(COMMENDATION_TYPES),
    commendationTypeLabel: z.string(),
    level: z.enum(ROUND_LEVELS),
    levelLabel: z.string(),
    year: z.number().int().nullable(),
    periodFrom: z.string().nullable(),
    periodTo: z.string().nullable(),
    movement: UnitRefSchema.nullable(),
    status: z.enum(ROUND_STATUSES),
    statusLabel: z.string(),
    deadlines: z.object({
      proposal: z.string().nullable(),
      appraisal: z.string().nullable(),
      council: z.string().nullable(),
      decision: z.string().nullable(),
    }),
    nominationCount: z.number().int(),
    version: int4(),
  })
  .meta({ id: 'AwardRoundItem' });
export type RoundItem = z.infer<typeof RoundItemSchema>;

export const RoundDetailSchema = RoundItemSchema.extend({
  units: z.array(UnitRefSchema),
  note: z.string().nullable(),
  /** What the actor may do here (drives the buttons of the web page). */
  canManage: z.boolean(),
  canPropose: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'AwardRoundDetail' });
export type RoundDetail = z.infer<typeof RoundDetailSchema>;

export const RoundListSchema = z.object({ items: z.array(RoundItemSchema), total: z.number().int() });
