import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config/config.js';
import { DATA_MAP } from '../../server/modules/privacy/data-map.js';
import { DISCLOSURE_KINDS, isAllowedBasis } from '../../server/modules/privacy/disclosures.js';
import { LEGAL_BASES } from '../../server/modules/privacy/legal-bases.js';
import {
  EXPORT_HEADINGS,
  PERSONAL_DATA_CATEGORIES,
} from '../../server/modules/privacy/personal-data/categories.js';
import { ERASURE_EXCEPTIONS } from '../../server/modules/privacy/personal-data/rules.js';
import { processorsFor } from '../../server/modules/privacy/processors.js';
import { PURPOSES } from '../../server/modules/privacy/purposes.js';
import { pushServiceFor } from '../../server/modules/privacy/push-services.js';

const keyOf = (entry: { table: string; column: string }) => `${entry.table}.${entry.column}`;
const bilingual = (text: { nl: string; en: string }) => text.nl.length > 0 && text.en.length > 0;

// @promise P1, P6
describe('the purposes register (P1)', () => {
  it('has the statement’s three purposes, the crisis work, security and legal obligations, each with a controller', () => {
    expect(Object.keys(PURPOSES).sort()).toEqual(
      [
        'crisis-work',
        'legal-obligations',
        'security',
        'service-access',
        'service-improvement',
        'usage-insight',
        'visitor-questions',
      ].sort(),
    );
    for (const purpose of Object.values(PURPOSES)) {
      expect(bilingual(purpose.name) && bilingual(purpose.description) && bilingual(purpose.basisNote)).toBe(
        true,
      );
      for (const basis of purpose.legalBases) expect(LEGAL_BASES[basis].article).toMatch(/6\(1\)\([a-f]\)/);
    }
  });
});

describe('the data map’s entries', () => {
  it('name a registered purpose and one of that purpose’s legal grounds', () => {
    const wrong = DATA_MAP.filter((entry) => {
      const purpose = PURPOSES[entry.purpose];
      return !purpose || !(purpose.legalBases as readonly string[]).includes(entry.legalBasis);
    }).map(keyOf);
    expect(wrong).toEqual([]);
  });

  it('each have a category, a description in both languages, a retention rule, an erasure strategy and an export rule', () => {
    const incomplete = DATA_MAP.filter(
      (entry) =>
        !(entry.category in PERSONAL_DATA_CATEGORIES) ||
        !bilingual(entry.description) ||
        !entry.retention?.kind ||
        !entry.erasure?.kind ||
        !(entry.export.heading in EXPORT_HEADINGS),
    ).map(keyOf);
    expect(incomplete).toEqual([]);
  });

  it('keep a value after erasure only with a registered exception', () => {
    const kept = DATA_MAP.filter((entry) => entry.erasure.kind === 'keep');
    expect(kept.length).toBeGreaterThan(0);
    for (const entry of kept)
      if (entry.erasure.kind === 'keep') expect(ERASURE_EXCEPTIONS[entry.erasure.exception]).toBeDefined();
  });

  it('unlink a value only through a pseudonymised reference in the same row', () => {
    const byKey = new Map(DATA_MAP.map((entry) => [keyOf(entry), entry]));
    const broken = DATA_MAP.filter((entry) => entry.erasure.kind === 'unlinked').filter((entry) => {
      const by =
        entry.erasure.kind === 'unlinked' ? byKey.get(`${entry.table}.${entry.erasure.by}`) : undefined;
      return by?.erasure.kind !== 'pseudonymise';
    });
    expect(broken.map(keyOf)).toEqual([]);
  });

  it('pseudonymise only references to people', () => {
    const pseudonymised = DATA_MAP.filter((entry) => entry.erasure.kind === 'pseudonymise');
    expect(pseudonymised.filter((entry) => entry.category !== 'reference').map(keyOf)).toEqual([]);
  });

  it('never delete the crisis record: the logbook, situation picture, tasks and chat stay whole', () => {
    const record = [
      'logbook_entries',
      'situation_versions',
      'incident_tasks',
      'chat_messages',
      'incident_participants',
    ];
    const deleted = DATA_MAP.filter(
      (entry) => record.includes(entry.table) && ['delete-row', 'null'].includes(entry.erasure.kind),
    );
    expect(deleted.map(keyOf)).toEqual([]);
    const author = DATA_MAP.find((entry) => keyOf(entry) === 'logbook_entries.author_id');
    expect(author?.erasure).toEqual({ kind: 'pseudonymise', replacement: 'pseudonym-account' });
    expect(DATA_MAP.find((entry) => keyOf(entry) === 'logbook_entries.text')?.erasure).toEqual({
      kind: 'unlinked',
      by: 'author_id',
    });
  });

  it('never export a secret’s value', () => {
    const secrets = DATA_MAP.filter((entry) => entry.category === 'login');
    expect(secrets.filter((entry) => entry.export.kind !== 'described').map(keyOf)).toEqual([]);
  });
});

