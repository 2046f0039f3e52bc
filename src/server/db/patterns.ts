import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/** LIKE patterns built in one place, with the wildcards of user input escaped. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, '\\$&');

/** `%text%`: a substring search (served by the pg_trgm indexes on search_text). */
export const containing = (text: string): string => `%${escapeLike(text)}%`;

/** `prefix%`. */
export const startingWith = (prefix: string): string => `${escapeLike(prefix)}%`;

/**
 * The unit at `path` or any unit below it: the SQL twin of pathWithinScope in src/domain/access/roles.ts,
 * for a materialised-path column ("id/id/…").
 */
export const pathInSubtree = (column: AnyColumn, path: string): SQL =>
  sql`(${column} = ${path} or ${column} like ${startingWith(path + '/')})`;
