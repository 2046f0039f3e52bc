import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from './errors';

/**
 * The one file of a multipart request (field "file") read into memory, for small uploads: 415 when the
 * request is not multipart, 400 when the field is missing, 413 past `maxBytes`.
 */
export async function readUploadedFile(request: FastifyRequest, maxBytes: number): Promise<Buffer> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Yêu cầu phải gửi tệp dạng multipart/form-data.');
  const part = await request.file({ limits: { fileSize: maxBytes } });
  if (!part || part.fieldname !== 'file') throw badRequest('Thiếu tệp Excel ở trường "file".');
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `Tệp tải lên vượt quá dung lượng cho phép (${Math.round(maxBytes / 1024 / 1024)} MB).`,
      );
    throw error;
  }
}
