import { z } from 'zod';
import { COMMENDATION_TYPES } from '../../../domain/awards/types';
import {
  ANNEX_IMPORT_STATUSES,
  ANNEX_ROW_OUTCOMES,
  ANNEX_ROW_STATUSES,
  type AnnexRowStatus,
} from '../../db/schema';
import { PageQuerySchema, text } from '../../lib/http';

const uuid = (message: string) => z.uuid({ message });

/** The text fields of the upload form (multipart), validated after the file is received. */
export const UploadFieldsSchema = z.object({
  evaluationYear: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{4}$/.test(v), 'Năm xét phải là một năm có 4 chữ số, ví dụ 2024')
    .transform((v) => (v ? Number(v) : undefined)),
  commendationType: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : 'cong_trang'))
    .pipe(z.enum(COMMENDATION_TYPES, { message: 'Loại hình khen thưởng không hợp lệ' })),
  decisionAuthority: text(300)
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type UploadFields = z.output<typeof UploadFieldsSchema>;

export const ImportStartedSchema = z.object({ id: z.string(), jobId: z.string() }).meta({
  id: 'AnnexImportStarted',
  description: 'Phiên nhập phụ lục và tác vụ đọc tệp (theo dõi ở /api/jobs/:id).',
});

export const AnnexCandidateSchema = z
  .object({
    personId: z.string(),
    fullName: z.string(),
    birthDate: z.string().nullable().describe('YYYY-MM-DD'),
    unitName: z.string().nullable(),
    byCitizenId: z.boolean(),
  })
  .meta({ id: 'AnnexCandidate', description: 'Một người mà dòng phụ lục có thể chỉ đến.' });

export const AnnexRowSchema = z
  .object({
    id: z.string(),
    rowNumber: z.number().int().describe('Số dòng trong tệp Excel'),
    status: z.enum(ANNEX_ROW_STATUSES),
    cells: z.record(z.string(), z.string()).describe('Các ô của dòng như trong tệp (số định danh đã che)'),
    awardText: z.string().nullable(),
    awardCode: z.string().nullable(),
    awardName: z.string().nullable(),
    evaluationYear: z.number().int().nullable().describe('Năm xét sẽ ghi (của dòng, hoặc mặc định)'),
    decisionNumber: z.string().nullable(),
    decisionDate: z.string().nullable(),
    person: AnnexCandidateSchema.nullable(),
    matchHow: z.string().nullable(),
    candidates: z.array(AnnexCandidateSchema),
    messages: z.array(z.string()),
    skipped: z.boolean(),
    pending: z.boolean().describe('Còn chờ chọn người hoặc chọn hình thức khen thưởng'),
    outcome: z.enum(ANNEX_ROW_OUTCOMES).nullable(),
    outcomeMessage: z.string().nullable(),
    awardRecordId: z.string().nullable(),
  })
  .meta({ id: 'AnnexRow', description: 'Một dòng của phụ lục: kết quả đọc, đối chiếu và xử lý.' });

const CountsSchema = z.object({
  total: z.number().int(),
  ok: z.number().int(),
  ambiguous: z.number().int(),
  unmatched: z.number().int(),
  error: z.number().int(),
  unrecognised_award: z.number().int(),
  pending: z.number().int(),
  skipped: z.number().int(),
  ready: z.number().int().describe('Số dòng sẽ được ghi vào sổ'),
});

export const CommitResultSchema = z
  .object({
    written: z.number().int(),
    duplicates: z.number().int(),
    skipped: z.number().int(),
    errors: z.number().int(),
  })
  .meta({ id: 'AnnexCommitResult' });

export const AnnexImportSchema = z
  .object({
    id: z.string(),
    filename: z.string(),
    status: z.enum(ANNEX_IMPORT_STATUSES),
    jobId: z.string().nullable(),
    error: z.string().nullable(),
    defaultEvaluationYear: z.number().int().nullable(),
    commendationType: z.enum(COMMENDATION_TYPES),
    decisionAuthority: z.string().nullable(),
    createdAt: z.string(),
    committedAt: z.string().nullable(),
    counts: CountsSchema,
    result: CommitResultSchema.nullable(),
    rows: z.object({ items: z.array(AnnexRowSchema), total: z.number().int() }),
  })
  .meta({ id: 'AnnexImport', description: 'Phiên nhập phụ lục quyết định: tổng hợp và một trang các dòng.' });

export const AnnexImportListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        filename: z.string(),
        status: z.enum(ANNEX_IMPORT_STATUSES),
        rows: z.number().int(),
        createdAt: z.string(),
        committedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'AnnexImportList' });

export const ROW_FILTERS = [...ANNEX_ROW_STATUSES, 'pending', 'skipped'] as const;
export type RowFilterValue = AnnexRowStatus | 'pending' | 'skipped';

export const AnnexImportQuerySchema = PageQuerySchema.extend({
  status: z.enum(ROW_FILTERS, { message: 'Bộ lọc trạng thái dòng không hợp lệ' }).optional(),
});
export type AnnexImportQuery = z.output<typeof AnnexImportQuerySchema>;

export const RowParamsSchema = z.object({
  id: uuid('Mã phiên nhập không hợp lệ'),
  rowId: uuid('Mã dòng không hợp lệ'),
});

export const RowPatchSchema = z
  .strictObject(
    {
      personId: uuid('Mã cá nhân không hợp lệ').optional(),
      skip: z.boolean({ message: 'skip phải là true hoặc false' }).optional(),
      awardCode: z
        .string()
        .regex(/^[a-z][a-z0-9_]{1,79}$/, 'Mã danh hiệu, hình thức khen thưởng không hợp lệ')
        .optional(),
    },
    { message: 'Trường không được hỗ trợ' },
  )
  .refine((v) => v.personId !== undefined || v.skip !== undefined || v.awardCode !== undefined, {
    message: 'Cần chọn cá nhân (personId), hình thức khen thưởng (awardCode) hoặc bỏ qua dòng (skip)',
  })
  .refine((v) => !(v.skip === true && (v.personId !== undefined || v.awardCode !== undefined)), {
    message: 'Không thể vừa bỏ qua dòng vừa chọn cá nhân hoặc hình thức khen thưởng',
  })
  .meta({
    id: 'AnnexRowPatch',
    description: 'Xử lý một dòng: chọn đúng người, chọn hình thức khen thưởng, hoặc bỏ qua dòng.',
    examples: [
      { personId: '01970000-0000-7000-8000-000000000001' },
      { skip: true },
      { awardCode: 'cstd_co_so' },
    ],
  });
export type RowPatch = z.output<typeof RowPatchSchema>;
