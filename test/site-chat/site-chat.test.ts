import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteChatConversations, siteChatMessages } from '../../server/db/schema/site-chat.js';
import { hashPassword } from '../../server/modules/accounts/passwords.js';
import { runRetention } from '../../server/modules/privacy/retention/run-retention.js';
import { buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { DEMO_PASSWORD } from '../support/test-server.js';
import {
  buildStaff,
  type InboxItem,
  type StaffConversation,
  sha256,
  startChat,
  userByEmail,
  type VisitorConversation,
  visitorCall,
} from './site-chat-fixtures.js';

const backends = await testBackends();
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(backends)('the website chat [%s]', (kind) => {
  let testApp: TestApp;
  let now = new Date();
  let support: string;
  let customerAdmin: string;
  let ipCounter = 10;
  // Each test speaks from its own address, so the rate limit of one does not reach another.
  const nextIp = () => `198.51.100.${++ipCounter}`;

  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' }, { clock: () => now });
    await buildStaff(testApp, 'support', 'support@baken.local');
    support = await signInToApp(testApp, 'support@baken.local', '192.0.2.50');
    customerAdmin = await signInToApp(testApp, 'beheerder@voorbeeld.nl', '192.0.2.51');
  });
  afterAll(() => testApp?.close());

  const db = () => testApp.database.handle.db;
  const idOf = async (token: string) => {
    const [row] = await db()
      .select({ id: siteChatConversations.id })
      .from(siteChatConversations)
      .where(eq(siteChatConversations.tokenHash, sha256(token)));
    if (!row) throw new Error('no conversation for this token');
    return row.id;
  };
  const staff = async (method: string, path: string, body?: unknown) => {
    const response = await requestAs(testApp, support, method, path, body);
    if (response.status !== 200)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  // The retention run also ends sessions idle for longer than the moved clock: sign in again after it.
  const retentionAt = async (moment: Date) => {
    const report = await runRetention(testApp.database.handle, moment);
    support = await signInToApp(testApp, 'support@baken.local', '192.0.2.50');
    customerAdmin = await signInToApp(testApp, 'beheerder@voorbeeld.nl', '192.0.2.51');
    return report;
  };
  const readBack = async (token: string) =>
    readJson<VisitorConversation>(
      await visitorCall(testApp, 'GET', '/api/site-chat/conversation', { token }),
    );

  // @promise P9 a visitor's question, the staff's answer, contact details on request and the visitor's confirmation
  it('runs a conversation from question to the visitor’s confirmation, live on both sides', async () => {
    const ip = nextIp();
    const { token, conversation } = await startChat(testApp, 'Kan Baken ook alarmeren via sms?', ip);
    expect(conversation.status).toBe('open');
    expect(conversation.messages.map((message) => message.body)).toEqual([
      'Kan Baken ook alarmeren via sms?',
    ]);
    // The database keeps the token's hash, never the token.
    const [stored] = await db()
      .select()
      .from(siteChatConversations)
      .where(eq(siteChatConversations.tokenHash, sha256(token)));
    expect(stored?.tokenHash).not.toBe(token);
    const id = await idOf(token);

    now = new Date(now.getTime() + 5 * 60 * 1000);
    const inbox = await readJson<InboxItem[]>(await staff('GET', '/api/operator/site-chat'));
    const item = inbox.find((entry) => entry.id === id);
    expect(item).toMatchObject({ status: 'open', waitingSeconds: 300 });
    expect(item?.lastMessage?.preview).toBe('Kan Baken ook alarmeren via sms?');

    // The visitor's widget waits for news; the staff's answer ends the wait.
    const waiting = visitorCall(testApp, 'GET', `/api/site-chat/conversation?after=${conversation.version}`, {
      token,
    });
    await staff('POST', `/api/operator/site-chat/${id}/messages`, { message: 'Ja, via een sms-gateway.' });
    const woken = await readJson<VisitorConversation>(await waiting);
    expect(woken.messages.map((message) => [message.author, message.body])).toEqual([
      ['visitor', 'Kan Baken ook alarmeren via sms?'],
      ['staff', 'Ja, via een sms-gateway.'],
    ]);

    await staff('POST', `/api/operator/site-chat/${id}/contact-request`, {
      fields: ['name', 'email'],
      reason: 'Dan sturen we u de handleiding.',
    });
    const asked = await readBack(token);
    expect(asked.contactRequest).toEqual({
      fields: ['name', 'email'],
      reason: 'Dan sturen we u de handleiding.',
    });
    const given = await visitorCall(testApp, 'POST', '/api/site-chat/conversation/contact-details', {
      token,
      body: { email: 'eva@voorbeeld.nl', company: 'Niet gevraagd B.V.' },
    });
    expect(given.status).toBe(200);
    const seen = await readJson<StaffConversation>(await staff('GET', `/api/operator/site-chat/${id}`));
    // Only what was asked is kept; the name was left empty, which is the visitor's choice.
    expect(seen.contactDetails).toEqual({ name: null, email: 'eva@voorbeeld.nl', company: null });

    await staff('POST', `/api/operator/site-chat/${id}/mark-answered`);
    expect((await readBack(token)).satisfactionAsked).toBe(true);
    now = new Date(now.getTime() + 60 * 1000);
    const confirmed = await visitorCall(testApp, 'POST', '/api/site-chat/conversation/satisfaction', {
      token,
      body: { satisfied: true },
    });
    const resolved = await readJson<VisitorConversation>(confirmed);
    expect(resolved.status).toBe('resolved');
    expect(resolved.deletedAfter).toBe(now.toISOString());
    const closed = await visitorCall(testApp, 'POST', '/api/site-chat/conversation/messages', {
      token,
      body: { message: 'Nog iets' },
    });
    expect(closed.status).toBe(409);

    // The next nightly run deletes it all, and says how many, not what.
    const report = await retentionAt(new Date(now.getTime() + 60 * 1000));
    expect(report.purged.site_chat_conversations).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(report)).not.toContain('eva@voorbeeld.nl');
    expect(await db().select().from(siteChatMessages).where(eq(siteChatMessages.conversationId, id))).toEqual(
      [],
    );
    expect((await visitorCall(testApp, 'GET', '/api/site-chat/conversation', { token })).status).toBe(404);
    expect((await requestAs(testApp, support, 'GET', `/api/operator/site-chat/${id}`)).status).toBe(404);
  });

  // @promise P9 one visitor cannot read another's conversation; only staff see the inbox
  it('opens a conversation with its own token only, and the inbox to the operator’s staff only', async () => {
    const first = await startChat(testApp, 'Vraag van bezoeker A', nextIp());
    const second = await startChat(testApp, 'Vraag van bezoeker B', nextIp());
    const readA = await readBack(first.token);
    expect(readA.messages.map((message) => message.body)).toEqual(['Vraag van bezoeker A']);
    const readB = await readBack(second.token);
    expect(readB.messages.map((message) => message.body)).toEqual(['Vraag van bezoeker B']);
    const guessed = await visitorCall(testApp, 'GET', '/api/site-chat/conversation', {
      token: `${first.token.slice(0, -2)}xx`,
    });
    expect(guessed.status).toBe(404);
    expect((await errorOf(guessed)).message).toContain('bestaat niet');
    expect((await visitorCall(testApp, 'GET', '/api/site-chat/conversation')).status).toBe(400);
    // The conversation id alone opens nothing for a visitor: there is no route that takes one.
    const id = await idOf(first.token);
    expect((await visitorCall(testApp, 'GET', `/api/operator/site-chat/${id}`)).status).toBe(401);
    expect((await requestAs(testApp, customerAdmin, 'GET', '/api/operator/site-chat')).status).toBe(403);
    expect((await requestAs(testApp, customerAdmin, 'GET', `/api/operator/site-chat/${id}`)).status).toBe(
      403,
    );
    const reply = await requestAs(testApp, customerAdmin, 'POST', `/api/operator/site-chat/${id}/messages`, {
      message: 'Ik ben geen medewerker',
    });
    expect(reply.status).toBe(403);
    const operatorAdmin = await signInToApp(testApp, 'operator@baken.local', '192.0.2.52');
    expect((await requestAs(testApp, operatorAdmin, 'GET', '/api/operator/site-chat')).status).toBe(200);
    // Nor does the inbox's live topic open to anyone but the staff who answer it.
    expect((await requestAs(testApp, customerAdmin, 'GET', '/api/events?topics=site-chat')).status).toBe(404);
    const colleague = await buildUser(
      testApp.database.handle.db,
      (await userByEmail(testApp, 'support@baken.local')).organisationId,
      {
        email: 'collega-zonder-chat@baken.local',
        passwordHash: await hashPassword(DEMO_PASSWORD),
        emailVerifiedAt: new Date(),
      },
    );
    const notStaff = await signInToApp(testApp, colleague.email, '192.0.2.53');
    expect((await requestAs(testApp, notStaff, 'GET', '/api/events?topics=site-chat')).status).toBe(404);
    const stream = await requestAs(testApp, support, 'GET', '/api/events?topics=site-chat');
    expect(stream.status).toBe(200);
    await stream.body?.cancel();
  });

  it('cuts off a visitor who reads in a loop, with a 429 that says when to come back', async () => {
    const ip = nextIp();
    const { token } = await startChat(testApp, 'Lees ik te vaak?', ip);
    let last = 200;
    for (let read = 0; read < 121 && last === 200; read += 1)
      last = (await visitorCall(testApp, 'GET', '/api/site-chat/conversation', { token, ip })).status;
    const refused = await visitorCall(testApp, 'GET', '/api/site-chat/conversation', { token, ip });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Someone else, elsewhere, reads on.
    expect(
      (await visitorCall(testApp, 'GET', '/api/site-chat/conversation', { token, ip: nextIp() })).status,
    ).toBe(200);
  });

  it('lists waiting conversations first, longest waiting on top, and records who opened one', async () => {
    const older = await startChat(testApp, 'Ik wacht het langst', nextIp());
    now = new Date(now.getTime() + 60 * 1000);
    const newer = await startChat(testApp, 'Ik wacht korter', nextIp());
    const answered = await startChat(testApp, 'Al beantwoord', nextIp());
    const answeredId = await idOf(answered.token);
    await staff('POST', `/api/operator/site-chat/${answeredId}/messages`, { message: 'Antwoord' });
    const inbox = await readJson<InboxItem[]>(await staff('GET', '/api/operator/site-chat'));
    const order = inbox.map((entry) => entry.id);
    const [olderId, newerId] = [await idOf(older.token), await idOf(newer.token)];
    expect(order.indexOf(olderId)).toBeLessThan(order.indexOf(newerId));
    expect(order.indexOf(newerId)).toBeLessThan(order.indexOf(answeredId));
    expect(inbox.find((entry) => entry.id === answeredId)?.waitingSeconds).toBeNull();

    await staff('GET', `/api/operator/site-chat/${olderId}`);
    await staff('GET', `/api/operator/site-chat/${olderId}`);
    const { rows } = await testApp.database.handle.executeSql(
      `select action, details from audit_log where target_id = $1 order by created_at`,
      [answeredId],
    );
    expect(rows.map((row) => row.action)).toEqual(['site_chat.replied']);
    const viewed = await testApp.database.handle.executeSql(
      `select count(*)::int as count from audit_log where target_id = $1 and action = 'site_chat.viewed'`,
      [olderId],
    );
    expect(viewed.rows[0]?.count).toBe(1);
  });

  it('opens the conversation again when the visitor says the question is not answered', async () => {
    const { token } = await startChat(testApp, 'Werkt Baken offline?', nextIp());
    const id = await idOf(token);
    await staff('POST', `/api/operator/site-chat/${id}/messages`, { message: 'Ja.' });
    await staff('POST', `/api/operator/site-chat/${id}/mark-answered`);
    const no = await visitorCall(testApp, 'POST', '/api/site-chat/conversation/satisfaction', {
      token,
      body: { satisfied: false },
    });
    const reopened = await readJson<VisitorConversation>(no);
    expect(reopened).toMatchObject({ status: 'open', satisfactionAsked: false });
    const seen = await readJson<StaffConversation>(await staff('GET', `/api/operator/site-chat/${id}`));
    expect(seen).toMatchObject({ status: 'open', satisfied: false });
    expect(seen.waitingSince).not.toBeNull();
    // Asked again, and this time the visitor writes instead of answering: still not answered.
    await staff('POST', `/api/operator/site-chat/${id}/mark-answered`);
    await visitorCall(testApp, 'POST', '/api/site-chat/conversation/messages', {
      token,
      body: { message: 'Ook de plannen?' },
    });
    expect((await readBack(token)).status).toBe('open');
    const again = await visitorCall(testApp, 'POST', '/api/site-chat/conversation/satisfaction', {
      token,
      body: { satisfied: true },
    });
    expect(again.status).toBe(409);
  });

  it('lets the visitor decline the contact request, and end and delete the conversation at once', async () => {
    const { token } = await startChat(testApp, 'Ik wil liever anoniem blijven', nextIp());
    const id = await idOf(token);
    await staff('POST', `/api/operator/site-chat/${id}/contact-request`, {
      fields: ['name', 'email', 'company'],
      reason: 'Om u terug te bellen.',
    });
    const declined = await visitorCall(testApp, 'POST', '/api/site-chat/conversation/contact-details', {
      token,
      body: {},
    });
    expect((await readJson<VisitorConversation>(declined)).contactRequest).toBeNull();
    const seen = await readJson<StaffConversation>(await staff('GET', `/api/operator/site-chat/${id}`));
    expect(seen.contactDetails).toEqual({ name: null, email: null, company: null });

    // @promise P9 the visitor ends and deletes the conversation themselves, at once
    const ended = await visitorCall(testApp, 'DELETE', '/api/site-chat/conversation', { token });
    expect(ended.status).toBe(204);
    expect(await db().select().from(siteChatConversations).where(eq(siteChatConversations.id, id))).toEqual(
      [],
    );
    expect(await db().select().from(siteChatMessages).where(eq(siteChatMessages.conversationId, id))).toEqual(
      [],
    );
    expect((await visitorCall(testApp, 'GET', '/api/site-chat/conversation', { token })).status).toBe(404);
  });

  // @promise P9 a conversation is purged when the visitor does not answer in time, and after its maximum age
  it('purges a conversation the visitor did not confirm within 7 days, and any conversation after 30 days', async () => {
    const start = new Date(now.getTime() + DAY_MS);
    now = start;
    const unanswered = await startChat(testApp, 'Wat kost Baken?', nextIp());
    const unansweredId = await idOf(unanswered.token);
    await staff('POST', `/api/operator/site-chat/${unansweredId}/messages`, { message: 'Dat hangt af van…' });
    await staff('POST', `/api/operator/site-chat/${unansweredId}/mark-answered`);
    const forgotten = await startChat(testApp, 'Hallo?', nextIp());
    const forgottenId = await idOf(forgotten.token);
    const exists = async (id: string) =>
      (
        await db()
          .select({ id: siteChatConversations.id })
          .from(siteChatConversations)
          .where(eq(siteChatConversations.id, id))
      ).length === 1;

    await retentionAt(new Date(start.getTime() + 6 * DAY_MS));
    expect([await exists(unansweredId), await exists(forgottenId)]).toEqual([true, true]);
    await retentionAt(new Date(start.getTime() + 7 * DAY_MS + 60 * 1000));
    expect([await exists(unansweredId), await exists(forgottenId)]).toEqual([false, true]);
    await retentionAt(new Date(start.getTime() + 29 * DAY_MS));
    expect(await exists(forgottenId)).toBe(true);
    const report = await retentionAt(new Date(start.getTime() + 30 * DAY_MS + 60 * 1000));
    expect(await exists(forgottenId)).toBe(false);
    expect(report.purged.site_chat_conversations).toBeGreaterThanOrEqual(1);
    now = new Date(start.getTime() + 31 * DAY_MS);
  });

  it('refuses bad input and too many conversations from one address, in Dutch and English', async () => {
    const ip = nextIp();
    const tooLong = await visitorCall(testApp, 'POST', '/api/site-chat/conversations', {
      body: { message: 'x'.repeat(2001) },
      ip,
    });
    expect(tooLong.status).toBe(400);
    const empty = await visitorCall(testApp, 'POST', '/api/site-chat/conversations', {
      body: { message: '   ' },
      ip,
    });
    expect(empty.status).toBe(400);
    const { token } = await startChat(testApp, 'Eén', ip);
    const badEmail = await visitorCall(testApp, 'POST', '/api/site-chat/conversation/contact-details', {
      token,
      body: { email: 'geen-adres' },
    });
    expect(badEmail.status).toBe(400);
    for (let started = 1; started < 5; started++) await startChat(testApp, `Vraag ${started}`, ip);
    const refused = await visitorCall(testApp, 'POST', '/api/site-chat/conversations', {
      body: { message: 'Zes' },
      ip,
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const dutch = (await errorOf(refused)).message;
    const english = await visitorCall(testApp, 'POST', '/api/site-chat/conversations', {
      body: { message: 'Seven' },
      ip,
      language: 'en',
    });
    expect(english.status).toBe(429);
    expect((await errorOf(english)).message).not.toBe(dutch);
  });
});
