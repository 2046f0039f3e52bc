import type { FastifyRequest } from 'fastify';
import { redactPersonalData } from '../../domain/text/redact';

/**
 * What the logs may hold (issue 11 item 5): no query-string values (a search by citizen ID, a name, a phone
 * would otherwise sit in every access log line) and no SQL parameters or failing rows (Drizzle puts the
 * parameters in `params` and in its message, PostgreSQL the row in `detail`). Messages and stacks are also
 * passed through the redaction of published text (domain/text/redact.ts), since PostgreSQL quotes the
 * offending value in some messages.
 */

/** The path, and the names of the query parameters without their values: `/api/people?q=…&page=…`. */
export function safeUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const names = url
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]?.slice(0, 40) ?? ''}=…`);
  return `${url.slice(0, at)}?${names.join('&')}`;
}

export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: safeUrl(request.url),
    remoteAddress: request.ip,
  };
}

/** Fields of a driver error safe to log: codes and names of things, never values. */
const SAFE_FIELDS = [
  'name',
  'code',
  'statusCode',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'dataType',
  'routine',
  'query',
] as const;

const scrubText = (s: string) => redactPersonalData(s.replace(/\n\s*params: [\s\S]*$/, '')).text;

export interface LoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

export function serializeError(error: unknown, depth = 0): LoggedError {
  if (!error || typeof error !== 'object')
    return { type: typeof error, message: scrubText(String(error)), stack: '' };
  const e = error as Record<string, unknown> & { message?: unknown; stack?: unknown; cause?: unknown };
  const out: LoggedError = {
    type: (error as { constructor?: { name?: string } }).constructor?.name ?? 'Error',
    message: typeof e.message === 'string' ? scrubText(e.message) : '',
    stack: typeof e.stack === 'string' ? scrubText(e.stack) : '',
  };
  for (const key of SAFE_FIELDS) {
    const v = e[key];
    if (typeof v === 'string') out[key] = scrubText(v).slice(0, 2000);
    else if (typeof v === 'number') out[key] = v;
  }
  if (e.cause && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

export const logSerializers = {
  req: serializeRequest,
  err: (error: unknown) => serializeError(error),
  error: (error: unknown) => serializeError(error),
};
