import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http';
import { forbidden } from '../../lib/errors';
import { requirePermission } from '../../lib/request-context';
import { permittedScopes } from '../../../domain/access/roles';
import {
  AppraisalPanelSchema,
  ApproveSchema,
  ChecklistAddSchema,
  ChecklistPatchSchema,
  ClearanceAnswerSchema,
  ClearanceParamSchema,
  ClearanceRequestSchema,
  ConcludeSchema,
  DeadlineListSchema,
  DeadlineQuerySchema,
  ItemParamSchema,
  NominationParamSchema,
  OpinionSchema,
  ReceiveSchema,
  SweepResultSchema,
} from './appraisal.schemas';
import {
  addChecklistItem,
  addOpinion,
  concludeAppraisal,
  deleteChecklistItem,
  getAppraisalPanel,
  receiveDossier,
  recordClearance,
  requestClearance,
  updateChecklistItem,
} from './appraisal.service';
import { listDeadlines, sweepTenant } from './deadlines.service';
import { WorkflowSettingsSchema, WorkflowSettingsViewSchema } from './workflow-settings.schemas';
import { getWorkflowSettings, updateWorkflowSettings } from './workflow-settings.service';

const tags = ['Thẩm định hồ sơ'];
const panel = { 200: AppraisalPanelSchema, ...errorResponses };
const base = '/api/nominations/:id/appraisal';

