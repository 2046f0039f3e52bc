/** The one error shape: { error: { code, message, details } }, messages in Vietnamese, codes stable. */

export const ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  INVALID_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  UNAVAILABLE: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what = 'Bản ghi') =>
  new AppError('NOT_FOUND', `${what} không tồn tại hoặc bạn không có quyền truy cập.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError('FORBIDDEN', message);
export const conflict = (message: string, details?: unknown) => new AppError('CONFLICT', message, details);
export const badRequest = (message: string, details?: unknown) =>
  new AppError('BAD_REQUEST', message, details);
export const versionConflict = () =>
  new AppError(
    'VERSION_CONFLICT',
    'Bản ghi đã được người khác sửa. Vui lòng tải lại trang và thực hiện lại.',
  );

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** The PostgreSQL error code (and constraint) of a failed statement, whichever driver wrapped it. */
export function pgError(error: unknown): { code?: string; constraint?: string } {
  let e: unknown = error;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
    e = (e as { cause?: unknown }).cause;
  }
  return {};
}

/**
 * PostgreSQL refusals that can only come from a value the request carried (a number past the column's
 * range, a character the database cannot store, an impossible date). The schemas refuse these first
 * (lib/http int4, lib/input-guard); this is the net under them, so such input is a 400, never a 500.
 */
export const INPUT_PG_ERRORS: Record<string, string> = {
  '22003': 'Giá trị số vượt quá giới hạn cho phép.',
  '22P05': 'Dữ liệu chứa ký tự không lưu được.',
  '22021': 'Dữ liệu chứa ký tự không hợp lệ.',
  '22008': 'Ngày giờ nằm ngoài khoảng cho phép.',
  '22007': 'Ngày giờ không hợp lệ.',
};
