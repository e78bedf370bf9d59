import type { Database, Transaction } from '../../db/database.js';
import type { AlertTargets, AlertUrgency } from '../../db/schema/alerts.js';
import { inTenant } from '../../db/tenant-transaction.js';
import type { Actor } from '../../policies/actor.js';
import { canSendAlert } from '../../policies/alerts.js';
import { recordAudit } from '../audit/record-audit.js';
import { DomainError } from '../domain-error.js';
import { writableIncident } from '../incidents/incident-access.js';
import { publishParticipants } from '../participants/publish-participants.js';
import type { Clock } from './alert-clock.js';
import { announceToRecipients, publishAlertSummary } from './alert-events.js';
import { type AlertSummary, alertSummaries } from './alert-views.js';
import { joinAlertedToIncident } from './join-incident.js';
import { queueAlert } from './queue-alert.js';
import { readAlert } from './read-alert.js';
import { type AlertPerson, reachablePeople, resolveTargets } from './resolve-recipients.js';

export interface SendAlertInput {
  incidentId?: string;
  title: string;
  body?: string;
  location?: string;
  urgency?: AlertUrgency;
  isExercise?: boolean;
  escalationMinutes?: number;
  targets: Partial<AlertTargets>;
}

export interface AlertSettings {
  clock: Clock;
  linkHours: number;
}

/** An alert sent by hand from the incident room or the alerts page. */
export async function sendAlert(
  db: Database,
  actor: Actor,
  input: SendAlertInput,
  settings: AlertSettings,
  ipAddress: string,
) {
  return inTenant(db, actor.organisationId, async (tx) => {
    const incident = input.incidentId ? await writableIncident(tx, actor, input.incidentId) : null;
    if (!canSendAlert(actor, incident)) throw new DomainError('forbidden', 403);
    const targets: AlertTargets = {
      teamIds: [...new Set(input.targets.teamIds ?? [])],
      roleIds: [...new Set(input.targets.roleIds ?? [])],
      userIds: [...new Set(input.targets.userIds ?? [])],
      onCallRoleIds: [...new Set(input.targets.onCallRoleIds ?? [])],
    };
    const now = settings.clock();
    const people = await reachablePeople(
      tx,
      actor.organisationId,
      await resolveTargets(tx, actor.organisationId, targets, now),
    );
    const alertId = await publishNewAlert(tx, {
      organisationId: actor.organisationId,
      incidentId: incident?.incident.id ?? null,
      title: input.title.trim(),
      body: input.body?.trim() ?? '',
      location: input.location?.trim() ?? '',
      urgency: input.urgency ?? 'crisis',
      // An incident's alerts are marked as it is: an exercise never goes out as a real alarm, nor the reverse.
      isExercise: incident ? incident.incident.isExercise : (input.isExercise ?? false),
      escalationMinutes: input.escalationMinutes ?? 5,
      targets,
      createdBy: actor.userId,
      now,
      linkHours: settings.linkHours,
      people,
      ipAddress,
    });
    const [summary] = await alertSummaries(tx, actor.organisationId, [
      await readAlert(tx, actor.organisationId, alertId),
    ]);
    return summary as AlertSummary;
  });
}

/**
 * Queues the alert and tells everyone concerned: its people join the incident, its board and
 * the recipients' apps hear of it, and the audit log records who alerted how many. Shared by
 * the hand-sent alert and the one an incident start sends.
 */
export async function publishNewAlert(
  tx: Transaction,
  alert: Parameters<typeof queueAlert>[1] & {
    people: readonly AlertPerson[];
    ipAddress: string;
  },
): Promise<string> {
  if (alert.people.length === 0) throw new DomainError('alert_no_recipients', 400);
  const { id } = await queueAlert(tx, alert, alert.people);
  const row = await readAlert(tx, alert.organisationId, id);
  if (
    alert.incidentId &&
    (await joinAlertedToIncident(tx, alert.organisationId, alert.incidentId, alert.people))
  )
    await publishParticipants(
      tx,
      { organisationId: alert.organisationId, userId: alert.createdBy },
      alert.incidentId,
      {
        left: [],
      },
    );
  const [summary] = await alertSummaries(tx, alert.organisationId, [row]);
  if (summary) await publishAlertSummary(tx, row, summary, 'alert.sent', alert.createdBy);
  await announceToRecipients(
    tx,
    alert.organisationId,
    id,
    alert.people.map((person) => person.userId),
  );
  await recordAudit(tx, {
    organisationId: alert.organisationId,
    actorUserId: alert.createdBy,
    action: 'alert.sent',
    targetType: 'alert',
    targetId: id,
    ipAddress: alert.ipAddress,
    details: {
      recipients: alert.people.length,
      urgency: alert.urgency,
      isExercise: alert.isExercise,
      ...(alert.incidentId ? { incidentId: alert.incidentId } : {}),
    },
  });
  return id;
}
