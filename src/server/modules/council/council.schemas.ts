import { z } from 'zod';
import { BALLOT_MODES, BALLOT_STATUSES, COUNCIL_OPTIONS } from '../../../domain/ballot/ballot';
import {
  ATTENDANCE_STATUSES,
  COUNCIL_LEVELS,
  COUNCIL_ROLES,
  SESSION_STATUSES,
} from '../../../domain/ballot/council';
import { PageQuerySchema, requiredText, text, int4, ActDateSchema } from '../../lib/http';

const uuidOf = (what: string) => z.uuid({ message: `${what} không hợp lệ` });
const optionalText = (max: number) => text(max).nullable().optional();
const percent = (what: string) =>
  z
    .number({ message: `${what} phải là số` })
    .int(`${what} phải là số nguyên`)
    .min(1, `${what} từ 1 đến 100`)
    .max(100, `${what} từ 1 đến 100`);

// ── Councils ───────────────────────────────────────────────────────────────────────────────────────────

const CouncilFields = z.object({
  orgUnitId: uuidOf('Mã đơn vị'),
  level: z.enum(COUNCIL_LEVELS, { message: 'Cấp Hội đồng không hợp lệ' }),
  name: requiredText(300),
  foundingDecisionNumber: requiredText(100).describe('Số quyết định thành lập Hội đồng, ví dụ 12/QĐ-UBND'),
  foundingDecisionDate: ActDateSchema.nullable().optional(),
  quorumPercent: percent('Tỷ lệ có mặt tối thiểu')
    .nullable()
    .optional()
    .describe('% thành viên có mặt tối thiểu khi xét khen thưởng (mặc định 80); null = quy tắc chung 2/3'),
  defaultThresholdPercent: percent('Tỷ lệ phiếu đồng ý')
    .nullable()
    .optional()
    .describe('% tổng số thành viên cho hình thức không có tỷ lệ chung (null = quá nửa)'),
  note: optionalText(5000),
});

export const CouncilCreateSchema = CouncilFields.meta({ id: 'CouncilCreate' });
export type CouncilCreate = z.infer<typeof CouncilCreateSchema>;
export const CouncilPatchSchema = CouncilFields.omit({ orgUnitId: true })
  .partial()
  .extend({ version: int4().min(1) })
  .meta({ id: 'CouncilPatch' });
export type CouncilPatch = z.infer<typeof CouncilPatchSchema>;

export const MemberInputSchema = z.object({
  userId: uuidOf('Tài khoản thành viên'),
  fullName: requiredText(200),
  position: optionalText(300),
  role: z.enum(COUNCIL_ROLES, { message: 'Vai trò trong Hội đồng không hợp lệ' }),
});
export const MembersPutSchema = z
  .object({
    members: z.array(MemberInputSchema).min(1, 'Hội đồng phải có ít nhất một thành viên').max(200),
    version: int4().min(1),
  })
  .meta({ id: 'CouncilMembersPut' });
export type MembersPut = z.infer<typeof MembersPutSchema>;

export const CouncilListQuerySchema = z.object({ q: text(200).optional() }).extend(PageQuerySchema.shape);
export type CouncilListQuery = z.infer<typeof CouncilListQuerySchema>;

const MemberSchema = z.object({
  id: z.string(),
  userId: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  role: z.enum(COUNCIL_ROLES),
  roleLabel: z.string(),
});
export const CouncilSchema = z
  .object({
    id: z.string(),
    orgUnit: z.object({ id: z.string(), name: z.string() }),
    level: z.enum(COUNCIL_LEVELS),
    levelLabel: z.string(),
    name: z.string(),
    foundingDecisionNumber: z.string(),
    foundingDecisionDate: z.string().nullable(),
    quorumPercent: z.number().nullable(),
    defaultThresholdPercent: z.number().nullable(),
    note: z.string().nullable(),
    memberCount: z.number().int(),
    members: z.array(MemberSchema),
    version: int4(),
  })
  .meta({ id: 'Council' });
