import type { Transaction } from '../../db/database.js';
import { recordEvent } from '../../events/record-event.js';
import { EVENT_AUDIENCE_KEY } from '../../policies/events.js';
import { incidentTopic } from '../incidents/incident-access.js';
import type { AlertRow, AlertSummary, DeliveryChange, RecipientView } from './alert-views.js';

/** Topic of the people following a person's alerts (the in-app alert banner). */
export const ALERTS_TOPIC = 'alerts';

// Recipients per event of a batch: a 10,000-person change becomes a hundred small events that a
// board applies as they come, not one event too big to send.
const RECIPIENTS_PER_EVENT = 100;
// Channel changes per `alert.deliveries` event (each is a few dozen bytes of status).
const DELIVERIES_PER_EVENT = 500;

/**
 * Where an alert's board hears about it: the incident's topic for an incident's alert (its
 * participants and the admins follow that), otherwise the shared alerts topic for its creator
 * (and the admins, who see every event with an audience).
 */
function boardTarget(alert: Pick<AlertRow, 'incidentId' | 'createdBy'>) {
  if (alert.incidentId) return { topic: incidentTopic(alert.incidentId), audience: {} };
  return {
    topic: ALERTS_TOPIC,
    audience: { [EVENT_AUDIENCE_KEY]: alert.createdBy ? [alert.createdBy] : [] },
  };
}

export async function publishAlertSummary(
  tx: Transaction,
  alert: AlertRow,
  summary: AlertSummary,
  type: 'alert.sent' | 'alert.changed',
  actorId: string | null,
) {
  const target = boardTarget(alert);
  await recordEvent(tx, {
    organisationId: alert.organisationId,
    topic: target.topic,
    type,
    payload: { ...summary, ...target.audience },
    actorId,
  });
}

/**
 * Delivery progress: `alert.deliveries` with the changed channels only (status, attempts, reason
 * and times per person and channel), which the board puts in the rows it has. Sending whole
 * people instead would cost a query and ten times the bytes for every batch of outcomes.
 */
export async function publishDeliveryChanges(
  tx: Transaction,
  alert: Pick<AlertRow, 'id' | 'organisationId' | 'incidentId' | 'createdBy'>,
  deliveries: readonly DeliveryChange[],
) {
  const target = boardTarget(alert);
  for (let start = 0; start < deliveries.length; start += DELIVERIES_PER_EVENT) {
    await recordEvent(tx, {
      organisationId: alert.organisationId,
      topic: target.topic,
      type: 'alert.deliveries',
      payload: {
        alertId: alert.id,
        deliveries: deliveries.slice(start, start + DELIVERIES_PER_EVENT),
        ...target.audience,
      },
      actorId: null,
    });
  }
}

/** A response or an escalation of one person or of several: `alert.recipient` / `alert.recipients`. */
export async function publishRecipients(
  tx: Transaction,
  alert: Pick<AlertRow, 'id' | 'organisationId' | 'incidentId' | 'createdBy'>,
  recipients: readonly RecipientView[],
  actorId: string | null,
) {
  const target = boardTarget(alert);
  if (recipients.length === 1) {
    await recordEvent(tx, {
      organisationId: alert.organisationId,
      topic: target.topic,
      type: 'alert.recipient',
      payload: { ...(recipients[0] as RecipientView), ...target.audience },
      actorId,
    });
    return;
  }
  for (let start = 0; start < recipients.length; start += RECIPIENTS_PER_EVENT) {
    await recordEvent(tx, {
      organisationId: alert.organisationId,
      topic: target.topic,
      type: 'alert.recipients',
      payload: {
        alertId: alert.id,
        recipients: recipients.slice(start, start + RECIPIENTS_PER_EVENT),
        ...target.audience,
      },
      actorId,
    });
  }
}

/**
 * Tells the recipients' open apps about their alert: `alert.received` (it waits for an answer),
 * `alert.answered` (answered, perhaps on another device) or `alert.withdrawn` (cancelled), so the
 * banner on every device of theirs shows what is true now.
 */
export async function announceToRecipients(
  tx: Transaction,
  organisationId: string,
  alertId: string,
  userIds: readonly string[],
  type: 'alert.received' | 'alert.answered' | 'alert.withdrawn' = 'alert.received',
) {
  if (userIds.length === 0) return;
  await recordEvent(tx, {
    organisationId,
    topic: ALERTS_TOPIC,
    type,
    payload: { alertId, [EVENT_AUDIENCE_KEY]: [...new Set(userIds)] },
    actorId: null,
  });
}
