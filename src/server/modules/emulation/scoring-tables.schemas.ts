import { z } from 'zod';
import { SCORING_FLOW_ACTIONS, SCORING_FLOW_STATES } from '../../../domain/scoring/flow';
import { SCORING_LIMITS } from '../../../domain/scoring/types';
import { requiredText, text, int4 } from '../../lib/http';
import { ScoringTableSchema } from '../scoring/scoring.schemas';
import { AttachmentSchema, uuidOf, YearSchema } from './emulation.schemas';

/** Schemas of bloc scoring (issue 5 items 4 and 7). The table's meaning is checked by the domain's validate. */

const num = (what: string) => z.number({ error: `${what} phải là một số` });
const Figure = (what: string) =>
  num(what)
    .min(0, `${what} không được âm`)
    .max(SCORING_LIMITS.maxFigure, `${what} quá lớn`)
    .nullable()
    .optional();
const Reason = text(2000)
  .optional()
  .describe('Lý do (bắt buộc khi chấm chéo có thay đổi số liệu, khi trả lại, mở lại)');

export const ScoringYearParamsSchema = z.object({ id: uuidOf('Mã cụm, khối'), year: YearSchema });
export const ScoringUnitParamsSchema = ScoringYearParamsSchema.extend({ unitId: uuidOf('Mã đơn vị') });
export const ScoringEvidenceParamsSchema = ScoringUnitParamsSchema.extend({
  itemCode: requiredText(SCORING_LIMITS.codeLength),
});
export const ScoringVersionParamsSchema = ScoringYearParamsSchema.extend({
  versionNo: z.coerce.number({ message: 'Số phiên bản phải là số' }).int().min(1).max(100_000),
});

export const ClassificationBandsSchema = z
  .array(z.object({ minTotal: num('Điểm tối thiểu (minTotal)'), label: requiredText(100) }).strict())
  .max(SCORING_LIMITS.classificationBands, `Tối đa ${SCORING_LIMITS.classificationBands} mức xếp loại`)
  .nullable()
  .optional();

export const TablePutSchema = z
  .object({
    table: ScoringTableSchema,
    classificationBands: ClassificationBandsSchema.describe(
      'Mức xếp loại { minTotal, label }; bỏ trống = mặc định 90/80/70/50% điểm chuẩn',
    ),
    note: text(2000).nullable().optional(),
  })
  .strict()
  .meta({ id: 'BlocScoringTablePut' });
export type TablePut = z.infer<typeof TablePutSchema>;

export const TargetsPutSchema = z
  .object({
    targets: z
      .array(
        z
          .object({
            unitId: uuidOf('Mã đơn vị'),
            itemCode: requiredText(SCORING_LIMITS.codeLength),
            plan: Figure('Kế hoạch (plan)'),
          })
          .strict(),
      )
      .min(1, 'Cần ít nhất một chỉ tiêu')
      .max(20_000, 'Tối đa 20.000 chỉ tiêu mỗi lần')
      .refine(
        (list) => new Set(list.map((t) => `${t.unitId}|${t.itemCode}`)).size === list.length,
        'Một chỉ tiêu của một đơn vị chỉ được ghi một lần trong mỗi lần gửi',
      ),
  })
  .strict()
  .meta({ id: 'BlocScoringTargetsPut' });
export type TargetsPut = z.infer<typeof TargetsPutSchema>;

export const ResultsPutSchema = z
  .object({
    results: z
      .array(
        z
          .object({
            itemCode: requiredText(SCORING_LIMITS.codeLength),
            actual: Figure('Thực hiện (actual)'),
            achieved: z.boolean({ error: 'Đạt (achieved) phải là true hoặc false' }).nullable().optional(),
            count: num('Số trường hợp (count)')
              .min(0, 'Số trường hợp (count) không được âm')
              .max(1_000_000, 'Số trường hợp (count) tối đa 1.000.000')
              .nullable()
              .optional()
              .refine(
                (v) => v === null || v === undefined || Number.isInteger(v),
                'Số trường hợp (count) phải là số nguyên',
              ),
            note: text(2000).nullable().optional(),
          })
          .strict(),
      )
      .min(1, 'Cần ít nhất một kết quả')
      .max(SCORING_LIMITS.items, `Tối đa ${SCORING_LIMITS.items} kết quả mỗi lần`)
      .refine(
        (list) => new Set(list.map((r) => r.itemCode)).size === list.length,
        'Mỗi chỉ tiêu chỉ được ghi một lần trong mỗi lần gửi',
      ),
    reason: Reason,
  })
  .strict()
  .meta({ id: 'BlocScoringResultsPut' });
