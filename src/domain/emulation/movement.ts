/**
 * Emulation movements (phong trào thi đua) — law-reference §8.1, Law Điều 16–18: who launches them, their
 * scope and kind, their duration (which opens the Cờ thi đua paths of Law Điều 25–26) and the order of their
 * stages (launch → mid-term reviews → final review, Law Điều 17). Pure: dates are ISO `YYYY-MM-DD` strings.
 */

import { addDays } from '../calendar';
import { yearsBetween } from '../people/person-row';

/** The level of the body that launches a movement (Law Điều 18: who may launch, and for which scope). */
export const MOVEMENT_LEVELS = ['commune', 'agency', 'province', 'ministry', 'central'] as const;
export type MovementLevel = (typeof MOVEMENT_LEVELS)[number];
export const MOVEMENT_LEVEL_LABELS: Record<MovementLevel, string> = {
  commune: 'Cấp xã',
  agency: 'Cơ quan, đơn vị',
  province: 'Cấp tỉnh',
  ministry: 'Bộ, ban, ngành, đoàn thể trung ương',
  central: 'Toàn quốc (Chủ tịch nước, Thủ tướng Chính phủ)',
};

/** Law Điều 16 k1: regular (thường xuyên, annual) or thematic (theo chuyên đề, for a defined period). */
export const MOVEMENT_KINDS = ['regular', 'thematic'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  regular: 'Thường xuyên',
  thematic: 'Theo chuyên đề',
};

/** Law Điều 17: launch, then preliminary (sơ kết) and final (tổng kết) reviews with commendation. */
export const MOVEMENT_STAGES = ['launch', 'midterm', 'final'] as const;
export type MovementStage = (typeof MOVEMENT_STAGES)[number];
export const MOVEMENT_STAGE_LABELS: Record<MovementStage, string> = {
  launch: 'Phát động',
  midterm: 'Sơ kết',
  final: 'Tổng kết',
};

/** Derived from the stages recorded so far. */
export const MOVEMENT_PHASES = ['planned', 'launched', 'closed'] as const;
export type MovementPhase = (typeof MOVEMENT_PHASES)[number];
export const MOVEMENT_PHASE_LABELS: Record<MovementPhase, string> = {
  planned: 'Chưa phát động',
  launched: 'Đang triển khai',
  closed: 'Đã tổng kết',
};

const dayAfter = (iso: string): string => addDays(iso, 1);

/**
 * A movement's duration in whole years, the end day included: 01/01/2016–31/12/2020 is 5 years,
 * 15/03/2021–14/03/2024 is 3, 15/03/2021–13/03/2024 is 2. Whole years because the flag paths ask for a
 * movement lasting "từ 03 năm" / "từ 05 năm trở lên" (Law Điều 25 k1c, Điều 26). 0 when end < start.
 */
export function movementYears(start: string, end: string): number {
  if (end < start) return 0;
  return Math.max(0, yearsBetween(start, dayAfter(end)));
}

export type FlagTitle = 'co_thi_dua_bo_tinh' | 'co_thi_dua_chinh_phu';

export interface FlagPath {
  title: FlagTitle;
  /** The path's letter in law-reference §2.2. */
  path: 'B' | 'C';
  minYears: number;
  /** Levels whose movements this path is about. */
  launcherLevels: readonly MovementLevel[];
  citation: string;
  label: string;
}

/** Default thresholds (years); the eligibility parameters can override them. */
export const FLAG_MOVEMENT_YEARS = { boTinh: 3, chinhPhu: 5 } as const;

/**
 * The Cờ thi đua paths a movement's duration opens for its leading collective, at its preliminary or
 * final review:
 * - Law Điều 26 (path B, [R]): Cờ thi đua bộ, ban, ngành, tỉnh — leading collective of a thematic movement
 *   launched by the ministry / province lasting ≥ 3 years;
 * - Law Điều 25 k1c (path C, [V]): Cờ thi đua của Chính phủ — leading collective of a thematic movement
 *   launched by the Prime Minister lasting ≥ 5 years.
 * Regular (annual) movements open neither: their flags go through cluster/bloc leadership (path A).
 * With `level`, only the paths a movement of that level can open.
 */
export function openFlagPaths(
  kind: MovementKind,
  years: number,
  level?: MovementLevel,
  thresholds: { boTinh: number; chinhPhu: number } = FLAG_MOVEMENT_YEARS,
): FlagPath[] {
  if (kind !== 'thematic') return [];
  const paths: FlagPath[] = [];
  if (years >= thresholds.boTinh)
    paths.push({
      title: 'co_thi_dua_bo_tinh',
      path: 'B',
      minYears: thresholds.boTinh,
      launcherLevels: ['province', 'ministry'],
      citation: 'Luật TĐKT 2022 Điều 26',
      label: `Cờ thi đua bộ, ban, ngành, tỉnh: tập thể dẫn đầu phong trào thi đua theo chuyên đề từ ${thresholds.boTinh} năm trở lên`,
    });
  if (years >= thresholds.chinhPhu)
    paths.push({
      title: 'co_thi_dua_chinh_phu',
      path: 'C',
      minYears: thresholds.chinhPhu,
      launcherLevels: ['central'],
      citation: 'Luật TĐKT 2022 Điều 25 khoản 1 điểm c',
      label: `Cờ thi đua của Chính phủ: tập thể dẫn đầu phong trào thi đua theo chuyên đề do Thủ tướng Chính phủ phát động từ ${thresholds.chinhPhu} năm trở lên`,
    });
  return level ? paths.filter((p) => p.launcherLevels.includes(level)) : paths;
}

