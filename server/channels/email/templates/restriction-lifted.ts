import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';

export interface RestrictionLiftedVariables {
  organisationName: string;
}

/** Tells a person that the restriction of processing they asked for ends (GDPR art. 18(3)). */
export function restrictionLifted(variables: RestrictionLiftedVariables, language: Language): MailContent {
  const { organisationName } = variables;
  if (language === 'en') {
    return {
      subject: 'The restriction of your data in Baken is lifted',
      heading: 'Restriction of processing lifted',
      intro: [
        `${organisationName} is lifting the restriction of the processing of your personal data in Baken. From now on your data is used again as before: you can be alerted, scheduled on call, and change your profile.`,
      ],
      outro: [
        `Do you disagree? Contact ${organisationName}'s privacy contact. You may also complain to the Dutch data protection authority (Autoriteit Persoonsgegevens, autoriteitpersoonsgegevens.nl).`,
      ],
      footer:
        'This message was sent automatically by Baken, because the law requires you to be told before a restriction of processing is lifted (GDPR art. 18(3)).',
    };
  }
  return {
    subject: 'De beperking van uw gegevens in Baken wordt opgeheven',
    heading: 'Beperking van de verwerking opgeheven',
    intro: [
      `${organisationName} heft de beperking van de verwerking van uw persoonsgegevens in Baken op. Vanaf nu worden uw gegevens weer gebruikt zoals voorheen: u kunt weer gealarmeerd worden, piketdiensten krijgen en uw profiel wijzigen.`,
    ],
    outro: [
      `Bent u het hier niet mee eens? Neem contact op met de privacycontactpersoon van ${organisationName}. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).`,
    ],
    footer:
      'Dit bericht is automatisch verstuurd door Baken, omdat u volgens de wet bericht krijgt voordat een beperking van de verwerking wordt opgeheven (AVG art. 18 lid 3).',
  };
}
