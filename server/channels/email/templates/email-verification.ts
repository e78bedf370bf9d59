import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';

export interface EmailVerificationVariables {
  verifyUrl: string;
}

/** Confirms that an address belongs to the account holder before Baken relies on it. */
export function emailVerification(variables: EmailVerificationVariables, language: Language): MailContent {
  if (language === 'en') {
    return {
      subject: 'Confirm your e-mail address for Baken',
      heading: 'Confirm your e-mail address',
      intro: [
        'Please confirm that this e-mail address is yours, so that messages and alerts from Baken reach you.',
      ],
      action: { label: 'Confirm e-mail address', url: variables.verifyUrl },
      outro: ['Did you not enter this address yourself? Then you can ignore this message.'],
      footer:
        'This message was sent automatically by Baken, because this e-mail address was entered for a Baken account.',
    };
  }
  return {
    subject: 'Bevestig uw e-mailadres voor Baken',
    heading: 'Bevestig uw e-mailadres',
    intro: [
      'Bevestig dat dit e-mailadres van u is. Zo weten we zeker dat berichten en alarmeringen uit Baken u bereiken.',
    ],
    action: { label: 'E-mailadres bevestigen', url: variables.verifyUrl },
    outro: ['Heeft u dit adres niet zelf opgegeven? Dan kunt u dit bericht negeren.'],
    footer:
      'Dit bericht is automatisch verstuurd door Baken, omdat dit e-mailadres is opgegeven voor een Baken-account.',
  };
}
