import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Ctx } from '../../lib/context';
import { conflict } from '../../lib/errors';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { getDecision } from '../decisions';
import { publicBaseUrl } from './certificates.public';
import { BulkStartedSchema, type PrintOptions, PrintOptionsSchema } from './certificates.schemas';
import { startBulk } from './certificates.service';

/**
 * Certificates for an issued decision (decisions module): its items' award records, signed as the decision
 * is (place, capacity and title, signer), linked to the decision. Anything set in the request wins.
 */
export async function startForDecision(ctx: Ctx, decisionId: string, options: PrintOptions, baseUrl: string) {
  const d = await getDecision(ctx, decisionId);
  if (d.status !== 'issued')
    throw conflict(
      d.status === 'revoked'
        ? 'Quyết định đã bị thu hồi: không tạo bằng khen, giấy khen.'
        : 'Quyết định chưa ban hành: chỉ tạo bằng khen, giấy khen cho quyết định đã ban hành.',
    );
  const ids = d.items.map((i) => i.awardRecordId).filter((x): x is string => x !== null);
  if (ids.length === 0) throw conflict('Quyết định không có người, tập thể nào được ghi vào sổ khen thưởng.');
  const defaults: PrintOptions = {
    place: d.place,
    signerTitle: d.signerCapacity ? `${d.signerCapacity}\n${d.signerTitle}` : d.signerTitle,
    signerName: d.signerName,
  };
  const chosen = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined && v !== ''));
  return startBulk(ctx, ids, { ...defaults, ...chosen }, baseUrl, { decisionId });
}

export const decisionCertificatesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/decisions/:id/certificates',
    {
      schema: {
        tags: ['Bằng khen, giấy khen'],
        summary: 'Tạo bằng khen, giấy khen cho mọi người, tập thể của một quyết định đã ban hành',
        description:
          'Chạy nền (GET /api/jobs/:id), tệp PDF gộp ở GET /api/certificates/jobs/:jobId/pdf. Nơi ký, chức danh và người ký lấy từ quyết định nếu không nhập.',
        params: IdParamSchema,
        body: PrintOptionsSchema,
        response: { 202: BulkStartedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'decisions.manage');
      return reply
        .code(202)
        .send(await startForDecision(ctx, request.params.id, request.body, publicBaseUrl(request)));
    },
  );
};
