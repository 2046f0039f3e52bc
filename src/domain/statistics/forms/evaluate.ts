/**
 * The generic evaluator of a form layout (layout.ts): pure counting over the records the caller chose
 * (the period is applied before — `awardFactsInPeriod`, `movementFactsInPeriod`, `staffFactsAt`). A cell
 * (row, column) counts the records matching the form's scope, the row's filter and the column's filter:
 * records (lượt) or distinct `subjectKey`s, as the layout says.
 */
import { matches } from '../predicate';
import type { FormLayout } from './layout';

/** Records a form counts: flat objects; `id` names them for drill-down, `subjectKey` for distinct counts. */
export interface FormRecord {
  id: string;
  subjectKey: string;
}

export interface FilledColumn {
  key: string;
  label: string;
  letter: string | null;
  group: string | null;
}
export interface FilledRow {
  code: string | null;
  label: string;
  unit: string | null;
  indent: 0 | 1 | 2;
  /** One number per column, in the layout's column order; null for a section heading. */
  cells: number[] | null;
}
export interface FilledForm {
  code: string;
  number: string;
  title: string;
  columns: FilledColumn[];
  rows: FilledRow[];
}

/** Fills every cell of `layout` from `records`. Each record is tested once per row and once per column. */
export function evaluateForm(layout: FormLayout, records: readonly FormRecord[]): FilledForm {
  const width = layout.columns.length;
  const dataRows = layout.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.code !== null);
  const counts = layout.rows.map(() => new Array<number>(width).fill(0));
  const distinct = layout.rows.map(() => layout.columns.map(() => new Set<string>()));
  for (const rec of records) {
    if (!matches(layout.scope, rec)) continue;
    const cols = layout.columns.flatMap((c, j) => (matches(c.filter, rec) ? [j] : []));
    if (!cols.length) continue;
    for (const { r, i } of dataRows) {
      if (!matches(r.filter, rec)) continue;
      for (const j of cols) {
        counts[i]![j]!++;
        distinct[i]![j]!.add(rec.subjectKey);
      }
    }
  }
  const bySubject = layout.count === 'subjects';
  return {
    code: layout.code,
    number: layout.number,
    title: layout.title,
    columns: layout.columns.map((c) => ({
      key: c.key,
      label: c.label,
      letter: c.letter ?? null,
      group: c.group ?? null,
    })),
    rows: layout.rows.map((r, i) => ({
      code: r.code,
      label: r.label,
      unit: r.unit ?? null,
      indent: r.indent,
      cells: r.code === null ? null : bySubject ? distinct[i]!.map((s) => s.size) : counts[i]!,
    })),
  };
}

/**
 * The records behind one cell (the drill-down of a form): those matching the scope, the row's and the
 * column's filters. Undefined when the row code or column key is not in the layout (or is a heading).
 */
export function cellRecords<R extends FormRecord>(
  layout: FormLayout,
  rowCode: string,
  columnKey: string,
  records: readonly R[],
): R[] | undefined {
  const row = layout.rows.find((r) => r.code !== null && r.code === rowCode);
  const column = layout.columns.find((c) => c.key === columnKey);
  if (!row || !column) return undefined;
  return records.filter(
    (rec) => matches(layout.scope, rec) && matches(row.filter, rec) && matches(column.filter, rec),
  );
}
