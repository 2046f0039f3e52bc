/**
 * Appraisal (thẩm định) of a dossier by the emulation board — law-reference §7.2: the step deadlines counted in
 * working days from the receipt of a full dossier, the provincial clearance checks (Bắc Ninh practice [L]) and
 * the board officer's checklist derived from the §7.1 documents. Pure: no clock, `today` is a parameter.
 */

import {
  addWorkingDays,
  type CompiledCalendar,
  DEFAULT_HOLIDAY_CALENDAR,
  type HolidayCalendar,
  workingDaysBetween,
} from '../calendar';
import { type ConsultationSettings, DEFAULT_CONSULTATION_SETTINGS } from './consultation';
import { DOSSIER_TRANSITIONS, type DossierAction, type DossierStatus } from './dossier';
import type { CommendationType, SubjectType } from '../awards/types';
import { requiredDocuments } from './documents';

/** The steps with a legal time limit while a dossier is with the board (§7.2 table). */
export const APPRAISAL_STEPS = ['completeness', 'appraisal', 'after_opinions'] as const;
export type AppraisalStep = (typeof APPRAISAL_STEPS)[number];
export const APPRAISAL_STEP_LABELS: Record<AppraisalStep, string> = {
  completeness: 'Kiểm tra tính đầy đủ, trả hồ sơ không đủ điều kiện',
  appraisal: 'Thẩm định và trình cấp có thẩm quyền',
  after_opinions: 'Trình sau khi nhận đủ ý kiến cơ quan liên quan',
};
export const APPRAISAL_STEP_BASIS: Record<AppraisalStep, string> = {
  completeness: 'QĐ 311/QĐ-BNV 2025: 5 ngày làm việc kể từ khi nhận đủ hồ sơ',
  appraisal: 'ND 152/2025; QĐ 311/QĐ-BNV, QĐ 638/QĐ-BNV 2025: 20 ngày làm việc kể từ khi nhận đủ hồ sơ',
  after_opinions: 'QĐ 311/QĐ-BNV 2025: 10 ngày làm việc sau khi nhận đủ ý kiến các cơ quan',
};

/** Provincial pre-clearance (§7.2, [L] Bắc Ninh): the bodies a province asks; tenant-configurable. */
export interface ClearanceBody {
  code: string;
  label: string;
}
export const DEFAULT_CLEARANCE_BODIES: readonly ClearanceBody[] = [
  { code: 'police', label: 'Công an (trật tự an toàn giao thông, tệ nạn xã hội, phòng cháy chữa cháy)' },
  { code: 'tax', label: 'Cơ quan thuế (nghĩa vụ thuế, đối với doanh nghiệp)' },
  { code: 'social_insurance', label: 'Bảo hiểm xã hội (đối với doanh nghiệp)' },
  { code: 'inspectorate', label: 'Thanh tra (khiếu nại, tố cáo)' },
  { code: 'health', label: 'Y tế (an toàn thực phẩm)' },
  { code: 'environment', label: 'Nông nghiệp và Môi trường (vi phạm về môi trường)' },
  { code: 'party', label: 'Ban Thường vụ Tỉnh ủy (ý kiến bằng văn bản)' },
];

export const CLEARANCE_RESULTS = ['pending', 'clear', 'issue'] as const;
export type ClearanceResult = (typeof CLEARANCE_RESULTS)[number];
export const CLEARANCE_RESULT_LABELS: Record<ClearanceResult, string> = {
  pending: 'Chờ trả lời',
  clear: 'Không có vi phạm',
  issue: 'Có vấn đề cần xem xét',
};

