import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';

export interface InvitationVariables {
  organisationName: string;
  inviterName: string;
  acceptUrl: string;
}

/** Someone of an organisation invites a new colleague to Baken. */
export function invitation(variables: InvitationVariables, language: Language): MailContent {
  const { organisationName, inviterName, acceptUrl } = variables;
  if (language === 'en') {
    return {
      subject: `Invitation to ${organisationName} in Baken`,
      heading: `You are invited to join ${organisationName}`,
      intro: [
        `${inviterName} invites you to work in Baken, the platform ${organisationName} uses for crisis management, crisis communication and crisis training.`,
        'Use the button below to create your account. You can sign in straight away afterwards.',
      ],
      action: { label: 'Accept the invitation', url: acceptUrl },
      outro: ['Not expecting this invitation? Then you can ignore this message; no account will be created.'],
      footer: `This message was sent by Baken on behalf of ${organisationName}, because ${inviterName} invited this e-mail address.`,
    };
  }
  return {
    subject: `Uitnodiging voor ${organisationName} in Baken`,
    heading: `U bent uitgenodigd voor ${organisationName}`,
    intro: [
      `${inviterName} nodigt u uit om mee te werken in Baken, het platform dat ${organisationName} gebruikt voor crisisbeheersing, crisiscommunicatie en crisistraining.`,
      'Met de knop hieronder maakt u uw account aan. Daarna kunt u direct inloggen.',
    ],
    action: { label: 'Uitnodiging accepteren', url: acceptUrl },
    outro: [
      'Verwachtte u deze uitnodiging niet? Dan kunt u dit bericht negeren; er wordt geen account aangemaakt.',
    ],
    footer: `Dit bericht is verstuurd door Baken namens ${organisationName}, omdat ${inviterName} dit e-mailadres heeft uitgenodigd.`,
  };
}