export interface StageFact {
  id: string;
  stage: MovementStage;
  date: string;
}

export type Check = { ok: true } | { ok: false; reason: string };
const ok: Check = { ok: true };
const fail = (reason: string): Check => ({ ok: false, reason });

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A movement's period: the end is not before the start. */
export function checkMovementPeriod(start: string, end: string): Check {
  return end < start ? fail('Ngày kết thúc phong trào phải sau ngày bắt đầu') : ok;
}

/**
 * Where a stage may go (Law Điều 17 order): dates within the movement; one launch, before every review;
 * mid-term reviews only after the launch and before the final review; one final review, after the launch
 * and every mid-term review. `candidate.id` names the stage being changed (it is left out of the others).
 */
export function checkStagePlacement(
  movement: { startDate: string; endDate: string },
  existing: readonly StageFact[],
  candidate: { id?: string; stage: MovementStage; date: string },
): Check {
  const { startDate, endDate } = movement;
  const label = MOVEMENT_STAGE_LABELS[candidate.stage];
  if (candidate.date < startDate || candidate.date > endDate)
    return fail(
      `Ngày ${label.toLowerCase()} (${dmy(candidate.date)}) phải nằm trong thời gian phong trào (${dmy(startDate)} – ${dmy(endDate)})`,
    );
  const others = existing.filter((s) => s.id !== candidate.id);
  const launch = others.find((s) => s.stage === 'launch');
  const final = others.find((s) => s.stage === 'final');
  const midterms = others.filter((s) => s.stage === 'midterm');
  switch (candidate.stage) {
    case 'launch': {
      if (launch) return fail('Phong trào đã có bước phát động');
      const earlier = others.filter((s) => s.date < candidate.date);
      if (earlier.length)
        return fail(
          `Ngày phát động phải trước các lần sơ kết, tổng kết (đã có ${MOVEMENT_STAGE_LABELS[earlier[0]!.stage].toLowerCase()} ngày ${dmy(earlier[0]!.date)})`,
        );
      return ok;
    }
    case 'midterm': {
      if (!launch) return fail('Phong trào chưa phát động: hãy ghi bước phát động trước khi sơ kết');
      if (candidate.date < launch.date)
        return fail(`Ngày sơ kết phải sau ngày phát động (${dmy(launch.date)})`);
      if (final && candidate.date > final.date)
        return fail(`Ngày sơ kết phải trước ngày tổng kết (${dmy(final.date)})`);
      return ok;
    }
    case 'final': {
      if (final) return fail('Phong trào đã có bước tổng kết');
      if (!launch) return fail('Phong trào chưa phát động: không thể tổng kết');
      if (candidate.date < launch.date)
        return fail(`Ngày tổng kết phải sau ngày phát động (${dmy(launch.date)})`);
      const later = midterms.filter((m) => m.date > candidate.date);
      if (later.length)
        return fail(`Ngày tổng kết phải sau mọi lần sơ kết (đã có sơ kết ngày ${dmy(later[0]!.date)})`);
      return ok;
    }
  }
}

/** The launch cannot go while reviews depend on it. */
export function checkStageRemoval(existing: readonly StageFact[], id: string): Check {
  const target = existing.find((s) => s.id === id);
  if (target?.stage === 'launch' && existing.some((s) => s.id !== id))
    return fail('Không thể xoá bước phát động khi phong trào đã có sơ kết hoặc tổng kết');
  return ok;
}

/** A new period must still hold every recorded stage. */
export function checkPeriodHoldsStages(start: string, end: string, stages: readonly StageFact[]): Check {
  const period = checkMovementPeriod(start, end);
  if (!period.ok) return period;
  const outside = stages.find((s) => s.date < start || s.date > end);
  if (outside)
    return fail(
      `Thời gian mới không chứa ngày ${MOVEMENT_STAGE_LABELS[outside.stage].toLowerCase()} đã ghi (${dmy(outside.date)})`,
    );
  return ok;
}

/** Planned until launched; closed once the final review is recorded. */
export function movementPhase(stages: readonly Pick<StageFact, 'stage'>[]): MovementPhase {
  if (stages.some((s) => s.stage === 'final')) return 'closed';
  if (stages.some((s) => s.stage === 'launch')) return 'launched';
  return 'planned';
}

/** A movement runs in `year` when its period overlaps that calendar year. */
export function movementRunsIn(movement: { startDate: string; endDate: string }, year: number): boolean {
  return movement.startDate <= `${year}-12-31` && movement.endDate >= `${year}-01-01`;
}
