import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config/config.js';
import { DATA_MAP } from '../../server/modules/privacy/data-map.js';
import { PERSONAL_DATA_CATEGORIES } from '../../server/modules/privacy/personal-data/categories.js';
import type { DataMapEntry } from '../../server/modules/privacy/personal-data/map-table.js';
import {
  buildProcessingRecords,
  type RecordSources,
} from '../../server/modules/privacy/processing-records/build-records.js';
import { subjectCategoriesOf } from '../../server/modules/privacy/processing-records/data-subjects.js';
import type { RecordActivity } from '../../server/modules/privacy/processing-records/record-types.js';
import { securityMeasuresFor } from '../../server/modules/privacy/processing-records/security-measures.js';
import { transferOf } from '../../server/modules/privacy/processing-records/transfers.js';
import type { ProcessorEntry } from '../../server/modules/privacy/processor-entries.js';
import { processorsFor } from '../../server/modules/privacy/processors.js';
import { PURPOSE_IDS, PURPOSES } from '../../server/modules/privacy/purposes.js';
import { describeRetention } from '../../server/modules/privacy/statement/describe-retention.js';
import { generatedSections } from '../../server/modules/privacy/statement/generated-sections.js';
import { processingRecordsEn } from '../../web/src/i18n/en-processing-records.js';
import { processingRecordsNl } from '../../web/src/i18n/nl-processing-records.js';

// The records are built from the real registers: the data map, the purposes and the processors of
// a configured installation. Only the database facts (customers, counts) are made up here.
const config = loadConfig({
  SMTP_URL: 'smtps://u:p@mail.provider.nl',
  SMS_GATEWAY: 'http',
  SMS_HTTP_URL: 'https://gw.cmtelecom.com/v1.0/message',
  SMS_HTTP_TOKEN: 'token',
  PUBLIC_URL: 'https://baken.voorbeeld.nl',
  TRUST_PROXY: 'true',
});

const sources = (overrides: Partial<RecordSources> = {}): RecordSources => ({
  dataMap: DATA_MAP,
  processors: processorsFor(config),
  graceDays: config.ERASURE_GRACE_DAYS,
  controller: {
    controllerName: 'Baken Beheer B.V.',
    postalAddress: 'Stationsplein 1\n3511 ED Utrecht',
    email: 'privacy@baken.nl',
    phone: '030 123 45 67',
    chamberOfCommerceNumber: '12345678',
    privacyOfficerContact: 'fg@baken.nl',
  },
  securityMeasures: securityMeasuresFor(config),
  organisations: [
    {
      id: '01930000-0000-7000-8000-000000000001',
      name: 'Gemeente Voorbeeld',
      createdAt: new Date('2026-01-05T09:00:00Z'),
      cancelledAt: null,
      requireSecondFactor: true,
      adminCount: 2,
      supportAccessUntil: null,
    },
  ],
  disclosureCounts: [],
  statement: {
    version: 3,
    publishedAt: new Date('2026-11-01T10:00:00Z'),
    registersChangedSincePublication: false,
  },
  now: new Date('2026-12-02T12:00:00Z'),
  ...overrides,
});

const activityFor = (activities: RecordActivity[], id: string) => {
  const found = activities.find((activity) => activity.purposeId === id);
  if (!found) throw new Error(`no activity for ${id}`);
  return found;
};
const itemsUnder = (groups: { heading: string; items: string[] }[], heading: string) =>
  groups.find((group) => group.heading === heading)?.items ?? [];

