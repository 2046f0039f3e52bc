import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { LegalSettingsSchema, LegalSettingsViewSchema } from './settings.schemas';
import { getLegalSettings, updateLegalSettings } from './settings.service';

const TAGS = ['Cấu hình'];

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/settings/legal',
    {
      schema: {
        tags: TAGS,
        summary:
          'Cấu hình pháp lý của đơn vị sử dụng (lịch đánh giá, công khai, làm tròn tiền thưởng, tiêu chuẩn địa phương)',
        response: { 200: LegalSettingsViewSchema, ...errorResponses },
      },
    },
    async (request) => getLegalSettings(requirePermission(request, 'ledger.read')),
  );

  app.put(
    '/api/settings/legal',
    {
      schema: {
        tags: TAGS,
        summary: 'Thay đổi cấu hình pháp lý (quản trị toàn đơn vị sử dụng; có ghi nhật ký)',
        body: LegalSettingsSchema,
        response: { 200: LegalSettingsViewSchema, ...errorResponses },
      },
    },
    async (request) => updateLegalSettings(requirePermission(request, 'settings.manage'), request.body),
  );
};
