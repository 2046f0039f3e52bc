/** Org units, their types and lineage events. Types follow the two-tier local government (Luật Tổ chức chính quyền địa phương 2025) and keep the historical district level. */
import { addDays, isIsoDate } from '../calendar';

export const ORG_UNIT_TYPES = [
  'province',
  'agency',
  'commune',
  'district',
  'school',
  'enterprise',
  'village',
  'other',
] as const;
export type OrgUnitType = (typeof ORG_UNIT_TYPES)[number];

export const ORG_UNIT_TYPE_LABELS: Record<OrgUnitType, string> = {
  province: 'Tỉnh / Thành phố',
  agency: 'Sở, ban, ngành',
  commune: 'Xã / Phường / Đặc khu',
  district: 'Huyện / Quận / Thị xã (trước 01/7/2025)',
  school: 'Trường học',
  enterprise: 'Doanh nghiệp / Hợp tác xã',
  village: 'Thôn / Tổ dân phố',
  other: 'Khác',
};

export const LINEAGE_KINDS = ['merged_into', 'split_from', 'renamed', 'moved'] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

/** How each lineage event reads, from the earlier unit (from) to the later unit (to). */
export const LINEAGE_KIND_LABELS: Record<LineageKind, string> = {
  merged_into: 'Sáp nhập vào',
  split_from: 'Chia tách từ',
  renamed: 'Đổi tên thành',
  moved: 'Chuyển về trực thuộc',
};

export const TENANT_KINDS = ['province', 'ministry', 'central'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];
export const TENANT_KIND_LABELS: Record<TenantKind, string> = {
  province: 'Tỉnh / Thành phố trực thuộc trung ương',
  ministry: 'Bộ, ban, ngành trung ương',
  central: 'Cấp trung ương',
};

/** A unit is in force on a date when it started on or before it and had not ended before it. Dates are ISO yyyy-mm-dd. */
export function isInForce(unit: { validFrom: string | null; validTo: string | null }, asOf: string): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= asOf) && (unit.validTo === null || unit.validTo >= asOf)
  );
}

/** Checks a lineage event against the two units' validity: the earlier unit must end before the event and the later one start on it. */
export function checkLineageEvent(
  kind: LineageKind,
  from: { validFrom: string | null; validTo: string | null },
  to: { validFrom: string | null; validTo: string | null },
  effectiveDate: string,
): { ok: true } | { ok: false; reason: string } {
  if (to.validFrom !== null && to.validFrom > effectiveDate) {
    return { ok: false, reason: 'Đơn vị sau sự kiện phải có hiệu lực từ ngày sự kiện trở về trước' };
  }
  if (kind !== 'split_from' && from.validTo !== null && from.validTo >= effectiveDate) {
    return { ok: false, reason: 'Đơn vị trước sự kiện phải kết thúc hiệu lực trước ngày sự kiện' };
  }
  if (from.validFrom !== null && from.validFrom >= effectiveDate) {
    return { ok: false, reason: 'Ngày sự kiện phải sau ngày đơn vị trước bắt đầu hiệu lực' };
  }
  return { ok: true };
}

/** Materialised path of a unit: the ids from the root down to the unit itself, joined with '/'. */
export function unitPath(parentPath: string | null, id: string): string {
  return parentPath === null ? id : `${parentPath}/${id}`;
}

/** The calendar day before an ISO date: the last day of a record ended by an event on `isoDate`. */
export function previousDay(isoDate: string): string {
  return addDays(isoDate, -1);
}

/** Reads a Vietnamese dd/mm/yyyy date (1–2 digit day and month allowed); null when it is not a real date. */
export function parseVietnameseDate(input: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const foldLabel = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The lineage kind named by its Vietnamese label (accents and case ignored) or by its code; undefined otherwise. */
export function lineageKindFromLabel(input: string): LineageKind | undefined {
  const folded = foldLabel(input);
  if (folded === '') return undefined;
  return LINEAGE_KINDS.find((k) => k === input.trim() || foldLabel(LINEAGE_KIND_LABELS[k]) === folded);
}
