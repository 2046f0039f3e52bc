import { z } from 'zod';
import { BLOC_KINDS, LEADERSHIP_SOURCES, MEETING_KINDS } from '../../../domain/emulation/bloc';
import { PageQuerySchema, requiredText, text, int4, ActDateSchema } from '../../lib/http';
import { AttachmentSchema, UnitRefSchema, uuidOf, YearSchema } from './emulation.schemas';

const optionalText = (max: number) => text(max).nullable().optional();
const UnitIdsSchema = (what: string) =>
  z.array(uuidOf(`Mã đơn vị trong ${what}`)).max(500, `Tối đa 500 đơn vị trong ${what}`);

const BlocFieldsSchema = z.object({
  kind: z.enum(BLOC_KINDS).describe('cluster = cụm thi đua, bloc = khối thi đua'),
  name: requiredText(300),
  organiserUnitId: uuidOf('Mã đơn vị tổ chức'),
  rotationOrder: UnitIdsSchema('thứ tự luân phiên').describe(
    'Thứ tự luân phiên Trưởng khối đã thống nhất: năm sau, đơn vị kế tiếp đơn vị Trưởng khối năm nay làm Trưởng khối, đơn vị kế tiếp nữa làm Phó khối',
  ),
  note: optionalText(5000),
});

export const BlocCreateSchema = BlocFieldsSchema.extend({
  rotationOrder: BlocFieldsSchema.shape.rotationOrder.default([]),
}).meta({ id: 'BlocCreate' });
export type BlocCreate = z.infer<typeof BlocCreateSchema>;

export const BlocPatchSchema = BlocFieldsSchema.partial()
  .extend({ version: int4().min(1) })
  .meta({ id: 'BlocPatch' });
export type BlocPatch = z.infer<typeof BlocPatchSchema>;

export const BlocListQuerySchema = z
  .object({
    kind: z.enum(BLOC_KINDS).optional(),
    year: YearSchema.optional().describe('Chỉ các cụm, khối có thành viên trong năm này'),
    organiserUnitId: uuidOf('Mã đơn vị tổ chức').optional(),
    q: text(200).optional().describe('Tìm không dấu theo tên'),
  })
  .extend(PageQuerySchema.shape);
export type BlocListQuery = z.infer<typeof BlocListQuerySchema>;

export const BlocItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(BLOC_KINDS),
    kindLabel: z.string(),
    name: z.string(),
    organiserUnit: UnitRefSchema,
    version: int4(),
  })
  .meta({ id: 'BlocItem' });
export type BlocItem = z.infer<typeof BlocItemSchema>;

export const BlocListSchema = z
  .object({ items: z.array(BlocItemSchema), total: z.number().int() })
  .meta({ id: 'BlocList' });

export const LeadershipSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    head: UnitRefSchema,
    deputy: UnitRefSchema.nullable(),
    source: z.enum(LEADERSHIP_SOURCES),
    sourceLabel: z.string(),
    handedOver: z.boolean().describe('Đã chuyển giao cho năm sau'),
    handedOverAt: z.string().nullable(),
    note: z.string().nullable(),
    version: int4(),
  })
  .meta({ id: 'BlocLeadership' });
export type Leadership = z.infer<typeof LeadershipSchema>;

export const BlocDetailSchema = BlocItemSchema.extend({
  rotationOrder: z.array(UnitRefSchema),
  note: z.string().nullable(),
  years: z.array(
    z.object({
      year: z.number().int(),
      memberCount: z.number().int(),
      leadership: LeadershipSchema.nullable(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'BlocDetail' });
export type BlocDetail = z.infer<typeof BlocDetailSchema>;

export const BlocYearSchema = z
  .object({
    blocId: z.string(),
    year: z.number().int(),
    members: z.array(UnitRefSchema.extend({ code: z.string().nullable() })),
    leadership: LeadershipSchema.nullable(),
  })
  .meta({ id: 'BlocYear' });
export type BlocYear = z.infer<typeof BlocYearSchema>;

export const BlocYearParamsSchema = z.object({ id: uuidOf('Mã cụm, khối'), year: YearSchema });

export const MembersPutSchema = z
  .object({ unitIds: UnitIdsSchema('danh sách thành viên') })
  .meta({ id: 'BlocMembersPut' });
export type MembersPut = z.infer<typeof MembersPutSchema>;

export const LeadershipPutSchema = z
  .object({
    headUnitId: uuidOf('Mã đơn vị Trưởng khối'),
    deputyUnitId: uuidOf('Mã đơn vị Phó khối').nullable(),
    note: optionalText(2000),
    version: int4().min(1).optional().describe('Bắt buộc khi sửa Trưởng, Phó khối đã ghi'),
  })
  .meta({ id: 'BlocLeadershipPut' });
export type LeadershipPut = z.infer<typeof LeadershipPutSchema>;

export const HandoverSchema = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('rotation'), note: optionalText(2000) }),
    z.object({
      method: z.literal('vote'),
      headUnitId: uuidOf('Mã đơn vị Trưởng khối năm sau'),
      deputyUnitId: uuidOf('Mã đơn vị Phó khối năm sau'),
      note: optionalText(2000),
    }),
  ])
  .meta({ id: 'BlocHandover' });
export type Handover = z.infer<typeof HandoverSchema>;

export const LeadershipHistorySchema = z
  .object({ items: z.array(LeadershipSchema) })
  .meta({ id: 'BlocLeadershipHistory' });

export const MeetingSchema = z
  .object({
    id: z.string(),
    blocId: z.string(),
    date: z.string(),
    kind: z.enum(MEETING_KINDS),
    kindLabel: z.string(),
    place: z.string().nullable(),
    minutes: z.string().nullable(),
    attachments: z.array(AttachmentSchema),
    version: int4(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'BlocMeeting' });
export type Meeting = z.infer<typeof MeetingSchema>;

export const MeetingCreateSchema = z
  .object({
    date: ActDateSchema,
    kind: z.enum(MEETING_KINDS),
    place: optionalText(500),
    minutes: optionalText(100_000).describe('Biên bản, nội dung'),
  })
  .meta({ id: 'BlocMeetingCreate' });
export type MeetingCreate = z.infer<typeof MeetingCreateSchema>;

export const MeetingPatchSchema = MeetingCreateSchema.partial()
  .extend({ version: int4().min(1) })
  .meta({ id: 'BlocMeetingPatch' });
export type MeetingPatch = z.infer<typeof MeetingPatchSchema>;

export const MeetingListSchema = z.object({ items: z.array(MeetingSchema) }).meta({ id: 'BlocMeetingList' });
export const MeetingListQuerySchema = z.object({ year: YearSchema.optional() });
export const MeetingParamsSchema = z.object({ id: uuidOf('Mã cụm, khối'), meetingId: uuidOf('Mã cuộc họp') });