export type CouncilView = z.infer<typeof CouncilSchema>;
export const CouncilListSchema = z.object({ items: z.array(CouncilSchema), total: z.number().int() });

// ── Sessions ───────────────────────────────────────────────────────────────────────────────────────────

export const SessionCreateSchema = z
  .object({
    councilId: uuidOf('Mã Hội đồng'),
    roundId: uuidOf('Mã đợt khen thưởng').nullable().optional(),
    nominationIds: z
      .array(uuidOf('Mã hồ sơ'))
      .max(500)
      .optional()
      .describe('Chương trình họp khi không lấy theo đợt'),
    title: requiredText(300),
    heldOn: ActDateSchema,
    place: requiredText(300),
    chairedBy: optionalText(200),
    secretary: optionalText(200),
  })
  .meta({ id: 'CouncilSessionCreate' });
export type SessionCreate = z.infer<typeof SessionCreateSchema>;

export const SessionPatchSchema = z
  .object({
    title: requiredText(300),
    heldOn: ActDateSchema,
    place: requiredText(300),
    chairedBy: optionalText(200),
    secretary: optionalText(200),
    discussion: optionalText(20000),
    conclusion: optionalText(20000),
  })
  .partial()
  .extend({ version: int4().min(1) })
  .meta({ id: 'CouncilSessionPatch' });
export type SessionPatch = z.infer<typeof SessionPatchSchema>;

export const AttendancePutSchema = z
  .object({
    items: z
      .array(
        z.object({
          memberId: uuidOf('Mã thành viên'),
          status: z.enum(ATTENDANCE_STATUSES, { message: 'Tình trạng tham dự không hợp lệ' }),
          note: optionalText(500),
        }),
      )
      .max(200),
  })
  .meta({ id: 'CouncilAttendancePut' });
export type AttendancePut = z.infer<typeof AttendancePutSchema>;

export const SessionListQuerySchema = z
  .object({ councilId: uuidOf('Mã Hội đồng').optional() })
  .extend(PageQuerySchema.shape);
export type SessionListQuery = z.infer<typeof SessionListQuerySchema>;

export const OpenBallotSchema = z
  .object({
    nominationIds: z
      .array(uuidOf('Mã hồ sơ'))
      .min(1)
      .max(500)
      .optional()
      .describe('Các hồ sơ đưa ra bỏ phiếu (mặc định: mọi hồ sơ chưa có kết quả)'),
  })
  .meta({ id: 'CouncilOpenBallot' });
export type OpenBallot = z.infer<typeof OpenBallotSchema>;

export const RoundTwoSchema = z
  .object({ nominationIds: z.array(uuidOf('Mã hồ sơ')).min(1).max(500).optional() })
  .meta({ id: 'CouncilRoundTwo' });
export type RoundTwo = z.infer<typeof RoundTwoSchema>;

const ChoicesSchema = z
  .record(uuidOf('Mã ứng viên'), z.enum(COUNCIL_OPTIONS, { message: 'Phương án không hợp lệ' }))
  .describe(
    'Mã ứng viên → agree (đồng ý) | disagree (không đồng ý) | lower_form (đề nghị hình thức thấp hơn)',
  );

export const VoteSchema = z.object({ choices: ChoicesSchema }).meta({ id: 'CouncilVote' });
export type Vote = z.infer<typeof VoteSchema>;

export const WrittenVoteSchema = z
  .object({
    memberId: uuidOf('Mã thành viên'),
    choices: ChoicesSchema.optional(),
    invalid: z.boolean().optional().describe('Phiếu bằng văn bản không hợp lệ'),
  })
  .refine((v) => (v.invalid === true) !== (v.choices !== undefined), {
    message: 'Nhập phương án cho từng ứng viên, hoặc đánh dấu phiếu không hợp lệ',
  })
  .meta({ id: 'CouncilWrittenVote' });
export type WrittenVote = z.infer<typeof WrittenVoteSchema>;

export const BallotParamsSchema = z.object({ id: uuidOf('Mã cuộc bỏ phiếu') });

