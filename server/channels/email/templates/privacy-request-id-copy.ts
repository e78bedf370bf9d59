import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { RIGHT_NAMES, type RightName } from './privacy-request-texts.js';

export interface PrivacyRequestIdCopyVariables {
  right: RightName;
  reason: string;
  uploadUrl: string;
  expiresInDays: number;
}

/** Asks for a masked copy of an identity document, with the recorded reason (P18). */
export function privacyRequestIdCopy(
  variables: PrivacyRequestIdCopyVariables,
  language: Language,
): MailContent {
  const right = RIGHT_NAMES[variables.right][language];
  if (language === 'en') {
    return {
      subject: 'Baken: we need to confirm your identity for your privacy request',
      heading: 'Please confirm your identity',
      intro: [
        `Before we can answer your request for ${right}, we need to be sure it comes from you. The reason: ${variables.reason}`,
        'Please send a copy of an identity document (passport, identity card or driving licence). Mask your citizen service number (BSN) and your passport photo first: we do not need them. You may also mask the document number.',
      ],
      action: { label: 'Send a copy of my identity document', url: variables.uploadUrl },
      outro: [
        'The copy is stored encrypted, only the person handling your request can see it, and it is deleted as soon as your identity is established.',
        `The link is valid for ${variables.expiresInDays} days. The term for our answer is paused until we receive the copy.`,
      ],
      footer: 'This message was sent by Baken about the privacy request you made.',
    };
  }
  return {
    subject: 'Baken: wij moeten uw identiteit vaststellen voor uw privacyverzoek',
    heading: 'Bevestig uw identiteit',
    intro: [
      `Voordat wij uw verzoek om ${right} kunnen beantwoorden, moeten wij zeker weten dat het van u komt. De reden: ${variables.reason}`,
      'Stuur ons een kopie van een identiteitsbewijs (paspoort, identiteitskaart of rijbewijs). Scherm eerst uw burgerservicenummer (BSN) en uw pasfoto af: die hebben wij niet nodig. Het documentnummer mag u ook afschermen.',
    ],
    action: { label: 'Kopie identiteitsbewijs sturen', url: variables.uploadUrl },
    outro: [
      'De kopie wordt versleuteld bewaard, alleen de behandelaar van uw verzoek kan haar zien, en zij wordt verwijderd zodra uw identiteit vaststaat.',
      `De link is ${variables.expiresInDays} dagen geldig. De termijn voor ons antwoord staat stil tot wij de kopie hebben.`,
    ],
    footer: 'Dit bericht is verstuurd door Baken over het privacyverzoek dat u deed.',
  };
}
