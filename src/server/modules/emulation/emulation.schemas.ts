import { z } from 'zod';

/** Schemas shared by the emulation routes. */

export const UnitRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'EmulationUnitRef' });

export const AttachmentSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'EmulationAttachment' });

export const uuidOf = (what: string) => z.uuid({ message: `${what} không hợp lệ` });

export const YearSchema = z.coerce
  .number({ message: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(1945, 'Năm phải từ 1945')
  .max(2200, 'Năm không được sau 2200');

export const AttachmentQuerySchema = z.object({
  fileName: z
    .string()
    .max(255, 'Tên tệp tối đa 255 ký tự')
    .optional()
    .describe('Tên tệp hiển thị khi tải về (phần mở rộng theo loại tệp nhận ra từ nội dung)'),
});

export const FileSchema = z.any().describe('Tệp');
export const UPLOAD_DESCRIPTION =
  'multipart/form-data, trường "file": PDF, Word (.docx, .doc) hoặc ảnh (PNG, JPEG, GIF, WebP), tối đa 10 MB; loại tệp được nhận ra từ nội dung.';

export { contentDisposition } from '../../lib/files';
