import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { mailDateTime } from './data-breach-texts.js';

export interface DataBreachDeadlineVariables {
  /** `due-soon`: 24 hours or less left; `overdue`: the 72 hours have passed. */
  stage: 'due-soon' | 'overdue';
  discoveredAt: string;
  dueAt: string;
  description: string;
  breachUrl: string;
}

const SUMMARY_LENGTH = 140;
const summary = (text: string) =>
  text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…` : text;

/**
 * Warns the operator's privacy officers that a breach still lacks the decision about notifying
 * the Autoriteit Persoonsgegevens: once when 24 hours or less remain, once when the time is up.
 */
export function dataBreachDeadline(variables: DataBreachDeadlineVariables, language: Language): MailContent {
  const due = mailDateTime(variables.dueAt, language);
  const discovered = mailDateTime(variables.discoveredAt, language);
  const what = summary(variables.description);
  const overdue = variables.stage === 'overdue';
  if (language === 'en') {
    return {
      subject: overdue
        ? 'Baken: OVERDUE – a data breach has not been decided on for the authority'
        : 'Baken: less than 24 hours left to notify a data breach',
      heading: overdue ? 'The 72 hours for a data breach have passed' : 'A data breach must be notified soon',
      intro: [
        `Breach discovered on ${discovered}: ${what}`,
        overdue
          ? `The notification to the Autoriteit Persoonsgegevens was due on ${due}. Notify now and record the reasons for the delay, or record why the breach is unlikely to result in a risk.`
          : `Notify the Autoriteit Persoonsgegevens by ${due}, or record why the breach is unlikely to result in a risk (GDPR art. 33).`,
      ],
      action: { label: 'Open the breach', url: variables.breachUrl },
      footer:
        'This message was sent automatically by Baken, because you keep the operator’s breach register.',
    };
  }
  return {
    subject: overdue
      ? 'Baken: TE LAAT – over een datalek is nog niet besloten voor de AP'
      : 'Baken: nog minder dan 24 uur om een datalek te melden',
    heading: overdue ? 'De 72 uur voor een datalek zijn voorbij' : 'Een datalek moet binnenkort gemeld zijn',
    intro: [
      `Datalek ontdekt op ${discovered}: ${what}`,
      overdue
        ? `De melding aan de Autoriteit Persoonsgegevens had uiterlijk ${due} gedaan moeten zijn. Meld nu en leg de reden van de vertraging vast, of leg vast waarom het lek waarschijnlijk geen risico oplevert.`
        : `Meld het lek uiterlijk ${due} bij de Autoriteit Persoonsgegevens, of leg vast waarom het waarschijnlijk geen risico oplevert (AVG art. 33).`,
    ],
    action: { label: 'Het datalek openen', url: variables.breachUrl },
    footer:
      'Dit bericht is automatisch verstuurd door Baken, omdat u het datalekkenregister van de beheerder bijhoudt.',
  };
}
