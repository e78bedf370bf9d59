import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import {
  type AlertResponse,
  alertDeliveries,
  alertRecipients,
  alerts,
  type DeliveryStatus,
  type RecipientReason,
  type ResponseSource,
} from '../../db/schema/alerts.js';
import { incidents } from '../../db/schema/incidents.js';
import { users } from '../../db/schema/users.js';

export type AlertRow = typeof alerts.$inferSelect;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** One channel tried for a person: what the board shows per person. */
export interface ChannelDeliveryView {
  channel: 'push' | 'email' | 'sms';
  status: DeliveryStatus;
  attempts: number;
  failureReason: string | null;
  queuedAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
}

/** A change to one person's channel, as the board applies it to the row it shows. */
export interface DeliveryChange extends ChannelDeliveryView {
  recipientId: string;
}

/** A person on an alert, as the response board shows them. */
export interface RecipientView {
  id: string;
  alertId: string;
  userId: string;
  name: string;
  reason: RecipientReason;
  roleName: string | null;
  response: AlertResponse | null;
  etaMinutes: number | null;
  respondedAt: string | null;
  respondedVia: ResponseSource | null;
  channels: ChannelDeliveryView[];
  nextEscalationAt: string | null;
}

/** An alert in a list: its facts and how many answered what. */
export async function alertSummaries(tx: Transaction, organisationId: string, rows: readonly AlertRow[]) {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const counts = await tx
    .select({
      alertId: alertRecipients.alertId,
      recipients: sql<number>`count(*)::int`,
      coming: sql<number>`(count(*) filter (where ${alertRecipients.response} = 'coming'))::int`,
      unavailable: sql<number>`(count(*) filter (where ${alertRecipients.response} = 'unavailable'))::int`,
      acknowledged: sql<number>`(count(*) filter (where ${alertRecipients.response} = 'acknowledged'))::int`,
    })
    .from(alertRecipients)
    .where(and(eq(alertRecipients.organisationId, organisationId), inArray(alertRecipients.alertId, ids)))
    .groupBy(alertRecipients.alertId);
  const creators = rows.flatMap((row) => (row.createdBy ? [row.createdBy] : []));
  const names =
    creators.length === 0
      ? []
      : await tx
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(and(eq(users.organisationId, organisationId), inArray(users.id, creators)));
  const nameOf = new Map(names.map((row) => [row.id, row.name]));
  const titleOf = await incidentTitles(tx, organisationId, rows);
  const countOf = new Map(counts.map((row) => [row.alertId, row]));
  return rows.map((row) => {
    const count = countOf.get(row.id);
    const recipients = count?.recipients ?? 0;
    const coming = count?.coming ?? 0;
    const unavailable = count?.unavailable ?? 0;
    const acknowledged = count?.acknowledged ?? 0;
    return {
      id: row.id,
      incidentId: row.incidentId,
      // A list of the organisation's alerts says which incident each belongs to, by its name.
      incidentTitle: row.incidentId ? (titleOf.get(row.incidentId) ?? null) : null,
      title: row.title,
      urgency: row.urgency,
      isExercise: row.isExercise,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      createdByName: row.createdBy ? (nameOf.get(row.createdBy) ?? null) : null,
      cancelledAt: iso(row.cancelledAt),
      counts: {
        recipients,
        coming,
        unavailable,
        acknowledged,
        noResponse: recipients - coming - unavailable - acknowledged,
      },
    };
  });
}

/** The titles of the incidents these alerts belong to, by incident id. */
async function incidentTitles(tx: Transaction, organisationId: string, rows: readonly AlertRow[]) {
  const ids = [...new Set(rows.flatMap((row) => (row.incidentId ? [row.incidentId] : [])))];
  if (ids.length === 0) return new Map<string, string>();
  const found = await tx
    .select({ id: incidents.id, title: incidents.title })
    .from(incidents)
    .where(and(eq(incidents.organisationId, organisationId), inArray(incidents.id, ids)));
  return new Map(found.map((row) => [row.id, row.title]));
}

export type AlertSummary = Awaited<ReturnType<typeof alertSummaries>>[number];

/** Recipients of one alert (or only some of them) with every channel tried, in plan order. */
export async function recipientViews(
  tx: Transaction,
  organisationId: string,
  alertId: string,
  recipientIds?: readonly string[],
): Promise<RecipientView[]> {
  const conditions = [
    eq(alertRecipients.organisationId, organisationId),
    eq(alertRecipients.alertId, alertId),
  ];
  if (recipientIds) {
    if (recipientIds.length === 0) return [];
    conditions.push(inArray(alertRecipients.id, [...recipientIds]));
  }
  const rows = await tx
    .select({ recipient: alertRecipients, name: users.name })
    .from(alertRecipients)
    .innerJoin(users, eq(users.id, alertRecipients.userId))
    .where(and(...conditions))
    .orderBy(asc(users.name));
  const deliveryConditions = [
    eq(alertDeliveries.organisationId, organisationId),
    eq(alertDeliveries.alertId, alertId),
  ];
  if (recipientIds) deliveryConditions.push(inArray(alertDeliveries.recipientId, [...recipientIds]));
  const deliveries = await tx
    .select()
    .from(alertDeliveries)
    .where(and(...deliveryConditions));
  const byRecipient = new Map<string, (typeof deliveries)[number][]>();
  for (const delivery of deliveries) {
    const list = byRecipient.get(delivery.recipientId) ?? [];
    list.push(delivery);
    byRecipient.set(delivery.recipientId, list);
  }
  return rows.map(({ recipient, name }) => {
    const plan = recipient.channelPlan;
    const channels = (byRecipient.get(recipient.id) ?? [])
      .sort((a, b) => plan.indexOf(a.channel) - plan.indexOf(b.channel))
      .map((delivery) => ({
        channel: delivery.channel,
        status: delivery.status,
        attempts: delivery.attempts,
        failureReason: delivery.failureReason,
        queuedAt: delivery.queuedAt.toISOString(),
        sentAt: iso(delivery.sentAt),
        deliveredAt: iso(delivery.deliveredAt),
        failedAt: iso(delivery.failedAt),
      }));
    return {
      id: recipient.id,
      alertId: recipient.alertId,
      userId: recipient.userId,
      name,
      reason: recipient.reason,
      roleName: recipient.roleName,
      response: recipient.response,
      etaMinutes: recipient.etaMinutes,
      respondedAt: iso(recipient.respondedAt),
      respondedVia: recipient.respondedVia,
      channels,
      nextEscalationAt: iso(recipient.nextEscalationAt),
    };
  });
}

/** The response board: the alert with every recipient. */
export async function alertView(tx: Transaction, organisationId: string, alert: AlertRow) {
  const [summary] = await alertSummaries(tx, organisationId, [alert]);
  return {
    ...(summary as AlertSummary),
    body: alert.body,
    location: alert.location,
    escalationMinutes: alert.escalationMinutes,
    linksExpireAt: alert.linksExpireAt.toISOString(),
    recipients: await recipientViews(tx, organisationId, alert.id),
  };
}

/** Alerts of an incident (or of the organisation), newest first. */
export function alertRows(tx: Transaction, organisationId: string, incidentId: string | null) {
  const where = incidentId
    ? and(eq(alerts.organisationId, organisationId), eq(alerts.incidentId, incidentId))
    : eq(alerts.organisationId, organisationId);
  return tx.select().from(alerts).where(where).orderBy(desc(alerts.createdAt)).limit(200);
}
