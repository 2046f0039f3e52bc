import { z } from 'zod';
import { EVALUATION_CALENDARS, type LegalSettings, ROUNDING_MODES } from '../../../domain/awards/settings';
import { text } from '../../lib/http';

/** The tenant's legal configuration (src/domain/awards/settings.ts): every field required on PUT. */
export const LegalSettingsSchema = z
  .object({
    evaluationCalendar: z
      .enum(EVALUATION_CALENDARS, { message: 'Lịch đánh giá phải là năm dương lịch hoặc năm học' })
      .describe('calendar_year: năm dương lịch; school_year: năm học (đơn vị giáo dục)'),
    publicityWorkingDays: z
      .number()
      .int('Số ngày làm việc phải là số nguyên')
      .min(1, 'Thời gian công khai ít nhất 1 ngày làm việc')
      .max(60, 'Thời gian công khai tối đa 60 ngày làm việc')
      .describe('Số ngày làm việc lấy ý kiến công khai (mặc định 5)'),
    roundingMode: z
      .enum(ROUNDING_MODES, { message: 'Cách làm tròn tiền thưởng không hợp lệ' })
      .describe('ceil_10000: làm tròn lên hàng chục nghìn đồng (ND 152/2025 Điều 49); none: không làm tròn'),
    enableRs2026DraftCriteria: z
      .boolean()
      .describe('Áp dụng các tiêu chuẩn dự thảo của bộ quy tắc RS_2026 (chưa có văn bản chính thức)'),
    localCriteria: z
      .object({
        bangKhenTinh: text(4000).describe('Tiêu chuẩn riêng của địa phương cho Bằng khen cấp tỉnh'),
        giayKhen: text(4000).describe('Tiêu chuẩn riêng cho Giấy khen'),
      })
      .strict(),
  })
  .strict()
  .meta({
    id: 'LegalSettings',
    examples: [
      {
        evaluationCalendar: 'calendar_year',
        publicityWorkingDays: 5,
        roundingMode: 'ceil_10000',
        enableRs2026DraftCriteria: false,
        localCriteria: { bangKhenTinh: '', giayKhen: '' },
      },
    ],
  });

// The schema and the domain type must describe the same thing.
export type LegalSettingsInput = z.infer<typeof LegalSettingsSchema>;
const _sameShape: LegalSettings = {} as LegalSettingsInput;
const _sameShapeBack: LegalSettingsInput = {} as LegalSettings;
void _sameShape;
void _sameShapeBack;

export const LegalSettingsViewSchema = z
  .object({
    legal: LegalSettingsSchema,
    isDefault: z
      .boolean()
      .describe('true khi đơn vị sử dụng chưa thay đổi, đang dùng giá trị mặc định quốc gia'),
    defaults: LegalSettingsSchema,
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'LegalSettingsView' });
export type LegalSettingsView = z.infer<typeof LegalSettingsViewSchema>;
