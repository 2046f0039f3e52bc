/**
 * Emulation clusters and blocs (cụm, khối thi đua) — law-reference §8.2; Law Điều 16 k2c (clusters and blocs
 * organised by the emulation councils of each level). Membership is per year; each year has a head (Trưởng)
 * and a deputy (Phó) who rotate annually among the members, agreed at the year-end review or elected
 * (guidance 1479/HD-BTĐKT 2016 [V2/L]). Pure: the server loads the facts and applies the plan.
 */

export const BLOC_KINDS = ['cluster', 'bloc'] as const;
export type BlocKind = (typeof BLOC_KINDS)[number];
export const BLOC_KIND_LABELS: Record<BlocKind, string> = {
  cluster: 'Cụm thi đua',
  bloc: 'Khối thi đua',
};

/** How a year's head and deputy were named. */
export const LEADERSHIP_SOURCES = ['manual', 'rotation', 'vote'] as const;
export type LeadershipSource = (typeof LEADERSHIP_SOURCES)[number];
export const LEADERSHIP_SOURCE_LABELS: Record<LeadershipSource, string> = {
  manual: 'Ghi trực tiếp',
  rotation: 'Luân phiên theo thứ tự đã thống nhất',
  vote: 'Theo kết quả bầu, suy tôn',
};

/** The meetings of a bloc's year (law-reference §8.2: start of year, mid-year, year end). */
export const MEETING_KINDS = [
  'agreement_signing',
  'midyear_review',
  'year_end_review',
  'inspection',
  'other',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  agreement_signing: 'Phát động, ký kết giao ước thi đua',
  midyear_review: 'Sơ kết 6 tháng',
  year_end_review: 'Tổng kết năm, bình xét, suy tôn',
  inspection: 'Kiểm tra chéo',
  other: 'Khác',
};

export const BLOC_FIRST_YEAR = 1945;
export const BLOC_LAST_YEAR = 2200;

export type Check = { ok: true } | { ok: false; reason: string };
const ok: Check = { ok: true };
const fail = (reason: string): Check => ({ ok: false, reason });

/** A rotation order names each unit once. */
export function checkRotationOrder(order: readonly string[]): Check {
  return new Set(order).size === order.length ? ok : fail('Thứ tự luân phiên có đơn vị bị lặp lại');
}

/** A year's membership names each unit once. */
export function checkMembers(members: readonly string[]): Check {
  return new Set(members).size === members.length ? ok : fail('Danh sách thành viên có đơn vị bị lặp lại');
}

/** Head and deputy are two different members of the year. */
export function checkLeadership(
  members: readonly string[],
  headUnitId: string,
  deputyUnitId: string | null,
  year: number,
): Check {
  if (deputyUnitId === headUnitId) return fail('Trưởng khối và Phó khối phải là hai đơn vị khác nhau');
  if (!members.includes(headUnitId))
    return fail(`Đơn vị Trưởng khối phải là thành viên của khối trong năm ${year}`);
  if (deputyUnitId !== null && !members.includes(deputyUnitId))
    return fail(`Đơn vị Phó khối phải là thành viên của khối trong năm ${year}`);
  return ok;
}

/** Removing members must keep the year's head and deputy. */
export function checkMembersKeepLeadership(
  members: readonly string[],
  leadership: { headUnitId: string; deputyUnitId: string | null } | null,
): Check {
  if (!leadership) return ok;
  if (!members.includes(leadership.headUnitId))
    return fail('Không thể bỏ đơn vị đang là Trưởng khối của năm khỏi danh sách thành viên');
  if (leadership.deputyUnitId && !members.includes(leadership.deputyUnitId))
    return fail('Không thể bỏ đơn vị đang là Phó khối của năm khỏi danh sách thành viên');
  return ok;
}

export type Rotation = { ok: true; headUnitId: string; deputyUnitId: string } | { ok: false; reason: string };

