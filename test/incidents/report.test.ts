import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { incidents, logbookEntries } from '../../server/db/schema/incidents.js';
import { openSession } from '../../server/modules/accounts/open-session.js';
import { parseCsv } from '../../server/modules/users/import/parse-csv.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface RecordEntry {
  sequence: number;
  revision: number;
  text: string;
  isDecision: boolean;
  corrected: boolean;
  correctionReason: string | null;
  author: { name: string } | null;
  earlierRevisions: { revision: number; text: string }[];
}

interface IncidentRecord {
  incident: { number: number; status: string; closedBy: { name: string } | null };
  participants: { user: { name: string } | null; teamName: string | null; roleName: string | null }[];
  logbook: RecordEntry[];
  tasks: { title: string; checklist: { text: string; done: boolean }[] }[];
  situationVersions: { version: number; sections: { title: string; content: string }[] }[];
  chatMessages: { body: string }[];
}

/** The text of every page, with line breaks and runs of spaces made single spaces. */
async function pdfPages(response: Response): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
  const { text } = await extractText(document, { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

const backends = await testBackends();

describe.each(backends)('incident report and exports [%s]', (kind) => {
  let testApp: TestApp;
  let participant: string;
  let outsider: string;
  let admin: string;
  let otherOrganisation: string;
  let incidentId: string;
  let room: Awaited<ReturnType<typeof buildIncidentRoom>>;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const db = testApp.database.handle.db;
    const people = await testApp.database.handle.executeSql(
      "select id, organisation_id, email from users where email in ('burgemeester@voorbeeld.nl')",
    );
    const bram = people.rows[0] as { id: string; organisation_id: string };
    participant = await signInToApp(testApp, 'burgemeester@voorbeeld.nl', '192.0.2.31');
    outsider = await signInToApp(testApp, 'communicatie@voorbeeld.nl', '192.0.2.32');
    admin = await signInToApp(testApp, 'beheerder@voorbeeld.nl', '192.0.2.33');
    const other = await buildOrganisation(db, 'Ziekenhuis Elders');
    const session = await openSession(db, other.admin, { ipAddress: '192.0.2.34', userAgent: undefined });
    otherOrganisation = `__Host-baken_session=${session.token}`;

    room = await buildIncidentRoom(db, bram.organisation_id, bram.id);
    incidentId = room.incidentId;
    const entry = (
      sequence: number,
      text: string,
      more: Partial<typeof logbookEntries.$inferInsert> = {},
    ) => ({
      id: uuidv7(),
      organisationId: bram.organisation_id,
      incidentId,
      sequence,
      authorId: bram.id,
      text,
      ...more,
    });
    await db.insert(logbookEntries).values([
      entry(2, 'Besloten de sporthal als opvang te openen', { isDecision: true }),
      entry(3, 'Wateroverlast in de kelder'),
      entry(3, 'Wateroverlast in de garage', {
        revision: 2,
        correctionReason: 'Verkeerde ruimte genoteerd',
      }),
      entry(4, '=HYPERLINK("http://example.com";"klik")'),
      entry(5, 'Bewoners geëvacueerd naar café De Brug'),
    ]);
    await db
      .update(incidents)
      .set({ status: 'closed', closedAt: new Date(), closedBy: bram.id })
      .where(eq(incidents.id, incidentId));
  });
  afterAll(() => testApp.close());

  const download = (cookie: string, format: string, language?: string, id = incidentId) =>
    testApp.app.request(`/api/incidents/${id}/${format}`, {
      headers: { Cookie: cookie, ...(language ? { 'Accept-Language': language } : {}) },
    });

  it('gives a participant the report of a closed incident as PDF, with corrections and decisions', async () => {
    const response = await download(participant, 'report.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="incident-\d+-brand-in-gebouw-\d+\.pdf"$/,
    );
    const text = (await pdfPages(response)).join(' ');
    for (const expected of [
      'Incidentrapport',
      'Status: Afgerond',
      'door Bram Jansen',
      'Deelnemers',
      'Bram Jansen, Burgemeester',
      'Rook gezien op de tweede verdieping',
      'Besluiten',
      'Besloten de sporthal als opvang te openen',
      'BESLUIT',
      'Acties',
      'Ontruiming bevestigen',
      '[ ] BHV gebeld',
      'Wateroverlast in de garage',
      'Gecorrigeerd',
      'Verkeerde ruimte genoteerd',
      'Oorspronkelijke tekst',
      'Wateroverlast in de kelder',
      'Bewoners geëvacueerd naar café De Brug',
      'Situatiebeeld',
      'Beeldvorming: nog onbekend',
      'Locaties',
      'Gemeentehuis',
      'Ik ben onderweg',
      'Pagina 1',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('OEFENING');
  });

  it('writes the headings in English for an English request, and the data as written', async () => {
    const response = await download(participant, 'report.pdf', 'en-GB,en;q=0.9');
    const text = (await pdfPages(response)).join(' ');
    for (const expected of [
      'Incident report',
      'Status: Closed',
      'Participants',
      'Logbook',
      'Decisions',
      'DECISION',
      'Tasks',
      'Corrected',
      'Original text',
      'Situation picture',
      'Page 1',
      'Wateroverlast in de kelder',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Logboek');
  });

  it('marks every page of an exercise, and renders a logbook of 2,000 entries', async () => {
    const db = testApp.database.handle.db;
    const [bram] = await testApp.database.handle
      .executeSql("select id, organisation_id from users where email = 'burgemeester@voorbeeld.nl'")
      .then((result) => result.rows as { id: string; organisation_id: string }[]);
    if (!bram) throw new Error('demo user missing');
    const exercise = await buildIncidentRoom(db, bram.organisation_id, bram.id);
    await db.update(incidents).set({ isExercise: true }).where(eq(incidents.id, exercise.incidentId));
    const start = Date.parse('2026-03-01T08:00:00Z');
    const entries = Array.from({ length: 1999 }, (_, index) => ({
      id: uuidv7(),
      organisationId: bram.organisation_id,
      incidentId: exercise.incidentId,
      sequence: index + 2,
      authorId: bram.id,
      text: `Oefenregel ${index + 2}: de situatie blijft onder controle, de teams werken volgens plan.`,
      occurredAt: new Date(start + index * 60_000),
    }));
    for (let from = 0; from < entries.length; from += 500)
      await db.insert(logbookEntries).values(entries.slice(from, from + 500));

    const response = await download(participant, 'report.pdf', undefined, exercise.incidentId);
    expect(response.status).toBe(200);
    const pages = await pdfPages(response);
    expect(pages.length).toBeGreaterThan(40);
    pages.forEach((page, index) => {
      expect(page).toContain('OEFENING');
      expect(page).toContain(`Pagina ${index + 1}`);
    });
    expect(pages.join(' ')).toContain('Oefenregel 2000: de situatie blijft onder controle');
  });

  it('exports the same record as JSON', async () => {
    const response = await download(participant, 'export.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(
      /filename="incident-\d+-brand-in-gebouw-\d+\.json"/,
    );
    const record = await readJson<IncidentRecord>(response);
    expect(record.incident).toMatchObject({ status: 'closed', closedBy: { name: 'Bram Jansen' } });
    expect(record.participants).toEqual([
      expect.objectContaining({ user: expect.objectContaining({ name: 'Bram Jansen' }) }),
    ]);
    expect(record.logbook.map((entry) => [entry.sequence, entry.revision, entry.text])).toEqual([
      [1, 1, 'Rook gezien op de tweede verdieping'],
      [2, 1, 'Besloten de sporthal als opvang te openen'],
      [3, 2, 'Wateroverlast in de garage'],
      [4, 1, '=HYPERLINK("http://example.com";"klik")'],
      [5, 1, 'Bewoners geëvacueerd naar café De Brug'],
    ]);
    expect(record.logbook.find((entry) => entry.sequence === 3)).toMatchObject({
      corrected: true,
      correctionReason: 'Verkeerde ruimte genoteerd',
      earlierRevisions: [{ revision: 1, text: 'Wateroverlast in de kelder' }],
    });
    expect(record.logbook.filter((entry) => entry.isDecision).map((entry) => entry.sequence)).toEqual([2]);
    expect(record.tasks).toEqual([
      expect.objectContaining({
        title: 'Ontruiming bevestigen',
        checklist: [expect.objectContaining({ text: 'BHV gebeld' })],
      }),
    ]);
    expect(record.situationVersions.map((version) => version.version)).toEqual([1]);
    expect(record.chatMessages.map((message) => message.body)).toEqual(['Ik ben onderweg']);
  });

  it('exports the timeline as CSV a spreadsheet opens safely', async () => {
    const response = await download(participant, 'export.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /filename="incident-\d+-brand-in-gebouw-\d+\.csv"/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(header).toEqual([
      'soort',
      'tijd',
      'nummer',
      'versie',
      'auteur',
      'classificatie',
      'labels',
      'besluit',
      'tekst',
      'reden correctie',
    ]);
    const text = (row: string[]) => row[8];
    expect(rows.find((row) => text(row) === 'Rook gezien op de tweede verdieping')).toEqual([
      'logboek',
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      '1',
      '1',
      'Bram Jansen',
      'Melding',
      'Pers',
      '',
      'Rook gezien op de tweede verdieping',
      '',
    ]);
    expect(rows.find((row) => text(row) === 'Wateroverlast in de kelder')?.[0]).toBe(
      'logboek (eerdere versie)',
    );
    expect(rows.find((row) => text(row) === 'Wateroverlast in de garage')?.[9]).toBe(
      'Verkeerde ruimte genoteerd',
    );
    expect(rows.find((row) => text(row) === 'Besloten de sporthal als opvang te openen')?.[7]).toBe('ja');
    expect(rows.map(text)).toContain('\'=HYPERLINK("http://example.com";"klik")');
    expect(rows.map(text)).toContain('Bewoners geëvacueerd naar café De Brug');
    expect(new Set(rows.map((row) => row[0]))).toEqual(
      new Set(['logboek', 'logboek (eerdere versie)', 'actie', 'situatiebeeld', 'chat']),
    );
    const times = rows.map((row) => row[1] ?? '');
    expect(times).toEqual([...times].sort());

    const english = parseCsv(await (await download(participant, 'export.csv', 'en')).text());
    expect(english[0]?.slice(0, 3)).toEqual(['kind', 'time', 'number']);
  });

  it('notes every download in the audit log with its format', async () => {
    const result = await testApp.database.handle.executeSql(
      "select details->>'format' as format from audit_log where action = 'incident.exported' and target_id = $1",
      [incidentId],
    );
    const formats = result.rows.map((row) => row.format);
    expect(new Set(formats)).toEqual(new Set(['pdf', 'json', 'csv']));
  });

  it('is only for participants and admins: others get 404, as if the incident did not exist', async () => {
    const before = await testApp.database.handle.executeSql(
      "select count(*)::int as count from audit_log where action = 'incident.exported'",
    );
    for (const format of ['report.pdf', 'export.json', 'export.csv']) {
      expect([format, (await download(outsider, format)).status]).toEqual([format, 404]);
      expect([format, (await download(otherOrganisation, format)).status]).toEqual([format, 404]);
      expect([format, (await testApp.app.request(`/api/incidents/${incidentId}/${format}`)).status]).toEqual([
        format,
        401,
      ]);
    }
    const after = await testApp.database.handle.executeSql(
      "select count(*)::int as count from audit_log where action = 'incident.exported'",
    );
    expect(after.rows[0]?.count).toBe(before.rows[0]?.count);
    const response = await download(admin, 'export.json');
    expect(response.status).toBe(200);
    expect((await readJson<IncidentRecord>(response)).incident.number).toBeGreaterThan(1000);
    expect(
      (await requestAs(testApp, admin, 'GET', `/api/incidents/${room.incidentId}/report.pdf`)).status,
    ).toBe(200);
  });
});
