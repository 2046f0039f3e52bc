import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar';

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

/** Calendar date as ISO yyyy-mm-dd that really exists (no 2025-02-30). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => isIsoDate(s), 'Ngày không tồn tại');

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

/** Text a person types: trimmed, bounded, no control characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max} ký tự`)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'Chứa ký tự không hợp lệ');
export const requiredText = (max: number) => text(max).pipe(z.string().min(1, 'Không được để trống'));

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

/** Query-string boolean ("true"/"false"/"1"/"0"). */
export const QueryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
