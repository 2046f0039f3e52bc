import type { Ctx } from '../../lib/context';
import { AppError, badRequest, conflict, notFound, pgError } from '../../lib/errors';
import * as lookups from './emulation.repo';

/** Helpers shared by the emulation services: resolving ids of the tenant, errors, dates. */

/** Every id must be a unit of the tenant (another tenant's id → 404, like an unknown one). */
export async function requireUnits(ctx: Ctx, ids: readonly string[], what = 'Đơn vị') {
  const found = await lookups.findUnits(ctx.db, ctx.actor.tenantId, ids);
  const byId = new Map(found.map((u) => [u.id, u]));
  for (const id of ids) if (!byId.has(id)) throw notFound(what);
  return byId;
}

export async function requireUnit(ctx: Ctx, id: string, what = 'Đơn vị') {
  return (await requireUnits(ctx, [id], what)).get(id)!;
}

export async function requirePerson(ctx: Ctx, id: string, what = 'Người') {
  const [person] = await lookups.findPeople(ctx.db, ctx.actor.tenantId, [id]);
  if (!person) throw notFound(what);
  return person;
}

/** Award records named by a stage must be the tenant's (ledger table award_records). */
export async function requireAwardRecords(ctx: Ctx, ids: readonly string[]) {
  const existing = await lookups.existingAwardRecordIds(ctx.db, ctx.actor.tenantId, ids);
  if (ids.some((id) => !existing.has(id))) throw notFound('Bản ghi khen thưởng');
}

/** The same id given twice in a list → 400 naming the list. */
export function assertDistinct(ids: readonly string[], what: string) {
  if (new Set(ids).size !== ids.length) throw badRequest(`${what} có đơn vị bị lặp lại.`);
}

/** A unit was in force at some time in `year`. */
export const inForceDuring = (unit: { validFrom: string | null; validTo: string | null }, year: number) =>
  (unit.validFrom === null || unit.validFrom <= `${year}-12-31`) &&
  (unit.validTo === null || unit.validTo >= `${year}-01-01`);

/** A domain check's refusal as a 409 (out-of-order steps, handovers). */
export const invalidTransition = (reason: string) => new AppError('INVALID_TRANSITION', `${reason}.`);

/** The PostgreSQL error code of a driver error (node-postgres or PGlite, possibly wrapped by Drizzle). */
export const pgErrorCode = (error: unknown): string | undefined => pgError(error).code;

/** Runs `work`, turning a unique violation that slipped past the checks (a concurrent write) into 409. */
export async function uniqueAs409<T>(message: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (pgErrorCode(error) === '23505') throw conflict(message);
    throw error;
  }
}

export const ref = (u: { id: string; name: string }) => ({ id: u.id, name: u.name });
