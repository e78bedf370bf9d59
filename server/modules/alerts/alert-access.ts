import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { alerts } from '../../db/schema/alerts.js';
import type { Actor } from '../../policies/actor.js';
import { canSeeStandaloneAlert } from '../../policies/alerts.js';
import { DomainError } from '../domain-error.js';
import { readableIncident } from '../incidents/incident-access.js';

/**
 * The one door to an alert: an incident's alert is as visible as its incident (need-to-know);
 * one on its own only to admins and its sender. Anyone else gets 404, as for an id that does not exist.
 */
export async function readableAlert(tx: Transaction, actor: Actor, alertId: string) {
  const [alert] = await tx
    .select()
    .from(alerts)
    .where(and(eq(alerts.id, alertId), eq(alerts.organisationId, actor.organisationId)));
  if (!alert) throw new DomainError('not_found', 404);
  if (alert.incidentId) {
    const { isParticipant } = await readableIncident(tx, actor, alert.incidentId);
    return { alert, isParticipant };
  }
  if (!canSeeStandaloneAlert(actor, alert)) throw new DomainError('not_found', 404);
  return { alert, isParticipant: false };
}
