import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogbookEntry } from '../../server/modules/logbook/logbook-entry-view.js';
import { buildIncidentRoom } from '../factories/incident-room.js';
import { requestAs, signInToApp } from '../support/app-requests.js';
import { errorOf, readJson } from '../support/json.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testBackends } from '../support/test-database.js';
import { demoPerson } from './logbook-fixtures.js';

const backends = await testBackends();

const MB5 = 5 * 1024 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Bytes that start like a file of the kind (what the server checks), followed by noise. */
const fileOf = (signature: Buffer | string, size: number) =>
  Buffer.concat([Buffer.from(signature), randomBytes(size - Buffer.from(signature).length)]);

describe.each(backends)('logbook attachments [%s]', (kind) => {
  let testApp: TestApp;
  let notulist: string;
  let outsider: string;
  let room: Awaited<ReturnType<typeof buildIncidentRoom>>;
  let logbook: string;
  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const writer = await demoPerson(testApp.database.handle.db, 'notulist@voorbeeld.nl');
    room = await buildIncidentRoom(testApp.database.handle.db, writer.organisationId, writer.id);
    logbook = `/api/incidents/${room.incidentId}/logbook`;
    notulist = await signInToApp(testApp, 'notulist@voorbeeld.nl');
    outsider = await signInToApp(testApp, 'communicatie@voorbeeld.nl');
  });
  afterAll(() => testApp.close());

  const attach = (fileName: string, contentType: string, content: Buffer, lang = 'nl') =>
    testApp.app.request(logbook, {
      method: 'POST',
      headers: {
        Cookie: notulist,
        'Sec-Fetch-Site': 'same-origin',
        'Content-Type': 'application/json',
        'Accept-Language': lang,
      },
      body: JSON.stringify({
        text: 'Foto van de situatie',
        attachment: { fileName, contentType, contentBase64: content.toString('base64') },
      }),
    });

  const download = (cookie: string, attachmentId: string) =>
    requestAs(testApp, cookie, 'GET', `/api/incidents/${room.incidentId}/attachments/${attachmentId}`);

  it('keeps a photo byte for byte and hands it back as a download of its own type', async () => {
    const photo = fileOf(PNG_SIGNATURE, 300_000);
    const response = await attach('brand voorgevel.png', 'image/png', photo);
    expect(response.status).toBe(201);
    const entry = await readJson<LogbookEntry>(response);
    expect(entry.attachment).toEqual({
      id: expect.any(String),
      fileName: 'brand voorgevel.png',
      contentType: 'image/png',
      byteSize: photo.length,
    });
    const listed = await readJson<LogbookEntry[]>(await requestAs(testApp, notulist, 'GET', logbook));
    expect(listed.find((shown) => shown.id === entry.id)?.attachment).toEqual(entry.attachment);

    const file = await download(notulist, entry.attachment?.id ?? '');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="brand voorgevel.png"; filename*=UTF-8''brand%20voorgevel.png`,
    );
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(photo)).toBe(true);
  });

  it('takes a file of exactly 5 MB, and refuses one byte more with 413 and a message', async () => {
    const report = fileOf('%PDF-1.7\n', MB5);
    const accepted = await attach('situatierapport.pdf', 'application/pdf', report);
    expect(accepted.status).toBe(201);
    const entry = await readJson<LogbookEntry>(accepted);
    const file = await download(notulist, entry.attachment?.id ?? '');
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(report)).toBe(true);

    const tooLarge = await attach('situatierapport.pdf', 'application/pdf', fileOf('%PDF-1.7\n', MB5 + 1));
    expect(tooLarge.status).toBe(413);
    expect(await errorOf(tooLarge)).toMatchObject({
      code: 'attachment_too_large',
      message: 'De bijlage is te groot: een bestand mag hoogstens 5 MB zijn.',
    });
    const inEnglish = await attach('x.pdf', 'application/pdf', fileOf('%PDF-1.7\n', MB5 + 3), 'en');
    expect((await errorOf(inEnglish)).message).toContain('5 MB at most');
  });

  it('refuses types that are not allowed, and content that is not what it claims to be', async () => {
    const program = await attach('setup.exe', 'application/x-msdownload', fileOf('MZ', 100));
    expect(program.status).toBe(400);
    expect(await errorOf(program)).toMatchObject({
      code: 'attachment_type_not_allowed',
      message: expect.stringContaining('Toegestaan zijn afbeeldingen'),
    });
    const page = await attach('plattegrond.html', 'text/html', Buffer.from('<script>alert(1)</script>'));
    expect((await errorOf(page)).code).toBe('attachment_type_not_allowed');
    const disguised = await attach('foto.png', 'image/png', Buffer.from('<html><script>alert(1)</script>'));
    expect(disguised.status).toBe(400);
    expect((await errorOf(disguised)).code).toBe('attachment_content_mismatch');
    const empty = await attach('leeg.txt', 'text/plain', Buffer.alloc(0));
    expect(empty.status).toBe(400);

    const garbled = await testApp.app.request(logbook, {
      method: 'POST',
      headers: { Cookie: notulist, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: 'Bijlage',
        attachment: { fileName: 'a.txt', contentType: 'text/plain', contentBase64: 'dit is geen base64!' },
      }),
    });
    expect(garbled.status).toBe(400);
    expect((await errorOf(garbled)).code).toBe('attachment_not_base64');
    const entries = await readJson<LogbookEntry[]>(await requestAs(testApp, notulist, 'GET', logbook));
    expect(entries.every((entry) => entry.text !== 'Bijlage')).toBe(true);
  });

  it('accepts office documents, and a CSV that Windows labels as Excel', async () => {
    const sheet = await attach(
      'namenlijst.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileOf('PK\u0003\u0004', 500),
    );
    expect(sheet.status).toBe(201);
    const csv = await attach(
      'opvang.csv',
      'application/vnd.ms-excel',
      Buffer.from('naam;adres\r\nJan;Markt 1\r\n'),
    );
    expect(csv.status).toBe(201);
    expect((await readJson<LogbookEntry>(csv)).attachment?.contentType).toBe('text/csv');
  });

  it('stores a safe file name: no folders, no hidden direction changes, an extension that fits the type', async () => {
    const tricky = await attach('..\\..\\map/Foto\u202Egnp.exe', 'image/png', fileOf(PNG_SIGNATURE, 100));
    expect(tricky.status).toBe(201);
    const entry = await readJson<LogbookEntry>(tricky);
    expect(entry.attachment?.fileName).toBe('Foto_gnp.exe.png');

    const dutch = await attach(
      'Verslag: “brand” 04:00.txt',
      'text/plain; charset=utf-8',
      Buffer.from('Tekst'),
    );
    const named = await readJson<LogbookEntry>(dutch);
    expect(named.attachment).toMatchObject({
      fileName: 'Verslag_ “brand” 04_00.txt',
      contentType: 'text/plain',
    });
    const file = await download(notulist, named.attachment?.id ?? '');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Verslag_ _brand_ 04_00.txt"; filename*=UTF-8''Verslag_%20%E2%80%9Cbrand%E2%80%9D%2004_00.txt`,
    );
  });

  it('hands a file only to people who may read the incident, and only through its own incident', async () => {
    expect((await download(outsider, room.attachmentId)).status).toBe(404);
    const writer = await demoPerson(testApp.database.handle.db, 'notulist@voorbeeld.nl');
    const other = await buildIncidentRoom(testApp.database.handle.db, writer.organisationId, writer.id);
    // The notulist may read both incidents, but a file is only found under its own.
    expect((await download(notulist, other.attachmentId)).status).toBe(404);
    const own = await download(notulist, room.attachmentId);
    expect(own.status).toBe(200);
    expect(await own.text()).toBe('hallo');
  });
});
