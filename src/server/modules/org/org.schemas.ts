import { z } from 'zod';
import { LINEAGE_KINDS, ORG_UNIT_TYPES } from '../../../domain/org/org-unit';
import { IsoDateSchema, listOf, PageQuerySchema, requiredText, text, int4 } from '../../lib/http';

const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v === null || v === '' ? null : v));

export const OrgUnitTypeSchema = z.enum(ORG_UNIT_TYPES);
export const LineageKindSchema = z.enum(LINEAGE_KINDS);

export const AncestorSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'OrgUnitAncestor' });

export const OrgUnitListItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: OrgUnitTypeSchema,
    code: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    parentId: z.string().nullable(),
    depth: z.number().int(),
    hasChildren: z.boolean(),
    ancestors: z.array(AncestorSchema),
  })
  .meta({ id: 'OrgUnitListItem' });

export const OrgUnitListSchema = listOf(OrgUnitListItemSchema).meta({ id: 'OrgUnitList' });

export const OrgUnitListQuerySchema = PageQuerySchema.extend({
  q: text(200).optional(),
  asOf: IsoDateSchema.optional(),
  parentId: z.uuid({ message: 'Mã đơn vị cha không hợp lệ' }).optional(),
  type: OrgUnitTypeSchema.optional(),
});
export type OrgUnitListQuery = z.infer<typeof OrgUnitListQuerySchema>;

export const LineageEventViewSchema = z
  .object({
    id: z.string(),
    kind: LineageKindSchema,
    direction: z.enum(['in', 'out']),
    effectiveDate: z.string(),
    legalBasis: z.string().nullable(),
    note: z.string().nullable(),
    otherUnit: z.object({
      id: z.string(),
      name: z.string(),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
    }),
  })
  .meta({ id: 'OrgUnitLineageEvent' });

export const OrgUnitDetailSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: OrgUnitTypeSchema,
    code: z.string().nullable(),
    externalKey: z.string().nullable(),
    note: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    parentId: z.string().nullable(),
    path: z.string(),
    depth: z.number().int(),
    version: int4(),
    ancestors: z.array(AncestorSchema),
    events: z.array(LineageEventViewSchema),
    children: z.object({ total: z.number().int(), inForce: z.number().int(), asOf: z.string() }),
  })
  .meta({ id: 'OrgUnitDetail' });
export type OrgUnitDetail = z.infer<typeof OrgUnitDetailSchema>;

export const SubtreeItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: OrgUnitTypeSchema,
    code: z.string().nullable(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    parentId: z.string().nullable(),
    depth: z.number().int(),
  })
  .meta({ id: 'OrgUnitSubtreeItem' });
export const SubtreeSchema = listOf(SubtreeItemSchema).meta({ id: 'OrgUnitSubtree' });
export const AsOfQuerySchema = z.object({ asOf: IsoDateSchema.optional() });

export const CreateOrgUnitSchema = z
  .object({
    name: requiredText(300),
    type: OrgUnitTypeSchema,
    parentId: z.uuid({ message: 'Mã đơn vị cha không hợp lệ' }).nullish(),
    code: optionalText(50),
    validFrom: IsoDateSchema.nullish(),
    validTo: IsoDateSchema.nullish(),
    note: optionalText(2000),
  })
  .meta({ id: 'CreateOrgUnit' });
export type CreateOrgUnitInput = z.infer<typeof CreateOrgUnitSchema>;

export const UpdateOrgUnitSchema = z
  .object({
    version: int4().min(1),
    name: requiredText(300).optional(),
    code: optionalText(50),
    validFrom: IsoDateSchema.nullish(),
    validTo: IsoDateSchema.nullish(),
    note: optionalText(2000),
  })
  .meta({ id: 'UpdateOrgUnit' });
export type UpdateOrgUnitInput = z.infer<typeof UpdateOrgUnitSchema>;

export const RenameOrgUnitSchema = z
  .object({ name: requiredText(300), effectiveDate: IsoDateSchema, legalBasis: optionalText(500) })
  .meta({ id: 'RenameOrgUnit' });
export const MoveOrgUnitSchema = z
  .object({
    parentId: z.uuid({ message: 'Mã đơn vị cha không hợp lệ' }),
    effectiveDate: IsoDateSchema,
    legalBasis: optionalText(500),
  })
  .meta({ id: 'MoveOrgUnit' });
export const EndOrgUnitSchema = z
  .object({ validTo: IsoDateSchema, legalBasis: optionalText(500) })
  .meta({ id: 'EndOrgUnit' });

export const SuccessionResultSchema = z
  .object({ unit: OrgUnitDetailSchema, successors: z.number().int(), events: z.number().int() })
  .meta({ id: 'OrgUnitSuccession' });

export const CreateLineageEventSchema = z
  .object({
    kind: LineageKindSchema,
    fromUnitId: z.uuid({ message: 'Mã đơn vị trước không hợp lệ' }),
    toUnitId: z.uuid({ message: 'Mã đơn vị sau không hợp lệ' }),
    effectiveDate: IsoDateSchema,
    legalBasis: optionalText(500),
    note: optionalText(2000),
  })
  .meta({ id: 'CreateLineageEvent' });
export type CreateLineageEventInput = z.infer<typeof CreateLineageEventSchema>;

export const LineageEventSchema = z
  .object({
    id: z.string(),
    kind: LineageKindSchema,
    fromUnitId: z.string(),
    toUnitId: z.string(),
    effectiveDate: z.string(),
    legalBasis: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'LineageEvent' });

export const LineageImportResultSchema = z
  .object({
    created: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), messages: z.array(z.string()) })),
  })
  .meta({ id: 'LineageImportResult' });

export const ImportAdminUnitsSchema = z
  .object({
    newProvinceCodes: z
      .array(z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số'))
      .min(1)
      .max(34)
      .optional(),
  })
  .meta({ id: 'ImportAdminUnits' });

export const AdminUnitsImportResultSchema = z
  .object({
    provinces: z.number().int(),
    communes: z.number().int(),
    formerProvinces: z.number().int(),
    districts: z.number().int(),
    formerCommunes: z.number().int(),
    lineageEvents: z.number().int(),
    createdUnits: z.number().int(),
    createdEvents: z.number().int(),
  })
  .meta({ id: 'AdminUnitsImportResult' });
