import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { DataMapEntry } from '../personal-data/map-table.js';

/**
 * Categories of data subjects (art. 30(1)(c)). The data map does not name them; it says how each
 * value is tied to its person, and that tells whose data it is, so a new column is classified
 * without anyone editing this file.
 */
export const DATA_SUBJECT_CATEGORIES = {
  users: {
    nl: 'Gebruikers van Baken (mensen met een account: medewerkers en vrijwilligers van klantorganisaties en van de beheerder)',
    en: 'Users of Baken (people with an account: staff and volunteers of customer organisations and of the operator)',
  },
  'without-account': {
    nl: 'Mensen zonder account die contact hebben met Baken, bekend van hun e-mailadres (bezoekers van de websitechat, indieners van een privacyverzoek, ontvangers van e-mail)',
    en: 'People without an account who are in contact with Baken, known by their e-mail address (website chat visitors, people filing a privacy request, recipients of e-mail)',
  },
  'sign-in-attempts': {
    nl: 'Iedereen die probeert in te loggen (alleen als hash van e-mailadres of IP-adres)',
    en: 'Anyone who tries to sign in (only as a hash of the e-mail or IP address)',
  },
  'named-people': {
    nl: 'Mensen die genoemd worden in teksten en bestanden (zoals burgers, getroffenen of contactpersonen in een logboek of bij een locatie)',
    en: 'People named in texts and files (such as citizens, people affected or contacts in a logbook or at a location)',
  },
} as const satisfies Record<string, BilingualText>;

export type DataSubjectCategory = keyof typeof DATA_SUBJECT_CATEGORIES;

/** Whose data one data-map entry holds: one or two categories (the subject, and anyone named). */
export function subjectCategoriesOf(entry: DataMapEntry): DataSubjectCategory[] {
  const named: DataSubjectCategory[] = entry.mayNamePeople ? ['named-people'] : [];
  switch (entry.subject.kind) {
    case 'account':
    case 'user-reference':
    case 'user-id-list':
    case 'via-row':
      return ['users', ...named];
    case 'email-address':
    case 'via-email-row':
      return ['without-account', ...named];
    case 'hashed':
      return ['sign-in-attempts', ...named];
    case 'search-value':
      return ['named-people'];
  }
}