/** The tenant's appraisal configuration (§7.2 limits are [V] for MOHA; a province may set its own). */
export interface AppraisalSettings {
  stepWorkingDays: Record<AppraisalStep, number>;
  /** Remind this many working days before a deadline (0 = only on the day). */
  reminderWorkingDaysBefore: number;
  clearanceBodies: ClearanceBody[];
}
export const DEFAULT_APPRAISAL_SETTINGS: AppraisalSettings = {
  stepWorkingDays: { completeness: 5, appraisal: 20, after_opinions: 10 },
  reminderWorkingDaysBefore: 2,
  clearanceBodies: [...DEFAULT_CLEARANCE_BODIES],
};

/** Standard items of the board's own judgement, after the document items. */
export const STANDARD_APPRAISAL_ITEMS = [
  { code: 'authority', label: 'Đúng thẩm quyền quyết định khen thưởng và đúng tuyến trình' },
  {
    code: 'criteria',
    label: 'Đạt tiêu chuẩn của danh hiệu, hình thức đề nghị (đối chiếu kết quả xét điều kiện)',
  },
  { code: 'no_duplicate', label: 'Không trùng thành tích, không trùng thời gian đã được khen thưởng' },
  { code: 'clearances', label: 'Đã có đủ ý kiến của các cơ quan liên quan (nếu có yêu cầu)' },
] as const;

export interface ChecklistTemplateItem {
  code: string;
  label: string;
  required: boolean;
}

/** The board's checklist for a dossier: one item per §7.1 document (Law Điều 84 k1) + the standard judgements. */
export function appraisalChecklist(input: {
  awardCode: string;
  commendationType: CommendationType;
  subjectType: SubjectType;
}): ChecklistTemplateItem[] {
  const docs = requiredDocuments(input).map((d) => ({
    code: `doc:${d.code}`,
    label: `Hồ sơ có: ${d.label}${d.note ? ` (${d.note})` : ''}`,
    required: d.required,
  }));
  return [
    ...docs,
    ...STANDARD_APPRAISAL_ITEMS.map((s) => ({ code: `std:${s.code}`, label: s.label, required: true })),
  ];
}

export interface DeadlineInput {
  /** Receipt of the full dossier (the clock starts), ISO; null = not received yet, no deadline. */
  receivedOn: string | null;
  /** The day every required checklist item was ticked, or null. */
  completenessDoneOn: string | null;
  /** The day the appraisal concluded (approved, returned, not eligible), or null. */
  concludedOn: string | null;
  /** Clearance checks asked; `answeredOn` null while pending. */
  clearances: readonly { answeredOn: string | null }[];
}

export interface StepDeadline {
  step: AppraisalStep;
  label: string;
  basis: string;
  startsOn: string;
  dueOn: string;
  doneOn: string | null;
}

/**
 * The step deadlines of one dossier (law-reference §7.2): completeness and appraisal counted from the receipt
 * of the full dossier; when clearance checks were asked and all are answered, the submission is due within
 * `after_opinions` working days after the last answer.
 */
export function stepDeadlines(
  input: DeadlineInput,
  settings: AppraisalSettings,
  cal: HolidayCalendar | CompiledCalendar,
): StepDeadline[] {
  if (!input.receivedOn) return [];
  const make = (step: AppraisalStep, startsOn: string, doneOn: string | null): StepDeadline => ({
    step,
    label: APPRAISAL_STEP_LABELS[step],
    basis: APPRAISAL_STEP_BASIS[step],
    startsOn,
    dueOn: addWorkingDays(startsOn, settings.stepWorkingDays[step], cal),
    doneOn,
  });
  const out = [
    make('completeness', input.receivedOn, input.completenessDoneOn ?? input.concludedOn),
    make('appraisal', input.receivedOn, input.concludedOn),
  ];
  const answers = input.clearances.map((c) => c.answeredOn);
  if (answers.length > 0 && answers.every((a): a is string => a !== null)) {
    const last = answers.reduce((a, b) => (a > b ? a : b));
    out.push(make('after_opinions', last > input.receivedOn ? last : input.receivedOn, input.concludedOn));
  }
  return out;
}

