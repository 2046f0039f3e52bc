import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCX_MIME } from '../../lib/documents/decree30';
import { errorResponses, IdParamSchema } from '../../lib/http';
import { requireCtx, requirePermission } from '../../lib/request-context';
import {
  AttendancePutSchema,
  BallotParamsSchema,
  BallotViewSchema,
  CouncilCreateSchema,
  CouncilListQuerySchema,
  CouncilListSchema,
  CouncilPatchSchema,
  CouncilSchema,
  MembersPutSchema,
  MyBallotsSchema,
  OpenBallotSchema,
  RoundTwoSchema,
  SessionCreateSchema,
  SessionListQuerySchema,
  SessionListSchema,
  SessionPatchSchema,
  SessionSchema,
  TallySchema,
  VoteSchema,
  WrittenVoteSchema,
} from './council.schemas';
import {
  createCouncil,
  getCouncil,
  listCouncils,
  memberCandidates,
  putMembers,
  updateCouncil,
} from './councils.service';
import { countingMinutes, meetingMinutes } from './minutes.service';
import {
  castMemberVote,
  castWrittenVote,
  closeSessionBallot,
  concludeSession,
  getSessionBallot,
  myBallots,
  openRoundTwo,
  openSessionBallot,
  sessionBallotResults,
} from './session-ballots.service';
import { createSession, getSession, listSessions, putAttendance, updateSession } from './sessions.service';

