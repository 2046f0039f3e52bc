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
    memberTitleSharePercent: z
      .number()
      .int('Tỷ lệ phải là số nguyên')
      .min(1, 'Tỷ lệ thành viên ít nhất 1%')
      .max(100, 'Tỷ lệ thành viên tối đa 100%')
      .describe(
        'Tỷ lệ tối thiểu (%) thành viên đạt Lao động tiên tiến trở lên của Tập thể lao động tiên tiến, xuất sắc (Luật TĐKT 2022 Điều 27, 28; mặc định 70)',
      ),
    flagsPerBloc: z
      .number()
      .int('Số cờ phải là số nguyên')
      .min(1, 'Mỗi cụm, khối được đề nghị ít nhất 1 cờ')
      .max(20, 'Mỗi cụm, khối được đề nghị tối đa 20 cờ')
      .describe(
        'Số tập thể của một cụm, khối thi đua được đề nghị cùng một loại Cờ thi đua trong năm (Luật TĐKT 2022 Điều 25, 26; mặc định 1)',
      ),
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
        memberTitleSharePercent: 70,
        flagsPerBloc: 1,
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
