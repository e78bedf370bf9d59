import type { Language } from '../../../i18n/language.js';
import { DATA_PROTECTION_AUTHORITY } from '../../../modules/privacy/statement/rights-text.js';

/** The six rights as a short name, for subjects and sentences ("your request for access"). */
export const RIGHT_NAMES = {
  access: { nl: 'inzage', en: 'access' },
  rectification: { nl: 'rectificatie', en: 'rectification' },
  erasure: { nl: 'verwijdering', en: 'erasure' },
  restriction: { nl: 'beperking van de verwerking', en: 'restriction of processing' },
  objection: { nl: 'bezwaar', en: 'objection' },
  portability: { nl: 'overdracht van gegevens', en: 'data portability' },
} as const;

export type RightName = keyof typeof RIGHT_NAMES;

/** A date as people read it in the Netherlands, e.g. "28 februari 2027". */
export function mailDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** The controller as the operator set it (P21); empty fields are left out. */
export interface MailController {
  controllerName: string;
  postalAddress: string;
  email: string;
  phone: string;
  privacyOfficerContact: string;
}

// @promise P20, P21 every answer to a request names the Autoriteit Persoonsgegevens and the controller
export function complaintAndControllerLines(controller: MailController, language: Language): string[] {
  const authority = DATA_PROTECTION_AUTHORITY;
  const nl = language === 'nl';
  const contact = [
    controller.controllerName,
    controller.postalAddress,
    controller.email,
    controller.phone,
    controller.privacyOfficerContact &&
      `${nl ? 'Privacyfunctionaris' : 'Privacy officer'}: ${controller.privacyOfficerContact}`,
  ].filter(Boolean);
  return [
    `${nl ? 'Verwerkingsverantwoordelijke' : 'Controller'}: ${
      contact.length > 0 ? contact.join(', ') : nl ? 'de beheerder van Baken' : 'the operator of Baken'
    }.`,
    nl
      ? `Bent u het niet eens met ons antwoord, dan kunt u een klacht indienen bij de ${authority.name.nl} (${authority.website.replace('https://', '')}, telefoon ${authority.phone}).`
      : `If you disagree with our answer, you may lodge a complaint with the ${authority.name.en} (${authority.website.replace('https://', '')}, phone ${authority.phone}).`,
  ];
}
