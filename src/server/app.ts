import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from './lib/context';
import { AppError, errorBody, INPUT_PG_ERRORS, pgError } from './lib/errors';
import { newId } from './lib/ids';
import { registerInputGuard } from './lib/input-guard';
import { logSerializers } from './lib/log-serializers';
import { helmetOptions, isNoStore, SWAGGER_CSP } from './lib/security-headers';
import { MAX_UPLOAD_BYTES } from './lib/upload-limits';
import { registerAuthHook } from './modules/auth/auth.hook';
import { registerModules } from './modules';
import { isPortalPath, portalPlugin, sendPortalNotFound } from './portal';

z.config(z.locales.vi());

export interface BuildOptions {
  /** Log level (pino), and a stream for tests that read what is logged. */
  logger?: boolean | { level: string; stream?: { write: (line: string) => void } };
  /** Folder of the built back office (vite build output); absent in API-only tests. */
  webDir?: string;
  /** TRUSTED_PROXIES: whose X-Forwarded-For decides `request.ip`; none (the default) → the socket's address. */
  trustedProxies?: string[];
}

/** Builds the whole HTTP app; main.ts listens, tests call inject(). */
export async function buildApp(deps: Deps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const logger = options.logger ?? false;
  const app = Fastify({
    // Serializers keep personal data out of the logs: no query-string values, no SQL parameters.
    logger: logger === false ? false : { ...(logger === true ? {} : logger), serializers: logSerializers },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : newId();
    },
    bodyLimit: 1024 * 1024,
    // Only the configured proxies are believed; with none, X-Forwarded-For is ignored (issue 11 item 3).
    trustProxy: options.trustedProxies?.length ? options.trustedProxies : false,
    routerOptions: { maxParamLength: 200 },
    // Bad percent-encoding and over-long ids are rejected by the router before the error handler.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void (reply as unknown as FastifyReply)
        .code(tooLong ? 414 : 400)
        .send(errorBody('BAD_REQUEST', tooLong ? 'Đường dẫn quá dài.' : 'Đường dẫn không hợp lệ.'));
    },
  }).withTypeProvider<ZodTypeProvider>();

  // Every route as registered, so a test can check that the OpenAPI document covers them all, and that
  // every upload route (multipart) meets the hostile files.
  const routeCatalogue: { method: string; url: string; multipart?: boolean }[] = [];
  app.decorate('routeCatalogue', routeCatalogue);
  app.addHook('onRoute', (route) => {
    const multipart = route.schema?.consumes?.includes('multipart/form-data') ?? false;
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routeCatalogue.push({ method, url: route.url, multipart });
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (isNoStore(request.url)) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: error }, 'unhandled error');
    else if (pgError(error).code)
      request.log.warn({ code: pgError(error).code }, 'input refused by the database');
    else request.log.info({ code: body.error.code }, 'request rejected');
    if (status === 429 && body.error.details && typeof body.error.details === 'object') {
      const retry = (body.error.details as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retry) reply.header('retry-after', String(retry));
    }
    return reply.code(status).send(body);
  });

  await app.register(helmet, helmetOptions(deps.cookieSecure));
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'TĐKT API',
        version: deps.version,
        description:
          'API của nền tảng quản lý thi đua, khen thưởng. Xác thực bằng cookie phiên (kèm header X-CSRF-Token cho yêu cầu thay đổi dữ liệu) hoặc Bearer token.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tdkt_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: SWAGGER_CSP,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuthHook(app);
  registerInputGuard(app);
  await registerModules(app);
  await app.register(portalPlugin);

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && existsSync(path.join(webDir, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, { root: path.resolve(webDir), wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (request.method === 'GET' && isPortalPath(url)) return sendPortalNotFound(request, reply);
    if (hasWeb && request.method === 'GET' && !url.startsWith('/api/') && url !== '/api') {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.code(404).send(errorBody('NOT_FOUND', `Không tìm thấy đường dẫn ${request.method} ${url}.`));
  });
  return app;
}

const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'INVALID_JSON',
    message: 'Nội dung JSON không hợp lệ.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'INVALID_JSON', message: 'Nội dung JSON rỗng.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' },
  FST_REQ_FILE_TOO_LARGE: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'Tệp tải lên vượt quá dung lượng cho phép (20 MB).',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Kiểu nội dung không được hỗ trợ.',
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Yêu cầu phải gửi tệp dạng multipart/form-data.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Độ dài nội dung không hợp lệ.',
  },
  FST_PARTS_LIMIT: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'Quá nhiều phần dữ liệu trong yêu cầu.',
  },
  FST_FILES_LIMIT: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Chỉ được tải lên một tệp mỗi lần.' },
  FST_FIELDS_LIMIT: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'Quá nhiều trường dữ liệu trong yêu cầu.',
  },
};

/** Maps any thrown error to the one error shape. Unknown errors become 500 without leaking internals. */
export function toErrorResponse(error: unknown) {
  if (error instanceof AppError)
    return { status: error.status, body: errorBody(error.code, error.message, error.details) };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({
      path: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'Giá trị không hợp lệ',
    }));
    const first = details[0];
    return {
      status: 400,
      body: errorBody(
        'VALIDATION_ERROR',
        `Dữ liệu không hợp lệ${first ? `: ${first.path} — ${first.message}` : ''}.`,
        details,
      ),
    };
  }
  const pgMessage = INPUT_PG_ERRORS[pgError(error).code ?? ''];
  if (pgMessage)
    return { status: 400, body: errorBody('VALIDATION_ERROR', `Dữ liệu không hợp lệ: ${pgMessage}`) };
  const fe = error as Partial<FastifyError> & { type?: string };
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) return { status: known.status, body: errorBody(known.code, known.message) };
  if (fe.type === 'entity.too.large')
    return { status: 413, body: errorBody('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.') };
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    return {
      status,
      body: errorBody('BAD_REQUEST', 'Yêu cầu không hợp lệ.', fe.code ? { fastifyCode: fe.code } : undefined),
    };
  }
  return {
    status: 500,
    body: errorBody(
      'INTERNAL_ERROR',
      'Đã có lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên kèm mã yêu cầu.',
    ),
  };
}