describe.each(['nl', 'en'] as const)('the records of processing activities, generated [%s]', (lang) => {
  const records = buildProcessingRecords(lang, sources());
  const own = records.controllerRecord;

  it('has one activity per purpose as controller, with its name, legal bases and capacity', () => {
    expect(own.activities.map((activity) => activity.purposeId)).toEqual(PURPOSE_IDS);
    for (const id of PURPOSE_IDS) {
      const activity = activityFor(own.activities, id);
      expect(activity.name).toBe(PURPOSES[id].name[lang]);
      expect(activity.legalBases.length).toBeGreaterThanOrEqual(PURPOSES[id].legalBases.length);
      expect(activity.capacity).not.toBe('');
    }
  });

  it('lists every column of the data map in words under its purpose and category', () => {
    const categories = new Set(DATA_MAP.map((entry) => entry.category));
    expect(categories.size).toBe(Object.keys(PERSONAL_DATA_CATEGORIES).length);
    for (const entry of DATA_MAP) {
      const activity = activityFor(own.activities, entry.purpose);
      const heading = PERSONAL_DATA_CATEGORIES[entry.category][lang];
      expect(itemsUnder(activity.personalData, heading), `${entry.table}.${entry.column}`).toContain(
        entry.description[lang],
      );
    }
  });

  it('states retention in the same words as the privacy statement', () => {
    const statement = generatedSections(lang, { config, controller: sources().controller });
    const retentionSection = JSON.stringify(statement.find((section) => section.id === 'retention'));
    for (const entry of DATA_MAP) {
      const rule = describeRetention(entry.retention, config.ERASURE_GRACE_DAYS)[lang];
      const activity = activityFor(own.activities, entry.purpose);
      expect(itemsUnder(activity.retention, rule)).toContain(entry.description[lang]);
      expect(retentionSection).toContain(rule);
    }
  });

  it('names the data subjects of every purpose, and people named in texts where texts may name them', () => {
    // A purpose without a column in the data map (service improvement) has no data subjects to name.
    for (const activity of own.activities) {
      const mapped = DATA_MAP.some((entry) => entry.purpose === activity.purposeId);
      expect(activity.dataSubjects.length > 0, activity.purposeId).toBe(mapped);
      expect(activity.personalData.length > 0, activity.purposeId).toBe(mapped);
    }
    const crisis = activityFor(own.activities, 'crisis-work');
    const named = DATA_MAP.find((entry) => entry.mayNamePeople && entry.purpose === 'crisis-work');
    expect(named && subjectCategoriesOf(named)).toContain('named-people');
    expect(crisis.dataSubjects.join(' ')).toMatch(lang === 'nl' ? /genoemd/ : /named/);
  });

  it('gives each processor with its location, whether data leaves the EEA and the safeguard', () => {
    const crisis = activityFor(own.activities, 'crisis-work');
    const sms = crisis.recipients.find((recipient) => recipient.id === 'sms');
    expect(sms).toMatchObject({ name: 'CM.com', transfer: 'inside-eea' });
    const push = crisis.recipients.find((recipient) => recipient.id === 'push:google-fcm');
    expect(push).toMatchObject({ transfer: 'outside-eea', kind: 'independent' });
    expect(push?.safeguards).toMatch(/RFC 8291/);
    // Hosting's location is not in the configuration: it is not guessed to be inside the EEA.
    expect(crisis.recipients.find((recipient) => recipient.id === 'hosting')?.transfer).toBe(
      'not-established',
    );
    // Usage statistics name no processor in the register, so none is listed.
    expect(activityFor(own.activities, 'usage-insight').recipients).toEqual(
      processorsFor(config)
        .filter((entry) => (entry.purposes as readonly string[]).includes('usage-insight'))
        .map(() => expect.anything()),
    );
  });

  it('as processor lists the customer-controlled purposes and every customer organisation', () => {
    const onBehalf = records.processorRecord;
    const customerPurposes = PURPOSE_IDS.filter((id) => PURPOSES[id].controller === 'customer-organisation');
    expect(onBehalf.activities.map((activity) => activity.purposeId)).toEqual(customerPurposes);
    expect(onBehalf.organisations).toEqual([
      expect.objectContaining({ name: 'Gemeente Voorbeeld', customerSince: '2026-01-05T09:00:00.000Z' }),
    ]);
    expect(onBehalf.organisations[0]?.securityMeasures.map((measure) => measure.id)).toEqual([
      'second-factor',
      'support-access',
    ]);
    expect(onBehalf.securityMeasures.map((measure) => measure.id)).toContain('tenant-isolation');
  });

  it('is dated and tied to the statement version, with the controller’s details', () => {
    expect(records.generatedAt).toBe('2026-12-02T12:00:00.000Z');
    expect(records.statement).toEqual({
      version: 3,
      publishedAt: '2026-11-01T10:00:00.000Z',
      registersChangedSincePublication: false,
    });
    expect(own.controller).toEqual({
      name: 'Baken Beheer B.V.',
      contact: [
        'Stationsplein 1',
        '3511 ED Utrecht',
        `${lang === 'nl' ? 'KvK-nummer' : 'Chamber of Commerce number'}: 12345678`,
        'privacy@baken.nl',
        '030 123 45 67',
      ],
      privacyOfficer: 'fg@baken.nl',
    });
    expect(own.securityMeasures[0]?.text).toMatch(/HTTPS/);
  });
});

