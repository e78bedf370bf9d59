import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverMail } from '../../server/channels/email/deliver-mail-job.js';
import { createSmtpTransport } from '../../server/channels/email/mail-transport.js';
import { portabilityTransfers } from '../../server/db/schema/disclosures.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { mailsTo } from '../support/queued-mail.js';
import { type SmtpTestServer, startSmtpTestServer } from '../support/smtp-test-server.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';
import { unzip } from '../support/unzip.js';

const backends = await testBackends();

const DAY = 24 * 60 * 60 * 1000;
const RECIPIENT = { recipientName: 'Nieuwe Dienst B.V.', recipientEmail: 'import@nieuwedienst.example' };

describe.each(backends)('portability to a third party [%s]', (kind) => {
  let testApp: TestApp;
  let smtp: SmtpTestServer;
  let now = new Date('2027-03-01T10:00:00Z');
  let member: string;
  let admin: string;

  const deliver = (mailId: string) =>
    deliverMail(
      testApp.database.handle.db,
      createSmtpTransport(smtp.url, 'Baken <privacy@baken.local>'),
      mailId,
      { retryCount: 0 },
    );
  const download = (token: string) =>
    testApp.app.request('/api/portability-transfers/download', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify({ token }),
    });
  const transfer = () =>
    requestAs(testApp, member, 'POST', '/api/me/export/transfer', { ...RECIPIENT, password: DEMO_PASSWORD });
  const latestToken = async () => {
    const links = await mailsTo(testApp, RECIPIENT.recipientEmail, 'portability-transfer-link');
    return links.at(-1)?.textBody.match(/data-transfer#([\w-]+)/)?.[1] ?? '';
  };

  beforeAll(async () => {
    testApp = await createTestApp(kind, {}, { clock: () => now });
    smtp = await startSmtpTestServer();
    member = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
  });
  afterAll(async () => {
    await smtp?.close();
    await testApp?.close();
  });

  it('sends nothing when the password is wrong', async () => {
    const refused = await requestAs(testApp, member, 'POST', '/api/me/export/transfer', {
      ...RECIPIENT,
      password: 'niet-het-wachtwoord',
    });
    expect(refused.status).toBe(401);
    expect((await readJson<{ error: { code: string } }>(refused)).error.code).toBe(
      'portability_transfer_password_incorrect',
    );
    expect(await mailsTo(testApp, RECIPIENT.recipientEmail, 'portability-transfer-link')).toEqual([]);
    expect(await testApp.database.handle.db.select().from(portabilityTransfers)).toEqual([]);
  });

  // @promise P17 portability to a third party: the recipient downloads the package once through the e-mailed link, the person is told
  it('mails the recipient a single-use link to the ZIP and the person a confirmation', async () => {
    const sent = await transfer();
    expect(sent.status).toBe(202);
    const [link] = await mailsTo(testApp, RECIPIENT.recipientEmail, 'portability-transfer-link');
    const [confirmation] = await mailsTo(testApp, 'burgemeester@voorbeeld.nl', 'portability-transfer-sent');
    expect(link && confirmation).toBeTruthy();
    await deliver(link?.id ?? '');
    await deliver(confirmation?.id ?? '');
    const toRecipient = smtp.received.find((mail) => mail.to.includes(RECIPIENT.recipientEmail));
    const token = toRecipient?.text.match(/data-transfer#([\w-]+)/)?.[1] ?? '';
    expect(token).not.toBe('');
    const toPerson = smtp.received.find((mail) => mail.to.includes('burgemeester@voorbeeld.nl'));
    expect(toPerson?.text).toContain('import@nieuwedienst.example');

    const first = await download(token);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/zip');
    const files = unzip(Buffer.from(await first.arrayBuffer()));
    expect(files.has('README.txt')).toBe(true);
    expect(files.get('account.json')).toContain('burgemeester@voorbeeld.nl');

    const again = await download(token);
    expect(again.status).toBe(410);
    expect((await readJson<{ error: { code: string } }>(again)).error.code).toBe(
      'portability_transfer_link_invalid',
    );
  });

  // @promise P11 a transfer at the person's request is recorded as a disclosure on their instruction
  it('records the transfer as a disclosure with consent, seen by the person and their admins', async () => {
    const disclosures = await readJson<{ kind: string; legalBasis: string; recipient: string }[]>(
      await requestAs(testApp, admin, 'GET', '/api/organisation/disclosures'),
    );
    expect(disclosures).toContainEqual(
      expect.objectContaining({
        kind: 'portability-transfer',
        legalBasis: 'consent',
        recipient: 'Nieuwe Dienst B.V.',
      }),
    );
    const report = await readJson<{ recipients: { name: { nl: string } }[] }>(
      await requestAs(testApp, member, 'GET', '/api/me/export'),
    );
    expect(report.recipients.map((recipient) => recipient.name.nl)).toContain('Nieuwe Dienst B.V.');
  });

  it('lets the link expire after seven days', async () => {
    expect((await transfer()).status).toBe(202);
    const token = await latestToken();
    now = new Date(now.getTime() + 7 * DAY + 1000);
    expect((await download(token)).status).toBe(410);
  });

  it('refuses an unknown link and an invalid recipient address', async () => {
    expect((await download('x'.repeat(43))).status).toBe(410);
    const invalid = await requestAs(testApp, member, 'POST', '/api/me/export/transfer', {
      recipientName: 'X',
      recipientEmail: 'geen-adres',
      password: DEMO_PASSWORD,
    });
    expect(invalid.status).toBe(400);
  });

  it('sends at most five transfers a day for one person, so Baken is no mail relay', async () => {
    const send = () =>
      requestAs(testApp, admin, 'POST', '/api/me/export/transfer', { ...RECIPIENT, password: DEMO_PASSWORD });
    for (let sent = 0; sent < 5; sent += 1) expect((await send()).status).toBe(202);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    now = new Date(now.getTime() + DAY + 1000);
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
    expect((await send()).status).toBe(202);
  });
});
