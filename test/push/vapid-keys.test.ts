import { createECDH, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVapidKeys } from '../../server/channels/push/vapid-keys.js';
import { readJson } from '../support/json.js';
import {
  createPostgresDatabase,
  createTestDatabase,
  isPostgresReachable,
  type TestDatabase,
  testBackends,
} from '../support/test-database.js';
import { signInCookie, startTestServer, type TestServer } from '../support/test-server.js';

const backends = await testBackends();

async function publicKeyOf(server: TestServer) {
  const cookie = await signInCookie(server.url, 'notulist@voorbeeld.nl');
  const response = await fetch(`${server.url}/api/push/public-key`, { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return (await readJson<{ publicKey: string }>(response)).publicKey;
}

describe.each(backends)('VAPID keys [%s]', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database?.drop());

  it('are made once, even by instances starting at the same moment, and form a pair', async () => {
    const secretKey = randomBytes(32);
    const [first, second, third] = await Promise.all([
      loadVapidKeys(database.handle.db, secretKey),
      loadVapidKeys(database.handle.db, secretKey),
      loadVapidKeys(database.handle.db, secretKey),
    ]);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    const rows = await database.handle.executeSql('select sealed_private_value from platform_keys');
    expect(rows.rows).toHaveLength(1);
    // Stored sealed: the database alone does not give away the key that signs our pushes.
    expect(String(rows.rows[0]?.sealed_private_value)).not.toContain(first.privateKey);
    const pair = createECDH('prime256v1');
    pair.setPrivateKey(Buffer.from(first.privateKey, 'base64url'));
    expect(pair.getPublicKey().toString('base64url')).toBe(first.publicKey);

    await expect(loadVapidKeys(database.handle.db, randomBytes(32))).rejects.toThrow(/SECRET_KEY/);
  });
});

describe('VAPID keys across restarts [pglite]', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'baken-vapid-'));
  let server: TestServer | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stay the same after the server restarts on the same data', async () => {
    server = await startTestServer({ dataDir });
    const before = await publicKeyOf(server);
    await server.stop();
    server = await startTestServer({ dataDir });
    expect(await publicKeyOf(server)).toBe(before);
  }, 180_000);
});

describe.runIf(await isPostgresReachable())('VAPID keys across instances [postgres]', () => {
  let servers: TestServer[] = [];
  let dropDatabase = async () => {};
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await dropDatabase();
  });

  it('are the same on two instances asked at once, and after both restart', async () => {
    const database = await createPostgresDatabase();
    dropDatabase = database.drop;
    const start = (demo: boolean) =>
      startTestServer({ env: { DATABASE_URL: database.url, ...(demo ? { DEMO: 'true' } : {}) } });
    servers = [await start(true), await start(false)];
    const [first, second] = await Promise.all(servers.map(publicKeyOf));
    expect(second).toBe(first);

    await Promise.all(servers.map((server) => server.stop()));
    servers = [await start(false)];
    expect(await publicKeyOf(servers[0] as TestServer)).toBe(first);
  }, 180_000);
});
