import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, readJson } from '../support/json.js';
import { connectSse } from '../support/sse-client.js';
import { createPostgresDatabase, testBackends } from '../support/test-database.js';
import { signInCookie, startTestServer, type TestServer } from '../support/test-server.js';

const backends = await testBackends();

async function renameMe(server: TestServer, cookie: string, name: string) {
  const response = await fetch(`${server.url}/api/me`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: server.url },
    body: JSON.stringify({ name }),
  });
  expect(response.status).toBe(200);
}

const names = (messages: { data: string }[]) =>
  messages.map((message) => JSON.parse(message.data).payload.name);

describe.each(backends)('live events [%s]', (kind) => {
  let writer: TestServer;
  let reader: TestServer;
  let dropDatabase = async () => {};
  beforeAll(async () => {
    if (kind === 'postgres') {
      const database = await createPostgresDatabase();
      dropDatabase = database.drop;
      const env = { DATABASE_URL: database.url, DEMO: 'true', STREAM_SESSION_CHECK_MS: '200' };
      // The second instance starts after the first has seeded, like a rolling deploy.
      writer = await startTestServer({ env });
      reader = await startTestServer({ env });
    } else {
      writer = await startTestServer({ env: { STREAM_SESSION_CHECK_MS: '200' } });
      reader = writer;
    }
  });
  afterAll(async () => {
    await writer?.stop();
    if (reader !== writer) await reader?.stop();
    await dropDatabase();
  });

  it(`reaches a client of ${kind === 'postgres' ? 'another instance' : 'the same process'}, and a reconnect with Last-Event-ID gets exactly what it missed`, async () => {
    const writerCookie = await signInCookie(writer.url);
    const readerCookie = await signInCookie(reader.url, 'burgemeester@voorbeeld.nl');
    const streamUrl = `${reader.url}/api/events?topics=organisation`;

    const live = await connectSse(streamUrl, { Cookie: readerCookie });
    await renameMe(writer, writerCookie, 'Anna één');
    const [first] = await live.waitFor(1);
    expect(first?.event).toBe('user.updated');
    expect(names(live.messages)).toEqual(['Anna één']);
    live.close();

    await renameMe(writer, writerCookie, 'Anna twee');
    await renameMe(writer, writerCookie, 'Anna drie');

    const resumed = await connectSse(streamUrl, { Cookie: readerCookie, 'Last-Event-ID': first?.id ?? '' });
    await resumed.waitFor(2);
    await renameMe(writer, writerCookie, 'Anna vier');
    await resumed.waitFor(3);
    expect(names(resumed.messages)).toEqual(['Anna twee', 'Anna drie', 'Anna vier']);
    const ids = resumed.messages.map((message) => Number(message.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(3);
    resumed.close();
  });

  it('ends an open stream soon after its session is ended elsewhere', async () => {
    const phone = await signInCookie(reader.url, 'facilitair@voorbeeld.nl');
    const laptop = await signInCookie(writer.url, 'facilitair@voorbeeld.nl');
    const stream = await connectSse(`${reader.url}/api/events?topics=organisation`, { Cookie: phone });
    const sessions = await readJson<{ id: string; current: boolean }[]>(
      await fetch(`${writer.url}/api/me/sessions`, { headers: { Cookie: laptop } }),
    );
    const phoneSession = sessions.find((session) => !session.current);
    const ended = await fetch(`${writer.url}/api/me/sessions/${phoneSession?.id}`, {
      method: 'DELETE',
      headers: { Cookie: laptop, Origin: writer.url },
    });
    expect(ended.status).toBe(204);
    await expect(
      Promise.race([stream.ended.then(() => 'ended'), new Promise((r) => setTimeout(() => r('open'), 5000))]),
    ).resolves.toBe('ended');
  });

  it('refuses the stream without a session and refuses unknown topics', async () => {
    const anonymous = await fetch(`${reader.url}/api/events?topics=organisation`);
    expect(anonymous.status).toBe(401);
    const cookie = await signInCookie(reader.url);
    const badTopic = await fetch(`${reader.url}/api/events?topics=${encodeURIComponent('alles;drop')}`, {
      headers: { Cookie: cookie, 'Accept-Language': 'en' },
    });
    expect(badTopic.status).toBe(400);
    expect((await errorOf(badTopic)).message).toContain('Unknown topic');
  });
});
