import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseKind } from '../../server/db/database.js';
import { createPostgresDatabase } from '../../test/support/test-database.js';
import { signInCookie, startTestServer, type TestServer } from '../../test/support/test-server.js';

export interface BakenUnderTest {
  server: TestServer;
  kind: DatabaseKind;
  /** Env for a baseline process on the same kind of database (its own PGlite folder or PostgreSQL database). */
  baselineEnv: Record<string, string>;
  /** Session cookies of the demo people of the Brand in gebouw scenario's teams. */
  cookies: string[];
  incidentId: string;
  stop(): Promise<void>;
}

const DEMO_PEOPLE = [
  'beheerder@voorbeeld.nl',
  'burgemeester@voorbeeld.nl',
  'communicatie@voorbeeld.nl',
  'notulist@voorbeeld.nl',
  'facilitair@voorbeeld.nl',
];

/** The compiled Baken server with demo data on the given database, with an incident started from "Brand in gebouw". */
export async function startBaken(kind: DatabaseKind): Promise<BakenUnderTest> {
  const database = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const baselineDatabase = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const baselineDir = mkdtempSync(join(tmpdir(), 'baken-bench-'));
  const server = await startTestServer({
    env: database ? { DATABASE_URL: database.url, DEMO: 'true' } : {},
  });
  const cookies: string[] = [];
  for (const email of DEMO_PEOPLE) cookies.push(await signInCookie(server.url, email));
  const [admin = ''] = cookies;
  const headers = { Cookie: admin, 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' };
  const templates = (await (await fetch(`${server.url}/api/incident-templates`, { headers })).json()) as {
    id: string;
    title: string;
  }[];
  const scenario = templates.find((template) => template.title === 'Brand in gebouw') ?? templates[0];
  const started = await fetch(`${server.url}/api/incidents`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ templateId: scenario?.id }),
  });
  if (started.status !== 201)
    throw new Error(`incident start failed: ${started.status} ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  return {
    server,
    kind,
    baselineEnv: baselineDatabase ? { DATABASE_URL: baselineDatabase.url } : { DATA_DIR: baselineDir },
    cookies,
    incidentId: id,
    async stop() {
      await server.stop();
      await database?.drop();
      await baselineDatabase?.drop();
      rmSync(baselineDir, { recursive: true, force: true });
    },
  };
}
