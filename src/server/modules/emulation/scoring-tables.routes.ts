/**
 * Bloc scoring API (issue 5 items 4 and 7). Prefix P = /api/emulation/blocs/:id/years/:year/scoring.
 *
 *   GET    P                                   → year: status, actions, current table version, versions, permissions
 *   PUT    P/table                             { table: ScoringTable, classificationBands?, note? } → year
 *                                               (replaces the current version while unused, else a new version;
 *                                                bad table → 400 VALIDATION_ERROR, details [{ path, message }])
 *   GET    P/table/versions/:versionNo         → one version { id, versionNo, table, classificationBands, used, … }
 *   GET    P/table/template                    → .xlsx template (prefilled with the current table)
 *   POST   P/table/import                      multipart "file" (.xlsx) → 201 year | 400 details [{ row, column, message }]
 *   GET    P/entries[?unitId=]                 → members × items: plan, actual, achieved, count, percentOfPlan,
 *                                               percentLabel, evidence, adjustments (cross-check trail)
 *   PUT    P/targets                           { targets: [{ unitId, itemCode, plan }] } → entries (organiser)
 *   PUT    P/results/:unitId                   { results: [{ itemCode, actual?, achieved?, count?, note? }], reason? }
 *                                               → entries of the unit (self-score; cross-check: reason if changed)
 *   POST   P/results/:unitId/items/:itemCode/evidence   multipart "file" → 201 attachment
 *   GET    /api/emulation/scoring-evidence/:id          → the file;  DELETE → 204
 *   POST   P/transitions                       { action, reason?, version } → year (illegal → 409 INVALID_TRANSITION)
 *             actions: open_self_scoring, start_cross_check, return_to_self_scoring, confirm, publish, reopen
 *   POST   P/recompute                         → ranked results (as GET P/results)
 *   GET    P/results                           → { status, computedAt, stale, members: [{ unit, total, rank,
 *                                               classification, items: [{ code, name, points, percentOfPlan, explanation }] }] }
 *   GET    P/dashboard                         → plan vs actual per item and member, weighted roll-up (domain/scoring/rollup.ts)
 *   POST   /api/emulation/scoring/recompute    { year } → { year, blocs, members, items, skipped } (tenant-wide)
 *   GET    /api/emulation/units/:unitId/scoring-dashboard → the unit's bloc years, items, progress
 *
 * Permissions: emulation.read to read; organiser (emulation.write on the bloc's organiser) for table,
 * targets, open/publish/reopen; a member's own officer (emulation.register on the unit) self-scores it;
 * head/deputy officers cross-check. Published years: every write → 409 INVALID_TRANSITION.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { readUploadedFile } from '../../lib/uploads';
import { MAX_ATTACHMENT_BYTES } from './attachments';
import {
  AttachmentQuerySchema,
  AttachmentSchema,
  contentDisposition,
  UPLOAD_DESCRIPTION,
  uuidOf,
} from './emulation.schemas';
import {
  addEvidence,
  deleteEvidence,
  getEvidenceFile,
  listEntries,
  saveResults,
  setTargets,
} from './scoring-entries.service';
import { scoringResultRoutes } from './scoring-results.routes';
import {
  EntriesSchema,
  ResultsPutSchema,
  ScoringEvidenceParamsSchema,
  ScoringUnitParamsSchema,
  ScoringVersionParamsSchema,
  ScoringYearParamsSchema,
  ScoringYearSchema,
  TablePutSchema,
  TableVersionSchema,
  TargetsPutSchema,
  TransitionSchema,
} from './scoring-tables.schemas';
import {
  getScoringYear,
  getTableVersion,
  saveScoringTable,
  transitionScoring,
} from './scoring-tables.service';

const tags = ['Chấm điểm thi đua cụm, khối'];
const P = '/api/emulation/blocs/:id/years/:year/scoring';
const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

export const scoringRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(scoringResultRoutes);

  app.get(
    P,
    {
      schema: {
        tags,
        summary: 'Năm chấm điểm: bước hiện tại, thao tác được phép, bảng chấm điểm và các phiên bản',
        params: ScoringYearParamsSchema,
        response: { 200: ScoringYearSchema, ...errorResponses },
      },
    },
    async (request) =>
      getScoringYear(requirePermission(request, 'emulation.read'), request.params.id, request.params.year),
  );

  app.put(
    `${P}/table`,
    {
      schema: {
        tags,
        summary: 'Ghi bảng chấm điểm (đã dùng thì tạo phiên bản mới, phiên bản cũ giữ nguyên)',
        params: ScoringYearParamsSchema,
        body: TablePutSchema,
        response: { 200: ScoringYearSchema, ...errorResponses },
      },
    },
    async (request) =>
      saveScoringTable(
        requirePermission(request, 'emulation.read'),
        request.params.id,
        request.params.year,
        request.body,
      ),
  );

  app.get(
    `${P}/table/versions/:versionNo`,
    {
      schema: {
        tags,
        summary: 'Một phiên bản bảng chấm điểm',
        params: ScoringVersionParamsSchema,
        response: { 200: TableVersionSchema, ...errorResponses },
      },
    },
    async (request) =>
      getTableVersion(
        requirePermission(request, 'emulation.read'),
        request.params.id,
        request.params.year,
        request.params.versionNo,
      ),
  );

  app.get(
    `${P}/entries`,
    {
      schema: {
        tags,
        summary:
          'Chỉ tiêu kế hoạch và kết quả của các thành viên (kèm % kế hoạch, minh chứng, lịch sử chấm chéo)',
        params: ScoringYearParamsSchema,
        querystring: z.object({ unitId: uuidOf('Mã đơn vị').optional() }),
        response: { 200: EntriesSchema, ...errorResponses },
      },
    },
    async (request) =>
      listEntries(
        requirePermission(request, 'emulation.read'),
        request.params.id,
        request.params.year,
        request.query.unitId,
      ),
  );

  app.put(
    `${P}/targets`,
    {
      schema: {
        tags,
        summary: 'Giao chỉ tiêu kế hoạch cho các thành viên (đơn vị tổ chức khối)',
        params: ScoringYearParamsSchema,
        body: TargetsPutSchema,
        response: { 200: EntriesSchema, ...errorResponses },
      },
    },
    async (request) =>
      setTargets(
        requirePermission(request, 'emulation.read'),
        request.params.id,
        request.params.year,
        request.body,
      ),
  );

  app.put(
    `${P}/results/:unitId`,
    {
      schema: {
        tags,
        summary: 'Kết quả thực hiện của một thành viên: tự chấm, hoặc chấm chéo (thay đổi phải có lý do)',
        params: ScoringUnitParamsSchema,
        body: ResultsPutSchema,
        response: { 200: EntriesSchema, ...errorResponses },
      },
    },
    async (request) =>
      saveResults(
        requirePermission(request, 'emulation.read'),
        request.params.id,
        request.params.year,
        request.params.unitId,
        request.body,
      ),
  );

  app.post(
    `${P}/results/:unitId/items/:itemCode/evidence`,
    {
      schema: {
        tags,
        summary: 'Đính kèm minh chứng cho kết quả một chỉ tiêu',
        description: UPLOAD_DESCRIPTION,
        consumes: ['multipart/form-data'],
        params: ScoringEvidenceParamsSchema,
        querystring: AttachmentQuerySchema,
        response: { 201: AttachmentSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'emulation.read');
      const file = await readUploadedFile(request, { kind: 'attachment', maxBytes: MAX_ATTACHMENT_BYTES });
      const { id, year, unitId, itemCode } = request.params;
      return reply
        .code(201)
        .send(
          await addEvidence(
            ctx,
            id,
            year,
            unitId,
            itemCode,
            file.content,
            request.query.fileName ?? file.fileName,
          ),
        );
    },
  );

  app.get(
    '/api/emulation/scoring-evidence/:id',
    {
      schema: {
        tags,
        summary: 'Tải tệp minh chứng',
        params: z.object({ id: uuidOf('Mã tệp') }),
        response: { 200: z.any().describe('Tệp'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await getEvidenceFile(requirePermission(request, 'emulation.read'), request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    },
  );

  app.delete(
    '/api/emulation/scoring-evidence/:id',
    {
      schema: {
        tags,
        summary: 'Xoá tệp minh chứng (khi đang tự chấm hoặc chấm chéo)',
        params: z.object({ id: uuidOf('Mã tệp') }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteEvidence(requirePermission(request, 'emulation.read'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${P}/transitions`,
    {
      schema: {
        tags,
        summary: 'Chuyển bước: mở tự chấm, chấm chéo, trả lại, thống nhất, công bố, mở lại (kèm lý do)',
        params: ScoringYearParamsSchema,
        body: TransitionSchema,
        response: { 200: ScoringYearSchema, ...errorResponses },
      },
    },
    async (request) =>
      transitionScoring(
        requirePermission(request, 'emulation.read'),
        request.params.id,
        request.params.year,
        request.body,
      ),
  );
};