/**
 * The agreed rotation: the next member in the rotation order after this year's head becomes head, and
 * the member after that becomes deputy (so this year's deputy, when it follows the head, moves up).
 * The order is circular; units of the order that are not members next year are passed over.
 * Seed 001: order TP Hà Giang, Bắc Quang, Vị Xuyên, … with TP Hà Giang head in 2019 → Bắc Quang head,
 * Vị Xuyên deputy in 2020.
 */
export function rotateLeadership(
  order: readonly string[],
  currentHeadUnitId: string,
  nextMembers: readonly string[],
): Rotation {
  if (order.length === 0) return { ok: false, reason: 'Khối chưa có thứ tự luân phiên đã thống nhất' };
  const at = order.indexOf(currentHeadUnitId);
  if (at < 0) return { ok: false, reason: 'Đơn vị Trưởng khối năm nay không có trong thứ tự luân phiên' };
  const eligible = new Set(nextMembers);
  const following: string[] = [];
  for (let step = 1; step <= order.length; step++) {
    const unit = order[(at + step) % order.length]!;
    if (eligible.has(unit) && !following.includes(unit)) following.push(unit);
  }
  const [head, deputy] = following;
  if (!head || !deputy)
    return {
      ok: false,
      reason:
        'Cần ít nhất hai đơn vị thành viên năm sau có trong thứ tự luân phiên để chọn Trưởng và Phó khối',
    };
  return { ok: true, headUnitId: head, deputyUnitId: deputy };
}

export type HandoverMethod =
  { method: 'rotation' } | { method: 'vote'; headUnitId: string; deputyUnitId: string };

export interface HandoverFacts {
  year: number;
  members: readonly string[];
  leadership: { headUnitId: string; deputyUnitId: string | null; handedOver: boolean } | null;
  /** Next year's membership when it has already been entered; else it is copied from this year's. */
  nextMembers: readonly string[] | null;
  nextLeadershipExists: boolean;
  rotationOrder: readonly string[];
}

export type HandoverPlan =
  | {
      ok: true;
      nextYear: number;
      copyMembers: boolean;
      members: readonly string[];
      headUnitId: string;
      deputyUnitId: string;
      source: Exclude<LeadershipSource, 'manual'>;
    }
  | { ok: false; reason: string };

/**
 * The year-end handover (law-reference §8.2 "Leadership"): names next year's head and deputy by the
 * agreed rotation or by the vote, and next year's membership (this year's copied unless already
 * entered). Refused when this year's leadership is not set, when it was already handed over, or when
 * next year already has a head.
 */
export function planHandover(facts: HandoverFacts, how: HandoverMethod): HandoverPlan {
  const nextYear = facts.year + 1;
  if (!facts.leadership)
    return { ok: false, reason: `Năm ${facts.year} chưa có Trưởng khối, Phó khối: không thể chuyển giao` };
  if (facts.leadership.handedOver)
    return {
      ok: false,
      reason: `Năm ${facts.year} đã chuyển giao Trưởng khối, Phó khối cho năm ${nextYear}`,
    };
  if (facts.nextLeadershipExists) return { ok: false, reason: `Năm ${nextYear} đã có Trưởng khối, Phó khối` };
  if (nextYear > BLOC_LAST_YEAR) return { ok: false, reason: `Năm sau vượt quá năm ${BLOC_LAST_YEAR}` };
  const copyMembers = facts.nextMembers === null || facts.nextMembers.length === 0;
  const members = copyMembers ? facts.members : facts.nextMembers!;
  if (how.method === 'rotation') {
    const r = rotateLeadership(facts.rotationOrder, facts.leadership.headUnitId, members);
    if (!r.ok) return r;
    const { headUnitId, deputyUnitId } = r;
    return { ok: true, nextYear, copyMembers, members, headUnitId, deputyUnitId, source: 'rotation' };
  }
  const check = checkLeadership(members, how.headUnitId, how.deputyUnitId, nextYear);
  if (!check.ok) return check;
  return {
    ok: true,
    nextYear,
    copyMembers,
    members,
    headUnitId: how.headUnitId,
    deputyUnitId: how.deputyUnitId,
    source: 'vote',
  };
}
