import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../support/json.js';
import { connectSse } from '../support/sse-client.js';
import { createPostgresDatabase, testBackends } from '../support/test-database.js';
import { signInCookie, startTestServer, type TestServer } from '../support/test-server.js';

const backends = await testBackends();

interface ListEvent {
  event: string;
  payload: Record<string, unknown>;
}
const listEvents = (messages: { event: string; data: string }[]): ListEvent[] =>
  messages.map((message) => ({ event: message.event, payload: JSON.parse(message.data).payload }));

describe.each(backends)('the incident list, live, on a need-to-know basis [%s]', (kind) => {
  let server: TestServer;
  let dropDatabase = async () => {};
  beforeAll(async () => {
    const database = kind === 'postgres' ? await createPostgresDatabase() : undefined;
    if (database) dropDatabase = database.drop;
    const env = { STREAM_SESSION_CHECK_MS: '200' };
    server = await startTestServer({
      env: database ? { ...env, DATABASE_URL: database.url, DEMO: 'true' } : env,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await dropDatabase();
  });

  const call = async (cookie: string, method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { Cookie: cookie, 'Content-Type': 'application/json', Origin: server.url },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('tells only the participants and the admins that an incident started, and someone added when they join', async () => {
    const admin = await signInCookie(server.url, 'beheerder@voorbeeld.nl');
    const eva = await signInCookie(server.url, 'facilitair@voorbeeld.nl'); // Operationeel Team
    const carla = await signInCookie(server.url, 'communicatie@voorbeeld.nl'); // Beleidsteam only
    const carlaId = (await readJson<{ id: string }>(await call(carla, 'GET', '/api/me'))).id;
    const templates = await readJson<{ id: string; title: string }[]>(
      await call(eva, 'GET', '/api/incident-templates'),
    );
    const stroomstoring = templates.find((template) => template.title === 'Stroomstoring');

    const streams = await Promise.all(
      [admin, eva, carla].map((cookie) =>
        connectSse(`${server.url}/api/events?topics=incidents`, { Cookie: cookie }),
      ),
    );
    const [adminStream, evaStream, carlaStream] = streams;
    // Stroomstoring alerts the Operationeel Team, so Carla has no need to know of it.
    const started = await call(eva, 'POST', '/api/incidents', { templateId: stroomstoring?.id });
    expect(started.status).toBe(201);
    const { id } = await readJson<{ id: string }>(started);
    const startedEvent = { event: 'incident.started', payload: { incidentId: id } };
    expect(listEvents((await evaStream?.waitFor(1)) ?? [])).toEqual([startedEvent]);
    expect(listEvents((await adminStream?.waitFor(1)) ?? [])).toEqual([startedEvent]);

    // Once she is added, her list hears of it; the first thing she hears is that, not the start.
    const added = await call(admin, 'POST', `/api/incidents/${id}/participants`, { userId: carlaId });
    expect(added.status).toBe(201);
    expect(listEvents((await carlaStream?.waitFor(1)) ?? [])).toEqual([
      { event: 'incident.changed', payload: { incidentId: id } },
    ]);
    for (const stream of streams) stream.close();
  });

  it('ends the open streams of an admin who is made a member, so admin rights do not outlive the role', async () => {
    const admin = await signInCookie(server.url, 'beheerder@voorbeeld.nl');
    const eva = await signInCookie(server.url, 'facilitair@voorbeeld.nl');
    const evaId = (await readJson<{ id: string }>(await call(eva, 'GET', '/api/me'))).id;
    expect((await call(admin, 'PATCH', `/api/users/${evaId}`, { role: 'admin' })).status).toBe(204);
    const stream = await connectSse(`${server.url}/api/events?topics=incidents`, { Cookie: eva });
    expect((await call(admin, 'PATCH', `/api/users/${evaId}`, { role: 'member' })).status).toBe(204);
    await expect(
      Promise.race([stream.ended.then(() => 'ended'), new Promise((r) => setTimeout(() => r('open'), 5000))]),
    ).resolves.toBe('ended');
    // The reconnect has a member's rights.
    const again = await connectSse(`${server.url}/api/events?topics=incidents`, { Cookie: eva });
    again.close();
  });
});
