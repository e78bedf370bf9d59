import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentRecords } from '../../server/db/schema/consent-records.js';
import { inTenant } from '../../server/db/tenant-transaction.js';
import { hasConsent } from '../../server/modules/privacy/disclosures.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface Consent {
  consentId: string;
  statementVersion: number;
  choices: { functional: boolean; analytics: boolean; thirdParty: boolean };
  method: string;
  recordedAt: string;
  replacesId: string | null;
  withdrawsConsent: boolean;
}

const VISITOR_IP = '192.0.2.77';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** How a read refused by the database's grants reaches the caller, through Drizzle. */
const DENIED = { cause: { message: expect.stringMatching(/permission denied/) } };

const backends = await testBackends();

// @promise P3 consent records: choice, statement version, time and a pseudonymous id; change and withdraw
// @promise P11 a disclosure that needs consent checks the record first (hasConsent)
describe.each(backends)('consent records [%s]', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(kind, { TRUST_PROXY: 'true' });
  });
  afterAll(() => testApp.close());

  const sql = (text: string, values?: unknown[]) => testApp.database.handle.executeSql(text, values);
  const recordCount = async () => Number((await sql('select count(*) as n from consent_records')).rows[0]?.n);

  /** A choice as the web app's banner sends it: same-origin, from a visitor's address. */
  const choose = (body: unknown, language = 'nl') =>
    testApp.app.request('/api/consent', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Sec-Fetch-Site': 'same-origin',
        'Accept-Language': language,
        'X-Forwarded-For': VISITOR_IP,
        'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) ConsentTest/1.0',
      },
      body: JSON.stringify(body),
    });
  const current = async (consentId?: string) => {
    const response = await testApp.app.request('/api/consent', {
      headers: consentId ? { 'Baken-Consent-Id': consentId } : {},
    });
    expect(response.status).toBe(200);
    return (await readJson<{ consent: Consent | null }>(response)).consent;
  };
  const currentStatementVersion = async () =>
    (await readJson<{ currentVersion: number }>(await testApp.app.request('/api/privacy/statement')))
      .currentVersion;

  it('records a first choice with the statement version, the choices, the time and a new random id', async () => {
    const before = Date.now();
    const response = await choose({ analytics: false, thirdParty: false, method: 'banner' });
    expect(response.status).toBe(201);
    const recorded = await readJson<Consent>(response);
    expect(recorded).toMatchObject({
      consentId: expect.stringMatching(UUID),
      statementVersion: await currentStatementVersion(),
      choices: { functional: true, analytics: false, thirdParty: false },
      method: 'banner',
      replacesId: null,
      withdrawsConsent: false,
    });
    expect(Date.parse(recorded.recordedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(await current(recorded.consentId)).toEqual(recorded);

    // The record holds the choice and nothing about the visitor's connection.
    const { rows } = await sql('select * from consent_records where consent_id = $1', [recorded.consentId]);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [
        'analytics',
        'consent_id',
        'created_at',
        'functional',
        'id',
        'method',
        'replaces_id',
        'statement_version',
        'third_party',
        'user_id',
      ].sort(),
    );
    expect(rows[0]?.user_id).toBeNull();
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(VISITOR_IP);
    expect(stored).not.toContain('ConsentTest');
    // Nor does the log say whose choice it was.
    expect(testApp.logLines.join('\n')).not.toContain(recorded.consentId);
  });

  it('keeps a change and a withdrawal as new records, the newest in force, the older ones as proof', async () => {
    const db = testApp.database.handle.db;
    const first = await readJson<Consent>(await choose({ analytics: false, thirdParty: false }));
    expect(first.method).toBe('api');
    expect(await hasConsent(db, { consentId: first.consentId }, 'analytics')).toBe(false);

    const change = await choose({
      consentId: first.consentId,
      analytics: true,
      thirdParty: false,
      method: 'settings',
    });
    expect(change.status).toBe(201);
    const changed = await readJson<Consent>(change);
    expect(changed).toMatchObject({
      consentId: first.consentId,
      choices: { analytics: true, thirdParty: false },
      method: 'settings',
      withdrawsConsent: false,
    });
    expect(changed.replacesId).toEqual(expect.stringMatching(UUID));
    expect((await current(first.consentId))?.choices.analytics).toBe(true);
    expect(await hasConsent(db, { consentId: first.consentId }, 'analytics')).toBe(true);
    expect(await hasConsent(db, { consentId: first.consentId }, 'third-party')).toBe(false);

    const withdrawal = await readJson<Consent>(
      await choose({ consentId: first.consentId, analytics: false, thirdParty: false, method: 'settings' }),
    );
    expect(withdrawal).toMatchObject({ consentId: first.consentId, withdrawsConsent: true });
    expect(await current(first.consentId)).toEqual(withdrawal);
    expect(await hasConsent(db, { consentId: first.consentId }, 'analytics')).toBe(false);

    const { rows } = await sql(
      'select analytics, method from consent_records where consent_id = $1 order by created_at, id',
      [first.consentId],
    );
    expect(rows).toEqual([
      { analytics: false, method: 'api' },
      { analytics: true, method: 'settings' },
      { analytics: false, method: 'settings' },
    ]);
  });

  it('never lets a caller pick the id: an unknown consent id starts a new, random one', async () => {
    const madeUp = '00000000-0000-4000-8000-000000000000';
    const recorded = await readJson<Consent>(
      await choose({ consentId: madeUp, analytics: true, thirdParty: true }),
    );
    expect(recorded.consentId).not.toBe(madeUp);
    expect(recorded.replacesId).toBeNull();
    expect(await current(madeUp)).toBeNull();
  });

  it('links the choice to the account when signed in, and the check follows that person', async () => {
    const cookie = await signInToApp(testApp, 'burgemeester@voorbeeld.nl', '192.0.2.78');
    const response = await requestAs(testApp, cookie, 'POST', '/api/consent', {
      analytics: false,
      thirdParty: true,
      method: 'banner',
    });
    expect(response.status).toBe(201);
    const recorded = await readJson<Consent>(response);
    const { rows } = await sql(
      "select c.user_id = u.id as linked from consent_records c join users u on u.email = 'burgemeester@voorbeeld.nl' where c.consent_id = $1",
      [recorded.consentId],
    );
    expect(rows).toEqual([{ linked: true }]);
    const userId = String(
      (await sql("select id from users where email = 'burgemeester@voorbeeld.nl'")).rows[0]?.id,
    );
    const db = testApp.database.handle.db;
    expect(await hasConsent(db, { userId }, 'third-party')).toBe(true);
    expect(await hasConsent(db, { userId }, 'analytics')).toBe(false);

    // Withdrawn later in the same browser, signed out: the person's consent is gone too.
    await choose({ consentId: recorded.consentId, analytics: false, thirdParty: false });
    expect(await hasConsent(db, { userId }, 'third-party')).toBe(false);
    const nobody = '00000000-0000-4000-8000-000000000001';
    expect(await hasConsent(db, { userId: nobody }, 'third-party')).toBe(false);
  });

  it('refuses an invalid choice with a message in Dutch or English, and writes nothing', async () => {
    const before = await recordCount();
    for (const [language, message] of [
      ['nl', 'De gegevens zijn niet volledig of niet juist. Controleer de gemarkeerde velden.'],
      ['en', 'The data is incomplete or incorrect. Please check the highlighted fields.'],
    ] as const) {
      const response = await choose({ analytics: 'yes', method: 'cookie-wall' }, language);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('validation_failed');
      expect(error.message).toBe(message);
      expect(error.fields?.map((field) => field.path).sort()).toEqual(['analytics', 'method', 'thirdParty']);
    }
    expect((await choose({ analytics: true, thirdParty: true, ipAddress: VISITOR_IP })).status).toBe(400);
    const badId = await testApp.app.request('/api/consent', { headers: { 'Baken-Consent-Id': 'not-an-id' } });
    expect(badId.status).toBe(400);
    expect(await recordCount()).toBe(before);
  });

  it('answers null for a browser that never chose', async () => {
    expect(await current()).toBeNull();
    expect(await current('00000000-0000-4000-8000-000000000002')).toBeNull();
  });

  it('refuses a choice sent from another website (the app’s CSRF rules)', async () => {
    const before = await recordCount();
    const response = await testApp.app.request('/api/consent', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' },
      body: JSON.stringify({ analytics: true, thirdParty: true }),
    });
    expect(response.status).toBe(403);
    expect(await recordCount()).toBe(before);
  });

  it('keeps records unchangeable but deletable, and out of reach of requests in a tenant', async () => {
    await expect(sql('update consent_records set analytics = not analytics')).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(sql("update consent_records set method = 'api' where method = 'banner'")).rejects.toThrow(
      /cannot be changed/,
    );
    // Retention and erasure delete whole records; a newer record then only loses its link.
    const chain = await readJson<Consent>(await choose({ analytics: true, thirdParty: false }));
    const newer = await readJson<Consent>(
      await choose({ consentId: chain.consentId, analytics: false, thirdParty: false }),
    );
    await sql('delete from consent_records where id = $1', [newer.replacesId]);
    expect(await current(chain.consentId)).toMatchObject({ replacesId: null, choices: { analytics: false } });

    const demo = await sql("select id from organisations where slug = 'gemeente-voorbeeld'");
    const organisationId = String(demo.rows[0]?.id);
    await expect(
      inTenant(testApp.database.handle.db, organisationId, (tx) => tx.select().from(consentRecords)),
    ).rejects.toMatchObject(DENIED);
  });

  it('is in the OpenAPI document as a public route', async () => {
    const spec = await readJson<{ paths: Record<string, Record<string, unknown>> }>(
      await testApp.app.request('/api/openapi.json'),
    );
    expect(Object.keys(spec.paths['/api/consent'] ?? {}).sort()).toEqual(['get', 'post']);
  });
});
