import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { mailDate } from './privacy-request-texts.js';

export interface PortabilityTransferLinkVariables {
  senderName: string;
  recipientName: string;
  downloadUrl: string;
  expiresAt: string;
}

/** To the recipient a person named: a single-use, expiring link to their data (GDPR art. 20(2)). */
export function portabilityTransferLink(
  variables: PortabilityTransferLinkVariables,
  language: Language,
): MailContent {
  const until = mailDate(variables.expiresAt, language);
  if (language === 'en') {
    return {
      subject: `${variables.senderName} sends you their data from Baken`,
      heading: 'Data sent to you',
      intro: [
        `Dear ${variables.recipientName},`,
        `${variables.senderName} asked Baken to send you the personal data they provided to Baken, to take elsewhere (GDPR art. 20). It is a ZIP of JSON and CSV files with a README that explains the formats.`,
      ],
      action: { label: 'Download the data', url: variables.downloadUrl },
      outro: [
        `The link works once and until ${until}. Keep the data safe: it is about a person.`,
        'Not expecting this? Then ignore this message; the link expires by itself.',
      ],
      footer: `This message was sent automatically by Baken, because ${variables.senderName} entered this e-mail address.`,
    };
  }
  return {
    subject: `${variables.senderName} stuurt u zijn of haar gegevens uit Baken`,
    heading: 'Gegevens voor u',
    intro: [
      `Beste ${variables.recipientName},`,
      `${variables.senderName} heeft Baken gevraagd u de persoonsgegevens te sturen die hij of zij aan Baken verstrekte, om elders te gebruiken (AVG art. 20). Het is een ZIP met JSON- en CSV-bestanden en een README die de indeling uitlegt.`,
    ],
    action: { label: 'De gegevens downloaden', url: variables.downloadUrl },
    outro: [
      `De link werkt één keer en tot ${until}. Bewaar de gegevens zorgvuldig: ze gaan over een persoon.`,
      'Verwachtte u dit niet? Negeer dit bericht dan; de link verloopt vanzelf.',
    ],
    footer: `Dit bericht is automatisch verstuurd door Baken, omdat ${variables.senderName} dit e-mailadres opgaf.`,
  };
}
