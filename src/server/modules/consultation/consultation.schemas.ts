import { REDACTION_KINDS } from '../../../domain/text/redact';
import { z } from 'zod';
import { COMMENT_STATUSES, CONSULTATION_STATUSES } from '../../../domain/commendation/consultation';
import { PageQuerySchema, requiredText, text, int4, PlanDateSchema } from '../../lib/http';

export const NominationParamSchema = z.object({ id: z.uuid({ message: 'Mã hồ sơ không hợp lệ' }) });
export const ConsultationParamSchema = z.object({
  id: z.uuid({ message: 'Mã đợt lấy ý kiến không hợp lệ' }),
});
export const CommentParamSchema = z.object({ id: z.uuid({ message: 'Mã ý kiến không hợp lệ' }) });

export const OpenConsultationSchema = z
  .object({
    summary: requiredText(8000).describe(
      'Tóm tắt thành tích công bố trên cổng công khai (số định danh và ngày sinh bị che tự động)',
    ),
    startOn: PlanDateSchema.optional().describe(
      'Ngày bắt đầu (mặc định hôm nay; ngày nghỉ → ngày làm việc kế tiếp)',
    ),
    version: int4().min(1).optional(),
  })
  .strict();

export const ModerateSchema = z
  .object({
    action: z.enum(['publish', 'hide'], { message: 'Thao tác phải là publish hoặc hide' }),
    reason: text(1000).optional().describe('Bắt buộc khi ẩn ý kiến'),
  })
  .strict();

export const ConsultationListQuerySchema = PageQuerySchema.extend({
  status: z.enum(CONSULTATION_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
});

const ConsultationSchema = z.object({
  id: z.string(),
  nominationId: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  statusLabel: z.string(),
  phase: z.enum(['scheduled', 'open', 'ended']),
  startsOn: z.string(),
  endsOn: z.string(),
  workingDays: z.number().int(),
  nomineeName: z.string(),
  unitName: z.string(),
  awardName: z.string(),
  summary: z.string(),
  publicPath: z.string(),
  closedAt: z.string().nullable(),
  pendingComments: z.number().int(),
  totalComments: z.number().int(),
  version: int4(),
});

const CommentSchema = z.object({
  id: z.string(),
  consultationId: z.string(),
  nominationId: z.string(),
  authorName: z.string().nullable(),
  contact: z.string().nullable(),
  text: z.string().describe('Nguyên văn người dân gửi (chỉ cán bộ kiểm duyệt xem)'),
  publicText: z
    .string()
    .describe('Nội dung sẽ công bố: đã ẩn số định danh, điện thoại, ngày sinh, thư điện tử'),
  publicAuthorName: z.string().nullable(),
  redactions: z
    .array(z.object({ kind: z.enum(REDACTION_KINDS), label: z.string(), original: z.string() }))
    .describe('Những gì đã ẩn khi công bố'),
  status: z.enum(COMMENT_STATUSES),
  statusLabel: z.string(),
  moderationReason: z.string().nullable(),
  moderatedBy: z.string().nullable(),
  moderatedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const ConsultationDetailSchema = ConsultationSchema.extend({ comments: z.array(CommentSchema) }).meta({
  id: 'ConsultationDetail',
});
export const ConsultationListSchema = z
  .object({ items: z.array(ConsultationSchema), total: z.number().int() })
  .meta({ id: 'ConsultationList' });
export const DossierConsultationsSchema = z
  .object({
    required: z.boolean(),
    canModerate: z.boolean(),
    nominationStatus: z.string(),
    nominationVersion: z.number().int(),
    consultations: z.array(ConsultationSchema),
    comments: z.array(CommentSchema),
  })
  .meta({ id: 'DossierConsultations' });
