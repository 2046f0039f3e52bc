import { z } from 'zod';
import {
  MOVEMENT_KINDS,
  MOVEMENT_LEVELS,
  MOVEMENT_PHASES,
  MOVEMENT_STAGES,
} from '../../../domain/emulation/movement';
import { PageQuerySchema, requiredText, text, int4, PlanDateSchema } from '../../lib/http';
import { AttachmentSchema, UnitRefSchema, uuidOf, YearSchema } from './emulation.schemas';

const optionalText = (max: number) => text(max).nullable().optional();

const MovementFieldsSchema = z.object({
  name: requiredText(500).describe('Tên phong trào'),
  level: z.enum(MOVEMENT_LEVELS).describe('Cấp phát động'),
  kind: z.enum(MOVEMENT_KINDS).describe('Hình thức: thường xuyên hoặc theo chuyên đề'),
  launcherUnitId: uuidOf('Mã đơn vị phát động'),
  launcherPersonId: uuidOf('Mã người phát động').nullable().optional(),
  startDate: PlanDateSchema,
  endDate: PlanDateSchema,
  theme: optionalText(1000).describe('Chủ đề'),
  slogan: optionalText(500).describe('Khẩu hiệu'),
  objectives: optionalText(20_000).describe('Mục tiêu'),
  criteria: optionalText(20_000).describe('Nội dung, tiêu chí thi đua'),
  participants: optionalText(5000).describe('Đối tượng tham gia'),
  scopeUnitIds: z
    .array(uuidOf('Mã đơn vị trong phạm vi'))
    .max(2000, 'Tối đa 2.000 đơn vị trong phạm vi')
    .describe('Các đơn vị trong phạm vi phong trào'),
});

export const MovementCreateSchema = MovementFieldsSchema.extend({
  scopeUnitIds: MovementFieldsSchema.shape.scopeUnitIds.default([]),
}).meta({ id: 'MovementCreate' });
export type MovementCreate = z.infer<typeof MovementCreateSchema>;

export const MovementPatchSchema = MovementFieldsSchema.partial()
  .extend({ version: int4().min(1) })
  .meta({ id: 'MovementPatch' });
export type MovementPatch = z.infer<typeof MovementPatchSchema>;

export const MovementListQuerySchema = z
  .object({
    year: YearSchema.optional().describe('Phong trào diễn ra (một phần) trong năm này'),
    level: z.enum(MOVEMENT_LEVELS).optional(),
    kind: z.enum(MOVEMENT_KINDS).optional(),
    launcherUnitId: uuidOf('Mã đơn vị phát động').optional(),
    q: text(200).optional().describe('Tìm không dấu theo tên, chủ đề, khẩu hiệu'),
  })
  .extend(PageQuerySchema.shape);
export type MovementListQuery = z.infer<typeof MovementListQuerySchema>;

const FlagPathSchema = z.object({
  title: z.string(),
  path: z.string(),
  minYears: z.number().int(),
  citation: z.string(),
  label: z.string(),
});

export const MovementItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    level: z.enum(MOVEMENT_LEVELS),
    levelLabel: z.string(),
    kind: z.enum(MOVEMENT_KINDS),
    kindLabel: z.string(),
    launcherUnit: UnitRefSchema,
    startDate: z.string(),
    endDate: z.string(),
    years: z.number().int().describe('Thời gian phong trào, số năm tròn'),
    phase: z.enum(MOVEMENT_PHASES),
    phaseLabel: z.string(),
    theme: z.string().nullable(),
    version: int4(),
  })
  .meta({ id: 'MovementItem' });
export type MovementItem = z.infer<typeof MovementItemSchema>;

export const MovementListSchema = z
  .object({ items: z.array(MovementItemSchema), total: z.number().int() })
  .meta({ id: 'MovementList' });

export const StageSchema = z
  .object({
    id: z.string(),
    stage: z.enum(MOVEMENT_STAGES),
    stageLabel: z.string(),
    date: z.string(),
    report: z.string().nullable(),
    awardRecordIds: z.array(z.string()),
    attachments: z.array(AttachmentSchema),
    version: int4(),
  })
  .meta({ id: 'MovementStage' });
export type Stage = z.infer<typeof StageSchema>;

export const MovementDetailSchema = MovementItemSchema.extend({
  launcherPerson: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  slogan: z.string().nullable(),
  objectives: z.string().nullable(),
  criteria: z.string().nullable(),
  participants: z.string().nullable(),
  scopeUnits: z.array(UnitRefSchema),
  flagPaths: z
    .array(FlagPathSchema)
    .describe('Các đường xét Cờ thi đua mà thời gian phong trào mở ra (Luật TĐKT Điều 25, 26)'),
  stages: z.array(StageSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'MovementDetail' });
export type MovementDetail = z.infer<typeof MovementDetailSchema>;

const AwardIdsSchema = z
  .array(uuidOf('Mã bản ghi khen thưởng'))
  .max(1000, 'Tối đa 1.000 khen thưởng mỗi bước')
  .describe('Các bản ghi khen thưởng (sổ khen thưởng) trao tại bước này');

export const StageCreateSchema = z
  .object({
    stage: z.enum(MOVEMENT_STAGES),
    date: PlanDateSchema,
    report: optionalText(50_000).describe('Báo cáo'),
    awardRecordIds: AwardIdsSchema.default([]),
  })
  .meta({ id: 'MovementStageCreate' });
export type StageCreate = z.infer<typeof StageCreateSchema>;

export const StagePatchSchema = z
  .object({
    version: int4().min(1),
    date: PlanDateSchema.optional(),
    report: optionalText(50_000),
    awardRecordIds: AwardIdsSchema.optional(),
  })
  .meta({ id: 'MovementStagePatch' });
export type StagePatch = z.infer<typeof StagePatchSchema>;

export const StageParamsSchema = z.object({
  id: uuidOf('Mã phong trào'),
  stageId: uuidOf('Mã bước'),
});
