import { z } from 'zod';
import { CERTIFICATE_FORMS } from '../../../domain/commendation/certificate';
import { text, ActDateSchema } from '../../lib/http';

const id = z.uuid({ message: 'Mã bản ghi khen thưởng không hợp lệ' });

/** What the issuer may set for the printed page; the rest comes from the award record. */
export const PrintOptionsSchema = z.object({
  place: text(100).optional().describe('Địa danh ở dòng "…, ngày … tháng … năm …" (mặc định: tên tỉnh)'),
  signedOn: ActDateSchema.optional().describe('Ngày ký (mặc định: ngày quyết định)'),
  signerTitle: text(100).optional().describe('Chức danh người ký, xuống dòng bằng \\n (mặc định: CHỦ TỊCH)'),
  signerName: text(100).optional().describe('Họ tên người ký'),
  issuingBody: text(200).optional().describe('Cơ quan ban hành (mặc định: cơ quan quyết định của bản ghi)'),
});
export type PrintOptions = z.infer<typeof PrintOptionsSchema>;

export const IssueOneSchema = PrintOptionsSchema.extend({ awardRecordId: id });
export const IssueBulkSchema = PrintOptionsSchema.extend({
  awardRecordIds: z
    .array(id)
    .min(1, 'Chọn ít nhất một bản ghi khen thưởng')
    .max(5000, 'Tối đa 5.000 bản ghi mỗi lần'),
});
export const IssueForDecisionNumberSchema = PrintOptionsSchema.extend({
  decisionNumber: text(60).pipe(z.string().min(1, 'Nhập số quyết định')),
});

export const CertificateSchema = z
  .object({
    id: z.string(),
    awardRecordId: z.string(),
    decisionId: z.string().nullable(),
    form: z.enum(CERTIFICATE_FORMS),
    formLabel: z.string(),
    heading: z.string(),
    registryNumber: z.string(),
    publicCode: z.string(),
    verifyUrl: z.string(),
    holderLine: z.string(),
    holderUnit: z.string().nullable(),
    decisionNumber: z.string(),
    decisionDate: z.string(),
    issuingBody: z.string(),
    status: z.enum(['valid', 'revoked']),
    createdAt: z.string(),
  })
  .meta({ id: 'Certificate' });

export const CertificateListSchema = z.object({ items: z.array(CertificateSchema), total: z.number().int() });

export const CertificateListQuerySchema = z.object({
  decisionNumber: text(60).optional(),
  decisionId: z.uuid({ message: 'Mã quyết định không hợp lệ' }).optional(),
});

export const SkippedSchema = z.object({ awardRecordId: z.string(), reason: z.string() });
export const BulkStartedSchema = z.object({ jobId: z.string(), total: z.number().int() });
export const JobParamSchema = z.object({ jobId: z.uuid({ message: 'Mã tác vụ không hợp lệ' }) });
export const CodeParamSchema = z.object({
  code: z.string().regex(/^[A-Za-z2-7]{10}$/, 'Mã xác minh gồm 10 ký tự'),
});

/** Exactly what the public may see of a certificate (no citizen ID, no birth date, no registry internals). */
export const PublicCertificateSchema = z
  .object({
    holderName: z.string(),
    unit: z.string().nullable(),
    title: z.string(),
    decisionNumber: z.string(),
    decisionDate: z.string(),
    issuingBody: z.string(),
    status: z.enum(['valid', 'revoked']),
    statusLabel: z.string(),
  })
  .meta({ id: 'PublicCertificate' });
