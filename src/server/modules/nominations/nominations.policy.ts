import { isAllowed, permittedScopes, type Permission } from '../../../domain/access/roles';
import type { Ctx } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';

/**
 * Who may do what with rounds and dossiers (grants reach a unit's subtree):
 * - a round is seen with `commendation.read` on the subtree of its organising unit or of one of its
 *   participating units; it is run (created, changed, opened, closed) with `nominations.appraise` on the
 *   organiser's subtree;
 * - a dossier is seen with `commendation.read` on its proposing unit or on the round's organiser (the board);
 *   it is proposed, edited, submitted and withdrawn with `nominations.propose` on the proposing unit; the board
 *   actions (receive, return, not eligible, approve, forward) need `nominations.appraise` on the organiser.
 * Outside the read scope a round or dossier does not exist for the actor (404).
 */

export type Scopes = 'all' | string[];

export const scopesFor = (ctx: Ctx, permission: Permission): Scopes =>
  permittedScopes(ctx.actor.grants, ctx.actor.tenantId, permission);

export const allows = (ctx: Ctx, permission: Permission, unitPath: string | null) =>
  isAllowed(ctx.actor.grants, ctx.actor.tenantId, permission, unitPath);

export function assertMayReadRound(ctx: Ctx, paths: readonly string[]) {
  if (!paths.some((p) => allows(ctx, 'commendation.read', p))) throw notFound('Đợt khen thưởng');
}

export function assertMayRunRound(ctx: Ctx, organiserPath: string) {
  if (!allows(ctx, 'nominations.appraise', organiserPath))
    throw forbidden('Bạn không có quyền quản lý đợt khen thưởng của đơn vị này.');
}

export function assertMayReadDossier(ctx: Ctx, d: { unitPath: string; organiserPath: string }) {
  if (!allows(ctx, 'commendation.read', d.unitPath) && !allows(ctx, 'commendation.read', d.organiserPath))
    throw notFound('Hồ sơ đề nghị');
}

export function assertMayPropose(ctx: Ctx, unitPath: string) {
  if (!allows(ctx, 'nominations.propose', unitPath))
    throw forbidden('Bạn không có quyền lập hồ sơ đề nghị cho đơn vị này.');
}

export function assertMayAppraise(ctx: Ctx, organiserPath: string) {
  if (!allows(ctx, 'nominations.appraise', organiserPath))
    throw forbidden('Bạn không có quyền thẩm định hồ sơ của đợt khen thưởng này.');
}
