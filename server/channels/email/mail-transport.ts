import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
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
  /** Closes pooled connections (a pooled transport keeps them open between messages). */
  close?(): void;
}

/** The Message-ID of a stored mail: a repeat after a crash carries the same id. */
export function messageIdOf(mailId: string): string {
  return `<${mailId}@baken>`;
}

/**
 * The connection options of an SMTP URL. Parsed here: nodemailer reads a `url` option alone and
 * drops every option beside it. Mail leaving the machine goes encrypted (P12): STARTTLS is
 * required, not merely tried, unless the URL says `?requireTLS=false` for a relay that cannot;
 * smtps:// is TLS from the start.
 */
// @promise P12 mail to another machine requires TLS
export function smtpConnectionOptions(smtpUrl: string) {
  const connection = parseConnectionUrl(smtpUrl);
  return {
    ...connection,
    requireTLS: connection.requireTLS ?? (!connection.secure && !isLoopback(connection.host)),
  };
}

/**
 * Hands mail to the SMTP server in `smtpUrl` (smtp:// or smtps://, credentials in the URL). With
 * `connections`, up to that many connections stay open and carry message after message: an
 * alert to thousands would otherwise spend most of its time on TCP, TLS and SMTP greetings.
 */
export function createSmtpTransport(
  smtpUrl: string,
  from: string,
  options: { connections?: number } = {},
): MailTransport {
  const pooled = (options.connections ?? 1) > 1;
  const transporter = nodemailer.createTransport({
    ...smtpConnectionOptions(smtpUrl),
    // Fail within a retry's patience rather than nodemailer's minutes-long defaults.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    ...(pooled ? { pool: true, maxConnections: options.connections, maxMessages: Infinity } : {}),
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
    close() {
      transporter.close();
    },
  };
}

function isLoopback(host: string | undefined): boolean {
  return host === undefined || host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Without SMTP the mail stays in the database, where operators read it in the app. */
export const localOutboxTransport: MailTransport = {
  async deliver() {
    return { kind: 'stored' };
  },
};

/** SMTP when SMTP_URL is set (pooled over `connections` when more than one), otherwise the local outbox. */
export function createMailTransport(
  config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>,
  options: { connections?: number } = {},
): MailTransport {
  return config.SMTP_URL
    ? createSmtpTransport(config.SMTP_URL, config.MAIL_FROM, options)
    : localOutboxTransport;
}
