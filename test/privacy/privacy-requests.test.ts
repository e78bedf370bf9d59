import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverMail } from '../../server/channels/email/deliver-mail-job.js';
import { createSmtpTransport } from '../../server/channels/email/mail-transport.js';
import { privacyRequestIdCopies, privacyRequests } from '../../server/db/schema/privacy-requests.js';
import { users } from '../../server/db/schema/users.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { alertDueRequests } from '../../server/modules/privacy/requests/deadline-alerts.js';
import { dueDateFor } from '../../server/modules/privacy/requests/due-date.js';
import { updateControllerDetails } from '../../server/modules/privacy/statement/controller-details.js';
import { buildOrganisation } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { publicPost } from '../support/public-requests.js';
import { mailsTo } from '../support/queued-mail.js';
import { type SmtpTestServer, startSmtpTestServer } from '../support/smtp-test-server.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const DAY = 24 * 60 * 60 * 1000;

// @promise P19 the due date is one calendar month or 30 days, whichever comes first
describe('the due date of a privacy request', () => {
  it('is the end of February for a request of 31 January, not 2 March', () => {
    expect(dueDateFor(new Date('2027-01-31T10:00:00Z')).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(dueDateFor(new Date('2028-01-31T10:00:00Z')).toISOString()).toBe('2028-02-29T10:00:00.000Z');
  });

  it('is 30 days later when that comes before the calendar month', () => {
    expect(dueDateFor(new Date('2027-01-15T10:00:00Z')).toISOString()).toBe('2027-02-14T10:00:00.000Z');
    expect(dueDateFor(new Date('2027-03-31T10:00:00Z')).toISOString()).toBe('2027-04-30T10:00:00.000Z');
  });

  it('is the calendar month when February makes it shorter than 30 days', () => {
    expect(dueDateFor(new Date('2027-02-01T10:00:00Z')).toISOString()).toBe('2027-03-01T10:00:00.000Z');
  });
});

const backends = await testBackends();

describe.each(backends)('privacy requests [%s]', (kind) => {
  let testApp: TestApp;
  let smtp: SmtpTestServer;
  let now = new Date('2027-01-31T10:00:00Z');
  let officer: string;
  let member: string;
  let adminA: string;
  let adminB: string;

  const fileOwn = async (cookie: string, body: Record<string, unknown>) => {
    const response = await requestAs(testApp, cookie, 'POST', '/api/privacy/requests', {
      description: '',
      password: DEMO_PASSWORD,
      ...body,
    });
    expect(response.status).toBe(201);
    return readJson<{ id: string; dueAt: string; status: string }>(response);
  };
  const filePublic = async (email: string, right = 'erasure') => {
    expect(
      (await publicPost(testApp, '/api/privacy/requests/public', { name: 'Eva Jansen', email, right }))
        .status,
    ).toBe(202);
    const [mail] = await mailsTo(testApp, email, 'privacy-request-confirm');
    const token = mail?.textBody.match(/confirm#([\w-]+)/)?.[1] ?? '';
    expect(token).not.toBe('');
    return token;
  };

  beforeAll(async () => {
    testApp = await createTestApp(kind, {}, { clock: () => now });
    smtp = await startSmtpTestServer();
    const db = testApp.database.handle.db;
    officer = await signInToApp(testApp, 'operator@baken.local');
    member = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    adminA = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
    const other = await buildOrganisation(db, 'Ziekenhuis B');
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db
      .update(users)
      .set({ passwordHash, emailVerifiedAt: new Date() })
      .where(eq(users.id, other.admin.id));
    adminB = await signInToApp(testApp, other.admin.email);
    await updateControllerDetails(
      db,
      { userId: other.admin.id, organisationId: other.organisation.id },
      {
        controllerName: 'Baken Beheer B.V.',
        postalAddress: 'Postbus 12, 3500 AA Utrecht',
        email: 'privacy@baken.example',
        phone: '030 123 45 67',
        chamberOfCommerceNumber: '12345678',
        privacyOfficerContact: 'F. de Functionaris',
      },
      '192.0.2.9',
    );
  });
  afterAll(async () => {
    await smtp?.close();
    await testApp?.close();
  });

  // @promise P17, P18 a public request counts only once its e-mail address is confirmed
  it('counts a public request only after the e-mail address is confirmed', async () => {
    now = new Date('2027-01-31T10:00:00Z');
    const token = await filePublic('eva.jansen@voorbeeld.nl');
    const queued = await readJson<{ requesterEmail: string }[]>(
      await requestAs(testApp, officer, 'GET', '/api/privacy/request-queue'),
    );
    expect(queued.map((request) => request.requesterEmail)).not.toContain('eva.jansen@voorbeeld.nl');

    now = new Date('2027-01-31T12:00:00Z');
    const confirmed = await publicPost(testApp, '/api/privacy/requests/public/confirm', { token });
    expect(confirmed.status).toBe(200);
    expect((await readJson<{ dueAt: string }>(confirmed)).dueAt).toBe('2027-02-28T12:00:00.000Z');
    const after = await readJson<{ requesterEmail: string; right: string; receivedAt: string }[]>(
      await requestAs(testApp, officer, 'GET', '/api/privacy/request-queue'),
    );
    const found = after.find((request) => request.requesterEmail === 'eva.jansen@voorbeeld.nl');
    expect(found).toMatchObject({ right: 'erasure', receivedAt: '2027-01-31T12:00:00.000Z' });
    expect((await publicPost(testApp, '/api/privacy/requests/public/confirm', { token })).status).toBe(410);
  });

  // @promise P19 the extension notice reaches the requester before the first due date; later is refused
  it('sends the extension notice before the first due date, and refuses an extension after it', async () => {
    now = new Date('2027-03-01T09:00:00Z');
    const request = await fileOwn(member, { right: 'access', about: 'platform' });
    now = new Date('2027-03-20T09:00:00Z');
    const extended = await requestAs(testApp, officer, 'POST', `/api/privacy/requests/${request.id}/extend`, {
      reason: 'Uw gegevens staan in veel oude incidenten.',
      months: 2,
    });
    expect(extended.status).toBe(204);
    const [notice] = await mailsTo(testApp, 'burgemeester@voorbeeld.nl', 'privacy-request-extended');
    expect(notice).toBeDefined();
    await deliverMail(
      testApp.database.handle.db,
      createSmtpTransport(smtp.url, 'Baken <privacy@baken.local>'),
      notice?.id ?? '',
      { retryCount: 0 },
    );
    const received = smtp.received.find((mail) => mail.to.includes('burgemeester@voorbeeld.nl'));
    expect(received?.text).toContain('Uw gegevens staan in veel oude incidenten.');
    const detail = await readJson<{ extensionNotifiedAt: string; dueAt: string; status: string }>(
      await requestAs(testApp, member, 'GET', `/api/privacy/requests/${request.id}`),
    );
    expect(detail.status).toBe('extended');
    expect(new Date(detail.extensionNotifiedAt).getTime()).toBeLessThan(new Date(detail.dueAt).getTime());

    now = new Date('2027-03-01T09:00:00Z');
    const late = await fileOwn(member, { right: 'access', about: 'platform' });
    now = new Date(new Date(late.dueAt).getTime() + 1000);
    const refused = await requestAs(testApp, officer, 'POST', `/api/privacy/requests/${late.id}/extend`, {
      reason: 'Te laat bedacht.',
      months: 1,
    });
    expect(refused.status).toBe(409);
    expect((await readJson<{ error: { code: string } }>(refused)).error.code).toBe(
      'privacy_request_extension_too_late',
    );
    expect(await mailsTo(testApp, 'burgemeester@voorbeeld.nl', 'privacy-request-extended')).toHaveLength(1);
  });

  // @promise P18 an ID copy is unreadable at rest and gone once the identity is verified
  it('keeps an ID copy sealed at rest, shows it only to the handler, and deletes it on verification', async () => {
    now = new Date('2027-04-01T09:00:00Z');
    const token = await filePublic('karel@voorbeeld.nl', 'access');
    const { id } = await readJson<{ id: string }>(
      await publicPost(testApp, '/api/privacy/requests/public/confirm', { token }),
    );
    const asked = await requestAs(testApp, officer, 'POST', `/api/privacy/requests/${id}/ask-id-copy`, {
      reason: 'Er zijn twee mensen met deze naam bij ons bekend.',
    });
    expect(asked.status).toBe(204);
    const [askMail] = await mailsTo(testApp, 'karel@voorbeeld.nl', 'privacy-request-id-copy');
    expect(askMail?.textBody).toContain('BSN');
    expect(askMail?.textBody).toContain('pasfoto');
    const uploadToken = askMail?.textBody.match(/id-copy#([\w.-]+)/)?.[1] ?? '';

    const document = Buffer.from('PASPOORT KAREL VOORBEELD 1970 -- BSN AFGESCHERMD -- uniek-merkteken-4711');
    now = new Date('2027-04-05T09:00:00Z');
    const uploaded = await publicPost(testApp, '/api/privacy/requests/public/id-copy', {
      token: uploadToken,
      contentType: 'image/png',
      data: document.toString('base64'),
    });
    expect(uploaded.status).toBe(204);
    const stored = await testApp.database.handle.executeSql(
      'select sealed_content from privacy_request_id_copies where request_id = $1',
      [id],
    );
    const atRest = String(stored.rows[0]?.sealed_content);
    expect(atRest).not.toContain('uniek-merkteken-4711');
    expect(atRest).not.toContain(document.toString('base64'));
    expect(atRest).not.toContain(document.toString('base64url'));
    expect(atRest).not.toContain(document.toString('hex'));

    expect((await requestAs(testApp, adminA, 'GET', `/api/privacy/requests/${id}/id-copy`)).status).toBe(404);
    const shown = await requestAs(testApp, officer, 'GET', `/api/privacy/requests/${id}/id-copy`);
    expect(shown.status).toBe(200);
    expect(Buffer.from(await shown.arrayBuffer()).equals(document)).toBe(true);

    now = new Date('2027-04-06T09:00:00Z');
    expect(
      (await requestAs(testApp, officer, 'POST', `/api/privacy/requests/${id}/verify-identity`)).status,
    ).toBe(204);
    const [copy] = await testApp.database.handle.db
      .select()
      .from(privacyRequestIdCopies)
      .where(eq(privacyRequestIdCopies.requestId, id));
    expect(copy?.sealedContent).toBeNull();
    expect(copy?.deletedAt?.toISOString()).toBe('2027-04-06T09:00:00.000Z');
    expect((await requestAs(testApp, officer, 'GET', `/api/privacy/requests/${id}/id-copy`)).status).toBe(
      404,
    );
    const [request] = await testApp.database.handle.db
      .select()
      .from(privacyRequests)
      .where(eq(privacyRequests.id, id));
    expect(request?.identityMethod).toBe('id-document');
    // Five days waiting for the copy move the due date on by five days.
    expect(request?.dueAt.toISOString()).toBe(
      new Date(new Date('2027-05-01T09:00:00Z').getTime() + 5 * DAY).toISOString(),
    );
  });

  // @promise P17 a request about an organisation's data goes to its admins, and no other organisation sees it
  it('routes an organisation’s request to its admins and hides it from another organisation (404)', async () => {
    now = new Date('2027-05-01T09:00:00Z');
    const request = await fileOwn(member, { right: 'rectification', about: 'organisation' });
    const queueA = await readJson<{ id: string }[]>(
      await requestAs(testApp, adminA, 'GET', '/api/privacy/request-queue'),
    );
    expect(queueA.map((entry) => entry.id)).toContain(request.id);
    const queueB = await readJson<{ id: string }[]>(
      await requestAs(testApp, adminB, 'GET', '/api/privacy/request-queue'),
    );
    expect(queueB.map((entry) => entry.id)).not.toContain(request.id);
    expect((await requestAs(testApp, adminB, 'GET', `/api/privacy/requests/${request.id}`)).status).toBe(404);
    const answerByB = await requestAs(testApp, adminB, 'POST', `/api/privacy/requests/${request.id}/answer`, {
      outcome: 'answered',
      answer: 'Overgenomen.',
    });
    expect(answerByB.status).toBe(404);
    const queueOperator = await readJson<{ id: string }[]>(
      await requestAs(testApp, officer, 'GET', '/api/privacy/request-queue'),
    );
    expect(queueOperator.map((entry) => entry.id)).not.toContain(request.id);
    expect((await requestAs(testApp, member, 'GET', '/api/privacy/request-queue')).status).toBe(403);
  });

  // @promise P20, P21 every answer names the Autoriteit Persoonsgegevens and the controller
  it('names the Autoriteit Persoonsgegevens and the controller in every answer', async () => {
    now = new Date('2027-06-01T09:00:00Z');
    const access = await fileOwn(member, { right: 'access', about: 'platform' });
    const objection = await fileOwn(member, { right: 'objection', about: 'organisation' });
    expect(
      (
        await requestAs(testApp, officer, 'POST', `/api/privacy/requests/${access.id}/answer`, {
          outcome: 'answered',
          answer: 'Hierbij uw gegevens.',
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await requestAs(testApp, adminA, 'POST', `/api/privacy/requests/${objection.id}/answer`, {
          outcome: 'rejected',
          answer: 'Er is geen verwerking waartegen bezwaar mogelijk is.',
        })
      ).status,
    ).toBe(204);
    const answers = await mailsTo(testApp, 'burgemeester@voorbeeld.nl', 'privacy-request-answer');
    expect(answers).toHaveLength(2);
    for (const mail of answers) {
      expect(mail.textBody).toContain('Autoriteit Persoonsgegevens');
      expect(mail.textBody).toContain('Baken Beheer B.V.');
      expect(mail.textBody).toContain('privacy@baken.example');
    }
    expect(answers.find((mail) => mail.textBody.includes('Hierbij uw gegevens.'))?.textBody).toContain(
      'http://localhost/my-data',
    );
    const again = await requestAs(testApp, officer, 'POST', `/api/privacy/requests/${access.id}/answer`, {
      outcome: 'answered',
      answer: 'Nog eens.',
    });
    expect(again.status).toBe(409);
  });

  it('answers once when two handlers answer at the same moment', async () => {
    now = new Date('2027-06-02T09:00:00Z');
    const access = await fileOwn(member, { right: 'access', about: 'platform' });
    const before = (await mailsTo(testApp, 'burgemeester@voorbeeld.nl', 'privacy-request-answer')).length;
    const answers = await Promise.all(
      ['Eerste antwoord.', 'Tweede antwoord.'].map((answer) =>
        requestAs(testApp, officer, 'POST', `/api/privacy/requests/${access.id}/answer`, {
          outcome: 'answered',
          answer,
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([204, 409]);
    expect(await mailsTo(testApp, 'burgemeester@voorbeeld.nl', 'privacy-request-answer')).toHaveLength(
      before + 1,
    );
  });

  // @promise P19 the daily job alerts handlers to requests due within a week, and marks the overdue ones
  it('alerts the handlers of requests due within 7 days, and of overdue ones', async () => {
    const jobs = testApp.jobs;
    now = new Date('2027-07-01T09:00:00Z');
    await fileOwn(member, { right: 'portability', about: 'platform' });
    await fileOwn(member, { right: 'restriction', about: 'organisation' });
    const db = testApp.database.handle.db;
    const before = (await mailsTo(testApp, 'operator@baken.local', 'privacy-request-deadline')).length;
    await alertDueRequests(db, jobs, 'http://localhost', new Date('2027-07-25T09:00:00Z'));
    const soon = await mailsTo(testApp, 'operator@baken.local', 'privacy-request-deadline');
    expect(soon).toHaveLength(before + 1);
    expect(soon.at(-1)?.textBody).toMatch(/Uiterlijk 31 juli 2027: overdracht van gegevens/);
    expect(soon.at(-1)?.textBody).toContain('http://localhost/operator/privacy-requests');
    const organisation = await mailsTo(testApp, 'beheerder@voorbeeld.nl', 'privacy-request-deadline');
    expect(organisation.at(-1)?.textBody).toMatch(/beperking van de verwerking/);
    expect(organisation.at(-1)?.textBody).not.toMatch(/overdracht van gegevens/);

    await alertDueRequests(db, jobs, 'http://localhost', new Date('2027-08-02T09:00:00Z'));
    const late = await mailsTo(testApp, 'operator@baken.local', 'privacy-request-deadline');
    expect(late.at(-1)?.textBody).toMatch(/TE LAAT sinds 31 juli 2027: overdracht van gegevens/);
  });

  it('refuses a signed-in request with a wrong password, and files nothing', async () => {
    const before = await readJson<unknown[]>(
      await requestAs(testApp, member, 'GET', '/api/privacy/requests'),
    );
    const refused = await requestAs(testApp, member, 'POST', '/api/privacy/requests', {
      right: 'erasure',
      about: 'platform',
      password: 'niet-het-wachtwoord',
    });
    expect(refused.status).toBe(401);
    const after = await readJson<unknown[]>(await requestAs(testApp, member, 'GET', '/api/privacy/requests'));
    expect(after).toHaveLength(before.length);
  });
});
