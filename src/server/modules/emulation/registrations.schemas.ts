import { z } from 'zod';
import { REGISTRABLE_CODES, REGISTRATION_SUBJECTS } from '../../../domain/emulation/registration';
import { PageQuerySchema, QueryBool, text, PlanDateSchema } from '../../lib/http';
import { UnitRefSchema, uuidOf, YearSchema } from './emulation.schemas';

const TitleCodeSchema = z
  .enum(REGISTRABLE_CODES as [string, ...string[]])
  .describe('Mã danh hiệu thi đua đăng ký (danh mục trong GET /api/emulation/registration-titles)');
const BodyYearSchema = z
  .number({ message: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(1945, 'Năm phải từ 1945')
  .max(2200, 'Năm không được sau 2200');
const NoteSchema = text(1000).nullable().optional();

export const RegistrationCreateSchema = z
  .discriminatedUnion('subjectType', [
    z.object({
      subjectType: z.literal('collective'),
      year: BodyYearSchema,
      orgUnitId: uuidOf('Mã đơn vị'),
      titleCode: TitleCodeSchema,
      note: NoteSchema,
    }),
    z.object({
      subjectType: z.literal('individual'),
      year: BodyYearSchema,
      personId: uuidOf('Mã người'),
      titleCode: TitleCodeSchema,
      note: NoteSchema,
    }),
  ])
  .meta({ id: 'RegistrationCreate' });
export type RegistrationCreate = z.infer<typeof RegistrationCreateSchema>;

export const RegistrationPatchSchema = z
  .object({ titleCode: TitleCodeSchema.optional(), note: NoteSchema })
  .meta({ id: 'RegistrationPatch' });
export type RegistrationPatch = z.infer<typeof RegistrationPatchSchema>;

export const RegistrationSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    subjectType: z.enum(REGISTRATION_SUBJECTS),
    subjectTypeLabel: z.string(),
    unit: UnitRefSchema.describe('Đơn vị đăng ký (tập thể, hoặc đơn vị của cá nhân khi đăng ký)'),
    orgUnit: UnitRefSchema.nullable(),
    person: z.object({ id: z.string(), fullName: z.string() }).nullable(),
    titleCode: z.string(),
    titleLabel: z.string(),
    registeredOn: z.string(),
    late: z.boolean().describe('Đăng ký sau hạn của năm'),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Registration' });
export type Registration = z.infer<typeof RegistrationSchema>;

export const RegistrationListQuerySchema = z
  .object({
    year: YearSchema.optional(),
    unitId: uuidOf('Mã đơn vị').optional(),
    includeSubunits: QueryBool.default(true),
    subjectType: z.enum(REGISTRATION_SUBJECTS).optional(),
    titleCode: TitleCodeSchema.optional(),
    late: QueryBool.optional(),
    q: text(200).optional().describe('Tìm không dấu theo tên người hoặc tên đơn vị'),
  })
  .extend(PageQuerySchema.shape);
export type RegistrationListQuery = z.infer<typeof RegistrationListQuerySchema>;

export const RegistrationListSchema = z
  .object({ items: z.array(RegistrationSchema), total: z.number().int() })
  .meta({ id: 'RegistrationList' });

export const DeadlineSchema = z
  .object({ year: z.number().int(), deadline: z.string() })
  .meta({ id: 'RegistrationDeadline' });
export const DeadlineListSchema = z
  .object({ items: z.array(DeadlineSchema) })
  .meta({ id: 'RegistrationDeadlineList' });
export const DeadlinePutSchema = z
  .object({ deadline: PlanDateSchema })
  .meta({ id: 'RegistrationDeadlinePut' });
export const YearParamsSchema = z.object({ year: YearSchema });

export const TitleListSchema = z
  .object({
    items: z.array(
      z.object({ code: z.string(), label: z.string(), subjectType: z.enum(REGISTRATION_SUBJECTS) }),
    ),
  })
  .meta({ id: 'RegistrationTitleList' });

export const ImportQuerySchema = z.object({ year: YearSchema });
export const TemplateQuerySchema = z.object({
  year: YearSchema.optional(),
  unitId: uuidOf('Mã đơn vị')
    .optional()
    .describe('Điền sẵn tập thể đơn vị và các cá nhân thuộc đơn vị (và đơn vị cấp dưới)'),
});

export const ImportResultSchema = z
  .object({
    year: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), messages: z.array(z.string()) })),
  })
  .meta({ id: 'RegistrationImportResult' });
export type ImportResult = z.infer<typeof ImportResultSchema>;
