import { z } from 'zod';
import { isIsoDate, vietnamYear } from '../../domain/calendar';
import { type DateKind, implausibleDate } from '../../domain/calendar/plausible-dates';
import { isBlank, TEXT_DEFECT_MESSAGE, textDefect } from '../../domain/text/well-formed';

/** Shared request/response schemas: every route uses these rather than redefining them. */

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error', description: 'Lỗi: mã ổn định, thông báo tiếng Việt, chi tiết (nếu có).' });

/** Standard error responses to declare on routes so OpenAPI shows them. */
export const errorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
} as const;

export const IdParamSchema = z.object({ id: z.uuid({ message: 'Mã định danh không hợp lệ' }) });

/**
 * Calendar date as ISO yyyy-mm-dd that really exists (no 2025-02-30) and lies in the plausible window of its
 * kind (domain/calendar/plausible-dates: `act` for decisions, sessions, certificates; `plan` for periods
 * planned ahead; `any` for the rest).
 */
export const dateOf = (kind: DateKind) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
    .superRefine((s, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return;
      if (!isIsoDate(s)) {
        ctx.addIssue({ code: 'custom', message: 'Ngày không tồn tại' });
        return;
      }
      const problem = implausibleDate(kind, s, vietnamYear(new Date()));
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ format: 'date', 'x-date-window': kind });

/** Any calendar date (the sanity window `any`). */
export const IsoDateSchema = dateOf('any');
/** The date of an act: a decision, its signing, a session, an appraisal step, a certificate. */
export const ActDateSchema = dateOf('act');
/** A date planned ahead: a movement's period, a registration deadline, a round, a consultation. */
export const PlanDateSchema = dateOf('plan');

/** The largest value an integer column (int4) holds. */
export const INT4_MAX = 2_147_483_647;

/** An integer stored in an int4 column: bounded to what the column holds, so an overflow is a 400. */
export const int4 = () =>
  z
    .number()
    .int()
    .min(-INT4_MAX - 1, `Tối thiểu ${-INT4_MAX - 1}`)
    .max(INT4_MAX, `Tối đa ${INT4_MAX}`);

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

/** Text a person types: trimmed, bounded, no control characters nor lone surrogates (domain/text/well-formed). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max} ký tự`)
    .superRefine((s, ctx) => {
      const defect = textDefect(s);
      if (defect) ctx.addIssue({ code: 'custom', message: TEXT_DEFECT_MESSAGE[defect] });
    });
/** Required text: whitespace or invisible characters alone count as empty (domain/text/well-formed isBlank). */
export const requiredText = (max: number) =>
  text(max).pipe(z.string().refine((s) => !isBlank(s), 'Không được để trống'));

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

/** Query-string boolean ("true"/"false"/"1"/"0"). */
export const QueryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
