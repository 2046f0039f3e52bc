/**
 * One row of the commune-lineage spreadsheet (sắp xếp đơn vị hành chính cấp xã), read and checked before
 * any unit is looked up. Pure. The events follow the resolutions of the Standing Committee of the National
 * Assembly on arranging commune-level units (effective 1 July 2025 for the two-tier government).
 */
import { type LineageKind, LINEAGE_KIND_LABELS, lineageKindFromLabel, parseVietnameseDate } from './org-unit';

export const LINEAGE_SHEET_HEADERS = [
  'Loại sự kiện',
  'Mã đơn vị trước',
  'Tên đơn vị trước',
  'Mã đơn vị sau',
  'Tên đơn vị sau',
  'Ngày hiệu lực (dd/mm/yyyy)',
  'Căn cứ pháp lý',
  'Ghi chú',
] as const;

export interface LineageRowInput {
  kind: string;
  fromCode: string;
  fromName: string;
  toCode: string;
  toName: string;
  /** dd/mm/yyyy as typed, or an ISO date when the cell held a real date. */
  effectiveDate: string;
  legalBasis: string;
  note: string;
}

export interface LineageRow {
  kind: LineageKind;
  from: { code: string | null; name: string | null };
  to: { code: string | null; name: string | null };
  effectiveDate: string;
  legalBasis: string | null;
  note: string | null;
}

const LIMITS = { code: 20, name: 300, legalBasis: 500, note: 2000 };

/** True when every cell of the row is blank (such rows are ignored). */
export function isBlankLineageRow(input: LineageRowInput): boolean {
  return Object.values<string>({ ...input }).every((v) => v.trim() === '');
}

function readDate(value: string): string | null {
  const v = value.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? parseVietnameseDate(v.split('-').reverse().join('/'))
    : parseVietnameseDate(v);
}

function tooLong(value: string, max: number, label: string, errors: string[]) {
  if (value.length > max) errors.push(`${label} dài quá ${max} ký tự.`);
}

/** Checks a row's own cells; the messages are Vietnamese, one per problem. */
export function parseLineageRow(
  input: LineageRowInput,
): { ok: true; row: LineageRow } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const t = (s: string) => s.trim().replace(/\s+/g, ' ');
  const kind = lineageKindFromLabel(input.kind);
  if (!input.kind.trim()) errors.push('Thiếu loại sự kiện.');
  else if (!kind)
    errors.push(
      `Loại sự kiện "${t(input.kind)}" không hợp lệ; chọn một trong: ${Object.values(LINEAGE_KIND_LABELS).join(', ')}.`,
    );
  const [fromCode, fromName, toCode, toName] = [
    input.fromCode,
    input.fromName,
    input.toCode,
    input.toName,
  ].map(t) as [string, string, string, string];
  if (!fromCode && !fromName) errors.push('Thiếu mã hoặc tên đơn vị trước.');
  if (!toCode && !toName) errors.push('Thiếu mã hoặc tên đơn vị sau.');
  tooLong(fromCode, LIMITS.code, 'Mã đơn vị trước', errors);
  tooLong(toCode, LIMITS.code, 'Mã đơn vị sau', errors);
  tooLong(fromName, LIMITS.name, 'Tên đơn vị trước', errors);
  tooLong(toName, LIMITS.name, 'Tên đơn vị sau', errors);
  const date = readDate(input.effectiveDate);
  if (!input.effectiveDate.trim()) errors.push('Thiếu ngày hiệu lực.');
  else if (!date) errors.push(`Ngày hiệu lực "${t(input.effectiveDate)}" không hợp lệ (dạng dd/mm/yyyy).`);
  const legalBasis = t(input.legalBasis);
  const note = input.note.trim();
  tooLong(legalBasis, LIMITS.legalBasis, 'Căn cứ pháp lý', errors);
  tooLong(note, LIMITS.note, 'Ghi chú', errors);
  if (errors.length || !kind || !date) return { ok: false, errors };
  return {
    ok: true,
    row: {
      kind,
      from: { code: fromCode || null, name: fromName || null },
      to: { code: toCode || null, name: toName || null },
      effectiveDate: date,
      legalBasis: legalBasis || null,
      note: note || null,
    },
  };
}

/** ISO yyyy-mm-dd → dd/mm/yyyy, for messages. */
export function formatVietnameseDate(iso: string): string {
  return iso.split('-').reverse().join('/');
}
