/**
 * Emulation movements as biểu 0601.N/BNV-TĐKT "Số phong trào thi đua" counts them (Thông tư 02/2023/TT-BNV):
 * by the level that launched them, their scope, their duration and their mode (Luật Thi đua, khen thưởng
 * 06/2022/QH15 Điều 16: thi đua thường xuyên, thi đua theo chuyên đề; Điều 18: who launches). A movement
 * counts in the period holding its launch date (the launch decision), else its start date.
 */
import type { IsoDate } from '../awards/types';
import { nextDay } from '../eligibility/dates';
import type { MovementKind, MovementLevel } from '../emulation/movement';
import { inPeriod } from './period';

/** Columns 2–4: Hội đồng TĐKT Trung ương; bộ, ban, ngành, tỉnh; cơ quan, tổ chức, đơn vị (and communes). */
export const MOVEMENT_ORGANISER_LEVELS = ['central', 'ministry_province', 'unit'] as const;
export type MovementOrganiserLevel = (typeof MOVEMENT_ORGANISER_LEVELS)[number];

/** Rows 02–05 "chia theo phạm vi tổ chức thi đua" — one per movement. */
export const MOVEMENT_SCOPES = ['national', 'ministry_local', 'bloc', 'unit'] as const;
export type MovementScope = (typeof MOVEMENT_SCOPES)[number];

/** Rows 06–10 "chia theo thời hạn thi đua". */
export const MOVEMENT_DURATIONS = [
  'under_1_year',
  'one_year',
  'one_to_three_years',
  'three_to_five_years',
  'five_years_plus',
] as const;
export type MovementDuration = (typeof MOVEMENT_DURATIONS)[number];

export interface MovementInput {
  id: string;
  level: MovementLevel;
  kind: MovementKind;
  startDate: IsoDate;
  endDate: IsoDate;
  /** The date of the launch (phát động) stage, when recorded. */
  launchedOn?: IsoDate | null;
  /** Organised by a cluster or bloc of emulation (cụm, khối thi đua) — row 04. */
  inBloc?: boolean;
}

export interface MovementFacts {
  id: string;
  subjectKey: string;
  date: IsoDate;
  organiserLevel: MovementOrganiserLevel;
  scope: MovementScope;
  duration: MovementDuration;
  mode: MovementKind;
}

const ORGANISER: Record<MovementLevel, MovementOrganiserLevel> = {
  central: 'central',
  ministry: 'ministry_province',
  province: 'ministry_province',
  agency: 'unit',
  commune: 'unit',
};
const SCOPE: Record<MovementLevel, MovementScope> = {
  central: 'national',
  ministry: 'ministry_local',
  province: 'ministry_local',
  agency: 'unit',
  commune: 'unit',
};

/** Whole months from `start` to the day after `end` (01/01–31/12 is 12). */
function wholeMonths(start: IsoDate, end: IsoDate): number {
  const after = nextDay(end);
  const months =
    (Number(after.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
    (Number(after.slice(5, 7)) - Number(start.slice(5, 7)));
  return after.slice(8) < start.slice(8) ? months - 1 : months;
}

/**
 * The duration band of a movement, the end day included. The rows "1 năm" and "Từ 1 năm đến dưới 3
 * năm" overlap in their wording; here "1 năm" is 12 whole months (01/01–31/12, or up to a month more) and
 * the next band starts at 13 months — a reading to confirm against the annex [P].
 */
export function movementDuration(start: IsoDate, end: IsoDate): MovementDuration {
  const m = wholeMonths(start, end);
  if (m < 12) return 'under_1_year';
  if (m < 13) return 'one_year';
  if (m < 36) return 'one_to_three_years';
  if (m < 60) return 'three_to_five_years';
  return 'five_years_plus';
}

export function movementFacts(m: MovementInput): MovementFacts {
  return {
    id: m.id,
    subjectKey: `movement:${m.id}`,
    date: m.launchedOn ?? m.startDate,
    organiserLevel: ORGANISER[m.level],
    scope: m.inBloc ? 'bloc' : SCOPE[m.level],
    duration: movementDuration(m.startDate, m.endDate),
    mode: m.kind,
  };
}

/** The movements launched in the period. */
export const movementFactsInPeriod = (
  movements: readonly MovementInput[],
  period: { from: IsoDate; to: IsoDate },
): MovementFacts[] => movements.map(movementFacts).filter((f) => inPeriod(f.date, period));
