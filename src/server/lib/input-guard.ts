import type { FastifyInstance } from 'fastify';
import { findTextDefect, TEXT_DEFECT_MESSAGE } from '../../domain/text/well-formed';
import { AppError } from './errors';

/**
 * One guard over every parsed body and query string, before the route's schema runs: a lone UTF-16
 * surrogate or a control character in any string (or key) answers 400 in Vietnamese. JSON.parse accepts
 * both, and PostgreSQL refuses them (NUL in text, "\ud800" in the audit row's jsonb) in the middle of a
 * write — a 500 without this guard.
 */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['body', request.body],
      ['querystring', request.query],
    ] as const) {
      const found = findTextDefect(value);
      if (!found) continue;
      const path = [part, ...found.path].join('.');
      const message = TEXT_DEFECT_MESSAGE[found.defect];
      throw new AppError('VALIDATION_ERROR', `Dữ liệu không hợp lệ: ${path} — ${message}.`, [
        { path, message },
      ]);
    }
  });
}
