/** Types, query keys and Vietnamese texts of the council screens (Hội đồng Thi đua - Khen thưởng). */
import type { AttendanceStatus, CouncilLevel, CouncilRole } from '../../../domain/ballot/council';
import {
  ATTENDANCE_LABELS,
  COUNCIL_LEVEL_LABELS,
  COUNCIL_LEVELS,
  COUNCIL_ROLE_LABELS,
  COUNCIL_ROLES,
  ATTENDANCE_STATUSES,
} from '../../../domain/ballot/council';

export {
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  COUNCIL_LEVEL_LABELS,
  COUNCIL_LEVELS,
  COUNCIL_ROLE_LABELS,
  COUNCIL_ROLES,
};

export interface CouncilMember {
  id: string;
  userId: string;
  fullName: string;
  position: string | null;
  role: CouncilRole;
  roleLabel: string;
}

export interface Council {
  id: string;
  orgUnit: { id: string; name: string };
  level: CouncilLevel;
  levelLabel: string;
  name: string;
  foundingDecisionNumber: string;
  foundingDecisionDate: string | null;
  quorumPercent: number | null;
  defaultThresholdPercent: number | null;
  note: string | null;
  memberCount: number;
  members: CouncilMember[];
  version: number;
}

export interface BallotView {
  id: string;
  title: string;
  round: number;
  previousBallotId: string | null;
  status: 'draft' | 'open' | 'closed';
  statusLabel: string;
  totalVoters: number;
  issued: number;
  cast: number;
  candidates: {
    id: string;
    ref: string;
    label: string;
    detail: string | null;
    thresholdPercent: number | null;
  }[];
  voters: { ref: string; label: string; voted: boolean; written: boolean }[];
  me?: { eligible: boolean; voted: boolean };
}

export interface Tally {
  ballotId: string;
  round: number;
  totalVoters: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  written: number;
  roundTwoCandidateIds: string[];
  candidates: {
    candidateId: string;
    ref: string;
    label: string;
    detail: string | null;
    counts: { agree: number; disagree: number; lower_form: number };
    votesFor: number;
    percentOfTotal: number;
    requiredVotes: number;
    verdict: 'passed' | 'failed' | 'undecided';
    message: string;
  }[];
}

export interface CouncilSession {
  id: string;
  council: { id: string; name: string; foundingDecisionNumber: string };
  roundId: string | null;
  title: string;
  heldOn: string;
  place: string;
  chairedBy: string | null;
  secretary: string | null;
  discussion: string | null;
  conclusion: string | null;
  status: 'planned' | 'in_progress' | 'concluded';
  statusLabel: string;
  totalMembers: number;
  attendance: {
    memberId: string;
    userId: string;
    fullName: string;
    position: string | null;
    roleLabel: string;
    status: AttendanceStatus;
    statusLabel: string;
    note: string | null;
  }[];
  quorum: {
    met: boolean;
    required: number;
    present: number;
    written: number;
    totalMembers: number;
    message: string;
  };
  agenda: {
    nominationId: string;
    subjectName: string;
    unitName: string | null;
    awardName: string;
    thresholdLabel: string;
    result: 'approved' | 'rejected' | null;
  }[];
  ballots: BallotView[];
  version: number;
}

export interface SessionItem {
  id: string;
  councilName: string;
  title: string;
  heldOn: string;
  place: string;
  status: CouncilSession['status'];
  statusLabel: string;
}

export interface MyBallot {
  ballotId: string;
  sessionId: string;
  title: string;
  round: number;
  candidateCount: number;
  voted: boolean;
}

export const councilKeys = {
  all: ['council'] as const,
  councils: () => ['council', 'councils'] as const,
  sessions: () => ['council', 'sessions'] as const,
  session: (id: string) => ['council', 'session', id] as const,
  tally: (id: string) => ['council', 'tally', id] as const,
  myBallots: () => ['council', 'my-ballots'] as const,
  ballot: (id: string) => ['council', 'ballot', id] as const,
};

export const CHOICE_LABELS = {
  agree: 'Đồng ý',
  disagree: 'Không đồng ý',
  lower_form: 'Đề nghị hình thức thấp hơn',
} as const;
export type Choice = keyof typeof CHOICE_LABELS;

export const ct = {
  nav: 'Hội đồng TĐKT',
  navBallot: 'Phiếu bầu',
  councilsTitle: 'Hội đồng Thi đua - Khen thưởng',
  councilsSubtitle: 'Hội đồng theo cấp, thành viên theo quyết định thành lập; các phiên họp xét khen thưởng.',
  createCouncil: 'Thành lập Hội đồng',
  editMembers: 'Thành viên',
  sessions: 'Phiên họp',
  createSession: 'Tạo phiên họp',
  name: 'Tên Hội đồng',
  level: 'Cấp',
  orgUnitId: 'Mã đơn vị',
  foundingDecision: 'Quyết định thành lập',
  quorum: 'Tỷ lệ có mặt tối thiểu (%)',
  threshold: 'Tỷ lệ đồng ý mặc định (%)',
  members: 'Số thành viên',
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  role: 'Vai trò',
  account: 'Tài khoản',
  addMember: 'Thêm thành viên',
  save: 'Lưu',
  council: 'Hội đồng',
  title: 'Nội dung phiên họp',
  heldOn: 'Ngày họp',
  place: 'Địa điểm',
  roundId: 'Mã đợt khen thưởng',
  nominationIds: 'Mã hồ sơ (mỗi dòng một mã, khi không lấy theo đợt)',
  status: 'Trạng thái',
  attendance: 'Thành phần tham dự',
  agenda: 'Chương trình họp',
  openBallot: 'Mở bỏ phiếu kín',
  closeBallot: 'Kết thúc bỏ phiếu',
  roundTwo: 'Bỏ phiếu vòng 2',
  conclude: 'Kết thúc phiên họp',
  writtenVote: 'Nhập phiếu bằng văn bản',
  invalidPaper: 'Phiếu không hợp lệ',
  minutes: 'Biên bản họp (Word)',
  countingMinutes: 'Biên bản kiểm phiếu (Word)',
  discussion: 'Ý kiến thảo luận',
  conclusion: 'Kết luận',
  results: 'Kết quả kiểm phiếu',
  approved: 'Đề nghị khen thưởng',
  rejected: 'Không đạt',
  pending: 'Chưa có kết quả',
  cast: (cast: number, issued: number) => `Đã bỏ ${cast}/${issued} phiếu`,
  ballotTitle: 'Phiếu bầu',
  ballotSubtitle: 'Bỏ phiếu kín: chỉ bạn biết mình đã chọn gì; hệ thống chỉ ghi nhận bạn đã bỏ phiếu.',
  noBallots: 'Hiện không có cuộc bỏ phiếu nào đang mở cho bạn.',
  voted: 'Đã bỏ phiếu',
  vote: 'Bỏ phiếu',
  confirmVote: 'Gửi phiếu? Sau khi gửi không sửa được.',
  round: (n: number) => `Vòng ${n}`,
};
