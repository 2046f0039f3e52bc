/** Turns an audit row's before/after snapshots into a list of changed fields. Pure, tested. */

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const EMPTY = '—';

/** A readable text for any JSON value (dates yyyy-mm-dd shown dd/mm/yyyy). */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
  }
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * Fields that differ between `before` and `after`, in first-seen order. A create has no `before`
 * (every field is new); a delete has no `after`. Non-object snapshots are compared as one "value" field.
 */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    if (before === undefined && after === undefined) return [];
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ field: 'value', before: displayValue(before), after: displayValue(after) }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const old = b?.[key];
    const now = a?.[key];
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    changes.push({ field: key, before: displayValue(old), after: displayValue(now) });
  }
  return changes;
}
