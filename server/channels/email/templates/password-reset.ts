import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';

export interface PasswordResetVariables {
  resetUrl: string;
  expiresInMinutes: number;
}

/** A link to set a new password, requested on the sign-in page. */
export function passwordReset(variables: PasswordResetVariables, language: Language): MailContent {
  const { resetUrl, expiresInMinutes } = variables;
  if (language === 'en') {
    const minutes = expiresInMinutes === 1 ? '1 minute' : `${expiresInMinutes} minutes`;
    return {
      subject: 'Set a new password for Baken',
      heading: 'Set a new password',
      intro: ['A new password was requested for your Baken account. Use the button below to set one.'],
      action: { label: 'Set a new password', url: resetUrl },
      outro: [
        `This link is valid for ${minutes} and works once.`,
        'Did you not ask for this? Then you can ignore this message; your password stays as it is.',
      ],
      footer:
        'This message was sent automatically by Baken, because a new password was requested for this e-mail address on the sign-in page.',
    };
  }
  const minutes = expiresInMinutes === 1 ? '1 minuut' : `${expiresInMinutes} minuten`;
  return {
    subject: 'Nieuw wachtwoord instellen voor Baken',
    heading: 'Nieuw wachtwoord instellen',
    intro: [
      'Er is een nieuw wachtwoord aangevraagd voor uw Baken-account. Met de knop hieronder stelt u het in.',
    ],
    action: { label: 'Nieuw wachtwoord instellen', url: resetUrl },
    outro: [
      `Deze link is ${minutes} geldig en werkt één keer.`,
      'Heeft u dit niet zelf aangevraagd? Dan kunt u dit bericht negeren; uw wachtwoord blijft ongewijzigd.',
    ],
    footer:
      'Dit bericht is automatisch verstuurd door Baken, omdat op de inlogpagina een nieuw wachtwoord is aangevraagd voor dit e-mailadres.',
  };
}
