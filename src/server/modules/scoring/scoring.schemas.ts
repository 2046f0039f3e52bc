import { z } from 'zod';
import { SCORING_DIRECTIONS, SCORING_LIMITS, SCORING_METHODS } from '../../../domain/scoring/types';
import { requiredText, text } from '../../lib/http';

/**
 * Request and response schemas of POST /api/scoring/preview (zod 4, Vietnamese messages). These check the
 * shape and the sizes; the meaning of the table (unique codes, params per method, ordered bands, values for
 * known items…) is checked by src/domain/scoring/validate.ts, whose problems come back in the same error shape.
 */

/**
 * Members × items scored by one preview. Every scored item carries its explanation, so the answer is about
 * 200 bytes per cell: 100,000 cells (1,000 units × 100 items, or 500 × 200) answer ~20 MB in about a second.
 */
export const PREVIEW_MAX_CELLS = 100_000;

const Code = requiredText(SCORING_LIMITS.codeLength);
const Name = requiredText(SCORING_LIMITS.nameLength);
const num = (what: string) => z.number({ error: `${what} phải là một số` });
const Figure = (what: string) => num(what).nullable().optional();

const BandSchema = z
  .object({
    minRatio: num('Tỷ lệ tối thiểu (minRatio)').describe('Từ tỷ lệ này (1 = 100% kế hoạch) trở lên'),
    points: num('Số điểm của mức'),
  })
  .strict();

const ParamsSchema = z
  .object({
    bands: z
      .array(BandSchema)
      .max(SCORING_LIMITS.bands, `Tối đa ${SCORING_LIMITS.bands} mức`)
      .optional()
      .describe('bands: các mức { minRatio, points }, sắp tăng dần hoặc giảm dần theo minRatio'),
    perPercent: num('perPercent').optional().describe('bonus: số điểm cho mỗi 1% vượt kế hoạch'),
    cap: num('cap').optional().describe('bonus, deduction: mức trần điểm cộng/trừ (≤ maxPoints)'),
    perCount: num('perCount').optional().describe('deduction: số điểm trừ cho mỗi trường hợp'),
  })
  .strict()
  .describe('Tham số theo phương pháp: bands → bands; bonus → perPercent, cap; deduction → perCount, cap');

export const ScoringItemSchema = z
  .object({
    code: Code.describe('Mã chỉ tiêu, duy nhất trong bảng (kể cả mã nhóm)'),
    name: Name,
    maxPoints: num('Điểm tối đa (maxPoints)'),
    direction: z.enum(SCORING_DIRECTIONS, {
      error:
        'Chiều đánh giá (direction) phải là higher_better (càng cao càng tốt) hoặc lower_better (càng thấp càng tốt)',
    }),
    method: z.enum(SCORING_METHODS, {
      error: `Phương pháp chấm (method) không hợp lệ; chọn một trong: ${SCORING_METHODS.join(', ')}`,
    }),
    params: ParamsSchema.nullable().optional(),
    unit: text(SCORING_LIMITS.unitLength)
      .nullable()
      .optional()
      .describe('Đơn vị tính của kế hoạch và thực hiện'),
    evidenceRequired: z.boolean().nullable().optional().describe('Có yêu cầu minh chứng'),
  })
  .strict()
  .meta({ id: 'ScoringItem', description: 'Chỉ tiêu của bảng chấm điểm' });

export const ScoringGroupSchema = z
  .object({
    code: Code.describe('Mã nhóm tiêu chí'),
    name: Name,
    items: z
      .array(ScoringItemSchema)
      .min(1, 'Nhóm phải có ít nhất một chỉ tiêu')
      .max(SCORING_LIMITS.items, `Bảng chấm điểm có tối đa ${SCORING_LIMITS.items} chỉ tiêu`),
  })
  .strict()
  .meta({ id: 'ScoringGroup', description: 'Nhóm tiêu chí' });

export const ScoringTableSchema = z
  .object({
    groups: z
      .array(ScoringGroupSchema)
      .min(1, 'Bảng chấm điểm phải có ít nhất một nhóm tiêu chí')
      .max(SCORING_LIMITS.groups, `Bảng chấm điểm có tối đa ${SCORING_LIMITS.groups} nhóm tiêu chí`),
  })
  .strict()
  .meta({ id: 'ScoringTable', description: 'Bảng chấm điểm: nhóm → chỉ tiêu' });

const ItemValueSchema = z
  .object({
    plan: Figure('Kế hoạch (plan)'),
    actual: Figure('Thực hiện (actual)'),
    achieved: z.boolean({ error: 'Đạt (achieved) phải là true hoặc false' }).nullable().optional(),
    count: Figure('Số trường hợp (count)'),
  })
  .strict();

const MemberId = z.union([requiredText(100), z.number().int()], {
  error: 'Mã thành viên (id) phải là chuỗi hoặc số nguyên',
});

const ScoringMemberSchema = z
  .object({
    id: MemberId.describe('Mã thành viên (đơn vị); trả lại đúng như đã gửi'),
    name: text(SCORING_LIMITS.nameLength).nullable().optional(),
    values: z
      .record(
        z.string().max(SCORING_LIMITS.codeLength, `Mã chỉ tiêu tối đa ${SCORING_LIMITS.codeLength} ký tự`),
        ItemValueSchema.nullable(),
      )
      .optional()
      .describe('Số liệu theo mã chỉ tiêu: { plan, actual, achieved, count }; thiếu = chưa có số liệu'),
  })
  .strict();

const ClassificationBandSchema = z
  .object({ minTotal: num('Điểm tối thiểu (minTotal)'), label: requiredText(100) })
  .strict();