export const DEADLINE_STATES = ['done', 'on_time', 'due_soon', 'overdue'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  done: 'Đã xong',
  on_time: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
};

/**
 * Where a step stands on `today`: done (and whether late), on time, due soon (within the reminder window:
 * `reminderDays` working days or fewer left), overdue (past the end of the due day).
 */
export function deadlineState(
  d: Pick<StepDeadline, 'dueOn' | 'doneOn'>,
  today: string,
  reminderDays: number,
  cal: HolidayCalendar | CompiledCalendar,
): { state: DeadlineState; workingDaysLeft: number; late: boolean } {
  if (d.doneOn) {
    return { state: 'done', workingDaysLeft: 0, late: d.doneOn > d.dueOn };
  }
  const left = workingDaysBetween(today, d.dueOn, cal);
  if (today > d.dueOn) return { state: 'overdue', workingDaysLeft: left, late: true };
  return { state: left <= reminderDays ? 'due_soon' : 'on_time', workingDaysLeft: left, late: false };
}

export const REMINDER_KINDS = ['due_soon', 'overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** The reminders a deadline calls for on `today` (at most one; the store makes each one happen once). */
export function reminderFor(
  d: Pick<StepDeadline, 'dueOn' | 'doneOn'>,
  today: string,
  reminderDays: number,
  cal: HolidayCalendar | CompiledCalendar,
): ReminderKind | null {
  const s = deadlineState(d, today, reminderDays, cal).state;
  return s === 'due_soon' || s === 'overdue' ? s : null;
}

/** The dossier moves the board makes from the appraisal panel (Luật Thi đua, khen thưởng 2022 Điều 84). */
export const APPRAISAL_TRANSITIONS = [
  'receive',
  'approve',
  'return',
  'mark_not_eligible',
] as const satisfies readonly DossierAction[];

/**
 * What the board may do on the appraisal panel: the moves above the dossier state machine (dossier.ts) allows
 * from `status`, and `record` — tick the checklist, ask and answer clearance bodies — which only happens while
 * the dossier is in appraisal (the deadlines of §7.2 run then).
 */
export const APPRAISAL_ACTIONS = [...APPRAISAL_TRANSITIONS, 'record'] as const;
export type AppraisalAction = (typeof APPRAISAL_ACTIONS)[number];

/** Checklist and clearances are recorded only while the dossier is in appraisal. */
export const appraisalRecordable = (status: DossierStatus) => status === 'in_appraisal';

/** The appraisal actions open on a dossier in `status` (before permissions: the server adds those). */
export function appraisalActions(status: DossierStatus): AppraisalAction[] {
  const next = DOSSIER_TRANSITIONS[status];
  const moves: AppraisalAction[] = APPRAISAL_TRANSITIONS.filter((a) => next[a] !== undefined);
  return appraisalRecordable(status) ? [...moves, 'record'] : moves;
}

/** A reason (return, not eligible) must say something: 5–2000 characters once trimmed. */
export function checkReason(reason: string): string | null {
  const r = reason.trim();
  if (r.length < 5) return 'Lý do phải có ít nhất 5 ký tự';
  if (r.length > 2000) return 'Lý do tối đa 2000 ký tự';
  return null;
}

/**
 * The tenant's workflow configuration (one JSON document per tenant in `workflow_settings`): the holiday
 * calendar that counts working days, the appraisal limits and clearance bodies, and which forms go to public
 * consultation. The number of consultation days is the legal setting `publicityWorkingDays` (§4.4).
 */
export interface WorkflowSettings {
  calendar: HolidayCalendar;
  appraisal: AppraisalSettings;
  consultation: ConsultationSettings;
}
export const DEFAULT_WORKFLOW_SETTINGS: WorkflowSettings = {
  calendar: DEFAULT_HOLIDAY_CALENDAR,
  appraisal: DEFAULT_APPRAISAL_SETTINGS,
  consultation: DEFAULT_CONSULTATION_SETTINGS,
};
