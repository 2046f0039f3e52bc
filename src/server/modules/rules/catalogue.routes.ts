import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http';
import {
  CatalogueDetailSchema,
  CatalogueListSchema,
  CatalogueQuerySchema,
  CodeParamSchema,
  RuleSetListSchema,
} from './catalogue.schemas';
import { getCatalogueEntry, listCatalogue, listRuleSets } from './catalogue.service';

const TAGS = ['Danh mục, quy định'];

/** Public reads of law data (the same for every tenant; no database). */
export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/catalogue',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh mục danh hiệu thi đua, hình thức và loại hình khen thưởng',
        description:
          'Mọi danh hiệu thi đua, Huân chương, Huy chương, danh hiệu vinh dự nhà nước, Giải thưởng, Kỷ niệm chương, Bằng khen, Giấy khen: tên, đối tượng, thẩm quyền sau cải cách 2025, chu kỳ, hiện vật, căn cứ pháp lý và mức độ tin cậy. Không cần đăng nhập.',
        security: [],
        querystring: CatalogueQuerySchema,
        response: { 200: CatalogueListSchema, ...errorResponses },
      },
    },
    async (request) => listCatalogue(request.query),
  );

  app.get(
    '/api/catalogue/:code',
    {
      schema: {
        tags: TAGS,
        summary:
          'Một danh hiệu, hình thức khen thưởng: hệ số tiền thưởng và tỷ lệ phiếu theo từng bộ quy định',
        security: [],
        params: CodeParamSchema,
        response: { 200: CatalogueDetailSchema, ...errorResponses },
      },
    },
    async (request) => getCatalogueEntry(request.params.code),
  );

  app.get(
    '/api/rule-sets',
    {
      schema: {
        tags: TAGS,
        summary:
          'Các bộ quy định (RS_2024, RS_2025, RS_2026): thời gian hiệu lực, văn bản, hệ số tiền thưởng, tỷ lệ phiếu, mức lương cơ sở',
        security: [],
        response: { 200: RuleSetListSchema, ...errorResponses },
      },
    },
    async () => listRuleSets(),
  );
};
