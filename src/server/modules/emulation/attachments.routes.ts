import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { deleteAttachment, getAttachmentFile } from './attachments.service';
import { contentDisposition, FileSchema } from './emulation.schemas';

const tags = ['Phong trào thi đua', 'Cụm, khối thi đua'];

/** Download and removal of the files attached to movement stages and bloc meetings. */
export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/emulation/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Tải tệp đính kèm của phong trào hoặc cuộc họp cụm, khối',
        params: IdParamSchema,
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await getAttachmentFile(requirePermission(request, 'emulation.read'), request.params.id);
      return reply
        .type(file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );

  app.delete(
    '/api/emulation/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Xoá tệp đính kèm',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteAttachment(requirePermission(request, 'emulation.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
