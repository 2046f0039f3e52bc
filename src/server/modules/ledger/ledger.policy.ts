import { isAllowed, permittedScopes } from '../../../domain/access/roles';
import type { Ctx } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';

/**
 * Who may see and keep ledger records: ledger.read / ledger.write on the subtree of the unit the subject
 * belongs to — a person's current unit, a collective's own unit, a household's unit; an initiative's
 * register unit. The same rule as people.policy.ts, on the ledger permissions: a subject outside the read
 * scope does not exist for the actor (404); visible but not writable → 403. Subjects with no unit are
 * tenant-wide: only tenant-wide grants reach them.
 */

export const ledgerReadScopes = (ctx: Ctx) =>
  permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'ledger.read');

export const mayReadLedger = (ctx: Ctx, unitPath: string | null) =>
  isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'ledger.read', unitPath);

export function assertLedgerVisible(ctx: Ctx, unitPath: string | null, what: string) {
  if (!mayReadLedger(ctx, unitPath)) throw notFound(what);
}

export function assertLedgerWritable(ctx: Ctx, unitPath: string | null, what: string) {
  assertLedgerVisible(ctx, unitPath, what);
  if (!isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'ledger.write', unitPath))
    throw forbidden(
      `Bạn không có quyền cập nhật thành tích, khen thưởng của ${what.toLowerCase()} thuộc đơn vị này.`,
    );
}
