import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogbookEntry } from '../../server/modules/logbook/logbook-entry-view.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { demoPerson, emptyIncident } from './logbook-fixtures.js';

const backends = await testBackends();

const WRITERS = [
  'notulist@voorbeeld.nl',
  'burgemeester@voorbeeld.nl',
  'communicatie@voorbeeld.nl',
  'facilitair@voorbeeld.nl',
];
const ENTRIES = 200;

describe.each(backends)('logbook under load [%s]', (kind) => {
  let testApp: TestApp;
  let cookies: string[];
  let incidentId: string;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const db = testApp.database.handle.db;
    const people = await Promise.all(WRITERS.map((email) => demoPerson(db, email)));
    incidentId = await emptyIncident(
      db,
      people[0]?.organisationId ?? '',
      people.map((person) => person.id),
    );
    cookies = [];
    for (const email of WRITERS) cookies.push(await signInToApp(testApp, email));
  });
  afterAll(() => testApp.close());

  it('loses none of 200 simultaneous entries from several people and numbers them 1..200 in one order for everyone', async () => {
    const logbook = `/api/incidents/${incidentId}/logbook`;
    const responses = await Promise.all(
      Array.from({ length: ENTRIES }, (_, index) =>
        requestAs(testApp, cookies[index % cookies.length] ?? '', 'POST', logbook, {
          text: `Melding ${index}`,
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(ENTRIES).fill(201));
    const written = await Promise.all(responses.map((response) => readJson<LogbookEntry>(response)));
    const sequences = written.map((entry) => entry.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: ENTRIES }, (_, index) => index + 1));

    const views = [];
    for (const cookie of cookies) {
      const response = await requestAs(testApp, cookie, 'GET', logbook);
      expect(response.status).toBe(200);
      views.push(await readJson<LogbookEntry[]>(response));
    }
    const [first, ...others] = views;
    expect(first?.map((entry) => entry.sequence)).toEqual(sequences);
    expect(new Set(first?.map((entry) => entry.text))).toEqual(
      new Set(Array.from({ length: ENTRIES }, (_, index) => `Melding ${index}`)),
    );
    for (const view of others) expect(view.map((entry) => entry.id)).toEqual(first?.map((entry) => entry.id));
    // Each entry is what its writer was told it got.
    const bySequence = new Map(first?.map((entry) => [entry.sequence, entry]));
    for (const entry of written) expect(bySequence.get(entry.sequence)).toEqual(entry);

    const events = await testApp.database.handle.executeSql(
      `select payload->'entry'->>'sequence' as sequence from events where topic = $1 and type = 'logbook.entry_added' order by id`,
      [`incident:${incidentId}`],
    );
    // Events leave in commit order, which under the incident lock is the logbook's order.
    expect(events.rows.map((row) => Number(row.sequence))).toEqual(sequences);
    // A bound for a slow machine, not a speed requirement.
  }, 120_000);
});
