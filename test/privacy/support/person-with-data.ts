import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { uuidv7 } from '../../../server/db/ids.js';
import { pushSubscriptions } from '../../../server/db/schema/push-subscriptions.js';
import { onCallRosters, onCallSwaps } from '../../../server/db/schema/rosters.js';
import { recoveryCodes, totpFactors } from '../../../server/db/schema/second-factors.js';
import { siteChatConversations, siteChatMessages } from '../../../server/db/schema/site-chat.js';
import { users } from '../../../server/db/schema/users.js';
import { hashPassword } from '../../../server/modules/accounts/passwords.js';
import { projectUsageEvents } from '../../../server/modules/statistics/project-usage-events.js';
import { buildIncidentRoom } from '../../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../../factories/organisation.js';
import { requestAs, signInToApp } from '../../support/app-requests.js';
import { readJson } from '../../support/json.js';
import type { TestApp } from '../../support/test-app.js';

export const DEMO_ADMIN = 'beheerder@voorbeeld.nl';
export const PERSON_PASSWORD = 'een-lang-wachtwoord-voor-femke';
export const PERSON_PHONE = '+31 6 4471 2093';

/**
 * Femke, a person of the demo organisation with data in every module (profile, sign-ins, second
 * factor, devices, an incident room with her logbook entries, a roster and swap, an alert she
 * answered, an e-mail change waiting), and a stranger of the same name in another organisation.
 */
