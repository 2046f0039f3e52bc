import { isAllowed } from '../../../domain/access/roles';
import type { Ctx, Tx } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { findNomination, NOMINATION, type NominationView } from '../nominations';
import { findUnitInTenant } from '../org';

/**
 * Who may see and do the board's work on a dossier (the same rule as the nominations module): a dossier is
 * seen with `commendation.read` on its proposing unit or on the round's organiser; appraisal, clearances,
 * opinions and consultation moderation need `nominations.appraise` on the organiser's subtree. Outside the
 * read scope the dossier does not exist for the actor (404).
 */

export interface ScopedDossier {
  view: NominationView;
  unitPath: string | null;
  organiserPath: string | null;
}

export async function loadDossier(ctx: Ctx, nominationId: string, tx?: Tx): Promise<ScopedDossier> {
  const view = await findNomination(ctx, nominationId, tx ? { tx } : {});
  const db = tx ?? ctx.db;
  const [unit, organiser] = await Promise.all([
    findUnitInTenant(db, ctx.actor.tenantId, view.proposingUnit.id),
    findUnitInTenant(db, ctx.actor.tenantId, view.organiser.id),
  ]);
  return { view, unitPath: unit?.path ?? null, organiserPath: organiser?.path ?? null };
}

const allows = (ctx: Ctx, permission: 'commendation.read' | 'nominations.appraise', path: string | null) =>
  path !== null && isAllowed(ctx.actor.grants, ctx.actor.tenantId, permission, path);

export function assertMayRead(ctx: Ctx, d: ScopedDossier) {
  if (!allows(ctx, 'commendation.read', d.unitPath) && !allows(ctx, 'commendation.read', d.organiserPath))
    throw notFound(NOMINATION);
}

export function mayAppraise(ctx: Ctx, d: ScopedDossier) {
  return allows(ctx, 'nominations.appraise', d.organiserPath);
}

export function assertMayAppraise(ctx: Ctx, d: ScopedDossier) {
  assertMayRead(ctx, d);
  if (!mayAppraise(ctx, d)) throw forbidden('Bạn không có quyền thẩm định hồ sơ của đợt khen thưởng này.');
}
