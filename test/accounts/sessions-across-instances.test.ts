import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../support/json.js';
import { createPostgresDatabase, isPostgresReachable } from '../support/test-database.js';
import { signInCookie, startTestServer, type TestServer } from '../support/test-server.js';

const postgres = await isPostgresReachable();

describe.runIf(postgres)('sessions across instances [postgres]', () => {
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

  it('a session ended on one instance is refused at once on the other', async () => {
    const laptop = await signInCookie(first.url, 'notulist@voorbeeld.nl');
    const phone = await signInCookie(second.url, 'notulist@voorbeeld.nl');
    expect((await fetch(`${second.url}/api/me`, { headers: { Cookie: phone } })).status).toBe(200);

    const sessions = await readJson<{ id: string; current: boolean }[]>(
      await fetch(`${first.url}/api/me/sessions`, { headers: { Cookie: laptop } }),
    );
    const phoneSession = sessions.find((session) => !session.current);
    const ended = await fetch(`${first.url}/api/me/sessions/${phoneSession?.id}`, {
      method: 'DELETE',
      headers: { Cookie: laptop, Origin: first.url },
    });
    expect(ended.status).toBe(204);
    expect((await fetch(`${second.url}/api/me`, { headers: { Cookie: phone } })).status).toBe(401);
    expect((await fetch(`${second.url}/api/me`, { headers: { Cookie: laptop } })).status).toBe(200);
  });
});