describe('the records follow the registers without a change to the generator', () => {
  it('shows a new processor entry under each of its purposes and in the processor record', () => {
    const backup: ProcessorEntry = {
      id: 'backup',
      name: { nl: 'Back-updienst Noorderlicht', en: 'Noorderlicht backup service' },
      role: 'processor',
      purposes: ['crisis-work', 'security'],
      task: { nl: 'Bewaart back-ups', en: 'Keeps backups' },
      dataKinds: { nl: 'Alle gegevens', en: 'All data' },
      location: { nl: 'Noorwegen', en: 'Norway' },
      agreementDate: '2026-03-01',
      safeguards: { nl: 'Versleuteld opgeslagen.', en: 'Stored encrypted.' },
      derivedFrom: 'test',
    };
    const records = buildProcessingRecords('en', sources({ processors: [...processorsFor(config), backup] }));
    const withBackup = (activities: RecordActivity[]) =>
      activities.filter((activity) => activity.recipients.some((recipient) => recipient.id === 'backup'));
    expect(withBackup(records.controllerRecord.activities).map((activity) => activity.purposeId)).toEqual([
      'crisis-work',
      'security',
    ]);
    expect(withBackup(records.processorRecord.activities).map((activity) => activity.purposeId)).toEqual([
      'crisis-work',
    ]);
    const listed = withBackup(records.controllerRecord.activities)[0]?.recipients.find(
      (r) => r.id === 'backup',
    );
    expect(listed).toMatchObject({
      name: 'Noorderlicht backup service',
      location: 'Norway',
      transfer: 'inside-eea',
      safeguards: 'Stored encrypted.',
      agreementDate: '2026-03-01',
    });
  });

  it('shows a new column of the data map under its purpose, category and retention', () => {
    const template = DATA_MAP.find((entry) => entry.purpose === 'security') as DataMapEntry;
    const column: DataMapEntry = {
      ...template,
      table: 'new_table',
      column: 'new_column',
      category: 'technical',
      description: { nl: 'Vingerafdruk van het apparaat', en: 'Device fingerprint' },
      retention: { kind: 'days', days: 17, from: 'created_at' },
    };
    const records = buildProcessingRecords('en', sources({ dataMap: [...DATA_MAP, column] }));
    const security = activityFor(records.controllerRecord.activities, 'security');
    expect(itemsUnder(security.personalData, 'Technical data')).toContain('Device fingerprint');
    expect(itemsUnder(security.retention, '17 days')).toEqual(['Device fingerprint']);
  });

  it('does not call an unknown or unrecorded location inside the EEA', () => {
    const at = (en: string | null) => transferOf({ location: en === null ? null : { nl: en, en } });
    expect(at(null)).toBe('not-established');
    expect(at('United States')).toBe('not-established');
    expect(at('Frankfurt, Germany')).toBe('inside-eea');
    expect(at('Worldwide, including outside the EU')).toBe('outside-eea');
  });
});

describe('the labels of the page', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, item]) => keys(item, `${prefix}${key}.`))
      : [prefix];
  const texts = (value: unknown): string[] =>
    typeof value === 'object' && value !== null ? Object.values(value).flatMap(texts) : [String(value)];

  it('exist in Dutch and English, with the same keys and no empty text', () => {
    expect(keys(processingRecordsEn)).toEqual(keys(processingRecordsNl));
    for (const text of [...texts(processingRecordsNl), ...texts(processingRecordsEn)])
      expect(text).not.toBe('');
    expect(processingRecordsNl.processingRecords.title).toBe('Verwerkingsregister');
  });
});
