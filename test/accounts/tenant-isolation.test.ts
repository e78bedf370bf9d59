import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../server/db/ids.js';
import { alerts } from '../../server/db/schema/alerts.js';
import { apiKeys } from '../../server/db/schema/api-keys.js';
import { dataBreaches, dataBreachOrganisations } from '../../server/db/schema/data-breaches.js';
import { legalHolds } from '../../server/db/schema/legal-holds.js';
import { privacyRequests } from '../../server/db/schema/privacy-requests.js';
import { pushSubscriptions } from '../../server/db/schema/push-subscriptions.js';
import { onCallRosters, onCallSwaps } from '../../server/db/schema/rosters.js';
import { supportGrants } from '../../server/db/schema/support-grants.js';
import { PUBLIC_API_ROUTES } from '../../server/http/middleware/require-sign-in.js';
import { openSession } from '../../server/modules/accounts/open-session.js';
import { newApiKeySecret } from '../../server/modules/api-keys/api-key-secret.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation, buildUser } from '../factories/organisation.js';
import { readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

/**
 * Generated from the OpenAPI document: every route is called without a session (401), and as a
 * user of organisation A with the ids of organisation B's resources (404). A new route fails this
 * test until it is listed here, as public or with a way to find B's id for each path parameter.
 */
const PUBLIC_ROUTES = new Set([...PUBLIC_API_ROUTES, 'GET /healthz', 'GET /readyz']);

type Resources = Record<string, string>;

/** Operator console routes: organisation users (admins included) get 403 whatever id they send. */
const OPERATOR_ROUTES = new Set([
  'POST /api/operator/organisations/{id}/restore',
  // The website chat's inbox (P9): platform data, for the operator's staff only.
  'GET /api/operator/site-chat/{id}',
  'POST /api/operator/site-chat/{id}/messages',
  'POST /api/operator/site-chat/{id}/contact-request',
  'POST /api/operator/site-chat/{id}/mark-answered',
  // The operator's breach register (art. 33): its privacy staff only.
  'GET /api/operator/breaches/{id}',
  'PATCH /api/operator/breaches/{id}',
  'POST /api/operator/breaches/{id}/authority',
  'POST /api/operator/breaches/{id}/subjects',
  'POST /api/operator/breaches/{id}/organisations',
  'POST /api/operator/breaches/{id}/close',
  // Notices to recipients of disclosures (art. 19): the operator's privacy staff record them.
  'POST /api/operator/recipient-notices/{id}/told',
]);

/**
 * For each route with path parameters: the ids of organisation B's resources to try from A, one per
 * parameter in path order, and a body that would be valid, so the answer is about access and not
 * about the input.
 */
const FOREIGN_ID_FOR: Record<string, { id: (b: Resources) => string | string[]; body?: unknown }> = {
  'DELETE /api/me/sessions/{id}': { id: (b) => b.sessionId ?? '' },
  'PATCH /api/users/{id}': { id: (b) => b.userId ?? '', body: { status: 'deactivated' } },
  'POST /api/users/{id}/cancel': { id: (b) => b.userId ?? '' },
  'POST /api/users/{id}/restore': { id: (b) => b.userId ?? '' },
  'POST /api/users/{id}/restriction': {
    id: (b) => b.userId ?? '',
    body: { ground: 'accuracy-contested' },
  },
  'DELETE /api/users/{id}/restriction': { id: (b) => b.userId ?? '' },
  'DELETE /api/api-keys/{id}': { id: (b) => b.apiKeyId ?? '' },
  'GET /api/alerts/{id}': { id: (b) => b.alertId ?? '' },
  'POST /api/alerts/{id}/cancel': { id: (b) => b.alertId ?? '' },
  'POST /api/alerts/{id}/response': {
    id: (b) => b.alertId ?? '',
    body: { response: 'coming', etaMinutes: 5 },
  },
  'DELETE /api/me/push-subscriptions/{id}': { id: (b) => b.pushSubscriptionId ?? '' },
  'PATCH /api/rosters/{id}': { id: (b) => b.rosterId ?? '', body: { name: 'Overgenomen' } },
  'DELETE /api/rosters/{id}': { id: (b) => b.rosterId ?? '' },
  'GET /api/rosters/{id}/schedule': { id: (b) => b.rosterId ?? '' },
  'POST /api/rosters/{id}/swaps': {
    id: (b) => b.rosterId ?? '',
    body: {
      startsAt: '2099-01-01T08:00:00Z',
      endsAt: '2099-01-02T08:00:00Z',
      userId: '00000000-0000-7000-8000-000000000000',
    },
  },
  'DELETE /api/rosters/{id}/swaps/{swapId}': { id: (b) => [b.rosterId ?? '', b.rosterSwapId ?? ''] },
  'GET /api/roles/{id}/deputies': { id: (b) => b.roleId ?? '' },
  'PUT /api/roles/{id}/deputies': { id: (b) => b.roleId ?? '', body: { userIds: [] } },
  'DELETE /api/organisation/support-access/{id}': { id: (b) => b.supportGrantId ?? '' },
  'PATCH /api/roles/{id}': { id: (b) => b.roleId ?? '', body: { isDefault: true } },
  'DELETE /api/roles/{id}': { id: (b) => b.roleId ?? '' },
  'GET /api/teams/{id}': { id: (b) => b.teamId ?? '' },
  'PATCH /api/teams/{id}': { id: (b) => b.teamId ?? '', body: { name: 'Overgenomen team' } },
  'DELETE /api/teams/{id}': { id: (b) => b.teamId ?? '' },
  'PUT /api/teams/{id}/members': { id: (b) => b.teamId ?? '', body: { members: [] } },
  'PATCH /api/team-templates/{id}': { id: (b) => b.teamTemplateId ?? '', body: { roleIds: [] } },
  'DELETE /api/team-templates/{id}': { id: (b) => b.teamTemplateId ?? '' },
  'PATCH /api/locations/{id}': {
    id: (b) => b.locationId ?? '',
    body: { latitude: null, longitude: null },
  },
  'DELETE /api/locations/{id}': { id: (b) => b.locationId ?? '' },
  'PATCH /api/logbook/classifications/{id}': { id: (b) => b.classificationId ?? '', body: { position: 9 } },
  'DELETE /api/logbook/classifications/{id}': { id: (b) => b.classificationId ?? '' },
  'PATCH /api/logbook/labels/{id}': { id: (b) => b.labelId ?? '', body: { name: 'Overgenomen' } },
  'DELETE /api/logbook/labels/{id}': { id: (b) => b.labelId ?? '' },
  'PATCH /api/situation-templates/{id}': {
    id: (b) => b.situationTemplateId ?? '',
    body: { sections: [{ title: 'Overgenomen' }] },
  },
  'DELETE /api/situation-templates/{id}': { id: (b) => b.situationTemplateId ?? '' },
  'GET /api/incident-templates/{id}': { id: (b) => b.incidentTemplateId ?? '' },
  'PATCH /api/incident-templates/{id}': {
    id: (b) => b.incidentTemplateId ?? '',
    body: { opensChat: false, teamIds: [], locationId: null },
  },
  'DELETE /api/incident-templates/{id}': { id: (b) => b.incidentTemplateId ?? '' },
  'GET /api/incidents/{id}': { id: (b) => b.incidentId ?? '' },
  'PATCH /api/incidents/{id}': { id: (b) => b.incidentId ?? '', body: { title: 'Overgenomen' } },
  'DELETE /api/incidents/{id}': { id: (b) => b.incidentId ?? '' },
  'GET /api/incidents/{id}/report.pdf': { id: (b) => b.incidentId ?? '' },
  'GET /api/incidents/{id}/export.json': { id: (b) => b.incidentId ?? '' },
  'GET /api/incidents/{id}/export.csv': { id: (b) => b.incidentId ?? '' },
  'GET /api/incidents/{id}/tasks': { id: (b) => b.incidentId ?? '' },
  'POST /api/incidents/{id}/tasks': { id: (b) => b.incidentId ?? '', body: { title: 'Overgenomen' } },
  'PATCH /api/incidents/{id}/tasks/{taskId}': {
    id: (b) => [b.incidentId ?? '', b.taskId ?? ''],
    body: { status: 'done' },
  },
  'GET /api/incidents/{id}/situation': { id: (b) => b.incidentId ?? '' },
  'POST /api/incidents/{id}/situation': {
    id: (b) => b.incidentId ?? '',
    body: { baseVersion: 1, sections: [{ key: 'beeldvorming', content: 'Overgenomen' }] },
  },
  'GET /api/incidents/{id}/situation/versions/{version}': { id: (b) => [b.incidentId ?? '', '1'] },
  'GET /api/incidents/{id}/locations': { id: (b) => b.incidentId ?? '' },
  'POST /api/incidents/{id}/locations': { id: (b) => b.incidentId ?? '', body: { name: 'Overgenomen' } },
  'DELETE /api/incidents/{id}/locations/{locationId}': {
    id: (b) => [b.incidentId ?? '', b.incidentLocationId ?? ''],
  },
  'GET /api/incidents/{id}/participants': { id: (b) => b.incidentId ?? '' },
  'POST /api/incidents/{id}/participants': {
    id: (b) => b.incidentId ?? '',
    body: { userId: '00000000-0000-7000-8000-000000000000' },
  },
  'DELETE /api/incidents/{id}/participants/{participantId}': {
    id: (b) => [b.incidentId ?? '', b.participantId ?? ''],
  },
  'PUT /api/incidents/{id}/presence': { id: (b) => b.incidentId ?? '', body: { presence: 'present' } },
  'GET /api/incidents/{id}/logbook': { id: (b) => b.incidentId ?? '' },
  'POST /api/incidents/{id}/logbook': { id: (b) => b.incidentId ?? '', body: { text: 'Overgenomen' } },
  'POST /api/incidents/{id}/logbook/{entryId}/corrections': {
    id: (b) => [b.incidentId ?? '', b.logbookEntryId ?? ''],
    body: { text: 'Overgenomen', reason: 'Overgenomen' },
  },
  'GET /api/incidents/{id}/logbook/{entryId}/history': {
    id: (b) => [b.incidentId ?? '', b.logbookEntryId ?? ''],
  },
  'GET /api/incidents/{id}/attachments/{attachmentId}': {
    id: (b) => [b.incidentId ?? '', b.attachmentId ?? ''],
  },
  'GET /api/incidents/{id}/chat': { id: (b) => b.incidentId ?? '' },
  'POST /api/incidents/{id}/chat': { id: (b) => b.incidentId ?? '', body: { body: 'Overgenomen' } },
  'GET /api/incidents/{id}/chat.csv': { id: (b) => b.incidentId ?? '' },
  // @promise P17 another organisation's privacy request is invisible to this one's admins (404)
  'GET /api/privacy/requests/{id}': { id: (b) => b.privacyRequestId ?? '' },
  'GET /api/privacy/requests/{id}/id-copy': { id: (b) => b.privacyRequestId ?? '' },
  'POST /api/privacy/requests/{id}/ask-id-copy': {
    id: (b) => b.privacyRequestId ?? '',
    body: { reason: 'Overgenomen verzoek' },
  },
  'POST /api/privacy/requests/{id}/verify-identity': { id: (b) => b.privacyRequestId ?? '' },
  'POST /api/privacy/requests/{id}/extend': {
    id: (b) => b.privacyRequestId ?? '',
    body: { reason: 'Overgenomen verzoek', months: 1 },
  },
  'POST /api/privacy/requests/{id}/answer': {
    id: (b) => b.privacyRequestId ?? '',
    body: { outcome: 'answered', answer: 'Overgenomen' },
  },
  'GET /api/privacy/requests/{id}/site-chat': { id: (b) => b.privacyRequestId ?? '' },
  'POST /api/privacy/requests/{id}/site-chat/erase': { id: (b) => b.privacyRequestId ?? '' },
  'POST /api/legal-holds/{id}/lift': { id: (b) => b.legalHoldId ?? '' },
  // A breach that concerns organisation B only: A's admins cannot learn it exists.
  'GET /api/organisation/breaches/{id}': { id: (b) => b.dataBreachId ?? '' },
  'POST /api/privacy/requests/{id}/withdraw': { id: (b) => b.privacyRequestId ?? '' },
};

const backends = await testBackends();

describe.each(backends)('tenant isolation on every route [%s]', (kind) => {
  let testApp: TestApp;
  let routes: { method: string; path: string }[];
  let cookieA: string;
  const b: Resources = {};
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const db = testApp.database.handle.db;
    const a = await buildOrganisation(db, 'Gemeente A');
    const other = await buildOrganisation(db, 'Ziekenhuis B');
    const userB = await buildUser(db, other.organisation.id, {});
    const client = { ipAddress: '192.0.2.1', userAgent: undefined };
    const sessionA = await openSession(db, a.admin, client);
    const sessionB = await openSession(db, userB, client);
    cookieA = `__Host-baken_session=${sessionA.token}`;
    b.sessionId = sessionB.sessionId;
    b.organisationId = other.organisation.id;
    b.userId = userB.id;
    const { key: _shownOnce, ...keyB } = newApiKeySecret();
    b.apiKeyId = uuidv7();
    await db.insert(apiKeys).values({
      ...keyB,
      id: b.apiKeyId,
      organisationId: other.organisation.id,
      name: 'Koppeling B',
      scopes: ['incidents:read'],
      createdBy: other.admin.id,
    });
    Object.assign(b, await buildIncidentRoom(db, other.organisation.id, userB.id));
    b.alertId = uuidv7();
    await db.insert(alerts).values({
      id: b.alertId,
      organisationId: other.organisation.id,
      incidentId: b.incidentId ?? null,
      title: 'Alarm B',
      targets: { teamIds: [], roleIds: [], userIds: [userB.id], onCallRoleIds: [] },
      linksExpireAt: new Date(Date.now() + 60 * 60 * 1000),
    });
    b.pushSubscriptionId = uuidv7();
    await db.insert(pushSubscriptions).values({
      id: b.pushSubscriptionId,
      organisationId: other.organisation.id,
      userId: userB.id,
      endpoint: 'https://push.example.net/apparaat-b',
      p256dh: 'sleutel-b',
      auth: 'geheim-b',
    });
    b.rosterId = uuidv7();
    b.rosterSwapId = uuidv7();
    await db.insert(onCallRosters).values({
      id: b.rosterId,
      organisationId: other.organisation.id,
      roleId: b.roleId ?? '',
      name: 'Piket B',
      rotationStart: new Date(),
      memberIds: [userB.id],
    });
    await db.insert(onCallSwaps).values({
      id: b.rosterSwapId,
      organisationId: other.organisation.id,
      rosterId: b.rosterId,
      startsAt: new Date(),
      endsAt: new Date(Date.now() + 60 * 60 * 1000),
      userId: userB.id,
    });
    b.supportGrantId = uuidv7();
    await db.insert(supportGrants).values({
      id: b.supportGrantId,
      organisationId: other.organisation.id,
      grantedBy: other.admin.id,
      reason: 'Storing bij B',
      expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    });
    b.privacyRequestId = uuidv7();
    await db.insert(privacyRequests).values({
      id: b.privacyRequestId,
      right: 'access',
      userId: userB.id,
      requesterOrganisationId: other.organisation.id,
      organisationId: other.organisation.id,
      requesterName: userB.name,
      requesterEmail: userB.email,
      language: 'nl',
      status: 'open',
      receivedAt: new Date(),
      dueAt: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
      identityMethod: 'account-password',
    });
    b.legalHoldId = uuidv7();
    await db.insert(legalHolds).values({
      id: b.legalHoldId,
      organisationId: other.organisation.id,
      userId: userB.id,
      ground: 'legal-claim',
      reason: 'Geschil B',
      until: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
    });
    b.dataBreachId = uuidv7();
    await db.insert(dataBreaches).values({
      id: b.dataBreachId,
      discoveredAt: new Date(),
      description: 'Lek bij B',
      dataCategories: 'Namen',
      peopleCategories: 'Medewerkers van B',
      contactPoint: 'privacy@baken.example',
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await db
      .insert(dataBreachOrganisations)
      .values({ breachId: b.dataBreachId, organisationId: other.organisation.id, notifiedAt: new Date() });
    const document = await readJson<{ paths: Record<string, Record<string, unknown>> }>(
      await testApp.app.request('/api/openapi.json'),
    );
    routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => testApp.close());

  const call = (method: string, path: string, cookie?: string, body: unknown = {}) =>
    testApp.app.request(path, {
      method,
      headers: {
        ...(cookie ? { Cookie: cookie } : {}),
        'Sec-Fetch-Site': 'same-origin',
        ...(method === 'GET' || method === 'DELETE' ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(method === 'GET' || method === 'DELETE' ? {} : { body: JSON.stringify(body) }),
    });

  it('knows every route: public, or with a foreign id for each parameter', () => {
    const unknown = routes
      .map(({ method, path }) => `${method} ${path}`)
      .filter(
        (route) =>
          !PUBLIC_ROUTES.has(route) &&
          route.includes('{') &&
          !(route in FOREIGN_ID_FOR) &&
          !OPERATOR_ROUTES.has(route),
      );
    expect(unknown).toEqual([]);
  });

  it('answers 401 on every non-public route without a session', async () => {
    const answers: Record<string, number> = {};
    for (const { method, path } of routes) {
      const route = `${method} ${path}`;
      if (PUBLIC_ROUTES.has(route)) continue;
      const concrete = path.replace(/\{[^}]+\}/g, '00000000-0000-7000-8000-000000000000');
      answers[route] = (await call(method, concrete)).status;
    }
    expect(Object.values(answers).length).toBeGreaterThan(0);
    expect(Object.entries(answers).filter(([, status]) => status !== 401)).toEqual([]);
  });

  it('keeps organisation users, admins included, out of the operator routes (403)', async () => {
    for (const route of OPERATOR_ROUTES) {
      const [method = 'GET', path = ''] = route.split(' ');
      const response = await call(method, path.replace(/\{[^}]+\}/, b.organisationId ?? ''), cookieA);
      expect([route, response.status]).toEqual([route, 403]);
    }
  });

  // @promise P12
  it('answers 404 on every route with an id of another organisation, and changes nothing', async () => {
    const answers: Record<string, number> = {};
    for (const [route, foreign] of Object.entries(FOREIGN_ID_FOR)) {
      const [method = 'GET', path = ''] = route.split(' ');
      const ids = [foreign.id(b)].flat();
      const concrete = path.replace(/\{[^}]+\}/g, () => ids.shift() ?? '');
      answers[route] = (await call(method, concrete, cookieA, foreign.body)).status;
    }
    expect(Object.entries(answers).filter(([, status]) => status !== 404)).toEqual([]);
    const live = await testApp.database.handle.executeSql('select ended_at from sessions where id = $1', [
      b.sessionId,
    ]);
    expect(live.rows[0]?.ended_at).toBeNull();
    const stillActive = await testApp.database.handle.executeSql('select status from users where id = $1', [
      b.userId,
    ]);
    expect(stillActive.rows[0]?.status).toBe('active');
    const keyB = await testApp.database.handle.executeSql('select revoked_at from api_keys where id = $1', [
      b.apiKeyId,
    ]);
    expect(keyB.rows[0]?.revoked_at).toBeNull();
    const grantB = await testApp.database.handle.executeSql(
      'select revoked_at from support_grants where id = $1',
      [b.supportGrantId],
    );
    expect(grantB.rows[0]?.revoked_at).toBeNull();
    const alertB = await testApp.database.handle.executeSql('select status from alerts where id = $1', [
      b.alertId,
    ]);
    expect(alertB.rows[0]?.status).toBe('active');
    const deviceB = await testApp.database.handle.executeSql(
      'select count(*)::int as n from push_subscriptions where id = $1',
      [b.pushSubscriptionId],
    );
    expect(deviceB.rows[0]?.n).toBe(1);
    const rosterB = await testApp.database.handle.executeSql(
      'select name, (select count(*)::int from on_call_swaps where roster_id = $1) as swaps from on_call_rosters where id = $1',
      [b.rosterId],
    );
    expect(rosterB.rows[0]).toEqual({ name: 'Piket B', swaps: 1 });
    const incidentB = await testApp.database.handle.executeSql(
      `select title, status,
        (select count(*)::int from logbook_entries where incident_id = incidents.id) as entries,
        (select count(*)::int from incident_tasks where incident_id = incidents.id) as tasks,
        (select count(*)::int from incident_participants where incident_id = incidents.id) as participants,
        (select count(*)::int from chat_messages where incident_id = incidents.id) as chat
       from incidents where id = $1`,
      [b.incidentId],
    );
    expect(incidentB.rows[0]).toMatchObject({
      status: 'active',
      entries: 1,
      tasks: 1,
      participants: 1,
      chat: 1,
    });
    expect(incidentB.rows[0]?.title).not.toBe('Overgenomen');
    const preparationB = await testApp.database.handle.executeSql(
      `select (select is_default from roles where id = $1) as role_default,
        (select count(*)::int from team_members where team_id = $2) as members,
        (select opens_chat from incident_templates where id = $3) as opens_chat`,
      [b.roleId, b.teamId, b.incidentTemplateId],
    );
    expect(preparationB.rows[0]).toEqual({ role_default: false, members: 1, opens_chat: true });
  });
});
