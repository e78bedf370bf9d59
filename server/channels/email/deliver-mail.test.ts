import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../../test/factories/organisation.js';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../test/support/test-database.js';
import { mailMessages } from '../../db/schema/mail-messages.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Logger } from '../../http/logger.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { createJobQueue, type JobQueueOptions } from '../../jobs/pg-boss-queue.js';
import { deliverMail, registerMailJobs } from './deliver-mail-job.js';
import { enqueueMail, MAIL_DELIVER_JOB } from './enqueue-mail.js';
import { listOutboxMessages } from './list-outbox.js';
import { createMailTransport, createSmtpTransport, type MailTransport } from './mail-transport.js';

const backends = await testBackends();

interface ReceivedMail {
  recipients: string[];
  headers: Map<string, string>;
}

/** A real SMTP server on a free port that keeps what it receives, or refuses every recipient. */
async function startSmtpServer(options: { refuseRecipients?: boolean } = {}) {
  const received: ReceivedMail[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let recipientAttempts = 0;
  const notify = () => {
    for (const waiter of waiters) {
      if (received.length + recipientAttempts >= waiter.count) waiter.resolve();
    }
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!options.refuseRecipients) return callback();
      recipientAttempts++;
      const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
      callback(error);
      notify();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
          headers: parseHeaders(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
        notify();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    recipientAttempts: () => recipientAttempts,
    /** Resolves once `count` mails (or refused recipients) have come in. */
    until(count: number) {
      return new Promise<void>((resolve) => {
        waiters.push({ count, resolve });
        notify();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function parseHeaders(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Resolves with the transport's outcome the first time it is used. */
function observed(transport: MailTransport) {
  let resolve!: () => void;
  const delivered = new Promise<void>((done) => {
    resolve = done;
  });
  const wrapped: MailTransport = {
    async deliver(message) {
      const result = await transport.deliver(message);
      resolve();
      return result;
    },
  };
  return { transport: wrapped, delivered };
}

describe.each(backends)('mail delivery [%s]', (kind) => {
  let database: TestDatabase;
  const queues: JobQueue[] = [];
  const errors: unknown[] = [];
  const quietLogger: Pick<Logger, 'warn' | 'error'> = {
    warn: () => {},
    error: (message, fields) => errors.push({ message, ...fields }),
  };

  async function startWorker(transport: MailTransport, retry?: JobQueueOptions['retry']): Promise<JobQueue> {
    const queue = await createJobQueue(database.handle, {
      roles: { worker: true, cron: false },
      queues: [MAIL_DELIVER_JOB],
      logger: quietLogger,
      ...(retry ? { retry } : {}),
    });
    queues.push(queue);
    await registerMailJobs(queue, database.handle, transport);
    return queue;
  }

  async function mailRow(id: string) {
    const [row] = await database.handle.db.select().from(mailMessages).where(eq(mailMessages.id, id));
    if (!row) throw new Error(`mail ${id} not found`);
    return row;
  }

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.stop()));
    expect(errors.splice(0)).toEqual([]);
  });
  afterAll(() => database.drop());

  it('hands a Dutch and an English mail to the SMTP server once each', async () => {
    const smtp = await startSmtpServer();
    try {
      const transport = createSmtpTransport(smtp.url, 'Baken <noreply@baken.test>');
      const queue = await startWorker(transport);
      const [dutch, english] = await database.handle.db.transaction(async (tx) => [
        await enqueueMail(tx, queue, {
          organisationId: null,
          to: 'beheerder@voorbeeld.nl',
          template: 'test-message',
          language: 'nl',
          variables: {},
        }),
        await enqueueMail(tx, queue, {
          organisationId: null,
          to: 'operator@example.com',
          template: 'test-message',
          language: 'en',
          variables: {},
        }),
      ]);
      if (!dutch || !english) throw new Error('enqueueMail returned nothing');

      await smtp.until(2);
      // stop() lets the worker record the outcome of what it was doing.
      await queue.stop();

      const byRecipient = new Map(smtp.received.map((mail) => [mail.recipients.join(','), mail.headers]));
      expect(byRecipient.size).toBe(2);
      expect(byRecipient.get('beheerder@voorbeeld.nl')?.get('subject')).toBe('Testbericht van Baken');
      expect(byRecipient.get('beheerder@voorbeeld.nl')?.get('message-id')).toBe(`<${dutch.mailId}@baken>`);
      expect(byRecipient.get('operator@example.com')?.get('subject')).toBe('Test message from Baken');
      expect(byRecipient.get('operator@example.com')?.get('message-id')).toBe(`<${english.mailId}@baken>`);
      for (const { mailId } of [dutch, english]) {
        expect(await mailRow(mailId)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
        expect((await mailRow(mailId)).sentAt).toBeInstanceOf(Date);
      }

      // A repeated job for the same mail hands nothing over again.
      expect(await deliverMail(database.handle.db, transport, dutch.mailId, { retryCount: 0 })).toBe(
        'skipped',
      );
      expect(smtp.received).toHaveLength(2);
      expect((await mailRow(dutch.mailId)).attempts).toBe(1);
    } finally {
      await smtp.close();
    }
  });

  it('keeps mail in the local outbox when no SMTP server is configured', async () => {
    const { organisation } = await buildOrganisation(database.handle.db);
    const { transport, delivered } = observed(
      createMailTransport({ MAIL_FROM: 'Baken <noreply@baken.test>' }),
    );
    const queue = await startWorker(transport);
    // Enqueued the way a request does it: in a transaction under row-level security.
    const { mailId } = await inTenant(database.handle.db, organisation.id, (tx) =>
      enqueueMail(tx, queue, {
        organisationId: organisation.id,
        to: 'nieuwe.collega@voorbeeld.nl',
        template: 'invitation',
        language: 'nl',
        variables: {
          organisationName: 'Gemeente <Zuid> & Co',
          inviterName: 'Anna de Vries',
          acceptUrl: 'https://baken.voorbeeld.nl/uitnodiging/abc?x=1&y=2',
        },
      }),
    );

    await delivered;
    await queue.stop();

    const [newest, ...older] = await listOutboxMessages(database.handle.db, { limit: 10 });
    expect(newest).toMatchObject({
      id: mailId,
      organisationId: organisation.id,
      status: 'stored',
      attempts: 1,
      toAddress: 'nieuwe.collega@voorbeeld.nl',
      subject: 'Uitnodiging voor Gemeente <Zuid> & Co in Baken',
    });
    expect(newest?.sentAt).toBeInstanceOf(Date);
    expect(newest?.textBody).toContain('https://baken.voorbeeld.nl/uitnodiging/abc?x=1&y=2');
    expect(newest?.htmlBody).toContain('Gemeente &lt;Zuid&gt; &amp; Co');
    const nextPage = await listOutboxMessages(database.handle.db, { limit: 10, before: mailId });
    expect(nextPage.map((message) => message.id)).toEqual(older.map((message) => message.id));
  });

  it('retries a refused mail and finally marks it failed with the reason', async () => {
    const smtp = await startSmtpServer({ refuseRecipients: true });
    try {
      const retry = { retryLimit: 2, retryDelay: 1, retryBackoff: false };
      const queue = await startWorker(createSmtpTransport(smtp.url, 'Baken <noreply@baken.test>'), retry);
      const { mailId } = await database.handle.db.transaction((tx) =>
        enqueueMail(tx, queue, {
          organisationId: null,
          to: 'onbekend@voorbeeld.nl',
          template: 'password-reset',
          language: 'en',
          variables: { resetUrl: 'https://baken.voorbeeld.nl/wachtwoord/xyz', expiresInMinutes: 30 },
        }),
      );

      await smtp.until(retry.retryLimit + 1);
      await queue.stop();

      expect(smtp.recipientAttempts()).toBe(3);
      expect(smtp.received).toHaveLength(0);
      const row = await mailRow(mailId);
      expect(row).toMatchObject({ status: 'failed', attempts: 3, sentAt: null });
      expect(row.lastError).toMatch(/550 Mailbox unavailable/);
    } finally {
      await smtp.close();
    }
  });
});
