/** The one HTTP client of the back office: JSON, the session cookie, the CSRF header and the error shape. */

export interface ApiErrorDetail {
  path?: string;
  message?: string;
  [key: string]: unknown;
}

/** Any non-2xx answer: `message` is the server's Vietnamese message, ready to show. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The details that name a field, as a list of { path, message }. */
  get fieldErrors(): { path: string; message: string }[] {
    if (!Array.isArray(this.details)) return [];
    return (this.details as ApiErrorDetail[])
      .filter((d) => typeof d?.path === 'string' && typeof d?.message === 'string')
      .map((d) => ({ path: d.path as string, message: d.message as string }));
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu.',
  413: 'Dữ liệu gửi lên quá lớn.',
  429: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau.',
};

/** Builds an ApiError from a status and a parsed body (which may not be the error shape at all). */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error && typeof error.message === 'string') {
    return new ApiError(
      status,
      typeof error.code === 'string' ? error.code : 'ERROR',
      error.message,
      error.details,
    );
  }
  const fallback =
    FALLBACK_MESSAGES[status] ??
    (status >= 500
      ? 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.'
      : 'Yêu cầu không thành công. Vui lòng thử lại.');
  return new ApiError(status, status === 0 ? 'NETWORK_ERROR' : `HTTP_${status}`, fallback);
}

/**
 * Maps server detail paths ("body.fullName", "body.grants.0.role") to a form field name: the part after
 * "body.", first segment only unless the form uses the nested path.
 */
export function fieldNameFromPath(path: string): (string | number)[] {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'querystring' || parts[0] === 'params') parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Turns an error into Ant Design form field errors (empty when it names no field). */
export function toFormErrors(error: unknown): { name: (string | number)[]; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldErrors
    .map((e) => ({ name: fieldNameFromPath(e.path), errors: [e.message] }))
    .filter((e) => e.name.length > 0);
}

/** A readable message for any error. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Đã có lỗi xảy ra. Vui lòng thử lại.';
}

let csrfToken = '';
let onUnauthorized: (() => void) | undefined;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called on a 401 from any request except the session probe and sign-in itself. */
export function setUnauthorizedHandler(handler: (() => void) | undefined): void {
  onUnauthorized = handler;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** `?a=1&b=x` from an object, leaving out empty values. */
export function toQueryString(params: Record<string, QueryValue> | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value))
      for (const v of value as readonly (string | number)[]) search.append(key, String(v));
    else search.append(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Do not redirect to sign-in on 401 (the session probe, sign-in). */
  quiet401?: boolean;
  signal?: AbortSignal;
}

async function send(method: string, url: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url + toQueryString(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  if (!response.ok) {
    const parsed: unknown = await response.json().catch(() => null);
    if (response.status === 401 && !options.quiet401) onUnauthorized?.();
    throw toApiError(response.status, parsed);
  }
  return response;
}

async function request<T>(method: string, url: string, options?: RequestOptions): Promise<T> {
  const response = await send(method, url, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(url: string, query?: Record<string, QueryValue>, options?: Omit<RequestOptions, 'query'>) =>
    request<T>('GET', url, { ...options, query }),
  post: <T>(url: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', url, { ...options, body }),
  patch: <T>(url: string, body?: unknown) => request<T>('PATCH', url, { body }),
  put: <T>(url: string, body?: unknown) => request<T>('PUT', url, { body }),
  delete: <T = void>(url: string) => request<T>('DELETE', url),
  /** Sends one file as multipart field "file". */
  upload: <T>(url: string, file: File | Blob, fileName?: string) => {
    const form = new FormData();
    if (fileName) form.append('file', file, fileName);
    else form.append('file', file);
    return request<T>('POST', url, { body: form });
  },
  /** Downloads a file (xlsx…) and saves it with the server's file name (or `fallbackName`). */
  download: async (url: string, query?: Record<string, QueryValue>, fallbackName = 'tai-xuong.xlsx') => {
    const response = await send('GET', url, { query });
    const blob = await response.blob();
    saveBlob(blob, fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName);
  },
  /** Downloads a file that a POST produces (an export whose request carries a reason, audited). */
  downloadPost: async (url: string, body: unknown, fallbackName = 'tai-xuong.xlsx') => {
    const response = await send('POST', url, { body });
    const blob = await response.blob();
    saveBlob(blob, fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName);
  },
};

/** The file name of a Content-Disposition header (RFC 5987 filename* first). */
export function fileNameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim();
}

function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** A page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  /** false when the server stopped counting at `total` (a very broad search): "more than total". */
  totalExact?: boolean;
}

/** Puts the server's field errors on the form's fields (a form instance of antd or anything alike). */
export function setServerErrors(form: { setFields: (fields: never[]) => void }, error: unknown): void {
  const fields = toFormErrors(error);
  if (fields.length) form.setFields(fields as never[]);
}
