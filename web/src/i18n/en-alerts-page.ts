import type { alertsPageNl } from './nl-alerts-page';

/** English text for the alerts page: every alert of the organisation, with or without an incident. */
export const alertsPageEn: typeof alertsPageNl = {
  alertsPage: {
    title: 'Alerts',
    intro:
      'All alerts of your organisation, for an incident or on their own. Choose one to see who is coming; new answers appear by themselves.',
    send: 'Alert people',
    formTitle: 'Alert without an incident',
    exercise: 'This is an exercise',
    exerciseHint: 'Every message (app, e-mail and SMS) is marked as an EXERCISE.',
    listTitle: 'Overview',
    listLabel: 'Alerts of the organisation',
    boardTitle: 'Answers',
    loading: 'Fetching the alerts…',
    none: 'Nobody has been alerted yet.',
    show: 'Show answers',
    incident: 'Incident: {{title}}',
    incidentUnknown: 'For an incident',
    standalone: 'Without an incident',
    exerciseBadge: 'Exercise',
    sentAt: 'Sent: {{time}}',
    recipients_one: '{{count}} alerted',
    recipients_other: '{{count}} alerted',
    coming_one: '{{count}} coming',
    coming_other: '{{count}} coming',
    answered_one: '{{count}} answered',
    answered_other: '{{count}} answered',
    sent_one: 'The alert was sent to {{count}} person. The answers are below.',
    sent_other: 'The alert was sent to {{count}} people. The answers are below.',
  },
};
