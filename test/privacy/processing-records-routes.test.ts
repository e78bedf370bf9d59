import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION } from '../../server/modules/demo/demo-organisation.js';
import { OPERATOR_ADMIN, OPERATOR_ORGANISATION } from '../../server/modules/operator/seed-operator.js';
import type { ProcessingRecords } from '../../server/modules/privacy/processing-records/record-types.js';
import { PURPOSE_IDS } from '../../server/modules/privacy/purposes.js';
import { buildOrganisation } from '../factories/organisation.js';
import { buildStaff } from '../site-chat/site-chat-fixtures.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

const PATH = '/api/operator/processing-records';
const PATHS = [PATH, `${PATH}/export.json`, `${PATH}/export.csv`];

/** A CSV as Baken writes it (byte-order mark, `;`, CRLF, "" for a quote in a quoted cell) as rows of cells. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let index = 1;
  while (index < text.length) {
    const char = text[index] ?? '';
    const next = text[index + 1];
    index += 1;
    if (quoted && char === '"' && next === '"') {
      cell += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += char;
    } else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else {
      cell += char;
    }
  }
  return rows;
}

/** The body with its byte-order mark: Response.text() would drop it. */
const csvText = async (response: Response) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());

const backends = await testBackends();

describe.each(backends)('the records of processing activities for the operator [%s]', (kind) => {
  let testApp: TestApp;
  let officer: string;
  let platformAdmin: string;
  let support: string;
  let customerAdmin: string;
  let otherCustomer: { name: string; adminEmail: string };

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const db = testApp.database.handle.db;
    const { organisation, admin } = await buildOrganisation(db, 'Veiligheidsregio Noord');
    otherCustomer = { name: organisation.name, adminEmail: admin.email };
    await buildStaff(testApp, 'privacy_officer', 'fg@baken.local');
    await buildStaff(testApp, 'support', 'support@baken.local');
    officer = await signInToApp(testApp, 'fg@baken.local', '192.0.2.80');
    platformAdmin = await signInToApp(testApp, OPERATOR_ADMIN.email, '192.0.2.81');
    support = await signInToApp(testApp, 'support@baken.local', '192.0.2.82');
    customerAdmin = await signInToApp(testApp, 'beheerder@voorbeeld.nl', '192.0.2.83');
    const details = await requestAs(testApp, platformAdmin, 'PUT', '/api/privacy/controller', {
      controllerName: 'Baken Beheer B.V.',
      postalAddress: 'Stationsplein 1\n3511 ED Utrecht',
      email: 'privacy@baken.nl',
      phone: '',
      chamberOfCommerceNumber: '12345678',
      privacyOfficerContact: 'fg@baken.nl',
    });
    expect(details.status).toBe(200);
  });
  afterAll(() => testApp.close());

  const get = (cookie: string, path: string) => requestAs(testApp, cookie, 'GET', path);

  it('shows the privacy officer every purpose and every customer organisation, and no operator organisation', async () => {
    const response = await get(officer, PATH);
    expect(response.status).toBe(200);
    const records = await readJson<ProcessingRecords>(response);
    expect(records.language).toBe('nl');
    expect(records.controllerRecord.activities.map((activity) => activity.purposeId)).toEqual(PURPOSE_IDS);
    expect(records.controllerRecord.controller).toMatchObject({
      name: 'Baken Beheer B.V.',
      privacyOfficer: 'fg@baken.nl',
    });
    const names = records.processorRecord.organisations.map((organisation) => organisation.name);
    expect(names).toEqual([DEMO_ORGANISATION.name, otherCustomer.name].sort((a, b) => a.localeCompare(b)));
    expect(names).not.toContain(OPERATOR_ORGANISATION.name);
  });

  it('is tied to the current version of the privacy statement', async () => {
    const records = await readJson<ProcessingRecords>(await get(platformAdmin, PATH));
    const statement = await readJson<{ version: number; publishedAt: string }>(
      await testApp.app.request('/api/privacy/statement'),
    );
    expect(records.statement).toMatchObject({
      version: statement.version,
      publishedAt: statement.publishedAt,
    });
    expect(Date.parse(records.generatedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('names organisations by their settings and counts only, never a person', async () => {
    const text = await (await get(officer, PATH)).text();
    expect(text).not.toContain(otherCustomer.adminEmail);
    expect(text).not.toContain('beheerder@voorbeeld.nl');
    const records = JSON.parse(text) as ProcessingRecords;
    const other = records.processorRecord.organisations.find((item) => item.name === otherCustomer.name);
    expect(other?.contact).toBe('Via de beheerders van de organisatie in Baken (1)');
  });

  it('refuses a customer’s admin, support staff and anyone not signed in', async () => {
    for (const path of PATHS) {
      expect((await get(customerAdmin, path)).status, path).toBe(403);
      expect((await get(support, path)).status, path).toBe(403);
      expect((await testApp.app.request(path)).status, path).toBe(401);
    }
  });

  it('downloads the same records as JSON and as CSV', async () => {
    const onScreen = await readJson<ProcessingRecords>(await get(officer, PATH));
    const jsonResponse = await get(officer, `${PATH}/export.json`);
    expect(jsonResponse.headers.get('content-disposition')).toMatch(
      /^attachment; filename="verwerkingsregister-.*\.json"$/,
    );
    const json = await readJson<ProcessingRecords>(jsonResponse);
    expect({ ...json, generatedAt: '' }).toEqual({ ...onScreen, generatedAt: '' });

    const csvResponse = await get(officer, `${PATH}/export.csv`);
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(await csvText(csvResponse));
    expect(header?.slice(0, 4)).toEqual([
      'Register',
      'Verwerkingsverantwoordelijke',
      'Verwerker',
      'Verwerking (doel)',
    ]);
    const { controllerRecord, processorRecord } = json;
    expect(rows).toHaveLength(
      controllerRecord.activities.length +
        processorRecord.organisations.length * processorRecord.activities.length,
    );
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
    const activityColumn = header?.indexOf('Verwerking (doel)') ?? -1;
    expect(rows.slice(0, controllerRecord.activities.length).map((row) => row[activityColumn])).toEqual(
      controllerRecord.activities.map((activity) => activity.name),
    );
    for (const organisation of processorRecord.organisations) {
      const ofIt = rows.filter((row) => row[1]?.startsWith(organisation.name));
      expect(ofIt.map((row) => row[activityColumn])).toEqual(
        processorRecord.activities.map((activity) => activity.name),
      );
    }
  });

  it('comes in English when asked, downloads included', async () => {
    const records = await readJson<ProcessingRecords>(await get(officer, `${PATH}?lang=en`));
    expect(records.language).toBe('en');
    expect(records.controllerRecord.activities[0]?.name).toBe('Access to the services');
    const [header] = parseCsv(await csvText(await get(officer, `${PATH}/export.csv?lang=en`)));
    expect(header?.slice(0, 4)).toEqual([
      'Record',
      'Controller',
      'Processor',
      'Processing activity (purpose)',
    ]);
  });
});