// ── Views ──────────────────────────────────────────────────────────────────────────────────────────────

export const BallotViewSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    round: z.number().int(),
    previousBallotId: z.string().nullable(),
    status: z.enum(BALLOT_STATUSES),
    statusLabel: z.string(),
    mode: z.enum(BALLOT_MODES),
    options: z.array(z.string()),
    totalVoters: z.number().int(),
    issued: z.number().int(),
    cast: z.number().int().describe('Số phiếu đã bỏ (không cho biết ai chọn gì)'),
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    candidates: z.array(
      z.object({
        id: z.string(),
        ref: z.string(),
        label: z.string(),
        detail: z.string().nullable(),
        thresholdPercent: z.number().nullable(),
      }),
    ),
    voters: z.array(
      z.object({ ref: z.string(), label: z.string(), voted: z.boolean(), written: z.boolean() }),
    ),
    me: z.object({ eligible: z.boolean(), voted: z.boolean() }).optional(),
  })
  .meta({ id: 'CouncilBallot' });

const Counts = z.object({
  agree: z.number().int(),
  disagree: z.number().int(),
  lower_form: z.number().int(),
  selected: z.number().int(),
  invalid: z.number().int(),
});
export const TallySchema = z
  .object({
    ballotId: z.string(),
    round: z.number().int(),
    totalVoters: z.number().int(),
    issued: z.number().int(),
    returned: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    written: z.number().int(),
    roundTwoCandidateIds: z.array(z.string()),
    candidates: z.array(
      z.object({
        candidateId: z.string(),
        ref: z.string(),
        label: z.string(),
        detail: z.string().nullable(),
        counts: Counts,
        votesFor: z.number().int(),
        percentOfTotal: z.number(),
        requiredVotes: z.number().int(),
        verdict: z.enum(['passed', 'failed', 'undecided']),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'CouncilBallotTally' });

export const SessionSchema = z
  .object({
    id: z.string(),
    council: z.object({ id: z.string(), name: z.string(), foundingDecisionNumber: z.string() }),
    roundId: z.string().nullable(),
    title: z.string(),
    heldOn: z.string(),
    place: z.string(),
    chairedBy: z.string().nullable(),
    secretary: z.string().nullable(),
    discussion: z.string().nullable(),
    conclusion: z.string().nullable(),
    status: z.enum(SESSION_STATUSES),
    statusLabel: z.string(),
    totalMembers: z.number().int(),
    attendance: z.array(
      z.object({
        memberId: z.string(),
        userId: z.string(),
        fullName: z.string(),
        position: z.string().nullable(),
        roleLabel: z.string(),
        status: z.enum(ATTENDANCE_STATUSES),
        statusLabel: z.string(),
        note: z.string().nullable(),
      }),
    ),
    quorum: z.object({
      met: z.boolean(),
      required: z.number().int(),
      present: z.number().int(),
      written: z.number().int(),
      totalMembers: z.number().int(),
      message: z.string(),
    }),
    agenda: z.array(
      z.object({
        nominationId: z.string(),
        subjectName: z.string(),
        unitName: z.string().nullable(),
        awardCode: z.string(),
        awardName: z.string(),
        thresholdPercent: z.number().nullable(),
        thresholdLabel: z.string(),
        result: z.enum(['approved', 'rejected']).nullable(),
      }),
    ),
    ballots: z.array(BallotViewSchema),
    version: int4(),
  })
  .meta({ id: 'CouncilSession' });
export type SessionView = z.infer<typeof SessionSchema>;
export const SessionListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      councilName: z.string(),
      title: z.string(),
      heldOn: z.string(),
      place: z.string(),
      status: z.enum(SESSION_STATUSES),
      statusLabel: z.string(),
    }),
  ),
  total: z.number().int(),
});

export const MyBallotsSchema = z.object({
  items: z.array(
    z.object({
      ballotId: z.string(),
      sessionId: z.string(),
      title: z.string(),
      round: z.number().int(),
      candidateCount: z.number().int(),
      voted: z.boolean(),
    }),
  ),
});
