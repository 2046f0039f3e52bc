/**
 * A statistical form as data (chế độ báo cáo thống kê ngành Nội vụ: Thông tư 02/2023/TT-BNV biểu
 * 0601–0605.N/BNV-TĐKT, and its successor Thông tư 18/2025/TT-BNV when its annex is read): header, label
 * columns A (chỉ tiêu), B (mã số), C (đơn vị tính, when the form has it), numbered data columns, and rows
 * with their codes. Each data column and row carries a predicate over the records the form counts; the
 * cell (row, column) counts the records that satisfy the form's scope, the row's and the column's
 * predicates (evaluate.ts). Section headings are rows without a code and without cells.
 */
import type { Predicate } from '../predicate';

/** What the records of a form are. */
export const FORM_SUBJECTS = ['awards', 'movements', 'organisations', 'staff'] as const;
export type FormSubject = (typeof FORM_SUBJECTS)[number];

/** A header cell spanning several data columns, e.g. "2 — Các loại huân chương, huy chương" over Tập thể / Cá nhân. */
export interface FormColumnGroup {
  key: string;
  /** The column number printed under the header. */
  letter: string;
  label: string;
}

export interface FormColumn {
  key: string;
  label: string;
  /** The column number printed under the header; absent for the leaves of a group (the group has it). */
  letter?: string;
  /** The group this column sits under. */
  group?: string;
  filter?: Predicate;
  /** As printed, e.g. "1=(2+3+4)". */
  formula?: string;
}

export interface FormRow {
  /** Mã số ("01"…); null for a section heading (no cells). */
  code: string | null;
  label: string;
  /** Đơn vị tính (column C), when the form has that column. */
  unit?: string;
  /** 0 the total and headings, 1 a "–" line, 2 a "+" or "trong đó" line. */
  indent: 0 | 1 | 2;
  filter?: Predicate;
}

export interface FormLayout {
  /** `<version>/<number>`, e.g. "TT02_2023/0603". */
  code: string;
  version: string;
  /** Biểu số, e.g. "0603.N/BNV-TĐKT". */
  number: string;
  title: string;
  /** "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023". */
  basis: string;
  subject: FormSubject;
  /** The unit of count printed in the header (Phong trào, Lượt, Tổ chức, Người). */
  unitOfCount: string;
  /** Ngày nhận báo cáo, dd/mm of the reporting year, when the form prints one. */
  receiptDate: string | null;
  /** Award records (lượt) or distinct subjects. */
  count: 'records' | 'subjects';
  /** Which records the form counts at all. */
  scope?: Predicate;
  /** Whether column C (đơn vị tính) exists. */
  hasUnitColumn: boolean;
  /** A header spanning the data columns from `fromColumn` to the last ("Chia ra"). */
  caption?: { label: string; fromColumn: string };
  columnGroups?: FormColumnGroup[];
  columns: FormColumn[];
  rows: FormRow[];
  /** How the layout was obtained: [C] rebuilt from a product's code, [L] read in the annex. */
  confidence: 'L' | 'C';
  /** Doubts to check against the gazette. */
  notes: string[];
}
