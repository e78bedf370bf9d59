import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';

export interface AlertMailVariables {
  organisationName: string;
  recipientName: string;
  title: string;
  body: string;
  location: string;
  isExercise: boolean;
  urgency: 'crisis' | 'normal';
  responseUrl: string;
}

/**
 * An alert by e-mail. An exercise says so in the subject and the first line, so nobody mistakes
 * it for a real crisis; the button answers without signing in (the link works once).
 */
export function alertMail(variables: AlertMailVariables, language: Language): MailContent {
  const { organisationName, recipientName, title, body, location, isExercise, urgency, responseUrl } =
    variables;
  if (language === 'en') {
    const mark = isExercise ? 'EXERCISE: ' : urgency === 'crisis' ? 'ALERT: ' : '';
    return {
      subject: `${mark}${title} (${organisationName} via Baken)`,
      heading: `${mark}${title}`,
      intro: [
        ...(isExercise ? ['This is an exercise, not a real crisis.'] : []),
        `${recipientName}, ${organisationName} is alerting you.`,
        ...(body ? [body] : []),
        ...(location ? [`Location: ${location}`] : []),
        'Let the team know straight away whether you are coming.',
      ],
      action: { label: 'Respond: coming / not available', url: responseUrl },
      outro: ['The link works once and only for you. You can also respond in the Baken app.'],
      footer: `This message was sent by Baken on behalf of ${organisationName}, because you are part of its crisis organisation.`,
    };
  }
  const mark = isExercise ? 'OEFENING: ' : urgency === 'crisis' ? 'ALARM: ' : '';
  return {
    subject: `${mark}${title} (${organisationName} via Baken)`,
    heading: `${mark}${title}`,
    intro: [
      ...(isExercise ? ['Dit is een oefening, geen echte crisis.'] : []),
      `${recipientName}, ${organisationName} alarmeert u.`,
      ...(body ? [body] : []),
      ...(location ? [`Locatie: ${location}`] : []),
      'Laat het team direct weten of u komt.',
    ],
    action: { label: 'Antwoorden: ik kom / niet beschikbaar', url: responseUrl },
    outro: ['De link werkt één keer en alleen voor u. U kunt ook antwoorden in de Baken-app.'],
    footer: `Dit bericht is verstuurd door Baken namens ${organisationName}, omdat u deel uitmaakt van de crisisorganisatie.`,
  };
}
