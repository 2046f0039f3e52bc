import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  ApiError,
  errorMessage,
  fieldNameFromPath,
  fileNameFromDisposition,
  setCsrfToken,
  setUnauthorizedHandler,
  toApiError,
  toFormErrors,
  toQueryString,
} from './api';

describe('toApiError', () => {
  it('keeps the server code, message and details', () => {
    const e = toApiError(423, {
      error: { code: 'ACCOUNT_LOCKED', message: 'Tài khoản tạm khoá đến 10:15.', details: { until: 'x' } },
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(423);
    expect(e.code).toBe('ACCOUNT_LOCKED');
    expect(e.message).toBe('Tài khoản tạm khoá đến 10:15.');
    expect(e.details).toEqual({ until: 'x' });
  });

  it.each([
    [401, 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.'],
    [403, 'Bạn không có quyền thực hiện thao tác này.'],
    [429, 'Bạn thao tác quá nhanh. Vui lòng thử lại sau.'],
    [502, 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.'],
  ])('falls back to a Vietnamese message for %i without the error shape', (status, message) => {
    const e = toApiError(status, '<html>Bad gateway</html>');
    expect(e.message).toBe(message);
    expect(e.code).toBe(`HTTP_${status}`);
  });
});

describe('field errors', () => {
  it.each([
    ['body.fullName', ['fullName']],
    ['body.grants.0.role', ['grants', 0, 'role']],
    ['querystring.asOf', ['asOf']],
    ['email', ['email']],
  ])('%s → %j', (path, name) => {
    expect(fieldNameFromPath(path)).toEqual(name);
  });

  it('maps validation details to antd form fields and ignores detail objects without a path', () => {
    const e = toApiError(400, {
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Dữ liệu không hợp lệ.',
        details: [
          { path: 'body.email', message: 'Email không hợp lệ' },
          { path: 'body.fullName', message: 'Không được để trống' },
          { row: 3 },
        ],
      },
    });
    expect(toFormErrors(e)).toEqual([
      { name: ['email'], errors: ['Email không hợp lệ'] },
      { name: ['fullName'], errors: ['Không được để trống'] },
    ]);
    expect(toFormErrors(new Error('x'))).toEqual([]);
    expect(toFormErrors(toApiError(409, { error: { code: 'C', message: 'm', details: { a: 1 } } }))).toEqual(
      [],
    );
  });

  it('gives a readable message for any error', () => {
    expect(errorMessage(new ApiError(409, 'VERSION_CONFLICT', 'Dữ liệu đã thay đổi.'))).toBe(
      'Dữ liệu đã thay đổi.',
    );
    expect(errorMessage('?')).toBe('Đã có lỗi xảy ra. Vui lòng thử lại.');
  });
});

describe('toQueryString', () => {
  it('drops empty values and encodes Vietnamese', () => {
    expect(
      toQueryString({ q: 'Xín Mần', page: 2, unitId: undefined, gender: '', isLeader: false, x: null }),
    ).toBe('?q=X%C3%ADn+M%E1%BA%A7n&page=2&isLeader=false');
    expect(toQueryString({})).toBe('');
  });
});

describe('fileNameFromDisposition', () => {
  it.each([
    ["attachment; filename*=UTF-8''danh-s%C3%A1ch.xlsx", 'danh-sách.xlsx'],
    ['attachment; filename="mau.xlsx"', 'mau.xlsx'],
    [null, undefined],
  ])('%s → %s', (header, name) => {
    expect(fileNameFromDisposition(header)).toBe(name);
  });
});

describe('request', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken('');
    setUnauthorizedHandler(undefined);
  });

  it('sends the CSRF token on writes only, with the session cookie', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok-1');
    await api.post('/api/x', { a: 1 });
    await api.get('/api/y', { q: 'a' });
    const [postUrl, post] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [getUrl, get] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(postUrl).toBe('/api/x');
    expect((post.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok-1');
    expect(post.credentials).toBe('same-origin');
    expect(post.body).toBe('{"a":1}');
    expect(getUrl).toBe('/api/y?q=a');
    expect((get.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });

  it('throws ApiError with the server message and calls the 401 handler', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'Chưa đăng nhập.' } }), {
            status: 401,
          }),
      ),
    );
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    await expect(api.get('/api/people')).rejects.toMatchObject({ status: 401, message: 'Chưa đăng nhập.' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
    await expect(api.get('/api/auth/session', undefined, { quiet401: true })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('turns a network failure into a Vietnamese message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api.get('/api/x')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('answers undefined for 204', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    await expect(api.post('/api/auth/sign-out')).resolves.toBeUndefined();
  });
});