export async function buildPersonWithData(testApp: TestApp) {
  const db = testApp.database.handle.db;
  const [admin] = await db.select().from(users).where(eq(users.email, DEMO_ADMIN));
  if (!admin) throw new Error('no demo admin');
  const organisationId = admin.organisationId;
  const person = await buildUser(db, organisationId, {
    name: 'Femke Zonderland-Testpersoon',
    email: `femke-${uuidv7().slice(-8)}@voorbeeld.nl`,
    passwordHash: await hashPassword(PERSON_PASSWORD),
    emailVerifiedAt: new Date(),
  });
  const cookie = await signInToApp(testApp, person.email, '198.51.100.23', PERSON_PASSWORD);
  const adminCookie = await signInToApp(testApp, DEMO_ADMIN);
  // Everything a person leaves in Baken, module by module.
  const profile = await requestAs(testApp, cookie, 'PATCH', '/api/me', {
    phone: PERSON_PHONE,
    jobTitle: 'Coördinator bevolkingszorg',
  });
  expect(profile.status).toBe(200);
  const failed = await testApp.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.23' },
    body: JSON.stringify({ email: person.email, password: 'niet-het-goede-wachtwoord' }),
  });
  expect(failed.status).toBe(401);
  await db.insert(totpFactors).values({
    userId: person.id,
    organisationId,
    encryptedSecret: 'versleuteld-geheim',
    confirmedAt: new Date(),
  });
  await db
    .insert(recoveryCodes)
    .values({ id: uuidv7(), userId: person.id, organisationId, codeHash: 'hash-van-code' });
  await db.insert(pushSubscriptions).values({
    id: uuidv7(),
    organisationId,
    userId: person.id,
    endpoint: 'https://push.example/abc',
    p256dh: 'sleutel',
    auth: 'geheim',
    deviceLabel: 'Firefox op Android',
  });
  const room = await buildIncidentRoom(db, organisationId, person.id);
  for (const words of ['Eerste melding', 'Tweede melding']) {
    const added = await requestAs(testApp, cookie, 'POST', `/api/incidents/${room.incidentId}/logbook`, {
      text: `${words} van Femke`,
    });
    expect(added.status).toBe(201);
  }
  const rosterId = uuidv7();
  await db.insert(onCallRosters).values({
    id: rosterId,
    organisationId,
    roleId: room.roleId,
    name: 'Piket bevolkingszorg',
    timeZone: 'Europe/Amsterdam',
    rotationStart: new Date('2026-01-05T07:00:00Z'),
    shiftHours: 168,
    memberIds: [person.id, admin.id],
  });
  await db.insert(onCallSwaps).values({
    id: uuidv7(),
    organisationId,
    rosterId,
    startsAt: new Date('2026-12-24T07:00:00Z'),
    endsAt: new Date('2026-12-27T07:00:00Z'),
    userId: admin.id,
    reason: 'Femke met vakantie',
    createdBy: person.id,
  });
  const sent = await requestAs(testApp, adminCookie, 'POST', '/api/alerts', {
    title: 'Oefening bevolkingszorg',
    targets: { userIds: [person.id] },
  });
  expect(sent.status).toBe(201);
  const alert = await readJson<{ id: string }>(sent);
  const answered = await requestAs(testApp, cookie, 'POST', `/api/alerts/${alert.id}/response`, {
    response: 'coming',
    etaMinutes: 15,
  });
  expect(answered.status).toBeLessThan(300);
  // Her logbook entries and her answer become usage facts (P10).
  expect((await projectUsageEvents(db)).recorded).toBeGreaterThan(0);
  const emailChange = await requestAs(testApp, cookie, 'POST', '/api/me/email', {
    email: `femke-nieuw-${uuidv7().slice(-8)}@voorbeeld.nl`,
    password: PERSON_PASSWORD,
  });
  expect(emailChange.status).toBe(202);
  // On the website she asked a question in the chat, and gave her name and address when asked (P9).
  const chatId = uuidv7();
  const chatAt = new Date();
  await db.insert(siteChatConversations).values({
    id: chatId,
    tokenHash: uuidv7(),
    language: 'nl',
    contactRequest: {
      fields: ['name', 'email'],
      reason: 'Om de handleiding te sturen',
      askedAt: chatAt.toISOString(),
    },
    contactAnsweredAt: chatAt,
    contactName: person.name,
    contactEmail: person.email,
    purgeAfter: new Date(chatAt.getTime() + 30 * 24 * 60 * 60 * 1000),
    createdAt: chatAt,
    updatedAt: chatAt,
  });
  await db.insert(siteChatMessages).values([
    {
      id: uuidv7(),
      conversationId: chatId,
      author: 'visitor',
      body: 'Werkt de app offline?',
      createdAt: chatAt,
    },
    {
      id: uuidv7(),
      conversationId: chatId,
      author: 'staff',
      body: 'Ja. Mag ik uw e-mailadres?',
      createdAt: chatAt,
    },
    {
      id: uuidv7(),
      conversationId: chatId,
      author: 'visitor',
      body: `Graag, aan ${person.email}`,
      createdAt: chatAt,
    },
  ]);
  // Someone of another organisation, with the same name.
  const other = await buildOrganisation(db);
  const stranger = await buildUser(db, other.organisation.id, {
    name: 'Femke Zonderland-Testpersoon',
    phone: '+31 6 9999 0000',
  });
  await buildIncidentRoom(db, other.organisation.id, stranger.id);
  return { person, admin, organisationId, cookie, adminCookie, room, rosterId, alertId: alert.id, stranger };
}

export interface Hit {
  table: string;
  column: string;
  value: unknown;
  createdAt?: string;
}

/** Every text, JSON or id value in the database that holds one of the person's identifiers. */
export async function scanDatabase(testApp: TestApp, identifiers: string[]): Promise<Hit[]> {
  const handle = testApp.database.handle;
  const columns = (
    await handle.executeSql(
      `select table_name, column_name from information_schema.columns
       where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'uuid')`,
    )
  ).rows as { table_name: string; column_name: string }[];
  const hits: Hit[] = [];
  const patterns = identifiers.map((identifier) => `%${identifier}%`);
  const test = patterns.map((_, index) => `"COL"::text ilike $${index + 1}`).join(' or ');
  for (const { table_name: table, column_name: column } of columns) {
    const created = table === 'audit_log' ? `, to_json(created_at)#>>'{}' as created_at` : '';
    const found = await handle.executeSql(
      `select "${column}" as value${created} from "${table}" where ${test.replaceAll('COL', column)}`,
      patterns,
    );
    for (const row of found.rows)
      hits.push({
        table,
        column,
        value: row.value,
        ...(row.created_at ? { createdAt: new Date(String(row.created_at)).toISOString() } : {}),
      });
  }
  return hits;
}
