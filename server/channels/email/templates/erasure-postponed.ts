import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { complaintAndControllerLines, type MailController } from './privacy-request-texts.js';

export interface ErasurePostponedVariables {
  organisationName: string;
  /** Why, in the person's language: the legal hold's ground, reason and end, or the open incident. */
  reason: string;
  /** The article the postponement rests on, e.g. "AVG/GDPR art. 17(3)(b)". */
  article: string;
  controller: MailController;
}

/**
 * Tells a person whose cancelled account was due for erasure that it waits, and why (art. 12(4),
 * art. 17(3)): the first time only, not on every nightly try.
 */
export function erasurePostponed(variables: ErasurePostponedVariables, language: Language): MailContent {
  const { organisationName, reason, article } = variables;
  const closing = complaintAndControllerLines(variables.controller, language);
  if (language === 'en') {
    return {
      subject: 'Baken: the erasure of your data waits',
      heading: 'Your data is not erased yet',
      intro: [
        `Your account with ${organisationName} was cancelled and its data was due to be erased. The erasure waits (${article}):`,
        reason,
        'It is carried out as soon as the reason ends; you do not need to ask again.',
      ],
      outro: closing,
      footer: 'This message was sent by Baken about the erasure of your account.',
    };
  }
  return {
    subject: 'Baken: het wissen van uw gegevens wacht',
    heading: 'Uw gegevens zijn nog niet gewist',
    intro: [
      `Uw account bij ${organisationName} is opgezegd en de gegevens zouden nu worden gewist. Het wissen wacht (${article}):`,
      reason,
      'Het gebeurt zodra de reden vervalt; u hoeft het niet opnieuw te vragen.',
    ],
    outro: closing,
    footer: 'Dit bericht is verstuurd door Baken over het wissen van uw account.',
  };
}
