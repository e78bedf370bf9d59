import type { BilingualText } from '../../../../common/privacy/browser-storage.js';

/**
 * Kinds of personal data, as the privacy statement groups them (P7). `settings` is the personal
 * environment the statement promises (language, time zone, notification choices); `reference` is
 * a pointer to a person (their account id) in someone else's record.
 */
export const PERSONAL_DATA_CATEGORIES = {
  identity: { nl: 'Identiteit', en: 'Identity' },
  contact: { nl: 'Contactgegevens', en: 'Contact details' },
  login: { nl: 'Inloggegevens', en: 'Login data' },
  technical: { nl: 'Technische gegevens', en: 'Technical data' },
  settings: { nl: 'Persoonlijke instellingen', en: 'Personal settings' },
  content: { nl: 'Inhoud', en: 'Content' },
  reference: { nl: 'Verwijzing naar een persoon', en: 'Reference to a person' },
} as const satisfies Record<string, BilingualText>;

export type PersonalDataCategory = keyof typeof PERSONAL_DATA_CATEGORIES;

/** The sections of the access report and the data export (P17), in this order. */
export const EXPORT_HEADINGS = {
  account: { nl: 'Account en profiel', en: 'Account and profile' },
  'sign-in': { nl: 'Inloggen en beveiliging', en: 'Sign-in and security' },
  devices: { nl: 'Apparaten', en: 'Devices' },
  teams: { nl: 'Teams, rollen en piket', en: 'Teams, roles and on-call duty' },
  incidents: { nl: 'Incidenten', en: 'Incidents' },
  alerts: { nl: 'Alarmeringen', en: 'Alerts' },
  mail: { nl: 'Verstuurde e-mail', en: 'E-mail sent' },
  usage: { nl: 'Gebruiksstatistieken', en: 'Usage statistics' },
  audit: { nl: 'Auditlog', en: 'Audit log' },
  privacy: { nl: 'Privacyverzoeken en verwijdering', en: 'Privacy requests and erasure' },
  'site-chat': { nl: 'Websitechat', en: 'Website chat' },
  organisation: { nl: 'Voorbereiding van de organisatie', en: 'The organisation’s preparation' },
} as const satisfies Record<string, BilingualText>;

export type ExportHeading = keyof typeof EXPORT_HEADINGS;