// @promise P4
describe('the processors register (P4), from the configuration', () => {
  const ids = (env: Record<string, string>) => processorsFor(loadConfig(env)).map((entry) => entry.id);

  it('lists only the hosting and the browsers’ push services when nothing else is configured', () => {
    expect(ids({})).toEqual([
      'hosting',
      'push:google-fcm',
      'push:mozilla-autopush',
      'push:apple-push',
      'push:microsoft-wns',
    ]);
  });

  it('adds the SMTP provider by host, never with the password from SMTP_URL', () => {
    const [smtp] = processorsFor(
      loadConfig({ SMTP_URL: 'smtp://baken:geheim-wachtwoord@mail.provider.nl:587' }),
    ).filter((entry) => entry.id === 'smtp');
    expect(smtp?.name.nl).toBe('E-mailprovider (mail.provider.nl)');
    expect(smtp?.safeguards.en).toContain('not enforced');
    expect(JSON.stringify(smtp)).not.toContain('geheim');
    const secure = processorsFor(loadConfig({ SMTP_URL: 'smtps://u:p@mail.provider.nl' })).find(
      (entry) => entry.id === 'smtp',
    );
    expect(secure?.safeguards.en).toBe('Connection always encrypted (SMTPS).');
    const required = processorsFor(
      loadConfig({ SMTP_URL: 'smtp://u:p@mail.provider.nl:587?requireTLS=true' }),
    ).find((entry) => entry.id === 'smtp');
    expect(required?.safeguards.en).toBe('Connection always encrypted (STARTTLS required).');
  });

  it('names CM.com for its HTTP gateway, and an SMPP carrier by host without its password', () => {
    const cm = processorsFor(
      loadConfig({
        SMS_GATEWAY: 'http',
        SMS_HTTP_URL: 'https://gw.cmtelecom.com/v1.0/message',
        SMS_HTTP_TOKEN: 'token',
      }),
    ).find((entry) => entry.id === 'sms');
    expect(cm).toMatchObject({
      name: { nl: 'CM.com' },
      location: { en: 'The Netherlands (EU)' },
      derivedFrom: 'SMS_HTTP_URL',
    });
    const smpp = processorsFor(
      loadConfig({ SMS_GATEWAY: 'smpp', SMPP_URL: 'smpp://baken:smpp-geheim@smsc.carrier.example:2775' }),
    ).find((entry) => entry.id === 'sms');
    expect(smpp?.name.en).toBe('SMS gateway (smsc.carrier.example)');
    expect(smpp?.safeguards.en).toBe('Connection not encrypted.');
    expect(JSON.stringify(smpp)).not.toContain('smpp-geheim');
    // An SMPP URL without SMS_GATEWAY sends nothing, so it lists nothing.
    expect(ids({ SMPP_URL: 'smpp://a:b@smsc.carrier.example' })).not.toContain('sms');
  });

  it('adds a database service only when it is not on this machine, and the map tiles when configured', () => {
    expect(ids({ DATABASE_URL: 'postgres://baken@127.0.0.1:5432/baken' })).not.toContain('database');
    expect(ids({ DATABASE_URL: 'postgres://baken:pw@db.hoster.example:5432/baken' })).toContain('database');
    const tiles = processorsFor(
      loadConfig({ MAP_TILE_URL: 'https://{s}.tile.example.nl/{z}/{x}/{y}.png' }),
    ).find((entry) => entry.id === 'map-tiles');
    expect(tiles).toMatchObject({ role: 'independent', name: { en: 'Map tiles (tile.example.nl)' } });
  });

  it('has no agreement date until the operator records one', () => {
    const unrecorded = processorsFor(loadConfig({}));
    expect(unrecorded.every((entry) => entry.agreementDate === null)).toBe(true);
    const recorded = processorsFor(loadConfig({}), {
      hosting: { agreementDate: '2025-03-01', name: { nl: 'Hoster B.V.', en: 'Hoster B.V.' } },
    });
    expect(recorded.find((entry) => entry.id === 'hosting')).toMatchObject({
      agreementDate: '2025-03-01',
      name: { nl: 'Hoster B.V.' },
      location: null,
    });
  });

  it('tells which vendor’s push service a device uses from its endpoint', () => {
    expect(pushServiceFor('https://fcm.googleapis.com/fcm/send/abc')).toBe('google-fcm');
    expect(pushServiceFor('https://updates.push.services.mozilla.com/wpush/v2/abc')).toBe('mozilla-autopush');
    expect(pushServiceFor('https://web.push.apple.com/QG9')).toBe('apple-push');
    expect(pushServiceFor('https://wns2-am3p.notify.windows.com/w/?token=x')).toBe('microsoft-wns');
    expect(pushServiceFor('https://push.example.org/x')).toBeUndefined();
  });
});

// @promise P11
describe('the disclosures register (P11)', () => {
  it('covers the customer organisation, processors, legal orders and reports of suspected fraud', () => {
    expect(Object.keys(DISCLOSURE_KINDS)).toEqual(
      expect.arrayContaining([
        'customer-organisation',
        'processor-delivery',
        'authority-order',
        'suspected-fraud-report',
      ]),
    );
    expect(DISCLOSURE_KINDS['suspected-fraud-report'].legalBases).toContain('legitimate-interests');
  });

  it('allows a disclosure only on a ground of its kind', () => {
    expect(isAllowedBasis({ kind: 'authority-order', legalBasis: 'legal-obligation' })).toBe(true);
    expect(isAllowedBasis({ kind: 'authority-order', legalBasis: 'legitimate-interests' })).toBe(false);
    expect(isAllowedBasis({ kind: 'with-consent', legalBasis: 'contract' })).toBe(false);
  });
});
