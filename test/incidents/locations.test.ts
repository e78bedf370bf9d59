import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config/config.js';
import { uuidv7 } from '../../server/db/ids.js';
import { locations } from '../../server/db/schema/preparation.js';
import { securityHeaders } from '../../server/http/middleware/security-headers.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { buildOrganisation } from '../factories/organisation.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';

interface IncidentLocation {
  id: string;
  locationId: string | null;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  addedBy: { id: string; name: string } | null;
  createdAt: string;
}

const TILES = 'https://tiles.voorbeeld.nl/osm/{z}/{x}/{y}.png';
const backends = await testBackends();

describe.each(backends)('incident locations and the map [%s]', (kind) => {
  let testApp: TestApp;
  let organisationId: string;
  let people: Record<'anna' | 'bram' | 'carla', { id: string; cookie: string }>;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const ids = await testApp.database.handle.executeSql(
      `select u.id, u.email, u.organisation_id from users u join organisations o on o.id = u.organisation_id
       where o.slug = 'gemeente-voorbeeld'`,
    );
    const idOf = (email: string) => String(ids.rows.find((row) => row.email === email)?.id);
    organisationId = String(ids.rows[0]?.organisation_id);
    const person = async (email: string) => ({ id: idOf(email), cookie: await signInToApp(testApp, email) });
    people = {
      anna: await person('beheerder@voorbeeld.nl'),
      bram: await person('burgemeester@voorbeeld.nl'),
      carla: await person('communicatie@voorbeeld.nl'),
    };
  });
  afterAll(() => testApp.close());

  const as = (who: keyof typeof people, method: string, path: string, body?: unknown) =>
    requestAs(testApp, people[who].cookie, method, path, body);
  const locationsOf = (incidentId: string) => `/api/incidents/${incidentId}/locations`;
  const newIncident = () => buildIncidentRoom(testApp.database.handle.db, organisationId, people.carla.id);

  it('adds a default location as a copy that remembers where it came from', async () => {
    const room = await newIncident();
    const sportsHall = uuidv7();
    await testApp.database.handle.db.insert(locations).values({
      id: sportsHall,
      organisationId,
      name: 'Sporthal De Bongerd',
      address: 'Sportlaan 3, Voorbeeld',
      latitude: 52.1,
      longitude: 5.13,
      description: 'Opvanglocatie voor 300 mensen',
      labels: ['opvang'],
    });
    const added = await as('carla', 'POST', locationsOf(room.incidentId), { locationId: sportsHall });
    expect(added.status).toBe(201);
    const location = await readJson<IncidentLocation>(added);
    expect(location).toMatchObject({
      locationId: sportsHall,
      name: 'Sporthal De Bongerd',
      address: 'Sportlaan 3, Voorbeeld',
      latitude: 52.1,
      longitude: 5.13,
      description: 'Opvanglocatie voor 300 mensen',
      addedBy: { id: people.carla.id, name: 'Carla Bakker' },
    });
    const event = await testApp.database.handle.executeSql(
      'select type, payload from events where topic = $1 order by id desc limit 1',
      [`incident:${room.incidentId}`],
    );
    expect(event.rows[0]).toEqual({ type: 'location.added', payload: { location } });

    const listed = await readJson<IncidentLocation[]>(await as('carla', 'GET', locationsOf(room.incidentId)));
    expect(listed.map((item) => item.locationId)).toEqual([room.locationId, sportsHall]);
    expect(listed[1]).toEqual(location);

    // The same default location twice is a mistake; the copy stays when the default changes.
    const twice = await as('carla', 'POST', locationsOf(room.incidentId), { locationId: sportsHall });
    expect(twice.status).toBe(409);
    expect((await errorOf(twice)).code).toBe('incident_location_exists');
    await testApp.database.handle.executeSql(
      `update locations set name = 'Sporthal (gesloten)' where id = $1`,
      [sportsHall],
    );
    const after = await readJson<IncidentLocation[]>(await as('carla', 'GET', locationsOf(room.incidentId)));
    expect(after[1]?.name).toBe('Sporthal De Bongerd');
  });

  it('adds a place entered by hand, with both coordinates or neither', async () => {
    const room = await newIncident();
    const path = locationsOf(room.incidentId);
    const withPoint = await as('carla', 'POST', path, {
      name: '  Kruising Dorpsstraat ',
      latitude: 52.08,
      longitude: 5.11,
    });
    expect(withPoint.status).toBe(201);
    expect(await readJson<IncidentLocation>(withPoint)).toMatchObject({
      locationId: null,
      name: 'Kruising Dorpsstraat',
      address: '',
      latitude: 52.08,
      longitude: 5.11,
    });
    const withoutPoint = await as('carla', 'POST', path, {
      name: 'Ergens bij het station',
      address: 'Stationsplein',
    });
    expect(await readJson<IncidentLocation>(withoutPoint)).toMatchObject({ latitude: null, longitude: null });

    for (const [body, message] of [
      [{ name: 'Half', latitude: 52.1 }, 'breedtegraad en lengtegraad'],
      [{ name: 'Noordpool voorbij', latitude: 91, longitude: 5 }, undefined],
      [{ name: 'Buiten de kaart', latitude: 52, longitude: -181 }, undefined],
      [{ address: 'Zonder naam' }, 'naam'],
      [{ name: '' }, undefined],
      [{ locationId: room.locationId, name: 'Allebei' }, 'niet allebei'],
    ] as const) {
      const response = await as('carla', 'POST', path, body);
      expect([body, response.status]).toEqual([body, 400]);
      const error = await errorOf(response);
      expect(error.code).toBe('validation_failed');
      if (message) expect(JSON.stringify(error.fields)).toContain(message);
    }
    const other = await buildOrganisation(testApp.database.handle.db);
    const foreign = await buildIncidentRoom(
      testApp.database.handle.db,
      other.organisation.id,
      other.admin.id,
    );
    const foreignLocation = await as('carla', 'POST', path, { locationId: foreign.locationId });
    expect(foreignLocation.status).toBe(400);
    expect((await errorOf(foreignLocation)).code).toBe('incident_location_unknown');
  });

  it('removes a place from the incident and tells the room', async () => {
    const room = await newIncident();
    const path = `${locationsOf(room.incidentId)}/${room.incidentLocationId}`;
    expect((await as('carla', 'DELETE', path)).status).toBe(204);
    const event = await testApp.database.handle.executeSql(
      'select type, payload from events where topic = $1 order by id desc limit 1',
      [`incident:${room.incidentId}`],
    );
    expect(event.rows[0]).toEqual({ type: 'location.removed', payload: { id: room.incidentLocationId } });
    expect(await readJson(await as('carla', 'GET', locationsOf(room.incidentId)))).toEqual([]);
    expect((await as('carla', 'DELETE', path)).status).toBe(404);
    // The organisation's own location is untouched.
    const kept = await testApp.database.handle.executeSql('select id from locations where id = $1', [
      room.locationId,
    ]);
    expect(kept.rows).toHaveLength(1);
    // A place of another incident cannot be removed through this one.
    const elsewhere = await newIncident();
    const wrong = await as(
      'carla',
      'DELETE',
      `${locationsOf(room.incidentId)}/${elsewhere.incidentLocationId}`,
    );
    expect(wrong.status).toBe(404);
  });

  it('refuses changes once the incident is closed, in Dutch or English', async () => {
    const room = await newIncident();
    await testApp.database.handle.executeSql(`update incidents set status = 'closed' where id = $1`, [
      room.incidentId,
    ]);
    const added = await as('carla', 'POST', locationsOf(room.incidentId), { name: 'Sporthal' });
    expect(added.status).toBe(409);
    expect(await errorOf(added)).toMatchObject({
      code: 'incident_closed',
      message: expect.stringContaining('afgerond'),
    });
    const removed = await testApp.app.request(`${locationsOf(room.incidentId)}/${room.incidentLocationId}`, {
      method: 'DELETE',
      headers: { Cookie: people.carla.cookie, 'Sec-Fetch-Site': 'same-origin', 'Accept-Language': 'en' },
    });
    expect(removed.status).toBe(409);
    expect((await errorOf(removed)).message).toContain('closed');
    expect(await readJson<unknown[]>(await as('carla', 'GET', locationsOf(room.incidentId)))).toHaveLength(1);
  });

  it('shows places only to those with a need to know, and never across organisations', async () => {
    const room = await newIncident();
    const path = locationsOf(room.incidentId);
    expect((await as('bram', 'GET', path)).status).toBe(404);
    expect((await as('bram', 'POST', path, { name: 'Sporthal' })).status).toBe(404);
    expect((await as('bram', 'DELETE', `${path}/${room.incidentLocationId}`)).status).toBe(404);
    expect((await as('anna', 'GET', path)).status).toBe(200);

    const other = await buildOrganisation(testApp.database.handle.db);
    const foreign = await buildIncidentRoom(
      testApp.database.handle.db,
      other.organisation.id,
      other.admin.id,
    );
    expect((await as('anna', 'GET', locationsOf(foreign.incidentId))).status).toBe(404);
    const remove = await as(
      'anna',
      'DELETE',
      `${locationsOf(foreign.incidentId)}/${foreign.incidentLocationId}`,
    );
    expect(remove.status).toBe(404);
  });

  it('has no map without a tile server, and loads nothing from elsewhere', async () => {
    const response = await as('bram', 'GET', '/api/map-config');
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual({ tileUrl: null, attribution: null });
    expect(response.headers.get('content-security-policy')).toContain("img-src 'self' data: blob:;");
    expect((await testApp.app.request('/api/map-config')).status).toBe(401);
  });
});

