import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { mailDate, RIGHT_NAMES, type RightName } from './privacy-request-texts.js';

export interface PrivacyRequestExtendedVariables {
  right: RightName;
  reason: string;
  firstDueAt: string;
  extendedUntil: string;
}

/** Tells the requester, before the first due date, that the term is extended and why (P19). */
export function privacyRequestExtended(
  variables: PrivacyRequestExtendedVariables,
  language: Language,
): MailContent {
  const right = RIGHT_NAMES[variables.right][language];
  const first = mailDate(variables.firstDueAt, language);
  const until = mailDate(variables.extendedUntil, language);
  if (language === 'en') {
    return {
      subject: 'Baken: we need more time to answer your privacy request',
      heading: 'We need more time',
      intro: [
        `We would have answered your request for ${right} by ${first}. We need more time, and will answer by ${until} at the latest.`,
        `The reason: ${variables.reason}`,
      ],
      outro: [
        'The law (GDPR art. 12(3)) allows a term of at most two more months for complex or numerous requests.',
      ],
      footer: 'This message was sent by Baken about the privacy request you made.',
    };
  }
  return {
    subject: 'Baken: wij hebben meer tijd nodig voor uw privacyverzoek',
    heading: 'Wij hebben meer tijd nodig',
    intro: [
      `Wij zouden uw verzoek om ${right} uiterlijk ${first} beantwoorden. Wij hebben meer tijd nodig en antwoorden uiterlijk ${until}.`,
      `De reden: ${variables.reason}`,
    ],
    outro: [
      'De wet (AVG art. 12 lid 3) staat voor ingewikkelde of talrijke verzoeken een verlenging van ten hoogste twee maanden toe.',
    ],
    footer: 'Dit bericht is verstuurd door Baken over het privacyverzoek dat u deed.',
  };
}
