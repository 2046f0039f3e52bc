import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { awardName } from '../../../domain/awards/catalogue';
import type { Deps } from '../../lib/context';
import { errorResponses } from '../../lib/http';
import { notFound } from '../../lib/errors';
import { portalRateLimit } from '../../portal/respond';
import * as repo from './certificates.repo';
import { CodeParamSchema, PublicCertificateSchema } from './certificates.schemas';

/** What anyone holding the code may learn about a certificate — the same for the page and the JSON. */

export const STATUS_LABELS = { valid: 'Còn hiệu lực', revoked: 'Đã bị thu hồi' } as const;

export interface PublicCertificate {
  holderName: string;
  unit: string | null;
  title: string;
  decisionNumber: string;
  decisionDate: string;
  issuingBody: string;
  status: 'valid' | 'revoked';
  statusLabel: string;
}

/** Codes are printed upper-case; a phone keyboard may send lower case. Anything else is unknown. */
export async function findPublicCertificate(deps: Deps, code: string): Promise<PublicCertificate | null> {
  if (!/^[A-Za-z2-7]{10}$/.test(code)) return null;
  const row = await repo.findPublicCertificate(deps.database.db, code.toUpperCase());
  if (!row) return null;
  return {
    holderName: row.holderName,
    unit: row.holderUnit,
    title: awardName(row.awardCode),
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    issuingBody: row.issuingBody,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
  };
}

/** The public base URL: PUBLIC_BASE_URL, else the address this request came to. */
export function publicBaseUrl(request: FastifyRequest): string {
  return request.server.deps.publicBaseUrl ?? `${request.protocol}://${request.host}`;
}

/** 60 look-ups a minute per address: enough for a person scanning, not for enumerating codes. */
export const VERIFY_LIMIT = { limit: 60, windowMs: 60_000 } as const;

export const publicCertificateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/certificates/:code',
    {
      preHandler: portalRateLimit(VERIFY_LIMIT.limit, VERIFY_LIMIT.windowMs),
      schema: {
        tags: ['Xác minh bằng khen (công khai)'],
        summary: 'Xác minh bằng khen, giấy khen theo mã in trên bằng (không cần đăng nhập)',
        description:
          'Trả về đúng các trường công khai: họ tên, đơn vị, danh hiệu/hình thức, số và ngày quyết định, cơ quan ban hành, tình trạng (còn hiệu lực / đã bị thu hồi). Giới hạn 60 lần/phút mỗi địa chỉ.',
        security: [],
        params: CodeParamSchema,
        response: {
          200: PublicCertificateSchema,
          400: errorResponses[400],
          404: errorResponses[404],
          429: errorResponses[404],
        },
      },
    },
    async (request) => {
      const found = await findPublicCertificate(app.deps, request.params.code);
      if (!found) throw notFound('Bằng khen, giấy khen có mã này');
      return found;
    },
  );
};
