import { isAllowed, permittedScopes } from '../../../domain/access/roles';
import type { Ctx } from '../../lib/context';
import { forbidden } from '../../lib/errors';

/**
 * Who may do what with councils: anyone with `commendation.read` reads councils, sessions, ballots (never a
 * mark: no endpoint has one) and results; `council.manage` on the council's unit subtree changes them,
 * records attendance, opens and closes ballots and enters absentees' written papers; a member votes
 * (own paper only) with `council.vote` or `council.manage`.
 */

export function assertMayManage(ctx: Ctx, unitPath: string) {
  if (!isAllowed(ctx.actor.grants, ctx.actor.tenantId, 'council.manage', unitPath))
    throw forbidden('Bạn không có quyền quản lý Hội đồng Thi đua - Khen thưởng của đơn vị này.');
}

export function assertMayVote(ctx: Ctx) {
  const has = (p: 'council.vote' | 'council.manage') => {
    const s = permittedScopes(ctx.actor.grants, ctx.actor.tenantId, p);
    return s === 'all' || s.length > 0;
  };
  if (!has('council.vote') && !has('council.manage'))
    throw forbidden('Tài khoản của bạn không có quyền bỏ phiếu.');
}
