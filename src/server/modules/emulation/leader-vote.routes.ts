import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCX_MIME } from '../../lib/documents/decree30';
import { errorResponses } from '../../lib/http';
import { requirePermission } from '../../lib/request-context';
import { BlocYearParamsSchema } from './blocs.schemas';
import { contentDisposition, FileSchema } from './emulation.schemas';
import { blocMinutes } from './leader-vote.minutes';
import {
  LeaderVoteBallotSchema,
  LeaderVoteDecideSchema,
  LeaderVoteOpenSchema,
  LeaderVoteSchema,
} from './leader-vote.schemas';
import {
  castLeaderBallot,
  closeLeaderRound,
  decideLeader,
  getLeaderVote,
  openLeaderVote,
} from './leader-vote.service';

const tags = ['Cụm, khối thi đua'];
const base = '/api/emulation/blocs/:id/years/:year';

/** The leader vote (suy tôn) of a bloc-year and the bloc's minutes (law-reference §8.2, §4.3). */
export const leaderVoteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    `${base}/leader-vote`,
    {
      schema: {
        tags,
        summary: 'Cuộc bỏ phiếu suy tôn đơn vị dẫn đầu của năm: các vòng, kết quả, đề nghị khen thưởng',
        description:
          'Số phiếu của một vòng chỉ có sau khi vòng đó kết thúc; không bao giờ cho biết ai chọn đơn vị nào.',
        params: BlocYearParamsSchema,
        response: { 200: LeaderVoteSchema, ...errorResponses },
      },
    },
    async (request) =>
      getLeaderVote(requirePermission(request, 'emulation.read'), request.params.id, request.params.year),
  );

  app.post(
    `${base}/leader-vote`,
    {
      schema: {
        tags,
        summary:
          'Mở bỏ phiếu suy tôn: mỗi đơn vị thành viên một người đại diện, bỏ phiếu kín, tối đa hai vòng',
        description:
          'Tỷ lệ mặc định: Cờ thi đua bộ/tỉnh từ 80% tổng số đơn vị bỏ phiếu (law-reference §4.3, cấu hình được); số đơn vị đề nghị Bằng khen mặc định 2.',
        params: BlocYearParamsSchema,
        body: LeaderVoteOpenSchema,
        response: { 201: LeaderVoteSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await openLeaderVote(
            requirePermission(request, 'emulation.write'),
            request.params.id,
            request.params.year,
            request.body,
          ),
        ),
  );

  app.post(
    `${base}/leader-vote/ballot`,
    {
      schema: {
        tags,
        summary: 'Người đại diện bỏ phiếu (một lần mỗi vòng) cho một đơn vị',
        description:
          'Người không phải đại diện → 403; đã bỏ phiếu → 409; vòng chưa mở hoặc đã kết thúc → 409.',
        params: BlocYearParamsSchema,
        body: LeaderVoteBallotSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, year } = request.params;
      await castLeaderBallot(requirePermission(request, 'council.vote'), id, year, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/leader-vote/close`,
    {
      schema: {
        tags,
        summary:
          'Kết thúc vòng đang mở và kiểm phiếu: có đơn vị dẫn đầu, hoặc bỏ phiếu vòng 2, hoặc Trưởng, Phó khối quyết định',
        params: BlocYearParamsSchema,
        response: { 200: LeaderVoteSchema, ...errorResponses },
      },
    },
    async (request) =>
      closeLeaderRound(requirePermission(request, 'emulation.write'), request.params.id, request.params.year),
  );

  app.post(
    `${base}/leader-vote/decide`,
    {
      schema: {
        tags,
        summary: 'Sau hai vòng chưa có kết quả: Trưởng khối, Phó khối chọn đơn vị dẫn đầu (kèm lý do)',
        params: BlocYearParamsSchema,
        body: LeaderVoteDecideSchema,
        response: { 200: LeaderVoteSchema, ...errorResponses },
      },
    },
    async (request) =>
      decideLeader(
        requirePermission(request, 'emulation.write'),
        request.params.id,
        request.params.year,
        request.body,
      ),
  );

  app.get(
    `${base}/minutes.docx`,
    {
      schema: {
        tags,
        summary:
          'Biên bản họp Khối (Word, thể thức Nghị định 30): thành viên, kết quả chấm điểm, bỏ phiếu, đề nghị, chuyển giao',
        params: BlocYearParamsSchema,
        response: { 200: FileSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, year } = request.params;
      const file = await blocMinutes(requirePermission(request, 'emulation.read'), id, year);
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.buffer);
    },
  );
};
