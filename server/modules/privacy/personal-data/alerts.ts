import { alertDeliveries, alertRecipients, alerts } from '../../../db/schema/alerts.js';
import { mapTable } from './map-table.js';

// Alerts are part of the crisis record: who was called, and who answered how. After a person's
// erasure they read as answered by a pseudonym; how the message travelled is deleted.

const pseudonymise = { kind: 'pseudonymise', replacement: 'pseudonym-account' } as const;
const unlinkedFromRecipient = { kind: 'unlinked', by: 'userId' } as const;

/** An alert without an incident (a test, a call-out) is kept for a year. */
const alert = mapTable(alerts, {
  purpose: 'crisis-work',
  retention: { kind: 'with-incident', withoutIncident: { days: 365, from: 'createdAt' } },
  subject: { kind: 'user-reference', column: 'createdBy' },
  heading: 'alerts',
  columns: {
    createdBy: {
      category: 'reference',
      description: { nl: 'Wie de alarmering verstuurde', en: 'Who sent the alert' },
      erasure: pseudonymise,
    },
    cancelledBy: {
      category: 'reference',
      description: { nl: 'Wie de alarmering introk', en: 'Who cancelled the alert' },
      subject: { kind: 'user-reference', column: 'cancelledBy' },
      erasure: pseudonymise,
    },
    // The people chosen by name, as chosen (teams, roles and on-call are resolved into recipients).
    targets: {
      category: 'reference',
      description: { nl: 'Aan wie de alarmering gericht was', en: 'Whom the alert was addressed to' },
      subject: { kind: 'user-id-list', column: 'targets', key: 'userIds' },
      erasure: pseudonymise,
    },
    title: {
      category: 'content',
      description: { nl: 'Titel van de alarmering', en: 'Title of the alert' },
      erasure: { kind: 'unlinked', by: 'createdBy' },
      mayNamePeople: true,
    },
    body: {
      category: 'content',
      description: { nl: 'Tekst van de alarmering', en: 'Text of the alert' },
      erasure: { kind: 'unlinked', by: 'createdBy' },
      mayNamePeople: true,
    },
    location: {
      category: 'content',
      description: { nl: 'Locatie in de alarmering', en: 'Location in the alert' },
      erasure: { kind: 'unlinked', by: 'createdBy' },
      mayNamePeople: true,
    },
  },
});

const recipients = mapTable(alertRecipients, {
  purpose: 'crisis-work',
  retention: { kind: 'with-parent', via: 'alertId' },
  subject: { kind: 'user-reference', column: 'userId' },
  heading: 'alerts',
  columns: {
    userId: {
      category: 'reference',
      description: { nl: 'Wie gealarmeerd werd', en: 'Who was alerted' },
      erasure: pseudonymise,
    },
    roleName: {
      category: 'content',
      description: { nl: 'De rol waarvoor u gealarmeerd werd', en: 'The role you were alerted for' },
      erasure: unlinkedFromRecipient,
    },
    // Copied from the person's notification settings at send time.
    channelPlan: {
      category: 'settings',
      description: { nl: 'Volgorde van de kanalen', en: 'Order of the channels' },
      erasure: unlinkedFromRecipient,
    },
    response: {
      category: 'content',
      description: { nl: 'Uw antwoord (kom, niet beschikbaar…)', en: 'Your answer (coming, unavailable…)' },
      erasure: unlinkedFromRecipient,
    },
    etaMinutes: {
      category: 'content',
      description: { nl: 'Verwachte aankomsttijd', en: 'Expected time of arrival' },
      erasure: unlinkedFromRecipient,
    },
    respondedVia: {
      category: 'technical',
      description: { nl: 'Hoe u antwoordde (app, push, link)', en: 'How you answered (app, push, link)' },
      erasure: unlinkedFromRecipient,
    },
  },
});

/** One message on one channel, for delivery and its receipts; not needed once the person is erased. */
const deliveries = mapTable(alertDeliveries, {
  purpose: 'crisis-work',
  retention: { kind: 'with-parent', via: 'alertId' },
  subject: { kind: 'via-row', column: 'recipientId', table: 'alert_recipients' },
  heading: 'alerts',
  columns: {
    recipientId: {
      category: 'reference',
      description: { nl: 'Voor wie het bericht was', en: 'Whom the message was for' },
      erasure: { kind: 'delete-row' },
    },
    providerMessageId: {
      category: 'technical',
      description: {
        nl: 'Kenmerk van het bericht bij de sms- of pushdienst',
        en: 'The message’s reference at the SMS or push service',
      },
      erasure: { kind: 'delete-row' },
    },
    // A carrier's refusal may repeat the phone number.
    failureReason: {
      category: 'technical',
      description: { nl: 'Waarom bezorgen mislukte', en: 'Why delivery failed' },
      erasure: { kind: 'delete-row' },
    },
  },
});

export const ALERT_DATA = [...alert, ...recipients, ...deliveries];
