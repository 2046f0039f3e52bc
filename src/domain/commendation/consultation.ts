import { redactPersonalData } from '../text/redact';
/**
 * Public consultation (lấy ý kiến công khai) — law-reference §4.4: the Law requires publicity of nominations
 * (Điều 84 k5); in practice nominations for Huân chương, State honorary titles (danh hiệu vinh dự nhà nước),
 * Giải thưởng Hồ Chí Minh / Nhà nước and CSTĐ toàn quốc are published for public comment before the council
 * meets [V historic]. Which forms, and for how many working days (default 5, [R]), are tenant configuration.
 * Pure: windows in working days, what is open on a day, comment validation, redaction of the public text.
 */

import { catalogueEntry } from '../awards/catalogue';
import {
  addWorkingDays,
  type CompiledCalendar,
  type HolidayCalendar,
  nextWorkingDayOnOrAfter,
} from '../calendar';

export const CONSULTATION_STATUSES = ['open', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = {
  open: 'Đang lấy ý kiến',
  closed: 'Đã kết thúc',
};

export const COMMENT_STATUSES = ['pending', 'published', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Chờ duyệt',
  published: 'Đã công bố',
  hidden: 'Đã ẩn',
};

/** Catalogue groups published by default (§4.4): orders, State honorary titles, the two State prizes. */
export const DEFAULT_CONSULTATION_GROUPS = ['order', 'honorary_title', 'prize'] as const;
/** Single codes published by default (§4.4): CSTĐ toàn quốc. */
export const DEFAULT_CONSULTATION_CODES = ['cstd_toan_quoc'] as const;

export interface ConsultationSettings {
  /** Catalogue groups whose forms need a public consultation. */
  groups: string[];
  /** Further award codes that need one. */
  awardCodes: string[];
}
export const DEFAULT_CONSULTATION_SETTINGS: ConsultationSettings = {
  groups: [...DEFAULT_CONSULTATION_GROUPS],
  awardCodes: [...DEFAULT_CONSULTATION_CODES],
};

/** Does a nomination for `awardCode` need a public consultation under the tenant's settings? */
export function requiresConsultation(awardCode: string, settings: ConsultationSettings): boolean {
  if (settings.awardCodes.includes(awardCode)) return true;
  const group = catalogueEntry(awardCode)?.group;
  return group !== undefined && settings.groups.includes(group);
}

/**
 * The consultation window: `workingDays` working days starting on `startOn` (or the next working day when it is
 * not one); the last day is included, comments are accepted until its end (Việt Nam time).
 */
export function consultationWindow(
  startOn: string,
  workingDays: number,
  cal: HolidayCalendar | CompiledCalendar,
): { startsOn: string; endsOn: string } {
  if (!Number.isInteger(workingDays) || workingDays < 1) throw new RangeError('Số ngày làm việc phải ≥ 1');
  const startsOn = nextWorkingDayOnOrAfter(startOn, cal);
  return { startsOn, endsOn: addWorkingDays(startsOn, workingDays - 1, cal) };
}

/** Where a consultation stands for the public on `today`. */
export function consultationPhase(
  c: { status: ConsultationStatus; startsOn: string; endsOn: string },
  today: string,
): 'scheduled' | 'open' | 'ended' {
  if (c.status === 'closed' || today > c.endsOn) return 'ended';
  return today < c.startsOn ? 'scheduled' : 'open';
}

export const COMMENT_LIMITS = { name: 120, contact: 200, textMin: 10, textMax: 3000, links: 2 } as const;

export interface CommentInput {
  name: string;
  contact: string;
  text: string;
}

/** Normalises a citizen's comment: trims, collapses control characters; returns the issues in Vietnamese. */
export function validateComment(input: CommentInput): {
  value: CommentInput;
  issues: Record<string, string>;
} {
  const clean = (s: string) =>
    s
      .replace(/\r\n?/g, '\n')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .trim();
  const value = { name: clean(input.name), contact: clean(input.contact), text: clean(input.text) };
  const issues: Record<string, string> = {};
  if (value.name.length > COMMENT_LIMITS.name) issues.name = `Họ tên tối đa ${COMMENT_LIMITS.name} ký tự`;
  if (/\n/.test(value.name)) issues.name = 'Họ tên chỉ gồm một dòng';
  if (value.contact.length > COMMENT_LIMITS.contact)
    issues.contact = `Thông tin liên hệ tối đa ${COMMENT_LIMITS.contact} ký tự`;
  if (value.text.length < COMMENT_LIMITS.textMin)
    issues.text = `Ý kiến phải có ít nhất ${COMMENT_LIMITS.textMin} ký tự`;
  else if (value.text.length > COMMENT_LIMITS.textMax)
    issues.text = `Ý kiến tối đa ${COMMENT_LIMITS.textMax} ký tự`;
  else if ((value.text.match(/https?:\/\//gi) ?? []).length > COMMENT_LIMITS.links)
    issues.text = `Ý kiến có quá nhiều đường liên kết (tối đa ${COMMENT_LIMITS.links})`;
  return { value, issues };
}

/**
 * The text shown on the public page never carries personal data (identity numbers, phone numbers, birth
 * dates, e-mail addresses), whatever the officer or the citizen typed: see domain/text/redact.ts.
 */
export function redactForPublic(text: string): string {
  return redactPersonalData(text).text;
}
