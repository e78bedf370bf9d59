import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { chatMessages } from '../../server/db/schema/incidents.js';
import type { ChatMessage } from '../../server/modules/chat/chat-message-view.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { addParticipants, demoPerson, setIncident } from './logbook-fixtures.js';

const backends = await testBackends();

describe.each(backends)('incident chat [%s]', (kind) => {
  let testApp: TestApp;
  let organisationId: string;
  let notulist: string;
  let mayor: string;
  let outsider: string;
  let admin: string;
  let notulistId: string;
  let mayorId: string;
  let room: Awaited<ReturnType<typeof buildIncidentRoom>>;
  let foreign: Awaited<ReturnType<typeof buildIncidentRoom>>;
  let chat: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const db = testApp.database.handle.db;
    const writer = await demoPerson(db, 'notulist@voorbeeld.nl');
    organisationId = writer.organisationId;
    notulistId = writer.id;
    mayorId = (await demoPerson(db, 'burgemeester@voorbeeld.nl')).id;
    const other = await buildOrganisation(db, 'Veiligheidsregio C');
    const otherUser = await buildUser(db, other.organisation.id);
    foreign = await buildIncidentRoom(db, other.organisation.id, otherUser.id);
    notulist = await signInToApp(testApp, 'notulist@voorbeeld.nl');
    mayor = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    outsider = await signInToApp(testApp, 'communicatie@voorbeeld.nl');
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
  });
  afterAll(() => testApp.close());

  beforeEach(async () => {
    const db = testApp.database.handle.db;
    // Daan (notulist) and Bram (burgemeester) work on it; the room already holds Daan's "Ik ben onderweg".
    room = await buildIncidentRoom(db, organisationId, notulistId);
    await addParticipants(db, organisationId, room.incidentId, [mayorId]);
    chat = `/api/incidents/${room.incidentId}/chat`;
  });

  const call = (cookie: string, method: string, path: string, body?: unknown, language = 'nl') =>
    testApp.app.request(path, {
      method,
      headers: {
        Cookie: cookie,
        'Sec-Fetch-Site': 'same-origin',
        'Accept-Language': language,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  async function post(cookie: string, body: string) {
    const response = await call(cookie, 'POST', chat, { body });
    expect(response.status, await response.clone().text()).toBe(201);
    return readJson<ChatMessage>(response);
  }

  async function read(cookie: string, query = '') {
    const response = await call(cookie, 'GET', `${chat}${query}`);
    expect(response.status).toBe(200);
    return readJson<ChatMessage[]>(response);
  }

  async function exportCsv(cookie: string) {
    const response = await call(cookie, 'GET', `${chat}.csv`);
    expect(response.status).toBe(200);
    // Read as bytes: `response.text()` would drop the byte-order mark Excel needs.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { response, text };
  }

  it('posts messages with their author and time, and lists the chat oldest first', async () => {
    const before = Date.now();
    const first = await post(notulist, '  Ik ben bij de sporthal.  ');
    const answer = await post(mayor, 'Goed, ik kom er ook aan.');
    expect(first).toEqual({
      id: expect.any(String),
      author: { id: notulistId, name: 'Daan Visser' },
      body: 'Ik ben bij de sporthal.',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(answer.author).toEqual({ id: mayorId, name: 'Bram Jansen' });
    expect(Date.parse(first.createdAt)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(answer.createdAt)).toBeGreaterThanOrEqual(Date.parse(first.createdAt));

    const messages = await read(mayor);
    expect(messages.map((message) => message.body)).toEqual([
      'Ik ben onderweg',
      'Ik ben bij de sporthal.',
      'Goed, ik kom er ook aan.',
    ]);
    expect(messages.slice(1)).toEqual([first, answer]);
  });

  it('pages back through a long chat with `before`, and refuses a cursor that is not in this chat', async () => {
    const posted: ChatMessage[] = [];
    for (const body of ['Eén', 'Twee', 'Drie', 'Vier']) posted.push(await post(notulist, body));
    const bodies = (messages: ChatMessage[]) => messages.map((message) => message.body);

    const newest = await read(notulist, '?limit=3');
    expect(bodies(newest)).toEqual(['Twee', 'Drie', 'Vier']);
    const older = await read(notulist, `?limit=3&before=${newest[0]?.id}`);
    expect(bodies(older)).toEqual(['Ik ben onderweg', 'Eén']);
    expect(await read(notulist, `?before=${room.chatMessageId}`)).toEqual([]);

    const other = await buildIncidentRoom(testApp.database.handle.db, organisationId, notulistId);
    for (const cursor of [other.chatMessageId, foreign.chatMessageId, uuidv7()]) {
      const response = await call(notulist, 'GET', `${chat}?before=${cursor}`);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({
        code: 'chat_cursor_unknown',
        message: expect.stringContaining('bestaat niet in deze chat'),
      });
    }
    expect((await call(notulist, 'GET', `${chat}?limit=0`)).status).toBe(400);
    expect((await call(notulist, 'GET', `${chat}?limit=501`)).status).toBe(400);
  });

  it('sends each message live as `chat.message` on the incident topic, and marks the incident as changed', async () => {
    const onIncident = (text: string) => testApp.database.handle.executeSql(text, [room.incidentId]);
    await onIncident(`update incidents set updated_at = '2020-01-01T00:00:00Z' where id = $1`);
    const message = await post(mayor, 'Persbericht is de deur uit.');
    const events = await testApp.database.handle.executeSql(
      'select type, payload, actor_id from events where topic = $1 order by id',
      [`incident:${room.incidentId}`],
    );
    expect(events.rows).toEqual([{ type: 'chat.message', payload: { message }, actor_id: mayorId }]);
    const touched = await onIncident(
      `select updated_at > '2021-01-01' as touched from incidents where id = $1`,
    );
    expect(touched.rows[0]?.touched).toBe(true);
  });

  it('refuses an empty or overlong message with a clear message, in Dutch or English', async () => {
    const empty = await call(notulist, 'POST', chat, { body: '  \n ' });
    expect(empty.status).toBe(400);
    expect(await errorOf(empty)).toMatchObject({
      code: 'validation_failed',
      message: 'De gegevens zijn niet volledig of niet juist. Controleer de gemarkeerde velden.',
      fields: [{ path: 'body', message: 'Vul dit veld in.' }],
    });
    const overlong = await call(notulist, 'POST', chat, { body: 'x'.repeat(4001) }, 'en');
    expect(overlong.status).toBe(400);
    expect(await errorOf(overlong)).toMatchObject({
      code: 'validation_failed',
      message: 'The data is incomplete or incorrect. Please check the highlighted fields.',
      fields: [{ path: 'body', message: 'Use at most 4000 characters.' }],
    });
    const missing = await call(notulist, 'POST', chat, {}, 'en');
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).fields?.map((field) => field.path)).toEqual(['body']);

    expect((await post(notulist, 'x'.repeat(4000))).body).toHaveLength(4000);
    expect((await read(notulist)).length).toBe(2);
  });

  it('refuses new messages once the incident is closed, in Dutch or English, and still shows and exports the chat', async () => {
    await post(mayor, 'Laatste bericht voor het afronden.');
    await setIncident(testApp.database.handle.db, room.incidentId, { status: 'closed' });
    const dutch = await call(notulist, 'POST', chat, { body: 'Nog iets' });
    expect(dutch.status).toBe(409);
    expect(await errorOf(dutch)).toMatchObject({
      code: 'incident_closed',
      message: expect.stringContaining('afgerond en kan niet meer worden gewijzigd'),
    });
    const english = await call(mayor, 'POST', chat, { body: 'One more thing' }, 'en');
    expect(english.status).toBe(409);
    expect((await errorOf(english)).message).toContain('has been closed and can no longer be changed');

    const closedChat = ['Ik ben onderweg', 'Laatste bericht voor het afronden.'];
    expect((await read(notulist)).map((message) => message.body)).toEqual(closedChat);
    expect((await exportCsv(notulist)).text).toContain('Laatste bericht voor het afronden.');

    await setIncident(testApp.database.handle.db, room.incidentId, { status: 'archived' });
    expect((await call(notulist, 'POST', chat, { body: 'Nog iets' })).status).toBe(409);
    expect((await read(notulist)).map((message) => message.body)).toEqual(closedChat);
  });

  it('with the chat switched off, refuses new messages but keeps the conversation readable; switched on again, it takes messages', async () => {
    const switchChat = async (chatEnabled: boolean) => {
      const response = await call(mayor, 'PATCH', `/api/incidents/${room.incidentId}`, { chatEnabled });
      expect(response.status).toBe(200);
      expect(await readJson(response)).toMatchObject({ chatEnabled });
    };
    await switchChat(false);
    const dutch = await call(notulist, 'POST', chat, { body: 'Hallo?' });
    expect(dutch.status).toBe(409);
    expect(await errorOf(dutch)).toMatchObject({
      code: 'chat_disabled',
      message: 'De chat staat uit voor dit incident. Gebruik het logboek, of vraag de chat aan te zetten.',
    });
    const english = await call(notulist, 'POST', chat, { body: 'Hello?' }, 'en');
    expect(english.status).toBe(409);
    expect((await errorOf(english)).message).toBe(
      'The chat is switched off for this incident. Use the logbook, or ask for the chat to be switched on.',
    );
    expect((await read(notulist)).map((message) => message.body)).toEqual(['Ik ben onderweg']);
    expect((await exportCsv(notulist)).text).toContain('Ik ben onderweg');
    const events = await testApp.database.handle.executeSql(
      `select count(*)::int as count from events where topic = $1 and type = 'chat.message'`,
      [`incident:${room.incidentId}`],
    );
    expect(events.rows[0]?.count).toBe(0);

    await switchChat(true);
    await post(notulist, 'Hallo, de chat doet het weer.');
    expect((await read(notulist)).map((message) => message.body)).toEqual([
      'Ik ben onderweg',
      'Hallo, de chat doet het weer.',
    ]);
  });

  it('exports the whole chat as a CSV file for Excel, in the reader’s time zone, with formulas made harmless', async () => {
    const db = testApp.database.handle.db;
    const prankster = await buildUser(db, organisationId, { name: '=Naam()' });
    await addParticipants(db, organisationId, room.incidentId, [prankster.id]);
    const at = (time: string) => new Date(time);
    const org = { organisationId, incidentId: room.incidentId };
    await db.insert(chatMessages).values([
      {
        ...org,
        id: uuidv7(),
        authorId: mayorId,
        body: 'Sporthal is open',
        createdAt: at('2025-03-14T03:05:09Z'),
      },
      { ...org, id: uuidv7(), authorId: prankster.id, body: 'Hoi', createdAt: at('2025-03-14T03:06:00Z') },
      {
        ...org,
        id: uuidv7(),
        authorId: null,
        body: 'Via de koppeling',
        createdAt: at('2025-03-14T03:07:00Z'),
      },
    ]);
    for (const body of [
      '=HYPERLINK("http://kwaad.example","klik")',
      '+31 6 1234 5678 bellen',
      '-5 graden buiten',
      '@Bram: ben je er?',
      'Regel één; nog iets\nRegel twee',
    ])
      await post(notulist, body);

    const { response, text } = await exportCsv(notulist);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const incident = await testApp.database.handle.executeSql('select number from incidents where id = $1', [
      room.incidentId,
    ]);
    const fileName = `incident-${incident.rows[0]?.number}-chat.csv`;
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${fileName}"; filename*=UTF-8''${fileName}`,
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(1, -2).split('\r\n');
    const now = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2};Daan Visser;/;
    expect(lines.slice(0, 5)).toEqual([
      'tijd;auteur;bericht',
      '2025-03-14 04:05:09;Bram Jansen;Sporthal is open',
      "2025-03-14 04:06:00;'=Naam();Hoi",
      '2025-03-14 04:07:00;;Via de koppeling',
      expect.stringMatching(new RegExp(`${now.source}Ik ben onderweg$`)),
    ]);
    expect(lines.slice(5).map((line) => line.replace(now, ''))).toEqual([
      `"'=HYPERLINK(""http://kwaad.example"",""klik"")"`,
      "'+31 6 1234 5678 bellen",
      "'-5 graden buiten",
      "'@Bram: ben je er?",
      '"Regel één; nog iets\nRegel twee"',
    ]);

    // Anna reads in London time; the file follows her setting, not Daan's.
    const zone = await call(admin, 'PATCH', '/api/me', { timeZone: 'Europe/London' });
    expect(zone.status).toBe(200);
    expect((await exportCsv(admin)).text.split('\r\n')[1]).toBe(
      '2025-03-14 03:05:09;Bram Jansen;Sporthal is open',
    );
  });

  it('answers 404 to a member who is not working on the incident, on every chat route; an admin can read and post', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', chat],
      ['POST', chat, { body: 'Ik kijk mee' }],
      ['GET', `${chat}.csv`],
    ];
    for (const [method, path, body] of routes) {
      const response = await call(outsider, method, path, body);
      expect([method, path, response.status]).toEqual([method, path, 404]);
    }
    expect((await read(admin)).map((message) => message.body)).toEqual(['Ik ben onderweg']);
    expect((await exportCsv(admin)).text).toContain('Ik ben onderweg');
    expect((await post(admin, 'Beheer leest mee.')).author?.name).toBe('Anna de Vries');
    expect((await read(notulist)).map((message) => message.body)).toEqual([
      'Ik ben onderweg',
      'Beheer leest mee.',
    ]);
  });

  it('answers 404 for another organisation’s incident chat', async () => {
    const theirs = `/api/incidents/${foreign.incidentId}/chat`;
    const cases: [string, string, unknown?][] = [
      ['GET', theirs],
      ['POST', theirs, { body: 'Hallo' }],
      ['GET', `${theirs}.csv`],
    ];
    for (const [method, path, body] of cases) {
      const response = await call(admin, method, path, body);
      expect([method, path, response.status]).toEqual([method, path, 404]);
    }
    const theirMessages = await testApp.database.handle.executeSql(
      'select body from chat_messages where incident_id = $1',
      [foreign.incidentId],
    );
    expect(theirMessages.rows).toEqual([{ body: 'Ik ben onderweg' }]);
  });
});
