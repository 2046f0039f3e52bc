/** PostgreSQL array parameters for set-based statements (shared by the repos that write in bulk). */

const NEEDS_ESCAPE = /["\\]/;
const ESCAPED = /["\\]/g;

/**
 * A PostgreSQL array literal (`{"a",NULL,"b\\"c"}`) bound as one text parameter and cast in SQL. Built here
 * because the driver's generic conversion (type checks and two replacements per element) was a tenth of
 * the import's main-thread time; the result is the same literal.
 */
export function arrayLiteral(values: readonly (string | boolean | null | undefined)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    if (v === null || v === undefined) out += 'NULL';
    else if (typeof v === 'boolean') out += v ? 't' : 'f';
    else out += `"${NEEDS_ESCAPE.test(v) ? v.replace(ESCAPED, '\\$&') : v}"`;
  }
  return `${out}}`;
}
