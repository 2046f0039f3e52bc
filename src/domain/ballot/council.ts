/**
 * The emulation & commendation council (Hội đồng Thi đua - Khen thưởng) around its ballots — law-reference
 * §4.1 (composition), §4.2 (sessions, quorum, absentees' written opinions). Pure data and functions.
 *
 * A session: planned → in_progress (the chair opens it once the quorum is met) → concluded (no ballot left
 * open; the minutes are final).
 */
import type { Transition } from './ballot';

/** The level of the council (the same levels as award rounds). */
export const COUNCIL_LEVELS = ['commune', 'agency', 'province', 'central'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];
export const COUNCIL_LEVEL_LABELS: Record<CouncilLevel, string> = {
  commune: 'Cấp xã',
  agency: 'Cơ quan, đơn vị',
  province: 'Cấp tỉnh',
  central: 'Trung ương',
};

/** Roles in the council per its founding decision (§4.1: chair, vice-chairs, standing member, members). */
export const COUNCIL_ROLES = [
  'chu_tich',
  'pho_chu_tich',
  'thuong_truc',
  'uy_vien_thu_ky',
  'uy_vien',
] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chu_tich: 'Chủ tịch Hội đồng',
  pho_chu_tich: 'Phó Chủ tịch Hội đồng',
  thuong_truc: 'Ủy viên thường trực',
  uy_vien_thu_ky: 'Ủy viên kiêm Thư ký',
  uy_vien: 'Ủy viên',
};

/** Attendance at a session: present, or absent — with a written opinion (phiếu bằng văn bản) or without. */
export const ATTENDANCE_STATUSES = ['present', 'absent_written', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: 'Có mặt',
  absent_written: 'Vắng mặt, có ý kiến bằng văn bản',
  absent: 'Vắng mặt',
};

export const SESSION_STATUSES = ['planned', 'in_progress', 'concluded'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  planned: 'Chưa họp',
  in_progress: 'Đang họp',
  concluded: 'Đã kết thúc',
};

export const SESSION_ACTIONS = ['start', 'conclude'] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];
export const SESSION_ACTION_LABELS: Record<SessionAction, string> = {
  start: 'Bắt đầu phiên họp',
  conclude: 'Kết thúc phiên họp',
};

export const SESSION_TRANSITIONS: Readonly<
  Record<SessionStatus, Partial<Record<SessionAction, SessionStatus>>>
> = {
  planned: { start: 'in_progress' },
  in_progress: { conclude: 'concluded' },
  concluded: {},
};

export function sessionTransition(status: SessionStatus, action: SessionAction): Transition<SessionStatus> {
  const to = SESSION_TRANSITIONS[status]?.[action];
  if (to) return { ok: true, to };
  return {
    ok: false,
    message: `Không thể "${SESSION_ACTION_LABELS[action]?.toLowerCase() ?? action}" khi phiên họp ở trạng thái "${SESSION_STATUS_LABELS[status] ?? status}"`,
  };
}

/** Who may vote in a council ballot: present members, and absent members who give a written opinion. */
export function mayVote(status: AttendanceStatus | undefined): boolean {
  return status === 'present' || status === 'absent_written';
}
