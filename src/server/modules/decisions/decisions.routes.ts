import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCX_MIME } from '../../lib/documents/decree30';
import { XLSX_MIME } from '../../lib/excel';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { cancelDraft, issueDecision, revokeDecision } from './decisions-issue.service';
import { decisionDocument, decisionPaymentList, moneyTotals } from './decisions-money.service';
import {
  CancelSchema,
  DecisionCreateSchema,
  DecisionListQuerySchema,
  DecisionListSchema,
  DecisionPatchSchema,
  DecisionSchema,
  FromRoundSchema,
  IssueSchema,
  MoneyTotalsSchema,
  NumberingSettingsSchema,
  NumberingSettingsViewSchema,
  RevokeSchema,
  YearQuerySchema,
} from './decisions.schemas';
import {
  createDecision,
  draftFromRound,
  getDecision,
  getNumberingSettings,
  listDecisions,
  saveNumberingSettings,
  updateDraft,
} from './decisions.service';

const TAGS = ['Quyết định khen thưởng'];
const FileSchema = z.any().describe('Tệp tải về');
const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const decisionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/decisions',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách quyết định khen thưởng (theo phạm vi được xem)',
        querystring: DecisionListQuerySchema,
        response: { 200: DecisionListSchema, ...errorResponses },
      },
    },
    async (request) => listDecisions(requirePermission(request, 'commendation.read'), request.query),
  );

  app.get(
    '/api/decisions/money-totals',
    {
      schema: {
        tags: TAGS,
        summary: 'Tổng tiền thưởng theo nguồn kinh phí và năm',
        description:
          'Quyết định đã ban hành và đã huỷ bỏ có ngày ký trong năm: số quyết định, số đối tượng, tiền đã chi, tiền phải thu hồi (Luật TĐKT Điều 93), theo nguồn kinh phí (Quỹ thi đua, khen thưởng các cấp).',
        querystring: YearQuerySchema,
        response: { 200: MoneyTotalsSchema, ...errorResponses },
      },
    },
    async (request) => moneyTotals(requirePermission(request, 'commendation.read'), request.query.year),
  );

  app.get(
    '/api/decisions/settings',
    {
      schema: {
        tags: TAGS,
        summary: 'Mẫu số, ký hiệu và thông tin mặc định của quyết định',
        response: { 200: NumberingSettingsViewSchema, ...errorResponses },
      },
    },
    async (request) => getNumberingSettings(requirePermission(request, 'decisions.manage')),
  );

  app.put(
    '/api/decisions/settings',
    {
      schema: {
        tags: TAGS,
        summary: 'Lưu mẫu số, ký hiệu ({seq}, {seq2}–{seq4}, {year}) và thông tin mặc định',
        body: NumberingSettingsSchema,
        response: { 200: NumberingSettingsViewSchema, ...errorResponses },
      },
    },
    async (request) => saveNumberingSettings(requirePermission(request, 'decisions.manage'), request.body),
  );

  app.post(
    '/api/decisions',
    {
      schema: {
        tags: TAGS,
        summary: 'Soạn dự thảo quyết định với danh sách đối tượng',
        body: DecisionCreateSchema,
        response: { 201: DecisionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await createDecision(requirePermission(request, 'decisions.manage'), request.body);
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/api/decisions/from-round',
    {
      schema: {
        tags: TAGS,
        summary: 'Soạn dự thảo quyết định từ các hồ sơ được Hội đồng thống nhất của một đợt khen thưởng',
        body: FromRoundSchema,
        response: { 201: DecisionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await draftFromRound(requirePermission(request, 'decisions.manage'), request.body);
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/decisions/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Một quyết định với phụ lục, tổng tiền bằng số và bằng chữ',
        params: IdParamSchema,
        response: { 200: DecisionSchema, ...errorResponses },
      },
    },
    async (request) => getDecision(requirePermission(request, 'commendation.read'), request.params.id),
  );

  app.patch(
    '/api/decisions/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa dự thảo (các trường và/hoặc toàn bộ phụ lục)',
        params: IdParamSchema,
        body: DecisionPatchSchema,
        response: { 200: DecisionSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateDraft(requirePermission(request, 'decisions.manage'), request.params.id, request.body),
  );

  app.post(
    '/api/decisions/:id/issue',
    {
      schema: {
        tags: TAGS,
        summary: 'Ban hành: cấp số, ghi khen thưởng vào sổ, đánh dấu hồ sơ đã có quyết định (một giao dịch)',
        description: 'Dự thảo → đã ban hành. Trạng thái khác → 409 INVALID_TRANSITION.',
        params: IdParamSchema,
        body: IssueSchema,
        response: { 200: DecisionSchema, ...errorResponses },
      },
    },
    async (request) =>
      issueDecision(requirePermission(request, 'decisions.manage'), request.params.id, request.body),
  );

  app.post(
    '/api/decisions/:id/revoke',
    {
      schema: {
        tags: TAGS,
        summary:
          'Huỷ bỏ quyết định khen thưởng (Luật TĐKT Điều 93): khen thưởng bị huỷ, ghi số tiền phải thu hồi',
        params: IdParamSchema,
        body: RevokeSchema,
        response: { 200: DecisionSchema, ...errorResponses },
      },
    },
    async (request) =>
      revokeDecision(requirePermission(request, 'decisions.manage'), request.params.id, request.body),
  );

  app.post(
    '/api/decisions/:id/cancel',
    {
      schema: {
        tags: TAGS,
        summary: 'Huỷ dự thảo quyết định',
        params: IdParamSchema,
        body: CancelSchema,
        response: { 200: DecisionSchema, ...errorResponses },
      },
    },
    async (request) =>
      cancelDraft(requirePermission(request, 'decisions.manage'), request.params.id, request.body),
  );

  app.get(
    '/api/decisions/:id/document.docx',
    {
      schema: {
        tags: TAGS,
        summary: 'Quyết định dạng Word (thể thức Nghị định 30/2020/NĐ-CP) kèm danh sách phụ lục',
        params: IdParamSchema,
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await decisionDocument(requirePermission(request, 'commendation.read'), request.params.id);
      return reply.type(DOCX_MIME).header('content-disposition', attachment(file.filename)).send(file.body);
    },
  );

  app.get(
    '/api/decisions/:id/payment-list.xlsx',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách chi tiền thưởng (Excel cho kế toán)',
        params: IdParamSchema,
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await decisionPaymentList(
        requirePermission(request, 'commendation.read'),
        request.params.id,
      );
      return reply.type(XLSX_MIME).header('content-disposition', attachment(file.filename)).send(file.body);
    },
  );
};
