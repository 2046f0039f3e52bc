import { z } from 'zod';
import { DECIDED_BY, LEADER_VOTE_STATUSES } from '../../../domain/emulation/leader-vote';
import { requiredText, int4, ActDateSchema } from '../../lib/http';
import { UnitRefSchema, uuidOf } from './emulation.schemas';

export const LeaderVoteOpenSchema = z
  .object({
    heldOn: ActDateSchema.describe('Ngày họp tổng kết, bình xét, suy tôn'),
    representatives: z
      .array(z.object({ unitId: uuidOf('Mã đơn vị'), userId: uuidOf('Mã người dùng') }))
      .min(2, 'Cần người đại diện của ít nhất hai đơn vị')
      .max(500, 'Tối đa 500 người đại diện')
      .describe('Mỗi đơn vị thành viên của năm một người đại diện (tài khoản) bỏ phiếu'),
    thresholdPercent: z
      .number({ message: 'Tỷ lệ phải là số' })
      .int('Tỷ lệ phải là số nguyên')
      .min(1, 'Tỷ lệ từ 1%')
      .max(100, 'Tỷ lệ tối đa 100%')
      .optional()
      .describe(
        '% tổng số đơn vị bỏ phiếu; mặc định theo bộ quy tắc (Cờ thi đua bộ/tỉnh: 80%) hoặc cấu hình',
      ),
    maxRounds: z
      .union([z.literal(1), z.literal(2)])
      .optional()
      .describe('Số vòng tối đa, mặc định 2'),
    runnerUpCount: z
      .number({ message: 'Số đơn vị phải là số' })
      .int('Số đơn vị phải là số nguyên')
      .min(0, 'Số đơn vị không âm')
      .optional()
      .describe('Số đơn vị tiếp theo được đề nghị Bằng khen, mặc định 2'),
    awardRoundId: uuidOf('Mã đợt khen thưởng')
      .optional()
      .describe(
        'Đợt khen thưởng dự kiến lập hồ sơ đề nghị (ghi cùng cuộc bỏ phiếu); các đề nghị được lưu là đề xuất của khối, hiển thị cùng kết quả bỏ phiếu và trong biên bản',
      ),
  })
  .meta({ id: 'LeaderVoteOpen' });
export type LeaderVoteOpen = z.infer<typeof LeaderVoteOpenSchema>;

export const LeaderVoteBallotSchema = z
  .object({ unitId: uuidOf('Mã đơn vị được chọn') })
  .meta({ id: 'LeaderVoteBallot' });
export type LeaderVoteBallot = z.infer<typeof LeaderVoteBallotSchema>;

export const LeaderVoteDecideSchema = z
  .object({
    unitId: uuidOf('Mã đơn vị được chọn'),
    reason: requiredText(2000).describe('Lý do Trưởng khối, Phó khối chọn đơn vị dẫn đầu'),
  })
  .meta({ id: 'LeaderVoteDecide' });
export type LeaderVoteDecide = z.infer<typeof LeaderVoteDecideSchema>;

const RoundSchema = z.object({
  round: z.number().int(),
  open: z.boolean(),
  totalVoters: z.number().int(),
  ballotsCast: z.number().int(),
  candidates: z.array(
    UnitRefSchema.extend({
      votes: z.number().int().nullable().describe('Số phiếu — chỉ có sau khi kết thúc vòng bỏ phiếu'),
      percentOfTotal: z.number().nullable(),
    }),
  ),
});

export const LeaderVoteSchema = z
  .object({
    id: z.string(),
    blocId: z.string(),
    year: z.number().int(),
    heldOn: z.string(),
    status: z.enum(LEADER_VOTE_STATUSES),
    statusLabel: z.string(),
    thresholdPercent: z.number().int(),
    thresholdCitation: z.string(),
    maxRounds: z.number().int(),
    runnerUpCount: z.number().int(),
    representatives: z.array(
      z.object({
        unit: UnitRefSchema,
        userId: z.string(),
        userLabel: z.string(),
        votedInOpenRound: z.boolean().describe('Đã bỏ phiếu ở vòng đang mở (không cho biết đã chọn ai)'),
      }),
    ),
    rounds: z.array(RoundSchema),
    outcomeMessage: z.string().nullable(),
    leader: UnitRefSchema.nullable(),
    decidedBy: z.enum(DECIDED_BY).nullable(),
    decisionReason: z.string().nullable(),
    youMayVote: z.boolean().describe('Người đang đăng nhập là người đại diện chưa bỏ phiếu ở vòng đang mở'),
    proposals: z.array(
      z.object({
        unit: UnitRefSchema,
        awardCode: z.string(),
        awardName: z.string(),
        position: z.number().int(),
        nominationId: z
          .string()
          .nullable()
          .describe('Hồ sơ đề nghị đã lập trong đợt khen thưởng (/ho-so-de-nghi/:id)'),
        nominationStatus: z.string().nullable(),
        nominationStatusLabel: z.string().nullable(),
      }),
    ),
    awardRoundId: z.string().nullable(),
    version: int4(),
  })
  .meta({ id: 'LeaderVote' });
export type LeaderVote = z.infer<typeof LeaderVoteSchema>;