export type ResultsPut = z.infer<typeof ResultsPutSchema>;

export const TransitionSchema = z
  .object({
    action: z.enum(SCORING_FLOW_ACTIONS, {
      error: `Thao tác (action) phải là một trong: ${SCORING_FLOW_ACTIONS.join(', ')}`,
    }),
    reason: Reason,
    version: int4().min(1).describe('version của năm chấm điểm (chống ghi đè)'),
  })
  .strict()
  .meta({ id: 'BlocScoringTransition' });
export type Transition = z.infer<typeof TransitionSchema>;

export const YearRecomputeSchema = z.object({ year: YearSchema }).strict();

const TableVersionSchema = z
  .object({
    id: z.string(),
    versionNo: z.number().int(),
    table: ScoringTableSchema,
    classificationBands: z.array(z.object({ minTotal: z.number(), label: z.string() })).nullable(),
    note: z.string().nullable(),
    used: z.boolean().describe('Đã dùng (có số liệu hoặc đã tính điểm): sửa sẽ tạo phiên bản mới'),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'BlocScoringTableVersion' });

export const ScoringYearSchema = z
  .object({
    blocId: z.string(),
    year: z.number().int(),
    status: z.enum(SCORING_FLOW_STATES),
    statusLabel: z.string(),
    actions: z.array(
      z.object({ action: z.enum(SCORING_FLOW_ACTIONS), label: z.string(), needsReason: z.boolean() }),
    ),
    version: int4(),
    table: TableVersionSchema.nullable(),
    versions: z.array(
      z.object({
        id: z.string(),
        versionNo: z.number().int(),
        note: z.string().nullable(),
        used: z.boolean(),
        createdAt: z.string(),
      }),
    ),
    computedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    permissions: z.object({
      organise: z.boolean(),
      selfScoreUnitIds: z.array(z.string()),
      crossCheck: z.boolean(),
    }),
  })
  .meta({ id: 'BlocScoringYear' });
export type ScoringYear = z.infer<typeof ScoringYearSchema>;
export { TableVersionSchema };

const AdjustmentSchema = z.object({
  field: z.string(),
  before: z.union([z.number(), z.boolean()]).nullable(),
  after: z.union([z.number(), z.boolean()]).nullable(),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});

export const EntrySchema = z.object({
  itemCode: z.string(),
  plan: z.number().nullable(),
  actual: z.number().nullable(),
  achieved: z.boolean().nullable(),
  count: z.number().nullable(),
  percentOfPlan: z.number().nullable().describe('Thực hiện/kế hoạch × 100 (2 chữ số)'),
  percentLabel: z.string().describe('“124,00%” hoặc “không có kế hoạch” khi kế hoạch là 0'),
  note: z.string().nullable(),
  tableVersionNo: z.number().int().nullable(),
  evidenceRequired: z.boolean(),
  evidence: z.array(AttachmentSchema),
  adjustments: z.array(AdjustmentSchema),
  version: int4(),
});

export const EntriesSchema = z
  .object({
    blocId: z.string(),
    year: z.number().int(),
    status: z.enum(SCORING_FLOW_STATES),
    members: z.array(
      z.object({ unit: z.object({ id: z.string(), name: z.string() }), entries: z.array(EntrySchema) }),
    ),
  })
  .meta({ id: 'BlocScoringEntries' });
export type Entries = z.infer<typeof EntriesSchema>;
