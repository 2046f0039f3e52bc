import { checkScoringWrite, type ScoringFlowState, type ScoringWrite } from '../../../domain/scoring/flow';
import type { Ctx } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import * as blocRepo from './blocs.repo';
import { loadBloc } from './blocs.service';
import { allows } from './emulation.policy';
import * as lookups from './emulation.repo';
import { invalidTransition } from './emulation.shared';

/**
 * Who may do what in a bloc's scoring year (issue 5 item 4):
 * - reading: `emulation.read` (tenant-wide, like blocs);
 * - organising (table, targets, opening, publishing, reopening): `emulation.write` on the organiser's subtree;
 * - self-scoring a member's results: `emulation.register` on that member unit (its own officer), or organising;
 * - cross-checking: `emulation.register` on the year's head or deputy unit, or organising.
 * Another tenant's bloc or unit does not exist (404).
 */

export interface ScoringBloc {
  bloc: blocRepo.BlocRow;
  organiserPath: string;
  members: { id: string; name: string; code: string | null; path: string }[];
  headUnitId: string | null;
  deputyUnitId: string | null;
}

export async function loadScoringBloc(ctx: Ctx, blocId: string, year: number): Promise<ScoringBloc> {
  const { bloc, organiserPath } = await loadBloc(ctx, blocId);
  const tenantId = ctx.actor.tenantId;
  const [members, [leadership]] = await Promise.all([
    blocRepo.listMembers(ctx.db, tenantId, blocId, year),
    blocRepo.listLeaderships(ctx.db, tenantId, blocId, year),
  ]);
  const paths = new Map(
    (
      await lookups.findUnits(
        ctx.db,
        tenantId,
        members.map((m) => m.id),
      )
    ).map((u) => [u.id, u.path]),
  );
  return {
    bloc,
    organiserPath,
    members: members.map((m) => ({ ...m, path: paths.get(m.id) ?? m.id })),
    headUnitId: leadership?.leadership.headUnitId ?? null,
    deputyUnitId: leadership?.leadership.deputyUnitId ?? null,
  };
}

export const mayOrganise = (ctx: Ctx, s: ScoringBloc) => allows(ctx, 'emulation.write', s.organiserPath);

export function maySelfScore(ctx: Ctx, s: ScoringBloc, unitId: string): boolean {
  const member = s.members.find((m) => m.id === unitId);
  return !!member && (mayOrganise(ctx, s) || allows(ctx, 'emulation.register', member.path));
}

export function mayCrossCheck(ctx: Ctx, s: ScoringBloc): boolean {
  if (mayOrganise(ctx, s)) return true;
  return s.members.some(
    (m) => (m.id === s.headUnitId || m.id === s.deputyUnitId) && allows(ctx, 'emulation.register', m.path),
  );
}

export function assertOrganiser(ctx: Ctx, s: ScoringBloc) {
  if (!mayOrganise(ctx, s))
    throw forbidden(
      'Chỉ người được phân quyền thi đua của đơn vị tổ chức khối mới được thực hiện thao tác này.',
    );
}

export function requireMember(s: ScoringBloc, unitId: string) {
  const member = s.members.find((m) => m.id === unitId);
  if (!member) throw notFound('Đơn vị thành viên của khối trong năm này');
  return member;
}

/** The flow's refusal of a write as 409 INVALID_TRANSITION (published years are immutable). */
export function assertWrite(state: ScoringFlowState, write: ScoringWrite) {
  const check = checkScoringWrite(state, write);
  if (!check.ok) throw invalidTransition(check.reason);
}
