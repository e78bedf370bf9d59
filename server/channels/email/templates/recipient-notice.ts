import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';

export interface RecipientNoticeVariables {
  controllerName: string;
  controllerEmail: string;
  change: 'rectification' | 'erasure' | 'restriction';
  /** Corrected fields, already in the mail's language. */
  fields: string[];
  reference: string | null;
  /** The day of the disclosure, already written out in the mail's language. */
  disclosedOn: string;
}

const WHAT = {
  nl: {
    rectification: (fields: string) => `zijn gecorrigeerd (${fields})`,
    erasure: () => 'zijn gewist',
    restriction: () =>
      'mogen op verzoek van de betrokkene voorlopig alleen worden bewaard (beperking van de verwerking)',
  },
  en: {
    rectification: (fields: string) => `have been corrected (${fields})`,
    erasure: () => 'have been erased',
    restriction: () =>
      'may, at the request of the person concerned, for now only be stored (restriction of processing)',
  },
} as const;

/**
 * Tells a recipient of disclosed data that it changed (GDPR art. 19). It names the disclosure by
 * its date and reference, never the person or the data: the recipient knows which case it is,
 * and the mail adds nothing they did not already have.
 */
export function recipientNotice(variables: RecipientNoticeVariables, language: Language): MailContent {
  const { controllerName, controllerEmail, change, reference, disclosedOn } = variables;
  const fields = variables.fields.join(', ');
  if (language === 'en') {
    const ref = reference ? ` (your reference ${reference})` : '';
    return {
      subject: `Change to personal data ${controllerName} provided to you`,
      heading: 'Personal data you received has changed',
      intro: [
        `On ${disclosedOn} ${controllerName} provided you with personal data${ref}. That data ${WHAT.en[change](fields)}.`,
        change === 'erasure'
          ? 'Please erase your copy too, unless the law requires you to keep it.'
          : change === 'restriction'
            ? 'Please do not use the data in any other way than storing it until you hear otherwise, unless the law requires you to.'
            : `Please correct your copy. For the corrected data, contact ${controllerEmail}.`,
      ],
      outro: [`Questions: ${controllerEmail}.`],
      footer:
        'This message was sent by Baken because the law requires a controller to tell every recipient of personal data about its correction, erasure or restriction (GDPR art. 19).',
    };
  }
  const ref = reference ? ` (uw kenmerk ${reference})` : '';
  return {
    subject: `Wijziging in persoonsgegevens die ${controllerName} aan u verstrekte`,
    heading: 'Persoonsgegevens die u ontving zijn gewijzigd',
    intro: [
      `Op ${disclosedOn} heeft ${controllerName} u persoonsgegevens verstrekt${ref}. Die gegevens ${WHAT.nl[change](fields)}.`,
      change === 'erasure'
        ? 'Wis uw kopie ook, tenzij u die volgens de wet moet bewaren.'
        : change === 'restriction'
          ? 'Gebruik de gegevens tot nader bericht niet anders dan om ze te bewaren, tenzij de wet u daartoe verplicht.'
          : `Corrigeer uw kopie. Voor de gecorrigeerde gegevens kunt u contact opnemen met ${controllerEmail}.`,
    ],
    outro: [`Vragen: ${controllerEmail}.`],
    footer:
      'Dit bericht is verstuurd door Baken, omdat een verwerkingsverantwoordelijke volgens de wet elke ontvanger van persoonsgegevens moet laten weten dat die zijn gecorrigeerd, gewist of beperkt (AVG art. 19).',
  };
}
