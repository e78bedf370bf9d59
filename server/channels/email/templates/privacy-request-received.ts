import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { mailDate, RIGHT_NAMES, type RightName } from './privacy-request-texts.js';

export interface PrivacyRequestReceivedVariables {
  right: RightName;
  dueAt: string;
  withdrawUrl: string;
}

/** Acknowledges a confirmed public request, with its due date and a link to withdraw it (P17, P19). */
export function privacyRequestReceived(
  variables: PrivacyRequestReceivedVariables,
  language: Language,
): MailContent {
  const right = RIGHT_NAMES[variables.right][language];
  const due = mailDate(variables.dueAt, language);
  if (language === 'en') {
    return {
      subject: `Baken received your privacy request (${right})`,
      heading: 'We received your request',
      intro: [
        `Your request for ${right} counts from now on. We answer by ${due} at the latest.`,
        'Changed your mind? You can withdraw the request with the button below, as long as we have not answered it.',
      ],
      action: { label: 'Withdraw my request', url: variables.withdrawUrl },
      outro: ['Keep this message: the link works only for you and only for this request.'],
      footer: 'This message was sent automatically by Baken, because you confirmed a privacy request.',
    };
  }
  return {
    subject: `Baken heeft uw privacyverzoek ontvangen (${right})`,
    heading: 'Wij hebben uw verzoek ontvangen',
    intro: [
      `Uw verzoek om ${right} telt vanaf nu. Wij antwoorden uiterlijk ${due}.`,
      'Bedacht? U kunt het verzoek met de knop hieronder intrekken, zolang wij het nog niet hebben beantwoord.',
    ],
    action: { label: 'Mijn verzoek intrekken', url: variables.withdrawUrl },
    outro: ['Bewaar dit bericht: de link werkt alleen voor u en alleen voor dit verzoek.'],
    footer: 'Dit bericht is automatisch verstuurd door Baken, omdat u een privacyverzoek bevestigde.',
  };
}
