import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { mailDate } from './privacy-request-texts.js';

export interface PortabilityTransferSentVariables {
  recipientName: string;
  recipientEmail: string;
  expiresAt: string;
  myDataUrl: string;
}

/** Confirms to the person that their data went to the recipient they named, and how long the link works. */
export function portabilityTransferSent(
  variables: PortabilityTransferSentVariables,
  language: Language,
): MailContent {
  const until = mailDate(variables.expiresAt, language);
  const to = `${variables.recipientName} (${variables.recipientEmail})`;
  if (language === 'en') {
    return {
      subject: 'Baken: your data was sent to the recipient you named',
      heading: 'Your data was sent',
      intro: [
        `As you asked, we sent ${to} a link to download the data you provided to Baken (GDPR art. 20). The link works once and until ${until}.`,
        'The transfer is recorded among the disclosures in your access report.',
      ],
      action: { label: 'Open My data', url: variables.myDataUrl },
      outro: ['Did you not ask for this? Change your password and contact us at once.'],
      footer: 'This message was sent automatically by Baken, because you asked for a transfer of your data.',
    };
  }
  return {
    subject: 'Baken: uw gegevens zijn naar de ontvanger gestuurd',
    heading: 'Uw gegevens zijn verstuurd',
    intro: [
      `Zoals u vroeg, hebben wij ${to} een link gestuurd om de gegevens te downloaden die u aan Baken verstrekte (AVG art. 20). De link werkt één keer en tot ${until}.`,
      'De overdracht staat bij de verstrekkingen in uw inzageoverzicht.',
    ],
    action: { label: 'Mijn gegevens openen', url: variables.myDataUrl },
    outro: ['Heeft u dit niet gevraagd? Wijzig dan uw wachtwoord en neem meteen contact met ons op.'],
    footer: 'Dit bericht is automatisch verstuurd door Baken, omdat u vroeg uw gegevens over te dragen.',
  };
}
