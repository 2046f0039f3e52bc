import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { XLSX_MIME } from '../../lib/excel';
import { errorResponses } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { withSavedUpload } from '../../lib/uploads';
import { contentDisposition, uuidOf } from './emulation.schemas';
import { getResults, recomputeBlocYear, recomputeTenantYear } from './scoring-compute.service';
import { getBlocDashboard, getUnitDashboard } from './scoring-dashboard.service';
import { SCORING_SHEET_MAX_BYTES } from './scoring-excel';
import { ScoringYearParamsSchema, ScoringYearSchema, YearRecomputeSchema } from './scoring-tables.schemas';
import { importScoringTable, scoringTemplate } from './scoring-tables.service';

/** Results, recompute, dashboards and the Excel form of the table (API list in scoring-tables.routes.ts). */

const tags = ['Chấm điểm thi đua cụm, khối'];
const P = '/api/emulation/blocs/:id/years/:year/scoring';
const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };
/** Results and dashboards are large nested objects; their fields are described in the API list. */
const Loose = (id: string, description: string) => z.object({}).loose().meta({ id, description });
const ResultsSchema = Loose(
  'BlocScoringResults',
  'Kết quả đã tính: thành viên theo hạng, điểm từng chỉ tiêu kèm diễn giải',
);

export const scoringResultRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    `${P}/recompute`,
    {
      schema: {
        tags,
        summary: 'Tính lại điểm, hạng, xếp loại của mọi thành viên (ghi kết quả)',
        params: ScoringYearParamsSchema,
        response: { 200: ResultsSchema, ...errorResponses },
      },
    },
    async (request) =>
      recomputeBlocYear(requirePermission(request, 'emulation.read'), request.params.id, request.params.year),
  );

  app.get(
    `${P}/results`,
    {
      schema: {
        tags,
        summary: 'Kết quả chấm điểm đã tính, theo hạng',
        params: ScoringYearParamsSchema,
        response: { 200: ResultsSchema, ...errorResponses },
      },
    },
    async (request) =>
      getResults(requirePermission(request, 'emulation.read'), request.params.id, request.params.year),
  );

  app.get(
    `${P}/dashboard`,
    {
      schema: {
        tags,
        summary: 'Kế hoạch – thực hiện theo chỉ tiêu và thành viên, tiến độ có trọng số (điểm tối đa)',
        params: ScoringYearParamsSchema,
        response: {
          200: Loose('BlocScoringDashboard', 'Bảng điều khiển kế hoạch – thực hiện của khối'),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      getBlocDashboard(requirePermission(request, 'emulation.read'), request.params.id, request.params.year),
  );

  app.get(
    '/api/emulation/units/:unitId/scoring-dashboard',
    {
      schema: {
        tags,
        summary: 'Kế hoạch – thực hiện của một đơn vị qua các năm, các khối',
        params: z.object({ unitId: uuidOf('Mã đơn vị') }),
        response: { 200: Loose('UnitScoringDashboard', 'Các năm chấm điểm của đơn vị'), ...errorResponses },
      },
    },
    async (request) => getUnitDashboard(requirePermission(request, 'emulation.read'), request.params.unitId),
  );

  app.post(
    '/api/emulation/scoring/recompute',
    {
      schema: {
        tags,
        summary: 'Tính lại điểm mọi cụm, khối của một năm (toàn đơn vị sử dụng; bỏ qua năm đã công bố)',
        body: YearRecomputeSchema,
        response: {
          200: z.object({
            year: z.number().int(),
            blocs: z.number().int(),
            members: z.number().int(),
            items: z.number().int(),
            skipped: z.array(z.object({ blocId: z.string(), reason: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => recomputeTenantYear(requirePermission(request, 'emulation.read'), request.body.year),
  );

  app.get(
    `${P}/table/template`,
    {
      schema: {
        tags,
        summary: 'Tải tệp mẫu Excel bảng chấm điểm (điền sẵn bảng hiện tại nếu có)',
        params: ScoringYearParamsSchema,
        response: { 200: z.any().describe('Tệp .xlsx'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, year } = request.params;
      const file = await scoringTemplate(requirePermission(request, 'emulation.read'), id, year);
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition(`bang-cham-diem-${year}.xlsx`))
        .send(file);
    },
  );

  app.post(
    `${P}/table/import`,
    {
      schema: {
        tags,
        summary: 'Nhập bảng chấm điểm từ Excel (lỗi theo dòng → 400; hợp lệ → phiên bản mới)',
        consumes: ['multipart/form-data'],
        params: ScoringYearParamsSchema,
        response: { 201: ScoringYearSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'emulation.read');
      const { id, year } = request.params;
      const result = await withSavedUpload(
        request,
        {
          kind: 'spreadsheet',
          maxBytes: SCORING_SHEET_MAX_BYTES,
          prefix: 'scoring',
          fallbackName: 'bang-diem.xlsx',
        },
        (upload) => importScoringTable(ctx, id, year, upload.filePath),
      );
      return reply.code(201).send(result);
    },
  );
};
