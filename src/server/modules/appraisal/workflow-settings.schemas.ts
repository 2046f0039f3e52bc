import { z } from 'zod';
import type { WorkflowSettings } from '../../../domain/commendation/appraisal';
import { dayNumber, isIsoDate } from '../../../domain/calendar';
import { IsoDateSchema, requiredText } from '../../lib/http';

const days = (what: string, max: number) =>
  z
    .number()
    .int(`${what}: số ngày làm việc phải là số nguyên`)
    .min(1, `${what}: ít nhất 1 ngày làm việc`)
    .max(max, `${what}: tối đa ${max} ngày làm việc`);

const HolidaySchema = z
  .object({
    from: IsoDateSchema,
    to: IsoDateSchema,
    name: requiredText(120),
    announced: z
      .boolean()
      .optional()
      .describe('Khoảng nghỉ đã được công bố chính thức (không tính nghỉ bù thêm)'),
  })
  .strict()
  .refine((h) => !isIsoDate(h.from) || !isIsoDate(h.to) || h.from <= h.to, {
    message: 'Ngày kết thúc nghỉ phải sau hoặc bằng ngày bắt đầu',
    path: ['to'],
  })
  .refine((h) => !isIsoDate(h.from) || !isIsoDate(h.to) || dayNumber(h.to) - dayNumber(h.from) <= 60, {
    message: 'Một khoảng nghỉ không dài quá 60 ngày',
    path: ['to'],
  });

const CODE = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch dưới (2–40 ký tự)');

/** The tenant's workflow configuration (src/domain/commendation/appraisal.ts WorkflowSettings). */
export const WorkflowSettingsSchema = z
  .object({
    calendar: z
      .object({
        weekend: z
          .array(z.number().int().min(0).max(6), {
            message: 'Ngày nghỉ hằng tuần: 0 (Chủ nhật) … 6 (Thứ bảy)',
          })
          .max(6, 'Phải còn ít nhất một ngày làm việc trong tuần')
          .refine((w) => new Set(w).size === w.length, 'Ngày nghỉ hằng tuần bị trùng'),
        holidays: z.array(HolidaySchema).max(500, 'Tối đa 500 khoảng nghỉ lễ'),
        extraWorkingDays: z.array(IsoDateSchema).max(200, 'Tối đa 200 ngày làm bù'),
        compensateWeekendHolidays: z
          .boolean()
          .describe('Nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần (BLLĐ Điều 111 k3)'),
      })
      .strict(),
    appraisal: z
      .object({
        stepWorkingDays: z
          .object({
            completeness: days('Kiểm tra hồ sơ', 60),
            appraisal: days('Thẩm định', 120),
            after_opinions: days('Trình sau khi đủ ý kiến', 60),
          })
          .strict(),
        reminderWorkingDaysBefore: z
          .number()
          .int('Số ngày nhắc trước phải là số nguyên')
          .min(0, 'Số ngày nhắc trước không âm')
          .max(30, 'Nhắc trước tối đa 30 ngày làm việc'),
        clearanceBodies: z
          .array(z.object({ code: CODE, label: requiredText(200) }).strict())
          .max(30, 'Tối đa 30 cơ quan')
          .refine((b) => new Set(b.map((x) => x.code)).size === b.length, 'Mã cơ quan bị trùng'),
      })
      .strict(),
    consultation: z
      .object({
        groups: z.array(z.string().max(40)).max(20),
        awardCodes: z.array(z.string().max(80)).max(200),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'WorkflowSettings' });

export type WorkflowSettingsInput = z.infer<typeof WorkflowSettingsSchema>;
const _same: WorkflowSettings = {} as WorkflowSettingsInput;
void _same;

export const WorkflowSettingsViewSchema = z
  .object({
    settings: WorkflowSettingsSchema,
    isDefault: z.boolean(),
    publicityWorkingDays: z.number().int().describe('Số ngày làm việc lấy ý kiến (cấu hình pháp lý, §4.4)'),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'WorkflowSettingsView' });
