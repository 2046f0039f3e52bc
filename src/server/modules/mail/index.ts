/** Mail: queue in the caller's transaction, deliver after commit (SMTP when configured, else the outbox). */
export { mailRoutes as mailModule } from './mail.routes';
export { deliverMails, queueMails, type QueuedMail } from './mail.service';
export { createSmtpTransport, type MailTransport } from './transport';
