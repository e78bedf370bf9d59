import type { BilingualText } from '../../../common/privacy/browser-storage.js';
import type { Config } from '../../config/config.js';
import { PURPOSES, type PurposeId } from './purposes.js';
import { PUSH_SERVICES, type PushServiceId } from './push-services.js';

// The processors that can appear in the register, each built from the setting that uses it.

/**
 * `processor`: processes personal data on the operator's behalf under an agreement (art. 28).
 * `independent`: receives data because the person's own choice routes it there (their browser's
 * push service) or to show third-party content (map tiles); its own terms apply.
 */
export type ProcessorRole = 'processor' | 'independent';

/** One row of the processors register (P4), shown to operators and data subjects. */
export interface ProcessorEntry {
  id: string;
  name: BilingualText;
  role: ProcessorRole;
  purposes: readonly PurposeId[];
  task: BilingualText;
  dataKinds: BilingualText;
  /** Where the data is processed; null when the configuration cannot tell and the operator has not said. */
  location: BilingualText | null;
  /** Date of the processing agreement (ISO); null until the operator records it. */
  agreementDate: string | null;
  safeguards: BilingualText;
  /** The setting that puts this entry in the register, so the list matches what runs. */
  derivedFrom: string;
}

export type ProcessorConfig = Pick<
  Config,
  'DATABASE_URL' | 'SMTP_URL' | 'SMS_GATEWAY' | 'SMPP_URL' | 'SMS_HTTP_URL' | 'MAP_TILE_URL'
>;

/** The host of a URL, never its credentials (SMTP and SMPP URLs carry a password). */
function hostOf(url: string): string {
  try {
    return new URL(url.replace('{s}.', '')).hostname;
  } catch {
    return 'unknown';
  }
}

// The servers and the database hold everything Baken keeps, so they serve every purpose.
const EVERY_PURPOSE = Object.keys(PURPOSES) as PurposeId[];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '']);
const both = (text: string): BilingualText => ({ nl: text, en: text });

/** An entry before the operator's recorded details are added. */
export type ProcessorDraft = Omit<ProcessorEntry, 'agreementDate' | 'location'> & {
  location?: BilingualText;
};

export function hosting(): ProcessorDraft {
  return {
    id: 'hosting',
    name: { nl: 'Hostingpartij of eigen rekencentrum', en: 'Hosting provider or own data centre' },
    role: 'processor',
    purposes: EVERY_PURPOSE,
    task: { nl: 'Servers en opslag waarop Baken draait', en: 'The servers and storage Baken runs on' },
    dataKinds: { nl: 'Alle gegevens in Baken', en: 'All data in Baken' },
    safeguards: {
      nl: 'Versleutelde verbindingen (HTTPS); geheimen van tweede factoren versleuteld opgeslagen.',
      en: 'Encrypted connections (HTTPS); second-factor secrets stored encrypted.',
    },
    derivedFrom: 'always',
  };
}

export function database(url: string): ProcessorDraft | undefined {
  const host = hostOf(url);
  if (LOCAL_HOSTS.has(host)) return undefined;
  return {
    id: 'database',
    name: { nl: `PostgreSQL-dienst (${host})`, en: `PostgreSQL service (${host})` },
    role: 'processor',
    purposes: EVERY_PURPOSE,
    task: { nl: 'De database van Baken', en: 'Baken’s database' },
    dataKinds: { nl: 'Alle gegevens in Baken', en: 'All data in Baken' },
    safeguards: { nl: 'Alleen bereikbaar voor Baken.', en: 'Reachable by Baken only.' },
    derivedFrom: 'DATABASE_URL',
  };
}

