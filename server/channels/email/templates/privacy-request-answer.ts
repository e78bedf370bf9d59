import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import {
  complaintAndControllerLines,
  type MailController,
  RIGHT_NAMES,
  type RightName,
} from './privacy-request-texts.js';

export interface PrivacyRequestAnswerVariables {
  right: RightName;
  outcome: 'answered' | 'rejected';
  answer: string;
  controller: MailController;
  /** For access by a person with an account: where they download their access report. */
  reportUrl?: string;
}

/** The answer to a request: always with the right to complain and the controller's details (P19–P21). */
export function privacyRequestAnswer(
  variables: PrivacyRequestAnswerVariables,
  language: Language,
): MailContent {
  const right = RIGHT_NAMES[variables.right][language];
  const closing = complaintAndControllerLines(variables.controller, language);
  const action = variables.reportUrl
    ? {
        label: language === 'nl' ? 'Mijn gegevens bekijken en downloaden' : 'View and download my data',
        url: variables.reportUrl,
      }
    : undefined;
  if (language === 'en') {
    return {
      subject: `Baken: the answer to your privacy request (${right})`,
      heading:
        variables.outcome === 'rejected' ? 'We cannot grant your request' : 'Our answer to your request',
      intro: [variables.answer],
      ...(action ? { action } : {}),
      outro: closing,
      footer: 'This message was sent by Baken about the privacy request you made.',
    };
  }
  return {
    subject: `Baken: antwoord op uw privacyverzoek (${right})`,
    heading:
      variables.outcome === 'rejected'
        ? 'Wij kunnen uw verzoek niet inwilligen'
        : 'Ons antwoord op uw verzoek',
    intro: [variables.answer],
    ...(action ? { action } : {}),
    outro: closing,
    footer: 'Dit bericht is verstuurd door Baken over het privacyverzoek dat u deed.',
  };
}
