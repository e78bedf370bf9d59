import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privacyRequestIdCopies } from '../../server/db/schema/privacy-requests.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { publicPost } from '../support/public-requests.js';
import { mailsTo } from '../support/queued-mail.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const backends = await testBackends();

// @promise P17 a requester withdraws their own open request: signed in, or through the e-mailed link
describe.each(backends)('withdrawing a privacy request [%s]', (kind) => {
  let testApp: TestApp;
  const now = new Date('2027-03-01T10:00:00Z');
  let officer: string;
  let member: string;
  let admin: string;

  const detail = async (cookie: string, id: string) =>
    readJson<{ status: string; events: { kind: string }[] }>(
      await requestAs(testApp, cookie, 'GET', `/api/privacy/requests/${id}`),
    );

  beforeAll(async () => {
    testApp = await createTestApp(kind, {}, { clock: () => now });
    officer = await signInToApp(testApp, 'operator@baken.local');
    member = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('lets the signed-in requester withdraw, once, and shows the handler why it closed', async () => {
    const filed = await requestAs(testApp, member, 'POST', '/api/privacy/requests', {
      right: 'erasure',
      about: 'organisation',
      description: 'Graag alles wissen.',
      password: DEMO_PASSWORD,
    });
    const { id } = await readJson<{ id: string }>(filed);
    // Not someone else's: the admin who handles it cannot withdraw it for the requester.
    expect((await requestAs(testApp, admin, 'POST', `/api/privacy/requests/${id}/withdraw`)).status).toBe(
      404,
    );
    expect((await requestAs(testApp, member, 'POST', `/api/privacy/requests/${id}/withdraw`)).status).toBe(
      204,
    );
    const seen = await detail(admin, id);
    expect(seen.status).toBe('withdrawn');
    expect(seen.events.map((event) => event.kind)).toContain('withdrawn');
    const again = await requestAs(testApp, member, 'POST', `/api/privacy/requests/${id}/withdraw`);
    expect(again.status).toBe(409);
    expect((await readJson<{ error: { code: string } }>(again)).error.code).toBe(
      'privacy_request_not_withdrawable',
    );
  });

  it('withdraws a public request through the link in its acknowledgement, deleting the ID copy at once', async () => {
    const email = 'eva.jansen@voorbeeld.example';
    expect(
      (
        await publicPost(testApp, '/api/privacy/requests/public', {
          name: 'Eva Jansen',
          email,
          right: 'access',
        })
      ).status,
    ).toBe(202);
    const [confirm] = await mailsTo(testApp, email, 'privacy-request-confirm');
    const confirmToken = confirm?.textBody.match(/confirm#([\w-]+)/)?.[1] ?? '';
    const confirmed = await publicPost(testApp, '/api/privacy/requests/public/confirm', {
      token: confirmToken,
    });
    const { id } = await readJson<{ id: string }>(confirmed);
    const [received] = await mailsTo(testApp, email, 'privacy-request-received');
    const withdrawToken = received?.textBody.match(/withdraw#([\w.-]+)/)?.[1] ?? '';
    expect(withdrawToken).not.toBe('');

    // The handler asked for an ID copy and the requester sent one.
    expect(
      (
        await requestAs(testApp, officer, 'POST', `/api/privacy/requests/${id}/ask-id-copy`, {
          reason: 'Het adres is niet bekend bij ons.',
        })
      ).status,
    ).toBe(204);
    const [askMail] = await mailsTo(testApp, email, 'privacy-request-id-copy');
    const uploadToken = askMail?.textBody.match(/id-copy#([\w.-]+)/)?.[1] ?? '';
    const uploaded = await publicPost(testApp, '/api/privacy/requests/public/id-copy', {
      token: uploadToken,
      contentType: 'image/png',
      data: Buffer.from('een gemaskeerde kopie').toString('base64'),
    });
    expect(uploaded.status).toBe(204);

    const forged = `${id}.${'x'.repeat(43)}`;
    expect(
      (await publicPost(testApp, '/api/privacy/requests/public/withdraw', { token: forged })).status,
    ).toBe(410);
    expect(
      (await publicPost(testApp, '/api/privacy/requests/public/withdraw', { token: withdrawToken })).status,
    ).toBe(204);
    const copies = await testApp.database.handle.db
      .select()
      .from(privacyRequestIdCopies)
      .where(eq(privacyRequestIdCopies.requestId, id));
    expect(copies.every((copy) => copy.sealedContent === null && copy.deletedAt !== null)).toBe(true);
    expect((await detail(officer, id)).status).toBe('withdrawn');
  });
});
