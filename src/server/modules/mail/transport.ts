import nodemailer from 'nodemailer';

/** One message as the platform sends it: plain text, Vietnamese. */
export interface MailEnvelope {
  to: string;
  subject: string;
  text: string;
}

/** Delivers a message or throws. Present in `Deps.mailTransport` only when SMTP_URL is configured. */
export interface MailTransport {
  send(message: MailEnvelope): Promise<void>;
}

/** nodemailer over SMTP (`smtp://user:pass@host:587`, `smtps://…`), with the configured sender. */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
