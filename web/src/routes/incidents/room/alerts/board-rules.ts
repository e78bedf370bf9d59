import type {
  AlertCounts,
  AlertRecipient,
  AlertSummary,
  AlertView,
  ChannelDelivery,
} from '../../../../api/alerts-api';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The alert in an `alert.sent` / `alert.changed` payload. The contract sends the summary itself;
 * a payload that wraps it (`{ alert }`, like the other events of the room) is read too.
 */
export function alertSummaryFrom(payload: unknown): AlertSummary | undefined {
  const candidate = isRecord(payload) && isRecord(payload.alert) ? payload.alert : payload;
  if (!isRecord(candidate) || typeof candidate.id !== 'string' || !isRecord(candidate.counts))
    return undefined;
  // The server sends the same shape its GET answers with (the shared contract).
  return candidate as unknown as AlertSummary;
}

/** The person in an `alert.recipient` payload (itself, or wrapped as `{ recipient }`). */
export function recipientFrom(payload: unknown): AlertRecipient | undefined {
  const candidate = isRecord(payload) && isRecord(payload.recipient) ? payload.recipient : payload;
  if (!isRecord(candidate) || typeof candidate.id !== 'string' || typeof candidate.alertId !== 'string') {
    return undefined;
  }
  return candidate as unknown as AlertRecipient;
}

/** The counters, from the people themselves: always in step with the list under them. */
export function countsOf(recipients: readonly AlertRecipient[]): AlertCounts {
  const count = (response: AlertRecipient['response']) =>
    recipients.filter((recipient) => recipient.response === response).length;
  return {
    recipients: recipients.length,
    coming: count('coming'),
    unavailable: count('unavailable'),
    acknowledged: count('acknowledged'),
    noResponse: count(null),
  };
}

/**
 * The people in an `alert.recipients` payload (`{ alertId, recipients }`): changes to many people
 * at once (an escalation round), which the server sends in batches rather than one event per person.
 */
export function recipientBatchFrom(
  payload: unknown,
): { alertId: string; recipients: AlertRecipient[] } | undefined {
  if (!isRecord(payload) || typeof payload.alertId !== 'string' || !Array.isArray(payload.recipients)) {
    return undefined;
  }
  const recipients = payload.recipients.flatMap((item: unknown) => recipientFrom(item) ?? []);
  return { alertId: payload.alertId, recipients };
}

/** One channel of one person, as an `alert.deliveries` payload carries it. */
export interface DeliveryChange extends ChannelDelivery {
  recipientId: string;
}

/** The channel changes in an `alert.deliveries` payload (`{ alertId, deliveries }`): delivery progress. */
export function deliveryChangesFrom(
  payload: unknown,
): { alertId: string; deliveries: DeliveryChange[] } | undefined {
  if (!isRecord(payload) || typeof payload.alertId !== 'string' || !Array.isArray(payload.deliveries)) {
    return undefined;
  }
  const deliveries = payload.deliveries.filter(
    (item: unknown): item is DeliveryChange =>
      isRecord(item) && typeof item.recipientId === 'string' && typeof item.channel === 'string',
  );
  return { alertId: payload.alertId, deliveries };
}

/**
 * Delivery progress put in the rows the board has: a channel's entry is replaced, or added after
 * the others when it is new. People the board does not know yet come with their own event.
 */
export function withDeliveries(view: AlertView, changes: readonly DeliveryChange[]): AlertView {
  const byRecipient = new Map<string, DeliveryChange[]>();
  for (const change of changes)
    byRecipient.set(change.recipientId, [...(byRecipient.get(change.recipientId) ?? []), change]);
  const recipients = view.recipients.map((recipient) => {
    const changed = byRecipient.get(recipient.id);
    if (!changed) return recipient;
    const channels = [...recipient.channels];
    for (const { recipientId: _, ...delivery } of changed) {
      const index = channels.findIndex((channel) => channel.channel === delivery.channel);
      if (index >= 0) channels[index] = delivery;
      else channels.push(delivery);
    }
    return { ...recipient, channels };
  });
  return { ...view, recipients };
}

/** New or changed people (an answer, an escalation, a deputy added). */
export function withRecipients(view: AlertView, changed: readonly AlertRecipient[]): AlertView {
  const byId = new Map(changed.map((recipient) => [recipient.id, recipient]));
  const recipients = view.recipients.map((other) => byId.get(other.id) ?? other);
  const known = new Set(view.recipients.map((other) => other.id));
  recipients.push(...[...byId.values()].filter((recipient) => !known.has(recipient.id)));
  return { ...view, recipients, counts: countsOf(recipients) };
}

export function withRecipient(view: AlertView, recipient: AlertRecipient): AlertView {
  return withRecipients(view, [recipient]);
}

/** A changed alert (cancelled, for one); the counts stay those of the people on the board. */
export function withSummary(view: AlertView, summary: AlertSummary): AlertView {
  return { ...view, ...summary, counts: countsOf(view.recipients) };
}

/** The list line of a board, to keep the list in step with what the board shows. */
export function summaryOf(view: AlertView): AlertSummary {
  return {
    id: view.id,
    incidentId: view.incidentId,
    incidentTitle: view.incidentTitle,
    title: view.title,
    urgency: view.urgency,
    isExercise: view.isExercise,
    status: view.status,
    createdAt: view.createdAt,
    createdByName: view.createdByName,
    cancelledAt: view.cancelledAt,
    counts: view.counts,
  };
}

/** The list with one alert added or replaced, newest first. */
export function upsertSummary(list: AlertSummary[] | undefined, summary: AlertSummary): AlertSummary[] {
  const rest = (list ?? []).filter((other) => other.id !== summary.id);
  return [...rest, summary].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

// Who the crisis team can count on comes first; who will not come, last.
const RANK = { coming: 0, acknowledged: 1, none: 2, unavailable: 3 } as const;

function expectedArrival(recipient: AlertRecipient): number {
  if (recipient.etaMinutes === null || recipient.respondedAt === null) return Number.POSITIVE_INFINITY;
  return new Date(recipient.respondedAt).getTime() + recipient.etaMinutes * 60_000;
}

/**
 * Coming (soonest arrival first: the answer's time plus its ETA, so "15 min" said ten minutes ago
 * comes before "10 min" said now), then seen, then no answer yet, then not available; by name within.
 */
export function sortRecipients(recipients: readonly AlertRecipient[]): AlertRecipient[] {
  return [...recipients].sort((a, b) => {
    const rank = RANK[a.response ?? 'none'] - RANK[b.response ?? 'none'];
    if (rank !== 0) return rank;
    if (a.response === 'coming') {
      const arrival = expectedArrival(a) - expectedArrival(b);
      if (arrival !== 0 && !Number.isNaN(arrival)) return arrival;
    }
    return a.name.localeCompare(b.name);
  });
}
