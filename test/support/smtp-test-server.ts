import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server accepted it. */
export interface ReceivedEmail {
  to: string[];
  messageId: string;
  subject: string;
  /** The raw message with quoted-printable undone, to search for text and links. */
  text: string;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedEmail[];
  /** Stop answering DATA: held messages are accepted only on release, and lost if the client goes away. */
  hold(): void;
  release(): void;
  /** Messages held back right now (a disconnected client's are dropped). */
  readonly heldCount: number;
  waitForCount(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free port. A message counts as received
 * when the server has answered 250 to its data, as for any mail server: one held back whose
 * client disconnects was never accepted.
 */
export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ReceivedEmail[] = [];
  let held: { sessionId: string; accept: () => void }[] | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 1024 * 1024,
    maxClients: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const accept = () => {
          received.push(
            parseMail(
              Buffer.concat(chunks).toString('utf8'),
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          callback();
        };
        if (held) held.push({ sessionId: session.id, accept });
        else accept();
      });
    },
    onClose(session) {
      if (held) held = held.filter((entry) => entry.sessionId !== session.id);
    },
  });
  // A client that vanishes mid-session (a worker killed with SIGKILL, its pooled connections
  // reset) is everyday life for a mail server: it goes on serving the others.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    hold() {
      held ??= [];
    },
    get heldCount() {
      return held?.length ?? 0;
    },
    release() {
      const waiting = held ?? [];
      held = undefined;
      for (const entry of waiting) entry.accept();
    },
    async waitForCount(count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`SMTP server received ${received.length} of ${count} messages`);
        await sleep(10);
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseMail(raw: string, to: string[]): ReceivedEmail {
  const headerEnd = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, headerEnd).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: *(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
  const text = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return { to, messageId: header('Message-ID'), subject: decodeSubject(header('Subject')), text };
}

/** Subjects with accents arrive as RFC 2047 encoded words. */
function decodeSubject(subject: string): string {
  return subject.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, value: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(value, 'base64').toString('utf8')
      : Buffer.from(
          value
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}