/** Appraisal of dossiers (law-reference §7.2), deadlines and reminders, the tenant's workflow settings. */
export const appraisalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          'Thẩm định một hồ sơ: danh mục kiểm tra, ý kiến cơ quan, ý kiến thẩm định, thời hạn từng bước',
        params: NominationParamSchema,
        response: panel,
      },
    },
    async (request) => getAppraisalPanel(requirePermission(request, 'commendation.read'), request.params.id),
  );

  app.post(
    `${base}/receive`,
    {
      schema: {
        tags,
        summary:
          'Tiếp nhận hồ sơ đầy đủ: bắt đầu tính thời hạn (ngày làm việc), lập danh mục kiểm tra theo §7.1',
        params: NominationParamSchema,
        body: ReceiveSchema,
        response: panel,
      },
    },
    async (request) =>
      receiveDossier(requirePermission(request, 'nominations.appraise'), request.params.id, request.body),
  );

  app.post(
    `${base}/approve`,
    {
      schema: {
        tags,
        summary: 'Kết luận thẩm định đạt (cần đủ mục kiểm tra bắt buộc và ý kiến các cơ quan)',
        params: NominationParamSchema,
        body: ApproveSchema,
        response: panel,
      },
    },
    async (request) =>
      concludeAppraisal(
        requirePermission(request, 'nominations.appraise'),
        request.params.id,
        'approve',
        request.body,
      ),
  );

  for (const [path, kind, summary] of [
    ['return', 'return', 'Trả lại hồ sơ để bổ sung (kèm lý do)'],
    ['not-eligible', 'not_eligible', 'Kết luận hồ sơ không đủ điều kiện (kèm lý do)'],
  ] as const) {
    app.post(
      `${base}/${path}`,
      { schema: { tags, summary, params: NominationParamSchema, body: ConcludeSchema, response: panel } },
      async (request) =>
        concludeAppraisal(
          requirePermission(request, 'nominations.appraise'),
          request.params.id,
          kind,
          request.body,
        ),
    );
  }

  app.post(
    `${base}/checklist`,
    {
      schema: {
        tags,
        summary: 'Thêm mục kiểm tra tự do',
        params: NominationParamSchema,
        body: ChecklistAddSchema,
        response: panel,
      },
    },
    async (request) =>
      addChecklistItem(requirePermission(request, 'nominations.appraise'), request.params.id, request.body),
  );

  app.patch(
    `${base}/checklist/:itemId`,
    {
      schema: {
        tags,
        summary: 'Đánh dấu đạt / chưa đạt một mục kiểm tra, ghi chú',
        params: ItemParamSchema,
        body: ChecklistPatchSchema,
        response: panel,
      },
    },
    async (request) =>
      updateChecklistItem(
        requirePermission(request, 'nominations.appraise'),
        request.params.id,
        request.params.itemId,
        request.body,
      ),
  );

  app.delete(
    `${base}/checklist/:itemId`,
    {
      schema: { tags, summary: 'Xoá mục kiểm tra tự do', params: ItemParamSchema, response: panel },
    },
    async (request) =>
      deleteChecklistItem(
        requirePermission(request, 'nominations.appraise'),
        request.params.id,
        request.params.itemId,
      ),
  );

  app.post(
    `${base}/clearances`,
    {
      schema: {
        tags,
        summary: 'Gửi đề nghị ý kiến một cơ quan (công an, thuế, bảo hiểm xã hội, thanh tra…)',
        params: NominationParamSchema,
        body: ClearanceRequestSchema,
        response: panel,
      },
    },
    async (request) =>
      requestClearance(requirePermission(request, 'nominations.appraise'), request.params.id, request.body),
  );

  app.patch(
    `${base}/clearances/:clearanceId`,
    {
      schema: {
        tags,
        summary: 'Ghi ý kiến trả lời của cơ quan: người trả lời, ngày, kết quả, ghi chú (kèm version)',
        params: ClearanceParamSchema,
        body: ClearanceAnswerSchema,
        response: panel,
      },
    },
    async (request) =>
      recordClearance(
        requirePermission(request, 'nominations.appraise'),
        request.params.id,
        request.params.clearanceId,
        request.body,
      ),
  );

  app.post(
    `${base}/opinions`,
    {
      schema: {
        tags,
        summary: 'Ghi ý kiến thẩm định',
        params: NominationParamSchema,
        body: OpinionSchema,
        response: panel,
      },
    },
    async (request) =>
      addOpinion(requirePermission(request, 'nominations.appraise'), request.params.id, request.body),
  );

  app.get(
    '/api/appraisal/deadlines',
    {
      schema: {
        tags,
        summary: 'Hạn xử lý: các bước thẩm định sắp đến hạn hoặc quá hạn (filter=all: mọi bước đang mở)',
        querystring: DeadlineQuerySchema,
        response: { 200: DeadlineListSchema, ...errorResponses },
      },
    },
    async (request) => listDeadlines(requirePermission(request, 'commendation.read'), request.query),
  );

  app.post(
    '/api/appraisal/reminders/sweep',
    {
      schema: {
        tags,
        summary: 'Gửi ngay thư nhắc hạn đến hạn (mỗi nhắc chỉ gửi một lần; quản trị toàn đơn vị)',
        response: { 200: SweepResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requirePermission(request, 'settings.manage');
      if (permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'settings.manage') !== 'all')
        throw forbidden('Chỉ quản trị toàn đơn vị sử dụng mới chạy được việc gửi nhắc hạn.');
      return sweepTenant(ctx);
    },
  );

  app.get(
    '/api/appraisal/settings',
    {
      schema: {
        tags: ['Cấu hình'],
        summary: 'Lịch nghỉ lễ, thời hạn thẩm định, cơ quan lấy ý kiến, hình thức phải lấy ý kiến công khai',
        response: { 200: WorkflowSettingsViewSchema, ...errorResponses },
      },
    },
    async (request) => getWorkflowSettings(requirePermission(request, 'commendation.read')),
  );

  app.put(
    '/api/appraisal/settings',
    {
      schema: {
        tags: ['Cấu hình'],
        summary: 'Thay đổi lịch nghỉ lễ và thời hạn xử lý (quản trị toàn đơn vị; có ghi nhật ký)',
        body: WorkflowSettingsSchema,
        response: { 200: WorkflowSettingsViewSchema, ...errorResponses },
      },
    },
    async (request) => updateWorkflowSettings(requirePermission(request, 'settings.manage'), request.body),
  );
};
