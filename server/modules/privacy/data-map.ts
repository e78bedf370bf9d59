import { DATA_BREACH_DATA } from './breaches/personal-data.js';
import { CONSENT_DATA } from './consent/personal-data.js';
import { DISCLOSURE_DATA } from './disclosures/personal-data.js';
import { LEGAL_HOLD_DATA } from './legal-hold/personal-data.js';
import { ACCOUNT_DATA } from './personal-data/accounts.js';
import { ALERT_DATA } from './personal-data/alerts.js';
import { INCIDENT_DATA } from './personal-data/incidents.js';
import type { DataMapEntry } from './personal-data/map-table.js';
import { MESSAGE_DATA } from './personal-data/messages.js';
import { ORGANISATION_DATA } from './personal-data/organisation.js';
import { RECORD_DATA } from './personal-data/records.js';
import { SIGN_IN_DATA } from './personal-data/sign-in.js';
import { SITE_CHAT_DATA } from './personal-data/site-chat.js';
import { STATISTICS_DATA } from './personal-data/statistics.js';
import { PRIVACY_REQUEST_DATA } from './requests/personal-data.js';
import { PRIVACY_STATEMENT_DATA } from './statement/personal-data.js';

/**
 * The data map (P1, P2, P7): every column that can hold personal data, with its purpose, legal
 * basis, retention, export and erasure. The privacy statement, the access report and export,
 * erasure, restriction and the retention job all read it; test/privacy/data-map.test.ts fails
 * when the database has a column that looks personal and is not listed here.
 *
 * What is listed: every column holding a person's identity, contact details, login data,
 * technical data, settings, words, or a reference to them, and values that say something about a
 * person on their own (presence, an alert answer). Timestamps, ids and status codes of a listed
 * row are personal only through the row's subject: they are reported and erased with the row.
 */
// @promise P2, P7 the data map: every personal-data column with category, purpose, legal basis, retention, export and erasure
export const DATA_MAP: readonly DataMapEntry[] = [
  ...ACCOUNT_DATA,
  ...SIGN_IN_DATA,
  ...RECORD_DATA,
  ...MESSAGE_DATA,
  ...ORGANISATION_DATA,
  ...INCIDENT_DATA,
  ...ALERT_DATA,
  ...PRIVACY_STATEMENT_DATA,
  ...CONSENT_DATA,
  ...PRIVACY_REQUEST_DATA,
  ...SITE_CHAT_DATA,
  ...STATISTICS_DATA,
  ...DISCLOSURE_DATA,
  ...LEGAL_HOLD_DATA,
  ...DATA_BREACH_DATA,
];
