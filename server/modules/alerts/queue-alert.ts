import type { Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { type AlertTargets, type AlertUrgency, alerts } from '../../db/schema/alerts.js';
import { executorFor } from '../../db/sql-executor.js';
import { ALERT_WAKE_CHANNEL } from './alert-wake.js';
import { channelPlan, channelsAtOnce, notBefore } from './channel-plan.js';
import type { AlertPerson } from './resolve-recipients.js';

export interface NewAlert {
  organisationId: string;
  incidentId: string | null;
  title: string;
  body: string;
  location: string;
  urgency: AlertUrgency;
  isExercise: boolean;
  escalationMinutes: number;
  targets: AlertTargets;
  createdBy: string | null;
  now: Date;
  linkHours: number;
}

/**
 * Writes an alert, its recipients and their first deliveries in the caller's transaction: the
 * deliveries are the alert's jobs, so they exist exactly when the alert does. A notification
 * at commit wakes the delivery workers; their periodic sweep finds the work anyway if it is lost.
 * Bulk statements (arrays through unnest) keep an alert to 10,000 people at a handful of queries.
 */
export async function queueAlert(tx: Transaction, alert: NewAlert, people: readonly AlertPerson[]) {
  const id = uuidv7();
  await tx.insert(alerts).values({
    id,
    organisationId: alert.organisationId,
    incidentId: alert.incidentId,
    title: alert.title,
    body: alert.body,
    location: alert.location,
    urgency: alert.urgency,
    isExercise: alert.isExercise,
    escalationMinutes: alert.escalationMinutes,
    targets: alert.targets,
    linksExpireAt: new Date(alert.now.getTime() + alert.linkHours * 3_600_000),
    createdBy: alert.createdBy,
    createdAt: alert.now,
  });

  const { recipientIds } = await addRecipients(tx, { id, ...alert }, people, alert.now);
  return { id, recipientIds };
}

/** The alert facts that decide how its recipients are reached. */
export interface AlertPlanFacts {
  id: string;
  organisationId: string;
  urgency: AlertUrgency;
  escalationMinutes: number;
}

/**
 * Adds people to an alert: a recipient row each with their channel plan, and the deliveries that
 * go out now (or when their quiet hours end). Used at send time and when deputies step in.
 */
export async function addRecipients(
  tx: Transaction,
  alert: AlertPlanFacts,
  people: readonly AlertPerson[],
  now: Date,
): Promise<{ recipientIds: string[]; userIds: string[] }> {
  const escalationMs = alert.escalationMinutes * 60_000;
  const recipients = { id: [] as string[], userId: [] as string[], reason: [] as string[] };
  const recipientRoles = { roleId: [] as (string | null)[], roleName: [] as (string | null)[] };
  const plans: string[] = [];
  const used: number[] = [];
  const escalateAt: (string | null)[] = [];
  const deliveries = {
    id: [] as string[],
    recipientId: [] as string[],
    channel: [] as string[],
    dueAt: [] as string[],
  };
  for (const person of people) {
    const reachable = { ...person, hasPhone: person.phone !== null };
    const recipientId = uuidv7();
    const plan = channelPlan(reachable);
    const atOnce = channelsAtOnce(plan, reachable, alert.urgency);
    const due = notBefore(now, reachable, alert.urgency);
    recipients.id.push(recipientId);
    recipients.userId.push(person.userId);
    recipients.reason.push(person.reason);
    recipientRoles.roleId.push(person.roleId);
    recipientRoles.roleName.push(person.roleName);
    plans.push(JSON.stringify(plan));
    used.push(atOnce);
    escalateAt.push(atOnce < plan.length ? new Date(due.getTime() + escalationMs).toISOString() : null);
    for (const channel of plan.slice(0, atOnce)) {
      deliveries.id.push(uuidv7());
      deliveries.recipientId.push(recipientId);
      deliveries.channel.push(channel);
      deliveries.dueAt.push(due.toISOString());
    }
  }
  if (people.length === 0) return { recipientIds: [], userIds: [] };
  // A person already on the alert is left as they are (a deputy who was alerted anyway).
  const { rows } = await executorFor(tx).executeSql(
    `insert into alert_recipients
       (id, organisation_id, alert_id, user_id, reason, role_id, role_name, channel_plan, channels_used, next_escalation_at, created_at)
     select r.id, $1, $2, r.user_id, r.reason, r.role_id, r.role_name, r.plan::jsonb, r.used, r.escalate_at, $3
     from unnest($4::uuid[], $5::uuid[], $6::text[], $7::uuid[], $8::text[], $9::text[], $10::int[], $11::timestamptz[])
       as r(id, user_id, reason, role_id, role_name, plan, used, escalate_at)
     on conflict on constraint alert_recipients_unique do nothing
     returning id`,
    [
      alert.organisationId,
      alert.id,
      now.toISOString(),
      recipients.id,
      recipients.userId,
      recipients.reason,
      recipientRoles.roleId,
      recipientRoles.roleName,
      plans,
      used,
      escalateAt,
    ],
  );
  const inserted = new Set(rows.map((row) => String(row.id)));
  const keep = deliveries.recipientId.map((id) => inserted.has(id));
  const pick = <T>(values: T[]) => values.filter((_, index) => keep[index]);
  await insertDeliveries(
    tx,
    alert.organisationId,
    alert.id,
    {
      id: pick(deliveries.id),
      recipientId: pick(deliveries.recipientId),
      channel: pick(deliveries.channel),
      dueAt: pick(deliveries.dueAt),
    },
    now,
  );
  return {
    recipientIds: recipients.id.filter((id) => inserted.has(id)),
    userIds: recipients.userId.filter((_, index) => inserted.has(recipients.id[index] ?? '')),
  };
}

/** Queues deliveries (id, recipient, channel, due) of one alert; a channel already queued for a person is skipped. */
export async function insertDeliveries(
  tx: Transaction,
  organisationId: string,
  alertId: string,
  deliveries: { id: string[]; recipientId: string[]; channel: string[]; dueAt: string[] },
  now: Date,
): Promise<number> {
  if (deliveries.id.length === 0) return 0;
  const { rows } = await executorFor(tx).executeSql(
    `insert into alert_deliveries (id, organisation_id, alert_id, recipient_id, channel, due_at, queued_at)
     select d.id, $1, $2, d.recipient_id, d.channel, d.due_at, $3
     from unnest($4::uuid[], $5::uuid[], $6::text[], $7::timestamptz[]) as d(id, recipient_id, channel, due_at)
     on conflict on constraint alert_deliveries_unique do nothing
     returning id`,
    [
      organisationId,
      alertId,
      now.toISOString(),
      deliveries.id,
      deliveries.recipientId,
      deliveries.channel,
      deliveries.dueAt,
    ],
  );
  // Delivered at commit only, so a worker that wakes finds the rows.
  if (rows.length > 0)
    await executorFor(tx).executeSql('select pg_notify($1, $2)', [ALERT_WAKE_CHANNEL, alertId]);
  return rows.length;
}
