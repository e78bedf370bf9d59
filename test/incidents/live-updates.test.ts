import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LogbookEntry } from '../../server/modules/logbook/logbook-entry-view.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { connectSse, type SseConnection, type SseMessage } from '../support/sse-client.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createPostgresDatabase, isPostgresReachable, testBackends } from '../support/test-database.js';
import { signInCookie, startTestServer, type TestServer } from '../support/test-server.js';
import { addParticipants, demoPerson } from './logbook-fixtures.js';

const backends = await testBackends();
const postgres = await isPostgresReachable();

interface StreamedData<T> {
  topic: string;
  payload: T;
  createdAt: string;
}

const entryOf = (message: SseMessage) =>
  (JSON.parse(message.data) as StreamedData<{ entry: LogbookEntry }>).payload.entry;

/** Waits until the stream has carried an event of `type` (other events of the topic may come first). */
async function waitForEvent(connection: SseConnection, type: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!connection.messages.some((message) => message.event === type))
    await connection.waitFor(connection.messages.length + 1, Math.max(1, deadline - Date.now()));
  return connection.messages.filter((message) => message.event === type);
}

/** The status a subscription is answered with; a stream it opens is closed at once. */
async function subscribeStatus(url: string, cookie: string) {
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', Cookie: cookie } });
  await response.body?.cancel();
  return response.status;
}

describe.runIf(postgres)('live updates across instances [postgres]', () => {
  let first: TestServer;
  let second: TestServer;
  let dropDatabase = async () => {};
  beforeAll(async () => {
    const database = await createPostgresDatabase();
    dropDatabase = database.drop;
    first = await startTestServer({ env: { DATABASE_URL: database.url, DEMO: 'true' } });
    second = await startTestServer({ env: { DATABASE_URL: database.url } });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await dropDatabase();
  });

  it('a logbook entry written on one instance reaches a client of the other within a second', async () => {
    const daan = await signInCookie(first.url, 'notulist@voorbeeld.nl');
    const bram = await signInCookie(second.url, 'burgemeester@voorbeeld.nl');
    const me = await fetch(`${second.url}/api/me`, { headers: { Cookie: bram } });
    const bramId = (await readJson<{ id: string }>(me)).id;
    const sendTo = (server: TestServer, path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: daan, Origin: server.url },
        body: JSON.stringify(body),
      });
    const started = await sendTo(first, '/api/incidents', {
      title: 'Gaslek Stationsplein',
      participants: [{ userId: bramId }],
    });
    expect(started.status).toBe(201);
    const incidentId = (await readJson<{ id: string }>(started)).id;

    const stream = await connectSse(`${second.url}/api/events?topics=incident:${incidentId}`, {
      Cookie: bram,
    });
    const [written, delivered] = await Promise.all([
      sendTo(first, `/api/incidents/${incidentId}/logbook`, {
        text: 'Omgeving afgezet, netbeheerder ter plaatse.',
      }),
      waitForEvent(stream, 'logbook.entry_added', 1000),
    ]);
    stream.close();
    expect(written.status).toBe(201);
    const entry = await readJson<LogbookEntry>(written);
    expect(delivered).toHaveLength(1);
    expect(JSON.parse(delivered[0]?.data ?? '')).toEqual({
      topic: `incident:${incidentId}`,
      payload: { entry },
      createdAt: expect.any(String),
    });
  });
});

