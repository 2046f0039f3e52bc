import type { FastifyRequest } from 'fastify';
import type { Permission } from '../../domain/access/roles';
import { permittedScopes } from '../../domain/access/roles';
import { type Actor, clockOf, type Ctx, type Deps } from './context';
import { AppError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    actor: (Actor & { csrfToken?: string }) | null;
  }
  interface FastifyInstance {
    deps: Deps;
    routeCatalogue: { method: string; url: string; multipart?: boolean }[];
  }
}

/** The service context of an authenticated request; 401 when nobody is signed in. */
export function requireCtx(request: FastifyRequest): Ctx {
  const actor = request.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để thực hiện thao tác này.');
  return {
    db: request.server.deps.database.db,
    actor,
    now: clockOf(request.server.deps),
    requestId: String(request.id),
    ip: request.ip,
    deps: request.server.deps,
  };
}

/** Coarse gate used by routes before calling a service: the actor holds `permission` somewhere in the tenant. Services check the exact scope. */
export function requirePermission(request: FastifyRequest, permission: Permission): Ctx {
  const ctx = requireCtx(request);
  const scopes = permittedScopes(ctx.actor.grants, ctx.actor.tenantId, permission);
  if (scopes !== 'all' && scopes.length === 0)
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này.');
  return ctx;
}
