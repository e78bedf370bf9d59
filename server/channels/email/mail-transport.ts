import nodemailer from 'nodemailer';
import type { Config } from '../../config/config.js';

/** One stored mail, ready to hand over. */
export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  /** `sent`: handed to an SMTP server. `stored`: kept in the local outbox, nothing left the machine. */
  deliver(message: OutgoingMail): Promise<{ kind: 'sent' | 'stored' }>;
}

/** The Message-ID of a stored mail: a repeat after a crash carries the same id. */
export function messageIdOf(mailId: string): string {
  return `<${mailId}@baken>`;
}

/** Hands mail to the SMTP server in `smtpUrl` (smtp:// or smtps://, credentials in the URL). */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    // Fail within a retry's patience rather than nodemailer's minutes-long defaults.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async deliver(message) {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: messageIdOf(message.id),
      });
      return { kind: 'sent' };
    },
  };
}

/** Without SMTP the mail stays in the database, where operators read it in the app. */
export const localOutboxTransport: MailTransport = {
  async deliver() {
    return { kind: 'stored' };
  },
};

/** SMTP when SMTP_URL is set, otherwise the local outbox. */
export function createMailTransport(config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>): MailTransport {
  return config.SMTP_URL ? createSmtpTransport(config.SMTP_URL, config.MAIL_FROM) : localOutboxTransport;
}