describe.each(backends)('live updates in the incident room [%s]', (kind) => {
  let testApp: TestApp;
  let url: string;
  let stopServing = () => {};
  let organisationId: string;
  let notulist: string;
  let mayor: string;
  let outsider: string;
  let admin: string;
  let notulistId: string;
  let mayorId: string;
  let room: Awaited<ReturnType<typeof buildIncidentRoom>>;
  let streamUrl: string;

  beforeAll(async () => {
    // Open streams re-check their right to the incident every 200 ms instead of every 10 s.
    testApp = await createTestApp(kind, { STREAM_SESSION_CHECK_MS: '200' });
    // The in-process app on a local port, so the stream is read over a real connection.
    await new Promise<void>((resolve) => {
      const server = serve(
        { fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' },
        (info: AddressInfo) => {
          url = `http://127.0.0.1:${info.port}`;
          resolve();
        },
      );
      stopServing = () => server.close();
    });
    const db = testApp.database.handle.db;
    const writer = await demoPerson(db, 'notulist@voorbeeld.nl');
    organisationId = writer.organisationId;
    notulistId = writer.id;
    mayorId = (await demoPerson(db, 'burgemeester@voorbeeld.nl')).id;
    notulist = await signInToApp(testApp, 'notulist@voorbeeld.nl');
    mayor = await signInToApp(testApp, 'burgemeester@voorbeeld.nl');
    outsider = await signInToApp(testApp, 'communicatie@voorbeeld.nl');
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl');
  });
  afterAll(async () => {
    await testApp.close();
    stopServing();
  });

  beforeEach(async () => {
    const db = testApp.database.handle.db;
    room = await buildIncidentRoom(db, organisationId, notulistId);
    await addParticipants(db, organisationId, room.incidentId, [mayorId]);
    streamUrl = `${url}/api/events?topics=incident:${room.incidentId}`;
  });

  async function write(text: string) {
    const response = await requestAs(testApp, notulist, 'POST', `/api/incidents/${room.incidentId}/logbook`, {
      text,
    });
    expect(response.status).toBe(201);
    return readJson<LogbookEntry>(response);
  }

  it('a client that reconnects with Last-Event-ID gets exactly the entries it missed, in order, then the live ones', async () => {
    const live = await connectSse(streamUrl, { Cookie: mayor });
    const seen = [await write('Melding gasgeur Stationsplein.'), await write('Brandweer ter plaatse.')];
    await live.waitFor(2);
    expect(live.messages.map((message) => message.event)).toEqual([
      'logbook.entry_added',
      'logbook.entry_added',
    ]);
    expect(live.messages.map(entryOf)).toEqual(seen);
    const lastSeenId = live.messages[1]?.id ?? '';
    live.close();
    await live.ended;

    const missed = [
      await write('Omgeving afgezet.'),
      await write('Netbeheerder gebeld.'),
      await write('Bewoners Stationsplein 1-20 geëvacueerd.'),
    ];
    const resumed = await connectSse(streamUrl, { Cookie: mayor, 'Last-Event-ID': lastSeenId });
    await resumed.waitFor(3);
    // Anything replayed twice, or from before the last seen event, would arrive before this one.
    const after = await write('Gaslek gedicht.');
    await resumed.waitFor(4);
    resumed.close();
    expect(resumed.messages.map((message) => message.event)).toEqual(Array(4).fill('logbook.entry_added'));
    expect(resumed.messages.map(entryOf)).toEqual([...missed, after]);
    const ids = resumed.messages.map((message) => Number(message.id));
    expect(ids[0]).toBeGreaterThan(Number(lastSeenId));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(4);

    // A client that cannot set headers names the last event in the query instead.
    const byQuery = await connectSse(`${streamUrl}&lastEventId=${lastSeenId}`, { Cookie: mayor });
    await byQuery.waitFor(4);
    byQuery.close();
    expect(byQuery.messages.map(entryOf)).toEqual([...missed, after]);
  });

  it('refuses the incident’s stream with 404 to a member who does not work on it, and to another organisation', async () => {
    expect(await subscribeStatus(streamUrl, outsider)).toBe(404);
    // Asking for a topic they may follow alongside does not let them in.
    expect(
      await subscribeStatus(`${url}/api/events?topics=organisation,incident:${room.incidentId}`, outsider),
    ).toBe(404);

    const other = await buildOrganisation(testApp.database.handle.db, 'Veiligheidsregio D');
    const theirs = await buildIncidentRoom(
      testApp.database.handle.db,
      other.organisation.id,
      (await buildUser(testApp.database.handle.db, other.organisation.id)).id,
    );
    expect(await subscribeStatus(`${url}/api/events?topics=incident:${theirs.incidentId}`, admin)).toBe(404);

    // Need to know: an admin of the organisation may follow it, as its participants may.
    expect(await subscribeStatus(streamUrl, admin)).toBe(200);
    expect(await subscribeStatus(streamUrl, mayor)).toBe(200);
  });

  it('ends the open stream of a participant who is taken off the incident, and refuses them a new one', async () => {
    const stream = await connectSse(streamUrl, { Cookie: mayor });
    await write('Bram leest mee.');
    await waitForEvent(stream, 'logbook.entry_added', 10_000);

    const team = await requestAs(testApp, notulist, 'GET', `/api/incidents/${room.incidentId}/participants`);
    const participants = await readJson<{ id: string; user: { id: string } }[]>(team);
    const bramsPlace = participants.find((participant) => participant.user.id === mayorId);
    const removed = await requestAs(
      testApp,
      notulist,
      'DELETE',
      `/api/incidents/${room.incidentId}/participants/${bramsPlace?.id}`,
    );
    expect(removed.status).toBe(204);
    await expect(
      Promise.race([stream.ended.then(() => 'ended'), new Promise((r) => setTimeout(() => r('open'), 5000))]),
    ).resolves.toBe('ended');
    expect(await subscribeStatus(streamUrl, mayor)).toBe(404);

    // Daan, still on it, keeps following.
    const daans = await connectSse(streamUrl, { Cookie: notulist });
    const entry = await write('Bram is naar het gemeentehuis.');
    expect((await waitForEvent(daans, 'logbook.entry_added', 10_000)).map(entryOf)).toEqual([entry]);
    daans.close();
  });
});
