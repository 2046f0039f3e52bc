import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { awardName } from '../../../domain/awards/catalogue';
import type { Executor } from '../../lib/context';
import { errorResponses } from '../../lib/http';
import { portalRateLimit } from '../../portal/respond';
import * as repo from './decisions.repo';
import { PublicDecisionListSchema, PublicQuerySchema } from './decisions.schemas';

/**
 * The public list of issued decisions (Law Điều 8 publicity of commendation): number, date, summary, issuing
 * body, form, status (revoked decisions stay listed, marked) and the awardees' names and units exactly as the
 * annex prints them — no ids, no amounts, no other personal data. Shared by the JSON API and the portal page.
 */

export interface PublicDecisionQuery {
  page: number;
  pageSize: number;
  year?: number;
  q?: string;
}

/** At most this many names per decision in a list (the page links to nothing more). */
const AWARDEES_PER_DECISION = 200;

export async function publicDecisions(db: Executor, q: PublicDecisionQuery) {
  const { rows, total } = await repo.listPublicDecisions(
    db,
    { year: q.year, q: q.q },
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  const awardees = await repo.printedAwardees(
    db,
    rows.map((r) => r.id),
  );
  const byDecision = new Map<string, { name: string; unit: string | null }[]>();
  for (const a of awardees) {
    const list = byDecision.get(a.decisionId) ?? [];
    if (list.length < AWARDEES_PER_DECISION) list.push({ name: a.name, unit: a.unit });
    byDecision.set(a.decisionId, list);
  }
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      number: r.number!,
      decisionDate: r.decisionDate!,
      summary: r.summary,
      issuingBody: r.issuingBody.replace(/\s*\n\s*/g, ' '),
      awardName: awardName(r.awardCode),
      status: r.status as 'issued' | 'revoked',
      revokedOn: r.revokedOn,
      awardees: byDecision.get(r.id) ?? [],
    })),
  };
}

/** 60 reads a minute per address. */
export const PUBLIC_LIMIT = { limit: 60, windowMs: 60_000 } as const;

export const publicDecisionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/decisions',
    {
      preHandler: portalRateLimit(PUBLIC_LIMIT.limit, PUBLIC_LIMIT.windowMs),
      schema: {
        tags: ['Quyết định khen thưởng (công khai)'],
        summary: 'Danh sách quyết định khen thưởng đã ban hành (không cần đăng nhập)',
        description:
          'Chỉ quyết định đã ban hành hoặc đã bị huỷ bỏ; họ tên và đơn vị như in trong phụ lục quyết định, không có số tiền hay thông tin cá nhân khác. Lọc theo năm (year) và từ khoá (q: số, trích yếu, cơ quan ban hành).',
        security: [],
        querystring: PublicQuerySchema,
        response: { 200: PublicDecisionListSchema, 400: errorResponses[400], 429: errorResponses[404] },
      },
    },
    async (request) => publicDecisions(app.deps.database.db, request.query),
  );
};
