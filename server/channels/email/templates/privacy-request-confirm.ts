import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { RIGHT_NAMES, type RightName } from './privacy-request-texts.js';

export interface PrivacyRequestConfirmVariables {
  right: RightName;
  confirmUrl: string;
  expiresInHours: number;
}

/** Confirms the address given on the public request form: the request counts only once confirmed (P18). */
export function privacyRequestConfirm(
  variables: PrivacyRequestConfirmVariables,
  language: Language,
): MailContent {
  const right = RIGHT_NAMES[variables.right][language];
  if (language === 'en') {
    return {
      subject: `Confirm your privacy request (${right}) to Baken`,
      heading: 'Confirm your privacy request',
      intro: [
        `We received a request for ${right} with this e-mail address. Confirm that the address is yours; only then does the request count, and the term for our answer starts.`,
      ],
      action: { label: 'Confirm my request', url: variables.confirmUrl },
      outro: [
        `This link is valid for ${variables.expiresInHours} hours and works once.`,
        'Did you not make this request? Then ignore this message: nothing happens.',
      ],
      footer:
        'This message was sent automatically by Baken, because this e-mail address was entered on the public privacy request form.',
    };
  }
  return {
    subject: `Bevestig uw privacyverzoek (${right}) aan Baken`,
    heading: 'Bevestig uw privacyverzoek',
    intro: [
      `Wij ontvingen een verzoek om ${right} met dit e-mailadres. Bevestig dat het adres van u is; pas dan telt het verzoek en gaat de termijn voor ons antwoord lopen.`,
    ],
    action: { label: 'Mijn verzoek bevestigen', url: variables.confirmUrl },
    outro: [
      `Deze link is ${variables.expiresInHours} uur geldig en werkt één keer.`,
      'Heeft u dit verzoek niet gedaan? Negeer dit bericht dan; er gebeurt niets.',
    ],
    footer:
      'Dit bericht is automatisch verstuurd door Baken, omdat dit e-mailadres is ingevuld op het openbare formulier voor privacyverzoeken.',
  };
}