const tags = ['Hội đồng Thi đua - Khen thưởng'];
const read = 'commendation.read' as const;
const manage = 'council.manage' as const;
const VotedSchema = z.object({ ballotId: z.string(), voted: z.literal(true) });
const FileSchema = z.any().describe('Tệp Word');
const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Councils, members, sessions, attendance, secret ballots and minutes (issue 4 item 5). */
export const councilRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/council/councils',
    {
      schema: {
        tags,
        summary: 'Danh sách Hội đồng',
        querystring: CouncilListQuerySchema,
        response: { 200: CouncilListSchema, ...errorResponses },
      },
    },
    async (request) => listCouncils(requirePermission(request, read), request.query),
  );
  app.post(
    '/api/council/councils',
    {
      schema: {
        tags,
        summary: 'Thành lập Hội đồng',
        body: CouncilCreateSchema,
        response: { 201: CouncilSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCouncil(requirePermission(request, manage), request.body)),
  );
  app.get(
    '/api/council/councils/:id',
    {
      schema: {
        tags,
        summary: 'Hội đồng và thành viên',
        params: IdParamSchema,
        response: { 200: CouncilSchema, ...errorResponses },
      },
    },
    async (request) => getCouncil(requirePermission(request, read), request.params.id),
  );
  app.patch(
    '/api/council/councils/:id',
    {
      schema: {
        tags,
        summary: 'Sửa Hội đồng',
        params: IdParamSchema,
        body: CouncilPatchSchema,
        response: { 200: CouncilSchema, ...errorResponses },
      },
    },
    async (request) => updateCouncil(requirePermission(request, manage), request.params.id, request.body),
  );
  app.put(
    '/api/council/councils/:id/members',
    {
      schema: {
        tags,
        summary: 'Thành viên Hội đồng (theo quyết định thành lập)',
        params: IdParamSchema,
        body: MembersPutSchema,
        response: { 200: CouncilSchema, ...errorResponses },
      },
    },
    async (request) => putMembers(requirePermission(request, manage), request.params.id, request.body),
  );

  app.get(
    '/api/council/member-candidates',
    {
      schema: {
        tags,
        summary: 'Tài khoản có thể chọn làm thành viên Hội đồng (tìm theo tên, e-mail)',
        querystring: z.object({ q: z.string().trim().max(200).optional() }),
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), fullName: z.string(), email: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => memberCandidates(requirePermission(request, manage), request.query.q),
  );
  app.get(
    '/api/council/sessions',
    {
      schema: {
        tags,
        summary: 'Danh sách phiên họp',
        querystring: SessionListQuerySchema,
        response: { 200: SessionListSchema, ...errorResponses },
      },
    },
    async (request) => listSessions(requirePermission(request, read), request.query),
  );
  app.post(
    '/api/council/sessions',
    {
      schema: {
        tags,
        summary: 'Tạo phiên họp (chương trình: các hồ sơ đã thẩm định của đợt)',
        body: SessionCreateSchema,
        response: { 201: SessionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createSession(requirePermission(request, manage), request.body)),
  );
  app.get(
    '/api/council/sessions/:id',
    {
      schema: {
        tags,
        summary:
          'Phiên họp: tham dự, số lượng có mặt, chương trình, các cuộc bỏ phiếu (không có phiếu của ai)',
        params: IdParamSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request) => getSession(requirePermission(request, read), request.params.id),
  );
  app.patch(
    '/api/council/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Sửa phiên họp (địa điểm, thảo luận, kết luận)',
        params: IdParamSchema,
        body: SessionPatchSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request) => updateSession(requirePermission(request, manage), request.params.id, request.body),
  );
  app.put(
    '/api/council/sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Điểm danh: có mặt, vắng mặt có ý kiến bằng văn bản, vắng mặt',
        params: IdParamSchema,
        body: AttendancePutSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request) => putAttendance(requirePermission(request, manage), request.params.id, request.body),
  );
  app.post(
    '/api/council/sessions/:id/ballots',
    {
      schema: {
        tags,
        summary: 'Mở bỏ phiếu kín (kiểm tra số thành viên có mặt trước)',
        params: IdParamSchema,
        body: OpenBallotSchema,
        response: { 201: SessionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await openSessionBallot(requirePermission(request, manage), request.params.id, request.body)),
  );
  app.post(
    '/api/council/sessions/:id/conclude',
    {
      schema: {
        tags,
        summary: 'Kết thúc phiên họp',
        params: IdParamSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request) => concludeSession(requirePermission(request, manage), request.params.id),
  );
  app.get(
    '/api/council/sessions/:id/minutes.docx',
    {
      schema: {
        tags,
        summary: 'Biên bản họp Hội đồng (Word)',
        params: IdParamSchema,
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await meetingMinutes(requirePermission(request, read), request.params.id);
      return reply.type(DOCX_MIME).header('content-disposition', attachment(file.filename)).send(file.body);
    },
  );
  app.get(
    '/api/council/sessions/:id/counting-minutes.docx',
    {
      schema: {
        tags,
        summary: 'Biên bản kiểm phiếu (Word)',
        params: IdParamSchema,
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await countingMinutes(requirePermission(request, read), request.params.id);
      return reply.type(DOCX_MIME).header('content-disposition', attachment(file.filename)).send(file.body);
    },
  );

  app.get(
    '/api/council/my-ballots',
    {
      schema: {
        tags,
        summary: 'Các cuộc bỏ phiếu đang mở mà tôi được bỏ phiếu',
        response: { 200: MyBallotsSchema, ...errorResponses },
      },
    },
    async (request) => myBallots(requireCtx(request)),
  );
  app.get(
    '/api/council/ballots/:id',
    {
      schema: {
        tags,
        summary: 'Cuộc bỏ phiếu (ai đã bỏ phiếu, không bao giờ cho biết ai chọn gì)',
        params: BallotParamsSchema,
        response: { 200: BallotViewSchema, ...errorResponses },
      },
    },
    async (request) => getSessionBallot(requirePermission(request, read), request.params.id),
  );
  app.post(
    '/api/council/ballots/:id/vote',
    {
      schema: {
        tags,
        summary: 'Bỏ phiếu (phiếu của chính mình, một lần)',
        params: BallotParamsSchema,
        body: VoteSchema,
        response: { 200: VotedSchema, ...errorResponses },
      },
    },
    async (request) => castMemberVote(requireCtx(request), request.params.id, request.body),
  );
  app.post(
    '/api/council/ballots/:id/written-votes',
    {
      schema: {
        tags,
        summary: 'Nhập phiếu ý kiến bằng văn bản của thành viên vắng mặt',
        params: BallotParamsSchema,
        body: WrittenVoteSchema,
        response: { 200: VotedSchema, ...errorResponses },
      },
    },
    async (request) => castWrittenVote(requirePermission(request, manage), request.params.id, request.body),
  );
  app.post(
    '/api/council/ballots/:id/close',
    {
      schema: {
        tags,
        summary: 'Kết thúc bỏ phiếu, kiểm phiếu, ghi kết quả vào hồ sơ',
        params: BallotParamsSchema,
        response: { 200: TallySchema, ...errorResponses },
      },
    },
    async (request) => closeSessionBallot(requirePermission(request, manage), request.params.id),
  );
  app.get(
    '/api/council/ballots/:id/results',
    {
      schema: {
        tags,
        summary: 'Kết quả kiểm phiếu (chỉ sau khi kết thúc bỏ phiếu)',
        params: BallotParamsSchema,
        response: { 200: TallySchema, ...errorResponses },
      },
    },
    async (request) => sessionBallotResults(requirePermission(request, read), request.params.id),
  );
  app.post(
    '/api/council/ballots/:id/round-two',
    {
      schema: {
        tags,
        summary: 'Bỏ phiếu vòng 2 cho hồ sơ chưa đạt ở vòng 1 (tối đa 2 vòng)',
        params: BallotParamsSchema,
        body: RoundTwoSchema,
        response: { 201: SessionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await openRoundTwo(requirePermission(request, manage), request.params.id, request.body)),
  );
};
