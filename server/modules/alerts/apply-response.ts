import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import {
  type AlertResponse,
  alertDeliveries,
  alertRecipients,
  type ResponseSource,
} from '../../db/schema/alerts.js';
import { incidentParticipants, type PresenceStatus } from '../../db/schema/incidents.js';
import { publishParticipants } from '../participants/publish-participants.js';
import { announceToRecipients, publishRecipients } from './alert-events.js';
import { type AlertRow, recipientViews } from './alert-views.js';

/** What an answer means for the person's presence in the incident room. */
const PRESENCE_OF: Record<AlertResponse, PresenceStatus | null> = {
  coming: 'on_the_way',
  unavailable: 'unavailable',
  acknowledged: null,
};

/**
 * Records a person's answer to an alert, however it came. Any answer stops their escalation and
 * the channels still waiting to go out (they answered: more messages would only be noise); on an
 * incident "coming" and "not available" show as their presence in the team list. A later answer
 * replaces an earlier one (plans change: first "not available", then "coming after all").
 */
export async function applyResponse(
  tx: Transaction,
  alert: AlertRow,
  recipient: { id: string; userId: string },
  answer: { response: AlertResponse; etaMinutes?: number | null; via: ResponseSource; at: Date },
) {
  await tx
    .update(alertRecipients)
    .set({
      response: answer.response,
      etaMinutes: answer.response === 'coming' ? (answer.etaMinutes ?? null) : null,
      respondedAt: answer.at,
      respondedVia: answer.via,
      nextEscalationAt: null,
    })
    .where(
      and(eq(alertRecipients.id, recipient.id), eq(alertRecipients.organisationId, alert.organisationId)),
    );
  await tx
    .update(alertDeliveries)
    .set({ status: 'cancelled', failureReason: 'answered', leaseUntil: null })
    .where(
      and(
        eq(alertDeliveries.recipientId, recipient.id),
        eq(alertDeliveries.organisationId, alert.organisationId),
        eq(alertDeliveries.status, 'queued'),
      ),
    );
  const presence = PRESENCE_OF[answer.response];
  if (alert.incidentId && presence) {
    const changed = await tx
      .update(incidentParticipants)
      .set({ presence, presenceChangedAt: sql`now()` })
      .where(
        and(
          eq(incidentParticipants.organisationId, alert.organisationId),
          eq(incidentParticipants.incidentId, alert.incidentId),
          eq(incidentParticipants.userId, recipient.userId),
        ),
      )
      .returning({ id: incidentParticipants.id });
    if (changed.length > 0)
      await publishParticipants(
        tx,
        { organisationId: alert.organisationId, userId: recipient.userId },
        alert.incidentId,
      );
  }
  const views = await recipientViews(tx, alert.organisationId, alert.id, [recipient.id]);
  await publishRecipients(tx, alert, views, recipient.userId);
  await announceToRecipients(tx, alert.organisationId, alert.id, [recipient.userId], 'alert.answered');
  return views[0];
}
