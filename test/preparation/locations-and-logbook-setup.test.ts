import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { demoPeople, requestInEnglish } from './preparation-fixtures.js';

interface Location {
  id: string;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
  labels: string[];
}

interface Classification {
  id: string;
  name: string;
  position: number;
}

interface SituationTemplate {
  id: string;
  name: string;
  sections: { key: string; title: string; hint: string }[];
}

const backends = await testBackends();

describe.each(backends)('locations, logbook set-up and situation templates [%s]', (kind) => {
  let testApp: TestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    people = await demoPeople(testApp);
  });
  afterAll(() => testApp.close());

  const admin = (method: string, path: string, body?: unknown) => people.asAdmin(method, path, body);

  it('lists the demo locations with their addresses and coordinates', async () => {
    const list = await readJson<Location[]>(await admin('GET', '/api/locations'));
    expect(list.map((location) => location.name)).toEqual([
      'Gemeentehuis Voorbeeld',
      'Opvanglocatie Sporthal De Wissel',
      'Uitwijklocatie Brandweerkazerne',
    ]);
    for (const location of list) {
      expect(location.address).toMatch(/^\S.+ \d+, \d{4} [A-Z]{2} Voorbeeld$/);
      expect(location.latitude).toBeGreaterThan(50.7);
      expect(location.longitude).toBeGreaterThan(3.3);
    }
  });

  it('creates, changes and deletes a location; coordinates are both there or both gone', async () => {
    const created = await admin('POST', '/api/locations', {
      name: 'Dorpshuis De Linde',
      address: 'Kerkstraat 4, 3974 AB Voorbeeld',
      latitude: 52.05,
      longitude: 5.28,
      labels: ['opvang', 'opvang', 'reserve'],
    });
    expect(created.status).toBe(201);
    const location = await readJson<Location>(created);
    expect(location).toMatchObject({
      latitude: 52.05,
      longitude: 5.28,
      description: '',
      labels: ['opvang', 'reserve'],
    });

    const moved = await admin('PATCH', `/api/locations/${location.id}`, { latitude: 52.1, longitude: 5.3 });
    expect(await readJson<Location>(moved)).toMatchObject({
      latitude: 52.1,
      longitude: 5.3,
      name: 'Dorpshuis De Linde',
    });
    const cleared = await admin('PATCH', `/api/locations/${location.id}`, {
      latitude: null,
      longitude: null,
    });
    expect(await readJson<Location>(cleared)).toMatchObject({ latitude: null, longitude: null });

    const halfPair = await admin('PATCH', `/api/locations/${location.id}`, { latitude: 52.1 });
    expect(halfPair.status).toBe(400);
    expect((await errorOf(halfPair)).fields).toEqual([
      { path: 'latitude', message: 'Vul zowel de breedtegraad als de lengtegraad in, of geen van beide.' },
    ]);

    expect((await admin('DELETE', `/api/locations/${location.id}`)).status).toBe(204);
    const list = await readJson<Location[]>(await admin('GET', '/api/locations'));
    expect(list.map((listed) => listed.id)).not.toContain(location.id);
  });

  it('refuses coordinates out of range or without their partner, in Dutch and in English', async () => {
    for (const body of [
      { name: 'Noordpool', latitude: 91, longitude: 5 },
      { name: 'Datumgrens', latitude: 52, longitude: -181 },
      { name: 'Half', longitude: 5.2 },
    ]) {
      const response = await admin('POST', '/api/locations', body);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('validation_failed');
    }
    const dutch = await errorOf(
      await admin('POST', '/api/locations', { name: 'Noordpool', latitude: 91, longitude: 5 }),
    );
    expect(dutch.message).toBe(
      'De gegevens zijn niet volledig of niet juist. Controleer de gemarkeerde velden.',
    );
    expect(dutch.fields?.[0]?.path).toBe('latitude');
    expect(dutch.fields?.[0]?.message).toMatch(/90/);

    const english = await errorOf(
      await requestInEnglish(testApp, people.adminCookie, 'POST', '/api/locations', {
        name: 'Half',
        longitude: 5.2,
      }),
    );
    expect(english.message).toBe('The data is incomplete or incorrect. Please check the highlighted fields.');
    expect(english.fields).toEqual([
      { path: 'latitude', message: 'Enter both latitude and longitude, or neither.' },
    ]);
  });

  it('answers a clear 409 for a location name that exists, translated', async () => {
    const dutch = await admin('POST', '/api/locations', { name: 'gemeentehuis voorbeeld' });
    expect(dutch.status).toBe(409);
    expect((await errorOf(dutch)).message).toBe('Er is al een locatie met deze naam. Kies een andere naam.');
    const english = await requestInEnglish(testApp, people.adminCookie, 'POST', '/api/locations', {
      name: 'Gemeentehuis Voorbeeld',
    });
    expect((await errorOf(english)).message).toBe(
      'There already is a location with this name. Choose another name.',
    );
  });

  it('keeps logbook classifications in their order; a new one goes last', async () => {
    const demo = await readJson<Classification[]>(await admin('GET', '/api/logbook/classifications'));
    expect(demo.map((classification) => classification.name)).toEqual([
      'Melding',
      'Besluit',
      'Actie',
      'Informatie',
      'Communicatie',
    ]);
    const created = await readJson<Classification>(
      await admin('POST', '/api/logbook/classifications', { name: 'Vraag' }),
    );
    expect(created.position).toBe(5);
    const moved = await admin('PATCH', `/api/logbook/classifications/${created.id}`, {
      position: 0,
      name: 'Vraag aan',
    });
    expect(await readJson<Classification>(moved)).toMatchObject({ name: 'Vraag aan', position: 0 });
    const after = await readJson<Classification[]>(await admin('GET', '/api/logbook/classifications'));
    // Same position: by name.
    expect(after.slice(0, 2).map((classification) => classification.name)).toEqual(['Melding', 'Vraag aan']);

    const taken = await admin('POST', '/api/logbook/classifications', { name: 'besluit' });
    expect((await errorOf(taken)).code).toBe('classification_name_taken');
    expect((await admin('DELETE', `/api/logbook/classifications/${created.id}`)).status).toBe(204);
    expect((await admin('DELETE', `/api/logbook/classifications/${created.id}`)).status).toBe(404);
  });

  it('manages logbook labels by name', async () => {
    const demo = await readJson<{ id: string; name: string }[]>(await admin('GET', '/api/logbook/labels'));
    expect(demo.map((label) => label.name)).toEqual(['Omgeving', 'Pers', 'Slachtoffers', 'Verkeer']);
    const created = await admin('POST', '/api/logbook/labels', { name: 'Evacuatie' });
    expect(created.status).toBe(201);
    const label = await readJson<{ id: string; name: string }>(created);
    const renamed = await admin('PATCH', `/api/logbook/labels/${label.id}`, { name: 'Ontruiming' });
    expect(await readJson(renamed)).toEqual({ id: label.id, name: 'Ontruiming' });
    const taken = await admin('PATCH', `/api/logbook/labels/${label.id}`, { name: 'PERS' });
    expect(taken.status).toBe(409);
    expect((await errorOf(taken)).code).toBe('label_name_taken');
    const empty = await admin('POST', '/api/logbook/labels', { name: '   ' });
    expect(empty.status).toBe(400);
    expect((await admin('DELETE', `/api/logbook/labels/${label.id}`)).status).toBe(204);
  });

  it('shows the demo BOB template with its four sections and hints', async () => {
    const list = await readJson<SituationTemplate[]>(await admin('GET', '/api/situation-templates'));
    expect(list.map((template) => template.name)).toEqual(['BOB (beeld-, oordeels-, besluitvorming)']);
    expect(list[0]?.sections.map((section) => section.title)).toEqual([
      'Beeldvorming',
      'Oordeelsvorming',
      'Besluitvorming',
      'Communicatie',
    ]);
    expect(list[0]?.sections.every((section) => section.hint.length > 10)).toBe(true);
  });

  it('makes section keys from titles when omitted, unique within the template', async () => {
    const created = await admin('POST', '/api/situation-templates', {
      name: 'Meldkamerformat',
      sections: [
        { title: 'Situatie (ter plaatse)', hint: 'Wat ziet de eenheid?' },
        { title: 'Situatie: ter plaatse!' },
        { key: 'acties', title: 'Acties' },
        { title: 'Coördinatie' },
      ],
    });
    expect(created.status).toBe(201);
    const template = await readJson<SituationTemplate>(created);
    expect(template.sections).toEqual([
      { key: 'situatie-ter-plaatse', title: 'Situatie (ter plaatse)', hint: 'Wat ziet de eenheid?' },
      { key: 'situatie-ter-plaatse-2', title: 'Situatie: ter plaatse!', hint: '' },
      { key: 'acties', title: 'Acties', hint: '' },
      { key: 'coordinatie', title: 'Coördinatie', hint: '' },
    ]);

    const changed = await admin('PATCH', `/api/situation-templates/${template.id}`, {
      sections: [...template.sections.slice(0, 1), { title: 'Prognose' }],
    });
    expect((await readJson<SituationTemplate>(changed)).sections.map((section) => section.key)).toEqual([
      'situatie-ter-plaatse',
      'prognose',
    ]);
    expect((await admin('DELETE', `/api/situation-templates/${template.id}`)).status).toBe(204);
  });

  it('refuses duplicate keys, bad keys, and zero or more than twelve sections', async () => {
    const duplicate = await admin('POST', '/api/situation-templates', {
      name: 'Dubbel',
      sections: [
        { key: 'beeld', title: 'Beeld' },
        { key: 'beeld', title: 'Nog een beeld' },
      ],
    });
    expect(duplicate.status).toBe(400);
    expect((await errorOf(duplicate)).fields).toEqual([
      {
        path: 'sections.1.key',
        message: 'Iedere sectie heeft een eigen sleutel; deze sleutel komt al eerder voor.',
      },
    ]);
    const badKey = await requestInEnglish(testApp, people.adminCookie, 'POST', '/api/situation-templates', {
      name: 'Slecht',
      sections: [{ key: 'Beeld Vorming', title: 'Beeld' }],
    });
    expect((await errorOf(badKey)).fields?.[0]?.message).toContain('lower-case letters');
    for (const sections of [[], Array.from({ length: 13 }, (_, index) => ({ title: `Deel ${index + 1}` }))]) {
      const response = await admin('POST', '/api/situation-templates', { name: 'Verkeerd aantal', sections });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).fields?.[0]?.path).toBe('sections');
    }
    const twelve = Array.from({ length: 12 }, (_, index) => ({ title: `Deel ${index + 1}` }));
    const ok = await admin('POST', '/api/situation-templates', { name: 'Twaalf delen', sections: twelve });
    expect(ok.status).toBe(201);
  });
});
