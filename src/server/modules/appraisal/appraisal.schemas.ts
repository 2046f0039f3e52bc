import { z } from 'zod';
import {
  APPRAISAL_ACTIONS,
  APPRAISAL_STEPS,
  CLEARANCE_RESULTS,
  DEADLINE_STATES,
} from '../../../domain/commendation/appraisal';
import { ActDateSchema, int4, requiredText, text } from '../../lib/http';

export const NominationParamSchema = z.object({ id: z.uuid({ message: 'Mã hồ sơ không hợp lệ' }) });
export const ItemParamSchema = NominationParamSchema.extend({
  itemId: z.uuid({ message: 'Mã mục kiểm tra không hợp lệ' }),
});
export const ClearanceParamSchema = NominationParamSchema.extend({
  clearanceId: z.uuid({ message: 'Mã ý kiến cơ quan không hợp lệ' }),
});

const version = z.number().int().min(1).describe('Phiên bản hồ sơ người dùng đang xem (khoá lạc quan)');

export const ReceiveSchema = z.object({ version: version.optional() }).strict();
export const ConcludeSchema = z
  .object({
    reason: text(2000)
      .pipe(z.string().min(5, 'Lý do phải có ít nhất 5 ký tự'))
      .describe('Bắt buộc khi trả lại hoặc kết luận không đủ điều kiện'),
    version: version.optional(),
  })
  .strict();
export const ApproveSchema = z.object({ version: version.optional() }).strict();

export const ChecklistAddSchema = z
  .object({ label: requiredText(500), required: z.boolean().default(true) })
  .strict();
export const ChecklistPatchSchema = z
  .object({ checked: z.boolean().optional(), note: text(1000).nullable().optional() })
  .strict()
  .refine(
    (b) => b.checked !== undefined || b.note !== undefined,
    'Cần ít nhất một thay đổi (checked hoặc note)',
  );

export const ClearanceRequestSchema = z
  .object({
    bodyCode: z.string().min(1, 'Chọn cơ quan').max(40),
    requestedOn: ActDateSchema.optional(),
    note: text(1000).optional(),
  })
  .strict();
export const ClearanceAnswerSchema = z
  .object({
    result: z.enum(CLEARANCE_RESULTS, { message: 'Kết quả phải là pending, clear hoặc issue' }),
    answeredOn: ActDateSchema.nullable().optional(),
    answeredBy: text(200).optional().describe('Người / bộ phận trả lời của cơ quan được hỏi'),
    documentRef: text(200).optional().describe('Số, ngày văn bản trả lời'),
    note: text(2000).optional(),
    version: int4().min(1),
  })
  .strict();

export const OpinionSchema = z.object({ text: requiredText(5000) }).strict();

const DeadlineSchema = z.object({
  step: z.enum(APPRAISAL_STEPS),
  label: z.string(),
  basis: z.string(),
  startsOn: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  state: z.enum(DEADLINE_STATES),
  stateLabel: z.string(),
  workingDaysLeft: z.number().int(),
  late: z.boolean(),
});

export const AppraisalPanelSchema = z
  .object({
    nomination: z.object({
      id: z.string(),
      status: z.string(),
      statusLabel: z.string(),
      subjectName: z.string(),
      awardCode: z.string(),
      awardName: z.string(),
      roundName: z.string(),
      version: int4(),
      returnReason: z.string().nullable(),
      notEligibleReason: z.string().nullable(),
    }),
    canAppraise: z.boolean().describe('Người dùng có quyền thẩm định hồ sơ này (ghi ý kiến thẩm định)'),
    allowedActions: z
      .array(z.enum(APPRAISAL_ACTIONS))
      .describe(
        'Thao tác thẩm định người dùng được làm lúc này theo trạng thái hồ sơ và quyền: receive, approve, return, mark_not_eligible; record = ghi danh mục kiểm tra, ý kiến cơ quan',
      ),
    consultationRequired: z.boolean(),
    appraisal: z
      .object({
        receivedOn: z.string(),
        completenessDoneOn: z.string().nullable(),
        concludedOn: z.string().nullable(),
        conclusion: z.string().nullable(),
        conclusionReason: z.string().nullable(),
      })
      .nullable(),
    deadlines: z.array(DeadlineSchema),
    checklist: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        label: z.string(),
        required: z.boolean(),
        free: z.boolean(),
        checked: z.boolean(),
        note: z.string().nullable(),
        checkedBy: z.string().nullable(),
        checkedAt: z.string().nullable(),
      }),
    ),
    clearanceBodies: z.array(z.object({ code: z.string(), label: z.string() })),
    clearances: z.array(
      z.object({
        id: z.string(),
        bodyCode: z.string(),
        bodyLabel: z.string(),
        requestedOn: z.string(),
        requestedBy: z.string().nullable(),
        result: z.enum(CLEARANCE_RESULTS),
        resultLabel: z.string(),
        answeredOn: z.string().nullable(),
        answeredBy: z.string().nullable(),
        documentRef: z.string().nullable(),
        note: z.string().nullable(),
        recordedBy: z.string().nullable(),
        version: int4(),
      }),
    ),
    opinions: z.array(
      z.object({ id: z.string(), author: z.string(), text: z.string(), createdAt: z.string() }),
    ),
  })
  .meta({ id: 'AppraisalPanel' });

export const DeadlineQuerySchema = z.object({
  filter: z.enum(['attention', 'all'], { message: 'filter phải là attention hoặc all' }).default('attention'),
});

export const DeadlineListSchema = z
  .object({
    today: z.string(),
    total: z.number().int(),
    items: z.array(
      z.object({
        nominationId: z.string(),
        subjectName: z.string(),
        awardName: z.string(),
        roundName: z.string(),
        proposingUnit: z.string(),
        step: z.enum(APPRAISAL_STEPS),
        stepLabel: z.string(),
        basis: z.string(),
        receivedOn: z.string(),
        dueOn: z.string(),
        state: z.enum(DEADLINE_STATES),
        stateLabel: z.string(),
        workingDaysLeft: z.number().int(),
        remindedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'DeadlineList' });

export const SweepResultSchema = z
  .object({
    checked: z.number().int(),
    reminders: z.number().int(),
    mails: z.number().int(),
    delivered: z.object({ sent: z.number().int(), failed: z.number().int(), outbox: z.number().int() }),
  })
  .meta({ id: 'ReminderSweepResult' });
