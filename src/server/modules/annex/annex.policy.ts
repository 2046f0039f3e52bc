import { isAllowed, permittedScopes } from '../../../domain/access/roles';
import type { Ctx } from '../../lib/context';
import { notFound } from '../../lib/errors';

/**
 * Who may use an annex import: ledger.write, on the people of the subtrees where the actor holds it (the
 * rows are matched only among them, a chosen person must be among them, and the commit checks again).
 * A session belongs to the person who uploaded it; tenant-wide ledger writers (tenant administrators,
 * the emulation board) may also take it over. For anybody else it does not exist (404).
 */

export const annexScopes = (ctx: Ctx) =>
  permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'ledger.write');

export const mayWriteLedgerOf = (ctx: Ctx, unitPath: string | null) =>
  isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'ledger.write', unitPath);

export function assertMayUseImport(ctx: Ctx, session: { createdBy: string }) {
  if (session.createdBy !== ctx.actor.userId && annexScopes(ctx) !== 'all')
    throw notFound('Phiên nhập phụ lục quyết định');
}
