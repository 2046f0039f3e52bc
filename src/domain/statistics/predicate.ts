/**
 * Predicates as data: the filters of a form's rows and columns, and of user-defined groups of titles
 * ("TTLĐTT + Đơn vị tiên tiến" as one report row), written as JSON-able values so that a new circular's
 * layout is data, not code. A predicate reads fields of a flat record (AwardFacts, MovementFacts, …).
 */

export type Scalar = string | number | boolean | null;

export type Predicate =
  | { field: string; in: readonly Scalar[] }
  | { all: readonly Predicate[] }
  | { any: readonly Predicate[] }
  | { not: Predicate };

/** `field` is one of `values`. */
export const is = (field: string, ...values: Scalar[]): Predicate => ({ field, in: values });
export const all = (...ps: Predicate[]): Predicate => ({ all: ps });
export const any = (...ps: Predicate[]): Predicate => ({ any: ps });
export const not = (p: Predicate): Predicate => ({ not: p });

/** Whether `record` satisfies `p`; no predicate matches everything. A missing field reads as null. */
export function matches(p: Predicate | null | undefined, record: object): boolean {
  if (!p) return true;
  if ('field' in p) {
    const value = (record as Record<string, unknown>)[p.field] ?? null;
    return p.in.includes(value as Scalar);
  }
  if ('all' in p) return p.all.every((q) => matches(q, record));
  if ('any' in p) return p.any.some((q) => matches(q, record));
  return !matches(p.not, record);
}

/** Every (field, values) test inside `p` — to check a layout's predicates against its subject's fields. */
export function fieldTests(p: Predicate | null | undefined): { field: string; values: readonly Scalar[] }[] {
  if (!p) return [];
  if ('field' in p) return [{ field: p.field, values: p.in }];
  if ('all' in p) return p.all.flatMap(fieldTests);
  if ('any' in p) return p.any.flatMap(fieldTests);
  return fieldTests(p.not);
}