// The tile server is configuration, not data: one backend shows it.
describe('map with a tile server [pglite]', () => {
  let withMap: TestApp;
  beforeAll(async () => {
    withMap = await createTestApp('pglite', { MAP_TILE_URL: TILES, MAP_ATTRIBUTION: '© OpenStreetMap' });
  });
  afterAll(() => withMap.close());

  it('tells signed-in people the configured tile server', async () => {
    const cookie = await signInToApp(withMap, 'burgemeester@voorbeeld.nl');
    const response = await requestAs(withMap, cookie, 'GET', '/api/map-config');
    expect(await readJson(response)).toEqual({ tileUrl: TILES, attribution: '© OpenStreetMap' });
    expect((await withMap.app.request('/api/map-config')).status).toBe(401);
  });
});

describe('map tile server configuration', () => {
  const cspWith = async (mapTileUrl?: string) => {
    const app = new Hono();
    app.use('*', securityHeaders({ servesHttps: false, trustProxy: false, mapTileUrl }));
    app.get('/', (c) => c.text('ok'));
    return (await app.request('/')).headers.get('content-security-policy') ?? '';
  };

  it('allows the tile server as an image source only when configured, and nothing else', async () => {
    expect(await cspWith()).toContain("img-src 'self' data: blob:;");
    const withTiles = await cspWith(TILES);
    expect(withTiles).toContain("img-src 'self' data: blob: https://tiles.voorbeeld.nl;");
    expect(withTiles).toContain("connect-src 'self';");
    expect(withTiles).toContain("script-src 'self';");
    expect(await cspWith('https://{s}.tile.voorbeeld.nl:8443/{z}/{x}/{y}.png')).toContain(
      "img-src 'self' data: blob: https://*.tile.voorbeeld.nl:8443;",
    );
  });

  it('refuses a tile address that is not an http(s) template with {z}, {x} and {y}', () => {
    expect(loadConfig({ MAP_TILE_URL: TILES }).MAP_TILE_URL).toBe(TILES);
    for (const bad of [
      'https://tiles.voorbeeld.nl/osm.png',
      'javascript:alert(1)//{z}/{x}/{y}',
      'ftp://tiles.voorbeeld.nl/{z}/{x}/{y}.png',
      'https://tiles;script-src/{z}/{x}/{y}.png',
      'https://tiles-{s}.voorbeeld.nl/{z}/{x}/{y}.png',
    ]) {
      expect(() => loadConfig({ MAP_TILE_URL: bad }), bad).toThrow(ConfigError);
    }
  });
});
