import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { readUploadedFile } from '../../lib/uploads';
import { MAX_ATTACHMENT_BYTES } from '../../lib/files';
import { getBlocYear, handOver, listLeaderships, setLeadership, setMembers } from './bloc-years.service';
import {
  BlocCreateSchema,
  BlocDetailSchema,
  BlocListQuerySchema,
  BlocListSchema,
  BlocPatchSchema,
  BlocYearParamsSchema,
  BlocYearSchema,
  HandoverSchema,
  LeadershipHistorySchema,
  LeadershipPutSchema,
  MeetingCreateSchema,
  MeetingListQuerySchema,
  MeetingListSchema,
  MeetingParamsSchema,
  MeetingPatchSchema,
  MeetingSchema,
  MembersPutSchema,
} from './blocs.schemas';
import {
  addMeetingAttachment,
  createMeeting,
  deleteMeeting,
  listMeetings,
  updateMeeting,
} from './bloc-meetings.service';
import { createBloc, deleteBloc, getBloc, listBlocs, updateBloc } from './blocs.service';
import { AttachmentQuerySchema, AttachmentSchema, UPLOAD_DESCRIPTION } from './emulation.schemas';

const tags = ['Cụm, khối thi đua'];
const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

/** Clusters and blocs: yearly members, head and deputy with their history, meetings, year-end handover. */
export const blocRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/emulation/blocs',
    {
      schema: {
        tags,
        summary: 'Danh sách cụm, khối thi đua (tìm không dấu, lọc theo loại, năm, đơn vị tổ chức)',
        querystring: BlocListQuerySchema,
        response: { 200: BlocListSchema, ...errorResponses },
      },
    },
    async (request) => listBlocs(requirePermission(request, 'emulation.read'), request.query),
  );

  app.post(
    '/api/emulation/blocs',
    {
      schema: {
        tags,
        summary: 'Thêm cụm, khối thi đua',
        body: BlocCreateSchema,
        response: { 201: BlocDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createBloc(requirePermission(request, 'emulation.write'), request.body)),
  );

  app.get(
    '/api/emulation/blocs/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết cụm, khối: thứ tự luân phiên, các năm với số thành viên và Trưởng, Phó khối',
        params: IdParamSchema,
        response: { 200: BlocDetailSchema, ...errorResponses },
      },
    },
    async (request) => getBloc(requirePermission(request, 'emulation.read'), request.params.id),
  );

  app.patch(
    '/api/emulation/blocs/:id',
    {
      schema: {
        tags,
        summary: 'Sửa cụm, khối (kèm version)',
        params: IdParamSchema,
        body: BlocPatchSchema,
        response: { 200: BlocDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateBloc(requirePermission(request, 'emulation.write'), request.params.id, request.body),
  );

  app.delete(
    '/api/emulation/blocs/:id',
    {
      schema: {
        tags,
        summary: 'Xoá cụm, khối chưa có dữ liệu theo năm',
        params: IdParamSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteBloc(requirePermission(request, 'emulation.write'), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/emulation/blocs/:id/leaderships',
    {
      schema: {
        tags,
        summary: 'Lịch sử Trưởng khối, Phó khối qua các năm',
        params: IdParamSchema,
        response: { 200: LeadershipHistorySchema, ...errorResponses },
      },
    },
    async (request) => listLeaderships(requirePermission(request, 'emulation.read'), request.params.id),
  );

  app.get(
    '/api/emulation/blocs/:id/years/:year',
    {
      schema: {
        tags,
        summary: 'Thành viên và Trưởng, Phó khối của một năm',
        params: BlocYearParamsSchema,
        response: { 200: BlocYearSchema, ...errorResponses },
      },
    },
    async (request) =>
      getBlocYear(requirePermission(request, 'emulation.read'), request.params.id, request.params.year),
  );

  app.put(
    '/api/emulation/blocs/:id/years/:year/members',
    {
      schema: {
        tags,
        summary: 'Ghi danh sách đơn vị thành viên của một năm (thay toàn bộ)',
        params: BlocYearParamsSchema,
        body: MembersPutSchema,
        response: { 200: BlocYearSchema, ...errorResponses },
      },
    },
    async (request) =>
      setMembers(
        requirePermission(request, 'emulation.write'),
        request.params.id,
        request.params.year,
        request.body,
      ),
  );

  app.put(
    '/api/emulation/blocs/:id/years/:year/leadership',
    {
      schema: {
        tags,
        summary: 'Ghi Trưởng khối, Phó khối của một năm (là thành viên của năm đó)',
        params: BlocYearParamsSchema,
        body: LeadershipPutSchema,
        response: { 200: BlocYearSchema, ...errorResponses },
      },
    },
    async (request) =>
      setLeadership(
        requirePermission(request, 'emulation.write'),
        request.params.id,
        request.params.year,
        request.body,
      ),
  );

  app.post(
    '/api/emulation/blocs/:id/years/:year/handover',
    {
      schema: {
        tags,
        summary: 'Chuyển giao cuối năm: Trưởng, Phó khối năm sau theo luân phiên hoặc theo kết quả bầu',
        description:
          'method "rotation": đơn vị kế tiếp Trưởng khối năm nay trong thứ tự luân phiên làm Trưởng khối, đơn vị kế tiếp nữa làm Phó khối. method "vote": ghi đơn vị được bầu. Thành viên năm sau được sao từ năm nay nếu chưa ghi. Năm chưa có Trưởng, Phó khối, hoặc đã chuyển giao → 409.',
        params: BlocYearParamsSchema,
        body: HandoverSchema,
        response: { 201: BlocYearSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await handOver(
            requirePermission(request, 'emulation.write'),
            request.params.id,
            request.params.year,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/emulation/blocs/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Nhật ký cuộc họp của cụm, khối (mới nhất trước)',
        params: IdParamSchema,
        querystring: MeetingListQuerySchema,
        response: { 200: MeetingListSchema, ...errorResponses },
      },
    },
    async (request) =>
      listMeetings(requirePermission(request, 'emulation.read'), request.params.id, request.query.year),
  );

  app.post(
    '/api/emulation/blocs/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Ghi một cuộc họp (ngày, loại, địa điểm, biên bản)',
        params: IdParamSchema,
        body: MeetingCreateSchema,
        response: { 201: MeetingSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createMeeting(requirePermission(request, 'emulation.write'), request.params.id, request.body),
        ),
  );

  app.patch(
    '/api/emulation/blocs/:id/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'Sửa cuộc họp (kèm version)',
        params: MeetingParamsSchema,
        body: MeetingPatchSchema,
        response: { 200: MeetingSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateMeeting(
        requirePermission(request, 'emulation.write'),
        request.params.id,
        request.params.meetingId,
        request.body,
      ),
  );

  app.delete(
    '/api/emulation/blocs/:id/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'Xoá cuộc họp (cùng các tệp đính kèm)',
        params: MeetingParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteMeeting(
        requirePermission(request, 'emulation.write'),
        request.params.id,
        request.params.meetingId,
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/emulation/blocs/:id/meetings/:meetingId/attachments',
    {
      schema: {
        tags,
        summary: 'Đính kèm biên bản, ảnh vào một cuộc họp',
        description: UPLOAD_DESCRIPTION,
        consumes: ['multipart/form-data'],
        params: MeetingParamsSchema,
        querystring: AttachmentQuerySchema,
        response: { 201: AttachmentSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const ctx = requirePermission(request, 'emulation.write');
      const file = await readUploadedFile(request, { kind: 'attachment', maxBytes: MAX_ATTACHMENT_BYTES });
      const { id, meetingId } = request.params;
      return reply
        .code(201)
        .send(
          await addMeetingAttachment(
            ctx,
            id,
            meetingId,
            file.content,
            request.query.fileName ?? file.fileName,
          ),
        );
    },
  );
};
