import type { Language } from '../../../i18n/language.js';
import type { MailContent } from '../mail-layout.js';
import { mailDate, RIGHT_NAMES, type RightName } from './privacy-request-texts.js';

export interface PrivacyRequestDeadlineVariables {
  requests: { right: RightName; dueAt: string; overdue: boolean }[];
  queueUrl: string;
}

/** The daily reminder to a handler: requests overdue or due within a week (P19). */
export function privacyRequestDeadline(
  variables: PrivacyRequestDeadlineVariables,
  language: Language,
): MailContent {
  const lines = variables.requests.map((request) => {
    const right = RIGHT_NAMES[request.right][language];
    const due = mailDate(request.dueAt, language);
    if (language === 'en') return request.overdue ? `OVERDUE since ${due}: ${right}` : `Due ${due}: ${right}`;
    return request.overdue ? `TE LAAT sinds ${due}: ${right}` : `Uiterlijk ${due}: ${right}`;
  });
  const overdue = variables.requests.filter((request) => request.overdue).length;
  if (language === 'en') {
    return {
      subject: `Baken: ${variables.requests.length} privacy request(s) to answer${overdue ? `, ${overdue} overdue` : ''}`,
      heading: 'Privacy requests that need an answer',
      intro: ['These requests are overdue or due within 7 days:', ...lines],
      action: { label: 'Open the requests', url: variables.queueUrl },
      footer: 'This message was sent automatically by Baken, because you handle privacy requests.',
    };
  }
  return {
    subject: `Baken: ${variables.requests.length} privacyverzoek(en) te beantwoorden${overdue ? `, ${overdue} te laat` : ''}`,
    heading: 'Privacyverzoeken die een antwoord nodig hebben',
    intro: ['Deze verzoeken zijn te laat of moeten binnen 7 dagen beantwoord zijn:', ...lines],
    action: { label: 'Verzoeken openen', url: variables.queueUrl },
    footer: 'Dit bericht is automatisch verstuurd door Baken, omdat u privacyverzoeken behandelt.',
  };
}
