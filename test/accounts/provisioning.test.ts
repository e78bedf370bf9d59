import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';

const backends = await testBackends();
const GOOD_PASSWORD = 'de dijk houdt het droog vannacht';

describe.each(backends)('accounts: sign-up, invitations, reset, import, cancellation [%s]', (kind) => {
  let testApp: TestApp;
  let admin: string;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    admin = await cookieFor('beheerder@voorbeeld.nl');
  });
  afterAll(() => testApp.close());

  const send = (method: string, path: string, body?: unknown, cookie?: string, language = 'nl') =>
    testApp.app.request(path, {
      method,
      headers: {
        'Content-Type': 'application/json',
        'Sec-Fetch-Site': 'same-origin',
        'Accept-Language': language,
        ...(cookie ? { Cookie: cookie } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  async function cookieFor(email: string, password = DEMO_PASSWORD) {
    const response = await send('POST', '/api/auth/login', { email, password });
    expect(response.status).toBe(200);
    return cookieOf(response);
  }
  /** The token of the newest link e-mailed to this address (mail goes to the outbox table in tests). */
  async function tokenMailedTo(address: string) {
    const mail = await testApp.database.handle.executeSql(
      'select text_body from mail_messages where lower(to_address) = lower($1) order by created_at desc limit 1',
      [address],
    );
    const text = String(mail.rows[0]?.text_body ?? '');
    return (
      new URL(text.match(/https?:\/\/\S+token=\S+/)?.[0] ?? 'http://x/?token=').searchParams.get('token') ??
      ''
    );
  }

  // @promise P8
  it('signs up an organisation; its admin signs in only after confirming the address', async () => {
    const body = {
      organisationName: 'Veiligheidsregio Test',
      name: 'Sanne Meijer',
      email: 'sanne@vrtest.nl',
      password: GOOD_PASSWORD,
    };
    const response = await send('POST', '/api/auth/signup', body);
    expect(response.status).toBe(202);
    const early = await send(
      'POST',
      '/api/auth/login',
      { email: body.email, password: GOOD_PASSWORD },
      undefined,
      'en',
    );
    expect(early.status).toBe(403);
    expect((await errorOf(early)).message).toContain('confirm your e-mail');
    const first = await tokenMailedTo(body.email);
    expect((await send('POST', '/api/auth/verify-email/resend', { email: body.email })).status).toBe(202);
    const token = await tokenMailedTo(body.email);
    expect(token).not.toBe(first);
    expect((await send('POST', '/api/auth/verify-email', { token: first })).status).toBe(400);
    expect((await send('POST', '/api/auth/verify-email', { token })).status).toBe(204);
    expect((await send('POST', '/api/auth/verify-email', { token })).status).toBe(400);
    const signedIn = await send('POST', '/api/auth/login', { email: body.email, password: GOOD_PASSWORD });
    const result = await readJson<{ user: { organisationName: string; role: string } }>(signedIn);
    expect(result.user).toMatchObject({ organisationName: 'Veiligheidsregio Test', role: 'admin' });
  });

  it('answers a sign-up for a taken address exactly like any other, and creates nothing', async () => {
    const before = await testApp.database.handle.executeSql('select count(*)::int as n from organisations');
    const response = await send('POST', '/api/auth/signup', {
      organisationName: 'Kaper',
      name: 'K',
      email: 'beheerder@voorbeeld.nl',
      password: GOOD_PASSWORD,
    });
    expect(response.status).toBe(202);
    const after = await testApp.database.handle.executeSql('select count(*)::int as n from organisations');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('refuses a common or short password with a clear message', async () => {
    const common = await send(
      'POST',
      '/api/auth/signup',
      { organisationName: 'Gemeente X', name: 'Y', email: 'y@x.nl', password: 'Welkom2026!!' },
      undefined,
      'en',
    );
    expect(common.status).toBe(400);
    expect((await errorOf(common)).message).toContain('commonly used');
    const short = await send('POST', '/api/auth/signup', {
      organisationName: 'Gemeente X',
      name: 'Y',
      email: 'y@x.nl',
      password: 'kort',
    });
    expect((await errorOf(short)).message).toContain('minstens 12 tekens');
  });

  // @promise P8
  it('invites a person, who chooses a password and is signed in', async () => {
    const invited = await send(
      'POST',
      '/api/users',
      { name: 'Ilse de Boer', email: 'ilse@voorbeeld.nl', role: 'member' },
      admin,
    );
    expect(invited.status).toBe(201);
    const token = await tokenMailedTo('ilse@voorbeeld.nl');
    const accepted = await send('POST', '/api/auth/accept-invitation', { token, password: GOOD_PASSWORD });
    expect(accepted.status).toBe(200);
    const me = await testApp.app.request('/api/me', { headers: { Cookie: cookieOf(accepted) } });
    expect(await readJson(me)).toMatchObject({ name: 'Ilse de Boer', role: 'member' });
    expect(
      (await send('POST', '/api/auth/accept-invitation', { token, password: GOOD_PASSWORD })).status,
    ).toBe(400);
  });

  it('shows the local outbox (no SMTP configured) to admins only, with the invitation link readable', async () => {
    const outbox = await testApp.app.request('/api/organisation/mail?limit=10', {
      headers: { Cookie: admin },
    });
    expect(outbox.status).toBe(200);
    const messages =
      await readJson<{ toAddress: string; template: string; status: string; textBody: string }[]>(outbox);
    const invitation = messages.find((message) => message.toAddress === 'ilse@voorbeeld.nl');
    expect(invitation).toMatchObject({ template: 'invitation' });
    expect(invitation?.textBody).toContain('/accept-invitation?token=');
    expect(messages.some((message) => message.toAddress === 'sanne@vrtest.nl')).toBe(false);
    // A reset link is a key to its recipient's account: the outbox never shows it whole.
    await send('POST', '/api/auth/password-reset', { email: 'notulist@voorbeeld.nl' });
    const again = await readJson<{ template: string; textBody: string }[]>(
      await testApp.app.request('/api/organisation/mail?limit=1', { headers: { Cookie: admin } }),
    );
    expect(again[0]?.template).toBe('password-reset');
    expect(again[0]?.textBody).toContain('token=…');
    expect(again[0]?.textBody).not.toMatch(/token=[A-Za-z0-9_-]{20,}/);
    const member = await cookieFor('burgemeester@voorbeeld.nl');
    expect(
      (await testApp.app.request('/api/organisation/mail', { headers: { Cookie: member } })).status,
    ).toBe(403);
  });

  it('lets only admins invite', async () => {
    const member = await cookieFor('burgemeester@voorbeeld.nl');
    const response = await send('POST', '/api/users', { name: 'Nope', email: 'nope@voorbeeld.nl' }, member);
    expect(response.status).toBe(403);
  });

  it('resets a password by e-mail with a single-use link that signs out other sessions', async () => {
    const old = await cookieFor('facilitair@voorbeeld.nl');
    expect(
      (await send('POST', '/api/auth/password-reset', { email: 'facilitair@voorbeeld.nl' })).status,
    ).toBe(202);
    expect((await send('POST', '/api/auth/password-reset', { email: 'onbekend@voorbeeld.nl' })).status).toBe(
      202,
    );
    const token = await tokenMailedTo('facilitair@voorbeeld.nl');
    expect(
      (await send('POST', '/api/auth/password-reset/confirm', { token, password: GOOD_PASSWORD })).status,
    ).toBe(204);
    expect(
      (await send('POST', '/api/auth/password-reset/confirm', { token, password: GOOD_PASSWORD })).status,
    ).toBe(400);
    expect((await testApp.app.request('/api/me', { headers: { Cookie: old } })).status).toBe(401);
    await cookieFor('facilitair@voorbeeld.nl', GOOD_PASSWORD);
  });

  it('previews a CSV with per-row errors, imports nothing on error, or only the valid rows when asked', async () => {
    const csv = [
      'naam;e-mail;telefoon;teams',
      'Karin Vos;karin@voorbeeld.nl;+31 6 1111 2222;Operationeel Team',
      'Zonder Adres;geen-adres;;',
      'Dubbel;beheerder@voorbeeld.nl;;',
      'Lars Peters;lars@voorbeeld.nl;;Onbekend Team',
      '"Vries, Mark de";mark@voorbeeld.nl;;Gemeentelijk Beleidsteam|Operationeel Team',
    ].join('\r\n');
    const preview = await readJson<{
      valid: number;
      invalid: number;
      rows: { line: number; problems: { message: string }[] }[];
    }>(await send('POST', '/api/users/import/preview', { csv }, admin));
    expect(preview).toMatchObject({ valid: 2, invalid: 3 });
    expect(preview.rows.find((row) => row.line === 3)?.problems[0]?.message).toBe(
      '"geen-adres" is geen geldig e-mailadres.',
    );
    expect(preview.rows.find((row) => row.line === 5)?.problems[0]?.message).toContain('Onbekend Team');

    const refused = await send('POST', '/api/users/import', { csv }, admin);
    expect(refused.status).toBe(422);
    const none = await testApp.database.handle.executeSql(
      "select 1 from users where email = 'karin@voorbeeld.nl'",
    );
    expect(none.rows).toEqual([]);

    const partial = await send('POST', '/api/users/import', { csv, onlyValidRows: true }, admin);
    expect(await readJson(partial)).toEqual({ imported: 2, skipped: 3 });
    const teams = await testApp.database.handle.executeSql(
      "select t.name from team_members m join teams t on t.id = m.team_id join users u on u.id = m.user_id where u.email = 'mark@voorbeeld.nl' order by 1",
    );
    expect(teams.rows.map((row) => row.name)).toEqual(['Gemeentelijk Beleidsteam', 'Operationeel Team']);
    const invitations = await testApp.database.handle.executeSql(
      "select count(*)::int as n from mail_messages where template = 'invitation' and to_address in ('karin@voorbeeld.nl', 'mark@voorbeeld.nl')",
    );
    expect(invitations.rows[0]?.n).toBe(2);
  });

  it('refuses a file over 5,000 rows with a clear 400, before looking anything up', async () => {
    const rows = Array.from({ length: 5001 }, (_, index) => `Persoon ${index};persoon${index}@voorbeeld.nl`);
    const response = await send(
      'POST',
      '/api/users/import/preview',
      { csv: ['naam;e-mail', ...rows].join('\n') },
      admin,
      'en',
    );
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields?.[0]?.message).toContain('more than 5,000 rows');
  });

  it('deactivation signs a person out at once; reactivation lets them back in', async () => {
    const member = await cookieFor('notulist@voorbeeld.nl');
    const users = await readJson<{ id: string; email: string }[]>(
      await testApp.app.request('/api/users', { headers: { Cookie: admin } }),
    );
    const daan = users.find((user) => user.email === 'notulist@voorbeeld.nl');
    expect((await send('PATCH', `/api/users/${daan?.id}`, { status: 'deactivated' }, admin)).status).toBe(
      204,
    );
    expect((await testApp.app.request('/api/me', { headers: { Cookie: member } })).status).toBe(401);
    expect(
      (await send('POST', '/api/auth/login', { email: 'notulist@voorbeeld.nl', password: DEMO_PASSWORD }))
        .status,
    ).toBe(401);
    expect((await send('PATCH', `/api/users/${daan?.id}`, { status: 'active' }, admin)).status).toBe(204);
    await cookieFor('notulist@voorbeeld.nl');
  });

  // @promise P8
  it('cancels a member: signed out, erasure scheduled after the grace period, undoable until then', async () => {
    const member = await cookieFor('burgemeester@voorbeeld.nl');
    const users = await readJson<{ id: string; email: string }[]>(
      await testApp.app.request('/api/users', { headers: { Cookie: admin } }),
    );
    const bram = users.find((user) => user.email === 'burgemeester@voorbeeld.nl');
    expect((await send('POST', `/api/users/${bram?.id}/cancel`, undefined, admin)).status).toBe(204);
    expect((await testApp.app.request('/api/me', { headers: { Cookie: member } })).status).toBe(401);
    const scheduled = await testApp.database.handle.executeSql(
      'select extract(day from due_at - requested_at)::int as days from erasure_schedule where subject_id = $1 and undone_at is null',
      [bram?.id],
    );
    expect(scheduled.rows[0]?.days).toBe(30);
    expect((await send('POST', `/api/users/${bram?.id}/restore`, undefined, admin)).status).toBe(204);
    await cookieFor('burgemeester@voorbeeld.nl');
  });

  // @promise P8
  it('a user cancels their own account with their password', async () => {
    const carla = await cookieFor('communicatie@voorbeeld.nl');
    expect((await send('POST', '/api/me/cancel', { password: 'fout wachtwoord' }, carla)).status).toBe(401);
    expect((await send('POST', '/api/me/cancel', { password: DEMO_PASSWORD }, carla)).status).toBe(204);
    expect((await testApp.app.request('/api/me', { headers: { Cookie: carla } })).status).toBe(401);
    const audit = await testApp.database.handle.executeSql(
      "select count(*)::int as n from audit_log where action = 'user.cancelled'",
    );
    expect(audit.rows[0]?.n).toBe(2);
  });

  it('changes the e-mail address only once the new mailbox confirms it', async () => {
    const eva = await cookieFor('facilitair@voorbeeld.nl', GOOD_PASSWORD);
    const wrong = await send(
      'POST',
      '/api/me/email',
      { email: 'eva.smit@voorbeeld.nl', password: 'niet mijn wachtwoord' },
      eva,
    );
    expect(wrong.status).toBe(401);
    expect(
      (await send('POST', '/api/me/email', { email: 'eva.smit@voorbeeld.nl', password: GOOD_PASSWORD }, eva))
        .status,
    ).toBe(202);
    const before = await readJson<{ email: string }>(
      await testApp.app.request('/api/me', { headers: { Cookie: eva } }),
    );
    expect(before.email).toBe('facilitair@voorbeeld.nl');
    const token = await tokenMailedTo('eva.smit@voorbeeld.nl');
    expect((await send('POST', '/api/auth/verify-email', { token })).status).toBe(204);
    const after = await readJson<{ email: string }>(
      await testApp.app.request('/api/me', { headers: { Cookie: eva } }),
    );
    expect(after.email).toBe('eva.smit@voorbeeld.nl');
    await cookieFor('eva.smit@voorbeeld.nl', GOOD_PASSWORD);
    // The change is in the profile's history; neither address is copied there.
    const history = await testApp.database.handle.executeSql(
      "select details::text as details from audit_log where action = 'user.email_changed'",
    );
    expect(history.rows.map((row) => row.details)).toEqual(['{"fields": ["email"]}']);
  });

  it('an admin cancels the organisation: everyone is signed out at once and cannot sign in', async () => {
    const other = await cookieFor('notulist@voorbeeld.nl');
    expect((await send('POST', '/api/organisation/cancel', { password: DEMO_PASSWORD }, admin)).status).toBe(
      204,
    );
    expect((await testApp.app.request('/api/me', { headers: { Cookie: other } })).status).toBe(401);
    expect(
      (await send('POST', '/api/auth/login', { email: 'notulist@voorbeeld.nl', password: DEMO_PASSWORD }))
        .status,
    ).toBe(401);
    // Another organisation's people stay signed in.
    const elsewhere = await testApp.database.handle.executeSql(
      "select count(*)::int as n from sessions s join users u on u.id = s.user_id where u.email = 'sanne@vrtest.nl' and s.ended_at is null",
    );
    expect(elsewhere.rows[0]?.n).toBeGreaterThan(0);
  });
});
