import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';

export type TestMessageVariables = Record<string, never>;

/** An operator checks that mail leaves Baken and arrives. */
export function testMessage(_variables: TestMessageVariables, language: Language): MailContent {
  if (language === 'en') {
    return {
      subject: 'Test message from Baken',
      heading: 'This is a test message from Baken',
      intro: [
        'An administrator of Baken sent this message to check that e-mail from Baken arrives.',
        'If you can read this, sending e-mail works. There is nothing else you need to do.',
      ],
      footer:
        'This message was sent automatically by Baken, the crisis management platform, because an administrator entered this address for a test message.',
    };
  }
  return {
    subject: 'Testbericht van Baken',
    heading: 'Dit is een testbericht van Baken',
    intro: [
      'Een beheerder van Baken heeft dit bericht verstuurd om te controleren of e-mail vanuit Baken aankomt.',
      'Kunt u dit lezen? Dan werkt het versturen van e-mail. U hoeft verder niets te doen.',
    ],
    footer:
      'Dit bericht is automatisch verstuurd door Baken, het platform voor crisisbeheersing, omdat een beheerder dit adres heeft opgegeven voor een testbericht.',
  };
}