const EXAMPLE = {
  table: {
    groups: [
      {
        code: 'I',
        name: 'Phát triển kinh tế',
        items: [
          {
            code: 'I.1',
            name: 'Thu ngân sách trên địa bàn',
            maxPoints: 10,
            direction: 'higher_better',
            method: 'proportional',
            unit: 'tỷ đồng',
          },
          {
            code: 'I.2',
            name: 'Giải quyết việc làm',
            maxPoints: 10,
            direction: 'higher_better',
            method: 'bands',
            params: {
              bands: [
                { minRatio: 1, points: 6 },
                { minRatio: 1.15, points: 8 },
                { minRatio: 1.3, points: 10 },
              ],
            },
          },
          {
            code: 'I.3',
            name: 'Đạt chuẩn nông thôn mới',
            maxPoints: 5,
            direction: 'higher_better',
            method: 'fixed',
          },
        ],
      },
      {
        code: 'II',
        name: 'Điểm thưởng, điểm trừ',
        items: [
          {
            code: 'II.1',
            name: 'Vượt thu ngân sách',
            maxPoints: 5,
            direction: 'higher_better',
            method: 'bonus',
            params: { perPercent: 0.25, cap: 5 },
          },
          {
            code: 'II.2',
            name: 'Cán bộ bị kỷ luật',
            maxPoints: 5,
            direction: 'lower_better',
            method: 'deduction',
            params: { perCount: 2, cap: 5 },
          },
        ],
      },
    ],
  },
  members: [
    {
      id: 'tp-ha-giang',
      name: 'Thành phố Hà Giang',
      values: {
        'I.1': { plan: 100, actual: 124 },
        'I.2': { plan: 1000, actual: 1153 },
        'I.3': { achieved: true },
        'II.1': { plan: 100, actual: 124 },
        'II.2': { count: 0 },
      },
    },
    {
      id: 'bac-quang',
      name: 'Huyện Bắc Quang',
      values: {
        'I.1': { plan: 100, actual: 98 },
        'I.2': { plan: 1000, actual: 1144 },
        'I.3': { achieved: true },
        'II.1': { plan: 100, actual: 98 },
        'II.2': { count: 1 },
      },
    },
  ],
  bands: [
    { minTotal: 27, label: 'Xuất sắc' },
    { minTotal: 20, label: 'Tốt' },
    { minTotal: 0, label: 'Hoàn thành' },
  ],
};

export const ScoringPreviewBodySchema = z
  .object({
    table: ScoringTableSchema,
    members: z
      .array(ScoringMemberSchema)
      .min(1, 'Cần ít nhất một thành viên')
      .max(SCORING_LIMITS.members, `Tối đa ${SCORING_LIMITS.members} thành viên trong một lần chấm`),
    bands: z
      .array(ClassificationBandSchema)
      .max(SCORING_LIMITS.classificationBands, `Tối đa ${SCORING_LIMITS.classificationBands} mức xếp loại`)
      .nullable()
      .optional()
      .describe(
        'Mức xếp loại { minTotal, label }; bỏ trống = mặc định Xuất sắc/Tốt/Khá/Trung bình từ 90/80/70/50% điểm chuẩn, còn lại Yếu',
      ),
  })
  .strict()
  .superRefine((body, ctx) => {
    const items = body.table.groups.reduce((n, g) => n + g.items.length, 0);
    const cells = items * body.members.length;
    if (cells > PREVIEW_MAX_CELLS)
      ctx.addIssue({
        code: 'custom',
        path: ['members'],
        message: `Một lần chấm thử tối đa ${PREVIEW_MAX_CELLS.toLocaleString('vi-VN')} ô (thành viên × chỉ tiêu); đang có ${body.members.length.toLocaleString('vi-VN')} × ${items} = ${cells.toLocaleString('vi-VN')}. Chia danh sách thành viên thành nhiều lần.`,
      });
  })
  .meta({ id: 'ScoringPreviewRequest', examples: [EXAMPLE] });
export type ScoringPreviewBody = z.infer<typeof ScoringPreviewBodySchema>;

const ItemScoreSchema = z.object({
  code: z.string(),
  status: z
    .enum(['scored', 'missing', 'not_scored'])
    .describe('scored; missing = chưa có số liệu; not_scored = kế hoạch 0'),
  points: z.number().describe('Điểm làm tròn 2 chữ số (để hiển thị)'),
  exactPoints: z.number().describe('Điểm chưa làm tròn (tổng cộng các giá trị này)'),
  percentOfPlan: z.number().nullable().describe('Thực hiện/kế hoạch × 100'),
  explanation: z.string().describe('Diễn giải phép tính'),
});

export const ScoringPreviewResultSchema = z
  .object({
    maxima: z
      .object({ base: z.number(), bonus: z.number(), deduction: z.number() })
      .describe('Điểm chuẩn tối đa, điểm thưởng tối đa, điểm trừ tối đa'),
    bands: z.array(z.object({ minTotal: z.number(), label: z.string() })).describe('Mức xếp loại đã áp dụng'),
    members: z
      .array(
        z.object({
          id: z.union([z.string(), z.number()]),
          name: z.string().optional(),
          total: z.number().describe('Tổng điểm: cộng điểm chưa làm tròn rồi làm tròn 2 chữ số (nửa lên)'),
          exactTotal: z.number(),
          rank: z.number().int().describe('Hạng; bằng điểm thì cùng hạng (1, 2, 2, 4)'),
          classification: z.string().nullable(),
          missingItems: z.number().int(),
          explanation: z.string(),
          groups: z.array(z.object({ code: z.string(), points: z.number(), exactPoints: z.number() })),
          items: z.array(ItemScoreSchema),
        }),
      )
      .describe('Theo thứ tự xếp hạng'),
  })
  .meta({ id: 'ScoringPreviewResult' });
export type ScoringPreviewResult = z.infer<typeof ScoringPreviewResultSchema>;
