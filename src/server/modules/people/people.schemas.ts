import { z } from 'zod';
import { ETHNIC_GROUP_CODES } from '../../../domain/people/ethnic-groups';
import { GENDERS, OCCUPATION_GROUPS } from '../../../domain/people/person';
import { IsoDateSchema, PageQuerySchema, QueryBool, text, int4 } from '../../lib/http';

export const PERSON_SORTS = ['name', '-name', 'birthDate', '-birthDate', 'createdAt', '-createdAt'] as const;

export const PersonFilterSchema = z.object({
  q: text(100).optional(),
  unitId: z.uuid({ message: 'Mã đơn vị không hợp lệ' }).optional(),
  includeSubunits: QueryBool.default(true),
  gender: z.enum(GENDERS).optional(),
  ethnicity: z.enum(ETHNIC_GROUP_CODES).optional(),
  occupationGroup: z.enum(OCCUPATION_GROUPS).optional(),
  isLeader: QueryBool.optional(),
  sort: z.enum(PERSON_SORTS).default('name'),
});
export type PersonFilter = z.infer<typeof PersonFilterSchema>;
export const PersonListQuerySchema = PersonFilterSchema.extend(PageQuerySchema.shape);
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;

const UnitRefSchema = z.object({ id: z.string(), name: z.string() });

export const PersonItemSchema = z
  .object({
    id: z.string(),
    fullName: z.string(),
    gender: z.enum(GENDERS),
    birthDate: z.string().nullable(),
    ethnicity: z.string(),
    ethnicityName: z.string(),
    citizenId: z
      .string()
      .nullable()
      .describe(
        'Luôn bị che (002******234); số đầy đủ: POST /api/people/:id/reveal-citizen-id (ghi nhật ký)',
      ),
    position: z.string().nullable(),
    isLeader: z.boolean(),
    occupationGroup: z.enum(OCCUPATION_GROUPS),
    recruitedOn: z.string().nullable(),
    unit: UnitRefSchema.nullable(),
    externalCode: z.string().nullable(),
    version: int4(),
  })
  .meta({ id: 'PersonItem' });
export type PersonItem = z.infer<typeof PersonItemSchema>;

export const PersonListSchema = z
  .object({
    items: z.array(PersonItemSchema),
    total: z.number().int(),
    totalExact: z
      .boolean()
      .describe('false khi có hơn 10.000 kết quả: total khi đó là 10.000 ("hơn 10.000")'),
  })
  .meta({ id: 'PersonList' });

export const MembershipSchema = z
  .object({
    id: z.string(),
    unit: UnitRefSchema,
    position: z.string().nullable(),
    fromDate: z.string().nullable(),
    toDate: z.string().nullable(),
  })
  .meta({ id: 'PersonMembership' });

export const PersonDetailSchema = PersonItemSchema.extend({
  citizenIdRevealable: z
    .boolean()
    .describe('Người dùng được xem đầy đủ số định danh của người này (qua thao tác xem có ghi nhật ký)'),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  memberships: z.array(MembershipSchema),
  householdsHeaded: z.array(z.object({ id: z.string(), name: z.string() })),
}).meta({ id: 'PersonDetail' });
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

/** Optional text: undefined = not sent (keep), null or '' = clear. */
const optionalText = (max: number) => text(max).nullable().optional();
const optionalDate = IsoDateSchema.nullable().optional();

/** Every field optional, no defaults: PATCH changes only what it is given; the service fills create defaults. */
const PersonFieldsSchema = z.object({
  fullName: text(200).pipe(z.string().min(1, 'Không được để trống')),
  gender: z.enum(GENDERS),
  birthDate: optionalDate,
  ethnicity: z.enum(ETHNIC_GROUP_CODES).optional(),
  citizenId: z.string().trim().max(20).nullable().optional(),
  externalCode: optionalText(50),
  position: optionalText(200),
  isLeader: z.boolean().optional(),
  occupationGroup: z.enum(OCCUPATION_GROUPS).optional(),
  recruitedOn: optionalDate,
  phone: optionalText(20),
  email: z.email({ message: 'Email không hợp lệ' }).max(254).nullable().optional(),
});

export const PersonCreateSchema = PersonFieldsSchema.extend({
  unitId: z.uuid({ message: 'Mã đơn vị không hợp lệ' }).nullable().optional(),
}).meta({ id: 'PersonCreate' });
export type PersonCreate = z.infer<typeof PersonCreateSchema>;

/** Unit changes go through POST /api/people/:id/transfer so that the history stays right. */
export const PersonPatchSchema = PersonFieldsSchema.partial()
  .extend({ version: int4().min(1) })
  .strict()
  .meta({ id: 'PersonPatch' });
export type PersonPatch = z.infer<typeof PersonPatchSchema>;

export const TransferSchema = z
  .object({
    unitId: z.uuid({ message: 'Mã đơn vị không hợp lệ' }),
    position: optionalText(200),
    fromDate: IsoDateSchema,
    version: int4().min(1).optional(),
  })
  .meta({ id: 'PersonTransfer' });
export type TransferInput = z.infer<typeof TransferSchema>;

export const HouseholdListQuerySchema = z
  .object({
    q: text(100).optional(),
    unitId: z.uuid({ message: 'Mã đơn vị không hợp lệ' }).optional(),
  })
  .extend(PageQuerySchema.shape);
export type HouseholdListQuery = z.infer<typeof HouseholdListQuerySchema>;

export const HouseholdSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    head: z.object({ id: z.string(), fullName: z.string() }).nullable(),
    unit: UnitRefSchema,
    address: z.string().nullable(),
    externalCode: z.string().nullable(),
    version: int4(),
  })
  .meta({ id: 'Household' });
export type Household = z.infer<typeof HouseholdSchema>;

export const HouseholdCreateSchema = z
  .object({
    name: text(200).pipe(z.string().min(1, 'Không được để trống')),
    headPersonId: z.uuid({ message: 'Mã người không hợp lệ' }).nullable().optional(),
    unitId: z.uuid({ message: 'Mã đơn vị không hợp lệ' }),
    address: optionalText(300),
    externalCode: optionalText(50),
  })
  .meta({ id: 'HouseholdCreate' });
export type HouseholdCreate = z.infer<typeof HouseholdCreateSchema>;

export const HouseholdPatchSchema = HouseholdCreateSchema.partial()
  .extend({ version: int4().min(1) })
  .meta({ id: 'HouseholdPatch' });
export type HouseholdPatch = z.infer<typeof HouseholdPatchSchema>;

export const RevealCitizenIdSchema = z
  .object({ reason: text(500).optional().describe('Lý do xem (ghi vào nhật ký)') })
  .meta({ id: 'RevealCitizenId' });

/** Export with full citizen IDs: the list's filters and the reason, which the audit trail keeps. */
export const PersonFullExportSchema = PersonFilterSchema.extend({
  includeSubunits: z.boolean().default(true),
  isLeader: z.boolean().optional(),
  reason: text(500).pipe(z.string().min(10, 'Nêu lý do cần số định danh đầy đủ (ít nhất 10 ký tự)')),
}).meta({ id: 'PersonFullExport' });
export type PersonFullExport = z.infer<typeof PersonFullExportSchema>;
