import type { Grant } from '../../domain/access/roles';
import type { Database, Db, Executor, Tx } from '../db/client';
import type { DataProtector } from './crypto';

/** Who is acting: resolved from the session cookie or the bearer token on every request. */
export interface Actor {
  userId: string;
  email: string;
  label: string;
  /** The tenant the actor is working in (the session's active tenant). */
  tenantId: string;
  grants: Grant[];
  via: 'session' | 'token';
  sessionId?: string;
}

/** What a service needs beyond the actor. */
export interface Deps {
  database: Database;
  protector: DataProtector;
  dataDir: string;
  version: string;
  cookieSecure: boolean;
  /** PUBLIC_BASE_URL without a trailing slash; absent → the address the request came to. */
  publicBaseUrl?: string;
  /** SMTP delivery when SMTP_URL is set (modules/mail); absent → mail stays in the outbox. */
  mailTransport?: { send(message: { to: string; subject: string; text: string }): Promise<void> };
  /** The clock of `ctx.now` (tests pin it); absent → the system clock. "Today" is `vietnamDate(ctx.now)`. */
  now?: () => Date;
}

/** The current instant by the deps' clock: what `ctx.now` is built from. */
export const clockOf = (deps: Pick<Deps, 'now'>): Date => deps.now?.() ?? new Date();

/** `ctx` handed to every service: services are plain functions (ctx, input). */
export interface Ctx {
  db: Db;
  actor: Actor;
  now: Date;
  requestId: string;
  ip?: string;
  deps: Deps;
}

export type { Executor, Tx };

/** Runs `work` in one transaction: the change and its audit row commit together or not at all. */
export function inTransaction<T>(ctx: { db: Db }, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work(tx));
}