export function mail(url: string): ProcessorDraft {
  const host = hostOf(url);
  // nodemailer uses STARTTLS when offered; `?requireTLS=true` in the URL makes it insist.
  const encryption = url.startsWith('smtps://')
    ? { nl: 'Verbinding altijd versleuteld (SMTPS).', en: 'Connection always encrypted (SMTPS).' }
    : /[?&]requireTLS=true\b/.test(url)
      ? {
          nl: 'Verbinding altijd versleuteld (STARTTLS vereist).',
          en: 'Connection always encrypted (STARTTLS required).',
        }
      : {
          nl: 'Versleuteld met STARTTLS als de server dat aanbiedt; niet afgedwongen.',
          en: 'Encrypted with STARTTLS when the server offers it; not enforced.',
        };
  return {
    id: 'smtp',
    name: { nl: `E-mailprovider (${host})`, en: `E-mail provider (${host})` },
    role: 'processor',
    // Also the answers to privacy requests, breach warnings and notices to recipients.
    purposes: ['service-access', 'crisis-work', 'legal-obligations'],
    task: {
      nl: 'Bezorgt e-mail: uitnodigingen, bevestigingen, wachtwoordherstel en alarmeringen',
      en: 'Delivers e-mail: invitations, confirmations, password resets and alerts',
    },
    dataKinds: {
      nl: 'Naam, e-mailadres, inhoud van de e-mail',
      en: 'Name, e-mail address, content of the e-mail',
    },
    safeguards: encryption,
    derivedFrom: 'SMTP_URL',
  };
}

export function sms(config: ProcessorConfig): ProcessorDraft | undefined {
  const url =
    config.SMS_GATEWAY === 'http'
      ? config.SMS_HTTP_URL
      : config.SMS_GATEWAY === 'smpp'
        ? config.SMPP_URL
        : undefined;
  if (!url) return undefined;
  const host = hostOf(url);
  const isCm = /(^|\.)(cm\.com|cmtelecom\.com)$/.test(host);
  const encrypted = url.startsWith('https://') || url.startsWith('ssmpp://');
  return {
    id: 'sms',
    name: isCm ? both('CM.com') : { nl: `Sms-gateway (${host})`, en: `SMS gateway (${host})` },
    role: 'processor',
    purposes: ['crisis-work'],
    task: { nl: 'Bezorgt alarmeringen per sms', en: 'Delivers alerts by SMS' },
    dataKinds: {
      nl: 'Telefoonnummer, tekst van de alarmering met antwoordlink',
      en: 'Phone number, text of the alert with its answer link',
    },
    ...(isCm ? { location: { nl: 'Nederland (EU)', en: 'The Netherlands (EU)' } } : {}),
    safeguards: encrypted
      ? { nl: 'Verbinding versleuteld (TLS).', en: 'Connection encrypted (TLS).' }
      : { nl: 'Verbinding niet versleuteld.', en: 'Connection not encrypted.' },
    derivedFrom: config.SMS_GATEWAY === 'http' ? 'SMS_HTTP_URL' : 'SMPP_URL',
  };
}

export function push(id: PushServiceId): ProcessorDraft {
  const service = PUSH_SERVICES[id];
  return {
    id: `push:${id}`,
    name: both(service.name),
    role: 'independent',
    purposes: ['crisis-work'],
    task: {
      nl: `Bezorgt pushmeldingen op apparaten met ${service.browsers.nl}`,
      en: `Delivers push notifications to devices with ${service.browsers.en}`,
    },
    dataKinds: {
      nl: 'Adres van het apparaat bij de dienst, tijdstip en grootte van het bericht; de inhoud is versleuteld',
      en: 'The device’s address at the service, time and size of the message; the content is encrypted',
    },
    location: { nl: 'Wereldwijd, ook buiten de EU', en: 'Worldwide, including outside the EU' },
    safeguards: {
      nl: 'Inhoud end-to-end versleuteld (RFC 8291): de dienst kan de alarmering niet lezen. De dienst hoort bij de browser die u kiest.',
      en: 'Content end-to-end encrypted (RFC 8291): the service cannot read the alert. The service comes with the browser you choose.',
    },
    derivedFrom: 'Web Push (always on)',
  };
}

export function mapTiles(url: string): ProcessorDraft {
  const host = hostOf(url);
  return {
    id: 'map-tiles',
    name: { nl: `Kaarttegels (${host})`, en: `Map tiles (${host})` },
    role: 'independent',
    purposes: ['crisis-work'],
    task: { nl: 'Levert de kaart bij een incident', en: 'Provides the map of an incident' },
    dataKinds: {
      nl: 'IP-adres en welk deel van de kaart u bekijkt',
      en: 'IP address and which part of the map you view',
    },
    safeguards: {
      nl: 'Zonder verwijzer (Referrer-Policy: no-referrer) en zonder de cookies van Baken.',
      en: 'Without a referrer (Referrer-Policy: no-referrer) and without Baken’s cookies.',
    },
    derivedFrom: 'MAP_TILE_URL',
  };
}
