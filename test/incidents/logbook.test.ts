import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { logbookEntries } from '../../server/db/schema/incidents.js';
import { logbookClassifications, logbookLabels } from '../../server/db/schema/preparation.js';
import { inTenant } from '../../server/db/tenant-transaction.js';
import type { LogbookEntry } from '../../server/modules/logbook/logbook-entry-view.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { addParticipants, demoPerson, setIncident } from './logbook-fixtures.js';

const backends = await testBackends();

describe.each(backends)('incident logbook [%s]', (kind) => {
  let testApp: TestApp;
  let organisationId: string;
  let notulist: string;
  let mayor: string;
  let outsider: string;
  let admin: string;
  let mayorId: string;
  let notulistId: string;
  let room: Awaited<ReturnType<typeof buildIncidentRoom>>;
  let foreign: Awaited<ReturnType<typeof buildIncidentRoom>>;
  let decisionClassificationId: string;
  let logbook: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const db = testApp.database.handle.db;
    const writer = await demoPerson(db, 'notulist@voorbeeld.nl');
    const mayorPerson = await demoPerson(db, 'burgemeester@voorbeeld.nl');
    organisationId = writer.organisationId;
    notulistId = writer.id;
    mayorId = mayorPerson.id;
    const other = await buildOrganisation(db, 'Veiligheidsregio B');
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
    room = await buildIncidentRoom(db, organisationId, notulistId);
    await addParticipants(db, organisationId, room.incidentId, [mayorId]);
    decisionClassificationId = uuidv7();
    await db
      .insert(logbookClassifications)
      .values({ id: decisionClassificationId, organisationId, name: 'Besluit', position: 2 });
    logbook = `/api/incidents/${room.incidentId}/logbook`;
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

  async function write(cookie: string, body: Record<string, unknown>) {
    const response = await call(cookie, 'POST', logbook, body);
    expect(response.status).toBe(201);
    return readJson<LogbookEntry>(response);
  }

  async function read(cookie: string, query = '') {
    const response = await call(cookie, 'GET', `${logbook}${query}`);
    expect(response.status).toBe(200);
    return readJson<LogbookEntry[]>(response);
  }

  it('adds entries at the end of the logbook and shows them to everyone working on the incident', async () => {
    const entry = await write(notulist, {
      text: '  Burgemeester geïnformeerd over de brand.  ',
      classificationId: room.classificationId,
      labelIds: [room.labelId],
      occurredAt: '2025-03-14T04:05:00+01:00',
    });
    expect(entry).toEqual({
      id: expect.any(String),
      sequence: 2,
      revision: 1,
      author: { id: notulistId, name: expect.any(String) },
      classification: { id: room.classificationId, name: 'Melding' },
      labels: [{ id: room.labelId, name: 'Pers' }],
      isDecision: false,
      text: 'Burgemeester geïnformeerd over de brand.',
      occurredAt: '2025-03-14T03:05:00.000Z',
      createdAt: expect.any(String),
      attachment: null,
      correctionReason: null,
      corrected: false,
    });
    const decision = await write(mayor, { text: 'Besloten: school blijft dicht.', isDecision: true });
    expect(decision.sequence).toBe(3);
    expect(decision.author?.id).toBe(mayorId);

    const entries = await read(mayor);
    expect(entries.map((shown) => shown.sequence)).toEqual([1, 2, 3]);
    expect(entries[1]).toEqual(entry);
    expect(entries[0]?.attachment).toEqual({
      id: room.attachmentId,
      fileName: 'plattegrond.txt',
      contentType: 'text/plain',
      byteSize: 5,
    });
  });

  it('records the entry as a live event in the same change, and marks the incident as changed', async () => {
    const onIncident = (text: string) => testApp.database.handle.executeSql(text, [room.incidentId]);
    await onIncident(`update incidents set updated_at = '2020-01-01T00:00:00Z' where id = $1`);
    const entry = await write(notulist, { text: 'Ontruiming gestart.' });
    const events = await testApp.database.handle.executeSql(
      'select type, payload, actor_id from events where topic = $1 order by id',
      [`incident:${room.incidentId}`],
    );
    expect(events.rows).toEqual([{ type: 'logbook.entry_added', payload: { entry }, actor_id: notulistId }]);
    const touched = await onIncident(
      `select updated_at > '2021-01-01' as touched from incidents where id = $1`,
    );
    expect(touched.rows[0]?.touched).toBe(true);
  });

  it('filters by classification, label, author, time and decisions', async () => {
    const early = await write(notulist, {
      text: 'Melding binnen via 112.',
      classificationId: room.classificationId,
      occurredAt: '2025-03-14T03:00:00Z',
    });
    const decision = await write(mayor, {
      text: 'Opvang in sporthal.',
      classificationId: decisionClassificationId,
      labelIds: [room.labelId],
      isDecision: true,
      occurredAt: '2025-03-14T05:00:00Z',
    });
    const sequences = async (query: string) => (await read(notulist, query)).map((entry) => entry.sequence);
    expect(await sequences(`?classificationId=${decisionClassificationId}`)).toEqual([decision.sequence]);
    // The room's first entry carries the label too.
    expect(await sequences(`?labelId=${room.labelId}`)).toEqual([1, decision.sequence]);
    expect(await sequences(`?authorId=${mayorId}`)).toEqual([decision.sequence]);
    expect(await sequences('?decisions=true')).toEqual([decision.sequence]);
    expect(await sequences('?from=2025-03-14T02:00:00Z&until=2025-03-14T04:00:00Z')).toEqual([
      early.sequence,
    ]);
    expect(
      await sequences(`?from=2025-03-14T04:00:00%2B01:00&classificationId=${decisionClassificationId}`),
    ).toEqual([decision.sequence]);
    const invalid = await call(notulist, 'GET', `${logbook}?from=gisteren`);
    expect(invalid.status).toBe(400);
    expect((await errorOf(invalid)).fields?.[0]?.path).toBe('from');
  });

  it('corrects an entry with a new revision: the logbook shows the correction, the history keeps the original', async () => {
    const original = await write(notulist, {
      text: 'Drie gewonden.',
      classificationId: room.classificationId,
      labelIds: [room.labelId],
      occurredAt: '2025-03-14T04:10:00Z',
    });
    const corrections = `${logbook}/${original.id}/corrections`;
    const missingReason = await call(mayor, 'POST', corrections, { text: 'Twee gewonden.' });
    expect(missingReason.status).toBe(400);
    expect((await errorOf(missingReason)).fields?.map((field) => field.path)).toEqual(['reason']);
    const tooLong = await call(mayor, 'POST', corrections, {
      text: 'Twee gewonden.',
      reason: 'x'.repeat(501),
    });
    expect(tooLong.status).toBe(400);

    const response = await call(mayor, 'POST', corrections, {
      text: 'Twee gewonden.',
      reason: 'Telling van de ambulancedienst',
      isDecision: true,
    });
    expect(response.status).toBe(201);
    const correction = await readJson<LogbookEntry>(response);
    expect(correction).toMatchObject({
      sequence: original.sequence,
      revision: 2,
      author: { id: mayorId },
      text: 'Twee gewonden.',
      correctionReason: 'Telling van de ambulancedienst',
      corrected: true,
      isDecision: true,
      // What the correction leaves out carries over.
      classification: original.classification,
      labels: original.labels,
      occurredAt: original.occurredAt,
    });

    const entries = await read(notulist);
    expect(entries.filter((entry) => entry.sequence === original.sequence)).toEqual([correction]);
    expect((await read(notulist, '?decisions=true')).map((entry) => entry.id)).toEqual([correction.id]);

    // A second correction, addressed by the id of the first correction, removes the classification.
    const again = await call(notulist, 'POST', `${logbook}/${correction.id}/corrections`, {
      text: 'Twee lichtgewonden.',
      reason: 'Aangevuld',
      classificationId: null,
    });
    expect(again.status).toBe(201);
    expect(await readJson(again)).toMatchObject({ revision: 3, classification: null, isDecision: true });

    const history = await call(notulist, 'GET', `${logbook}/${original.id}/history`);
    expect(history.status).toBe(200);
    const revisions = await readJson<LogbookEntry[]>(history);
    expect(revisions.map((revision) => [revision.revision, revision.text, revision.author?.id])).toEqual([
      [1, 'Drie gewonden.', notulistId],
      [2, 'Twee gewonden.', mayorId],
      [3, 'Twee lichtgewonden.', notulistId],
    ]);
    expect(revisions[0]).toEqual(original);
    expect(revisions.every((revision) => typeof revision.createdAt === 'string')).toBe(true);

    const events = await testApp.database.handle.executeSql(
      `select payload->'entry'->>'revision' as revision from events where topic = $1 and type = 'logbook.entry_corrected' order by id`,
      [`incident:${room.incidentId}`],
    );
    expect(events.rows.map((row) => row.revision)).toEqual(['2', '3']);
  });

  it('never lets the database user of requests change or remove a revision', async () => {
    const attempt = (statement: SQL) =>
      inTenant(testApp.database.handle.db, organisationId, async (tx) => {
        await tx.execute(statement);
      });
    const entry = logbookEntries.id;
    await expect(
      attempt(sql`update ${logbookEntries} set text = 'weg' where ${entry} = ${room.logbookEntryId}`),
    ).rejects.toThrow();
    await expect(
      attempt(sql`delete from ${logbookEntries} where ${entry} = ${room.logbookEntryId}`),
    ).rejects.toThrow();
    expect((await read(notulist))[0]?.text).toBe('Rook gezien op de tweede verdieping');
  });

  it('refuses a classification or label of another organisation, or one that does not exist, with a clear message', async () => {
    const classification = await call(notulist, 'POST', logbook, {
      text: 'Test',
      classificationId: foreign.classificationId,
    });
    expect(classification.status).toBe(400);
    expect(await errorOf(classification)).toMatchObject({
      code: 'logbook_classification_unknown',
      message: expect.stringContaining('classificatie bestaat niet'),
    });
    const label = await call(notulist, 'POST', logbook, {
      text: 'Test',
      labelIds: [room.labelId, foreign.labelId],
    });
    expect(label.status).toBe(400);
    expect((await errorOf(label)).code).toBe('logbook_label_unknown');
    const correction = await call(notulist, 'POST', `${logbook}/${room.logbookEntryId}/corrections`, {
      text: 'Test',
      reason: 'Test',
      labelIds: [uuidv7()],
    });
    expect(correction.status).toBe(400);
    const ownLabel = uuidv7();
    await testApp.database.handle.db
      .insert(logbookLabels)
      .values({ id: ownLabel, organisationId, name: 'Zorg' });
    expect((await call(notulist, 'POST', logbook, { text: 'Test', labelIds: [ownLabel] })).status).toBe(201);
    expect((await read(notulist)).map((entry) => entry.sequence)).toEqual([1, 2]);
  });

  it('refuses empty or overlong text', async () => {
    expect((await call(notulist, 'POST', logbook, { text: '   ' })).status).toBe(400);
    expect((await call(notulist, 'POST', logbook, { text: 'x'.repeat(10_001) })).status).toBe(400);
    expect((await call(notulist, 'POST', logbook, { text: 'x'.repeat(10_000) })).status).toBe(201);
  });

  it('refuses every change after the incident is closed, in Dutch or English, and still shows the logbook', async () => {
    await setIncident(testApp.database.handle.db, room.incidentId, { status: 'closed' });
    const added = await call(notulist, 'POST', logbook, { text: 'Nog iets' });
    expect(added.status).toBe(409);
    expect(await errorOf(added)).toMatchObject({
      code: 'incident_closed',
      message: expect.stringContaining('afgerond en kan niet meer worden gewijzigd'),
    });
    const corrected = await call(
      notulist,
      'POST',
      `${logbook}/${room.logbookEntryId}/corrections`,
      { text: 'Anders', reason: 'Vergissing' },
      'en',
    );
    expect(corrected.status).toBe(409);
    expect((await errorOf(corrected)).message).toContain('has been closed and can no longer be changed');
    expect((await read(notulist)).map((entry) => entry.text)).toEqual([
      'Rook gezien op de tweede verdieping',
    ]);
    expect((await call(notulist, 'GET', `${logbook}/${room.logbookEntryId}/history`)).status).toBe(200);
    await setIncident(testApp.database.handle.db, room.incidentId, { status: 'archived' });
    expect((await call(notulist, 'POST', logbook, { text: 'Nog iets' })).status).toBe(409);
  });

  it('answers 404 to a member who is not working on the incident, on every logbook route; an admin can read', async () => {
    const entry = `${logbook}/${room.logbookEntryId}`;
    const attachment = `/api/incidents/${room.incidentId}/attachments/${room.attachmentId}`;
    const routes: [string, string, unknown?][] = [
      ['GET', logbook],
      ['POST', logbook, { text: 'Ik kijk mee' }],
      ['POST', `${entry}/corrections`, { text: 'Anders', reason: 'Omdat' }],
      ['GET', `${entry}/history`],
      ['GET', attachment],
    ];
    for (const [method, path, body] of routes) {
      const response = await call(outsider, method, path, body);
      expect([method, path, response.status]).toEqual([method, path, 404]);
    }
    for (const path of [logbook, `${entry}/history`, attachment]) {
      expect([path, (await call(admin, 'GET', path)).status]).toEqual([path, 200]);
    }
    expect((await read(notulist)).length).toBe(1);
  });

  it('answers 404 for another organisation’s incident, entry or attachment, also inside an own incident', async () => {
    const theirs = `/api/incidents/${foreign.incidentId}`;
    const cases: [string, string, unknown?][] = [
      ['GET', `${theirs}/logbook`],
      ['POST', `${theirs}/logbook`, { text: 'Hallo' }],
      ['GET', `${theirs}/logbook/${foreign.logbookEntryId}/history`],
      ['GET', `${logbook}/${foreign.logbookEntryId}/history`],
      ['POST', `${logbook}/${foreign.logbookEntryId}/corrections`, { text: 'Anders', reason: 'Omdat' }],
      ['GET', `${theirs}/attachments/${foreign.attachmentId}`],
      ['GET', `/api/incidents/${room.incidentId}/attachments/${foreign.attachmentId}`],
    ];
    for (const [method, path, body] of cases) {
      const response = await call(admin, method, path, body);
      expect([method, path, response.status]).toEqual([method, path, 404]);
    }
    const theirEntries = await testApp.database.handle.executeSql(
      'select count(*)::int as count from logbook_entries where incident_id = $1',
      [foreign.incidentId],
    );
    expect(theirEntries.rows[0]?.count).toBe(1);
  });

  it('answers 404 for an entry of another incident of the same organisation', async () => {
    const other = await buildIncidentRoom(testApp.database.handle.db, organisationId, notulistId);
    const response = await call(notulist, 'POST', `${logbook}/${other.logbookEntryId}/corrections`, {
      text: 'Anders',
      reason: 'Omdat',
    });
    expect(response.status).toBe(404);
    expect((await call(notulist, 'GET', `${logbook}/${other.logbookEntryId}/history`)).status).toBe(404);
  });
});
