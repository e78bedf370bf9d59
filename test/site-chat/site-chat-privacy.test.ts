import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { privacyRequests } from '../../server/db/schema/privacy-requests.js';
import { siteChatConversations } from '../../server/db/schema/site-chat.js';
import { collectAccessReport } from '../../server/modules/privacy/access/collect-access-report.js';
import { DATA_MAP } from '../../server/modules/privacy/data-map.js';
import { erasePerson } from '../../server/modules/privacy/erasure/erase-person.js';
import { describeRetention } from '../../server/modules/privacy/statement/describe-retention.js';
import { buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { buildStaff, sha256, startChat, userByEmail, visitorCall } from './site-chat-fixtures.js';

const backends = await testBackends();

// @promise P9 the chat's columns are in the data map: purpose, basis, retention until satisfied, export and erasure
describe('the website chat in the data map', () => {
  const entries = DATA_MAP.filter((entry) => entry.table.startsWith('site_chat_'));

  it('lists the visitor’s details and words with their purpose, and the retention the statement promises', () => {
    expect(entries.map((entry) => `${entry.table}.${entry.column}`).sort()).toEqual(
      [
        'site_chat_conversations.contact_company',
        'site_chat_conversations.contact_email',
        'site_chat_conversations.contact_name',
        'site_chat_conversations.contact_request',
        'site_chat_conversations.token_hash',
        'site_chat_messages.author',
        'site_chat_messages.body',
        'site_chat_messages.staff_user_id',
      ].sort(),
    );
    expect(new Set(entries.map((entry) => entry.purpose))).toEqual(new Set(['visitor-questions']));
    const conversation = entries.find((entry) => entry.column === 'contact_email');
    expect(conversation?.retention).toEqual({
      kind: 'until-satisfied',
      purgeAfter: 'purge_after',
      confirmDays: 7,
      maxDays: 30,
    });
    expect(describeRetention(conversation?.retention ?? { kind: 'while-account' }, 30).nl).toContain(
      'tevreden',
    );
    expect(entries.find((entry) => entry.column === 'token_hash')?.export.kind).toBe('described');
  });
});

describe.each(backends)('the website chat in access reports and erasure [%s]', (kind) => {
  let testApp: TestApp;
  let support: string;
  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
    await buildStaff(testApp, 'privacy_officer', 'privacy@baken.local');
    support = await signInToApp(testApp, 'privacy@baken.local', '192.0.2.60');
  });
  afterAll(() => testApp?.close());

  /** A visitor's conversation in which they gave this address when asked. */
  async function chatWithAddress(email: string, question: string, ip: string) {
    const { token } = await startChat(testApp, question, ip);
    const [row] = await testApp.database.handle.db
      .select({ id: siteChatConversations.id })
      .from(siteChatConversations)
      .where(eq(siteChatConversations.tokenHash, sha256(token)));
    const id = row?.id ?? '';
    const asked = await requestAs(testApp, support, 'POST', `/api/operator/site-chat/${id}/contact-request`, {
      fields: ['email'],
      reason: 'Voor een antwoord per e-mail.',
    });
    expect(asked.status).toBe(200);
    const given = await visitorCall(testApp, 'POST', '/api/site-chat/conversation/contact-details', {
      token,
      body: { email },
    });
    expect(given.status).toBe(200);
    return id;
  }

  // @promise P9, P17 access and erasure find a visitor's conversations by the e-mail address they gave
  it('finds the conversations by the address given in them, in the report and in the erasure', async () => {
    const admin = await userByEmail(testApp, 'beheerder@voorbeeld.nl');
    const person = await buildUser(testApp.database.handle.db, admin.organisationId, {
      email: 'Joost.Visser@voorbeeld.nl',
      name: 'Joost Visser',
    });
    const own = await chatWithAddress(
      'joost.visser@voorbeeld.nl',
      'Hoe werkt de piketplanning?',
      '198.51.100.61',
    );
    const other = await chatWithAddress(
      'iemand.anders@voorbeeld.nl',
      'Een vraag van iemand anders',
      '198.51.100.62',
    );

    const report = await collectAccessReport(
      testApp.database.handle.db,
      { organisationId: person.organisationId, userId: person.id },
      { processors: [], graceDays: 30, rowLimit: 50, includeFiles: false, now: new Date() },
    );
    const section = report.sections.find((candidate) => candidate.heading === 'site-chat');
    const conversations = section?.tables.find((table) => table.table === 'site_chat_conversations');
    expect(conversations?.rows.map((row) => row.values.contact_email)).toEqual(['joost.visser@voorbeeld.nl']);
    const messages = section?.tables.find((table) => table.table === 'site_chat_messages');
    expect(messages?.rows.map((row) => row.values.body)).toEqual(['Hoe werkt de piketplanning?']);
    expect(JSON.stringify(report)).not.toContain('iemand anders');
    const retention = conversations?.fields.find((field) => field.column === 'contact_email')?.retention;
    expect(retention?.en).toContain('satisfied');

    const result = await erasePerson(testApp.database.handle.db, person.organisationId, person.id, {
      reason: 'erasure_request',
      requestedBy: null,
    });
    expect(result.changed).toContainEqual(
      expect.objectContaining({ table: 'site_chat_conversations', action: 'deleted', rows: 1 }),
    );
    expect(result.complete).toBe(true);
    const left = await testApp.database.handle.db
      .select({ id: siteChatConversations.id })
      .from(siteChatConversations);
    expect(left.map((row) => row.id)).not.toContain(own);
    expect(left.map((row) => row.id)).toContain(other);
  });

  // @promise P9, P17 a visitor without an account: their privacy request by e-mail address reaches their conversations
  it('shows the handler of a visitor’s privacy request the conversations with that address, and erases them', async () => {
    const id = await chatWithAddress(
      'Bezoeker.Zonder.Account@voorbeeld.nl',
      'Mijn vraag zonder account',
      '198.51.100.63',
    );
    const requestId = uuidv7();
    await testApp.database.handle.db.insert(privacyRequests).values({
      id: requestId,
      right: 'erasure',
      organisationId: null,
      requesterName: 'Bezoeker zonder account',
      requesterEmail: 'bezoeker.zonder.account@voorbeeld.nl',
      language: 'nl',
      status: 'open',
      receivedAt: new Date(),
      dueAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
      identityMethod: 'email-code',
      identityVerifiedAt: new Date(),
    });
    const seen = await requestAs(testApp, support, 'GET', `/api/privacy/requests/${requestId}/site-chat`);
    expect(seen.status).toBe(200);
    const conversations = await readJson<{ id: string; messages: { body: string }[] }[]>(seen);
    expect(conversations.map((conversation) => conversation.id)).toEqual([id]);
    expect(conversations[0]?.messages.map((message) => message.body)).toEqual(['Mijn vraag zonder account']);
    // A customer organisation's admin handles their own organisation's requests, not the platform's.
    const customerAdmin = await signInToApp(testApp, 'beheerder@voorbeeld.nl', '192.0.2.61');
    expect(
      (await requestAs(testApp, customerAdmin, 'GET', `/api/privacy/requests/${requestId}/site-chat`)).status,
    ).toBe(404);
    expect(
      (await requestAs(testApp, customerAdmin, 'POST', `/api/privacy/requests/${requestId}/site-chat/erase`))
        .status,
    ).toBe(404);

    // Only an erasure request whose identity is known erases: an access request about it does not.
    const accessRequestId = uuidv7();
    await testApp.database.handle.db.insert(privacyRequests).values({
      id: accessRequestId,
      right: 'access',
      organisationId: null,
      requesterName: 'Bezoeker zonder account',
      requesterEmail: 'bezoeker.zonder.account@voorbeeld.nl',
      language: 'nl',
      status: 'open',
      receivedAt: new Date(),
      dueAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
      identityMethod: 'email-code',
      identityVerifiedAt: new Date(),
    });
    const wrongRight = await requestAs(
      testApp,
      support,
      'POST',
      `/api/privacy/requests/${accessRequestId}/site-chat/erase`,
    );
    expect(wrongRight.status).toBe(409);
    expect((await readJson<{ error: { code: string } }>(wrongRight)).error.code).toBe(
      'site_chat_erase_not_due',
    );

    const erased = await requestAs(
      testApp,
      support,
      'POST',
      `/api/privacy/requests/${requestId}/site-chat/erase`,
    );
    expect(await readJson(erased)).toEqual({ deleted: 1 });
    const left = await testApp.database.handle.db
      .select({ id: siteChatConversations.id })
      .from(siteChatConversations)
      .where(eq(siteChatConversations.id, id));
    expect(left).toEqual([]);
    const audit = await testApp.database.handle.executeSql(
      `select details from audit_log where action = 'site_chat.erased' and target_id = $1`,
      [requestId],
    );
    expect(audit.rows.map((row) => row.details)).toEqual([{ conversations: 1 }]);
  });
});
