import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAIL_STATUSES } from '../../db/schema/appraisal';
import { errorResponses, PageQuerySchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { listMail } from './mail.service';

const MailSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    status: z
      .enum(MAIL_STATUSES)
      .describe('outbox: chưa gửi (không cấu hình SMTP); sent: đã gửi; failed: gửi lỗi'),
    error: z.string().nullable(),
    relatedType: z.string().nullable(),
    relatedId: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'MailMessage' });

const MailListSchema = z
  .object({ smtpConfigured: z.boolean(), total: z.number().int(), items: z.array(MailSchema) })
  .meta({ id: 'MailList' });

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/mail/messages',
    {
      schema: {
        tags: ['Thư điện tử'],
        summary: 'Hộp thư đi: thư nhắc hạn và thông báo (gửi qua SMTP khi có cấu hình SMTP_URL)',
        querystring: PageQuerySchema.extend({
          status: z.enum(MAIL_STATUSES, { message: 'Trạng thái thư không hợp lệ' }).optional(),
        }),
        response: { 200: MailListSchema, ...errorResponses },
      },
    },
    async (request) => listMail(requirePermission(request, 'settings.manage'), request.query),
  );
};
