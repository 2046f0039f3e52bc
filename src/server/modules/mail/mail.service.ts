import { permittedScopes } from '../../../domain/access/roles';
import type { Executor } from '../../db/client';
import type { Ctx, Deps } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { newId } from '../../lib/ids';
import * as repo from './mail.repo';
import type { MailTransport } from './transport';

/**
 * Mail: every message is first written to `mail_messages` in the transaction of the change that causes it
 * (so a reminder and its mail commit together). After the commit, `deliverMails` hands the new messages to
 * SMTP when SMTP_URL is configured (status sent or failed with the error); without SMTP they stay in the
 * outbox, which tenant administrators read in the back office.
 */

export interface QueuedMail {
  tenantId: string;
  to: string;
  subject: string;
  text: string;
  relatedType?: string;
  relatedId?: string;
}

/** Writes the messages with the caller's transaction; returns their ids for `deliverMails`. */
export async function queueMails(tx: Executor, mails: readonly QueuedMail[], now: Date): Promise<string[]> {
  const rows = mails.map((m) => ({
    id: newId(),
    tenantId: m.tenantId,
    toAddress: m.to,
    subject: m.subject,
    bodyText: m.text,
    status: 'outbox' as const,
    relatedType: m.relatedType ?? null,
    relatedId: m.relatedId ?? null,
    createdAt: now,
  }));
  await repo.insertMails(tx, rows);
  return rows.map((r) => r.id);
}

/** Sends queued messages over SMTP when configured; a failure is recorded on the message, never thrown. */
export async function deliverMails(
  deps: Pick<Deps, 'database'> & { mailTransport?: MailTransport },
  ids: readonly string[],
  now: Date,
): Promise<{ sent: number; failed: number; outbox: number }> {
  const transport = deps.mailTransport;
  if (!transport || ids.length === 0) return { sent: 0, failed: 0, outbox: ids.length };
  const db = deps.database.db;
  let sent = 0;
  let failed = 0;
  for (const m of await repo.findMails(db, ids)) {
    if (m.status !== 'outbox') continue;
    try {
      await transport.send({ to: m.toAddress, subject: m.subject, text: m.bodyText });
      await repo.markMail(db, m.id, 'sent', now, null);
      sent++;
    } catch (error) {
      await repo.markMail(
        db,
        m.id,
        'failed',
        now,
        (error instanceof Error ? error.message : String(error)).slice(0, 500),
      );
      failed++;
    }
  }
  return { sent, failed, outbox: 0 };
}

function assertMayReadMail(ctx: Ctx) {
  if (permittedScopes(ctx.actor.grants, ctx.actor.tenantId, 'settings.manage') !== 'all')
    throw forbidden('Chỉ quản trị toàn đơn vị sử dụng mới xem được hộp thư đi.');
}

export async function listMail(
  ctx: Ctx & { deps: { mailTransport?: MailTransport } },
  q: { status?: repo.MailRow['status']; page: number; pageSize: number },
) {
  assertMayReadMail(ctx);
  const { items, total } = await repo.listMails(ctx.db, { tenantId: ctx.actor.tenantId, ...q });
  return {
    smtpConfigured: ctx.deps.mailTransport !== undefined,
    total,
    items: items.map((m) => ({
      id: m.id,
      to: m.toAddress,
      subject: m.subject,
      text: m.bodyText,
      status: m.status,
      error: m.error,
      relatedType: m.relatedType,
      relatedId: m.relatedId,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    })),
  };
}
