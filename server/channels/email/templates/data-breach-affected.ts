import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { mailDateTime } from './data-breach-texts.js';

export interface DataBreachAffectedVariables {
  organisationName: string;
  discoveredAt: string;
  description: string;
  dataCategories: string;
  peopleCategories: string;
  likelyConsequences: string;
  measures: string;
  contactPoint: string;
  breachesUrl: string;
}

/**
 * Tells an affected organisation's admins of a breach at the operator (GDPR art. 33(2)): the
 * operator processes the organisation's data, and the organisation, as controller, decides about
 * its own notification to the authority and its people.
 */
export function dataBreachAffected(variables: DataBreachAffectedVariables, language: Language): MailContent {
  const discovered = mailDateTime(variables.discoveredAt, language);
  const optional = (label: string, value: string) => (value.trim() ? [`${label}: ${value}`] : []);
  if (language === 'en') {
    return {
      subject: `Baken: a personal data breach concerns ${variables.organisationName}`,
      heading: 'A personal data breach concerns your organisation',
      intro: [
        `The operator of Baken discovered a personal data breach on ${discovered} that concerns data of ${variables.organisationName}. As your processor, we inform you without undue delay (GDPR art. 33(2)).`,
        `What happened: ${variables.description}`,
        `Data concerned: ${variables.dataCategories}`,
        `People concerned: ${variables.peopleCategories}`,
        ...optional('Likely consequences', variables.likelyConsequences),
        ...optional('Measures taken or proposed', variables.measures),
        `Contact: ${variables.contactPoint}`,
      ],
      action: { label: 'Open the breach in Baken', url: variables.breachesUrl },
      outro: [
        'As controller, your organisation decides whether to notify the Autoriteit Persoonsgegevens (within 72 hours of becoming aware) and the people concerned. We help you with the information you need.',
      ],
      footer:
        'This message was sent automatically by Baken, because you are an administrator of your organisation.',
    };
  }
  return {
    subject: `Baken: een datalek betreft ${variables.organisationName}`,
    heading: 'Een datalek betreft uw organisatie',
    intro: [
      `De beheerder van Baken heeft op ${discovered} een inbreuk in verband met persoonsgegevens (datalek) ontdekt die gegevens van ${variables.organisationName} betreft. Als uw verwerker melden wij dit zonder onredelijke vertraging (AVG art. 33 lid 2).`,
      `Wat er is gebeurd: ${variables.description}`,
      `Betrokken gegevens: ${variables.dataCategories}`,
      `Betrokken personen: ${variables.peopleCategories}`,
      ...optional('Waarschijnlijke gevolgen', variables.likelyConsequences),
      ...optional('Genomen of voorgestelde maatregelen', variables.measures),
      `Contact: ${variables.contactPoint}`,
    ],
    action: { label: 'Het datalek bekijken in Baken', url: variables.breachesUrl },
    outro: [
      'Als verwerkingsverantwoordelijke beslist uw organisatie zelf of zij het lek meldt bij de Autoriteit Persoonsgegevens (binnen 72 uur nadat u ervan weet) en aan de betrokkenen. Wij helpen u met de informatie die u daarvoor nodig hebt.',
    ],
    footer: 'Dit bericht is automatisch verstuurd door Baken, omdat u beheerder bent van uw organisatie.',
  };
}
