import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { alerts, roleDeputies } from '../../db/schema/alerts.js';
import { executorFor } from '../../db/sql-executor.js';
import { publishParticipants } from '../participants/publish-participants.js';
import { announceToRecipients, publishRecipients } from './alert-events.js';
import { type AlertRow, recipientViews } from './alert-views.js';
import { joinAlertedToIncident } from './join-incident.js';
import { addRecipients, insertDeliveries } from './queue-alert.js';
import { reachablePeople } from './resolve-recipients.js';

// One sweep at a time across all workers; another worker's sweep simply skips this round.
const ESCALATION_LOCK = 7303;
const PEOPLE_PER_SWEEP = 2000;
// Deputies are looked for on alerts of the last day; older ones have run their course.
const DEPUTY_WINDOW_MS = 24 * 3_600_000;

export interface EscalationResult {
  channelsQueued: number;
  deputiesAlerted: number;
}

/**
 * One escalation round at `now` (the worker calls it every ALERT_SWEEP_MS; tests call it with a
 * clock they move). Background work over all organisations, so it runs as the connecting user
 * and names the organisation in every statement.
 * 1. A person who has not answered within the alert's minutes gets the next channel of their plan.
 * 2. A role on an alert with nobody coming (after those minutes, or at once when everyone holding
 *    it said "not available") brings in its deputies, once per role per alert.
 * A cancelled alert or an answered person is never escalated.
 */
export async function escalateAlerts(db: Database, now: Date): Promise<EscalationResult> {
  return db.transaction(async (tx) => {
    const sqlOf = executorFor(tx);
    const { rows: lock } = await sqlOf.executeSql('select pg_try_advisory_xact_lock($1) as taken', [
      ESCALATION_LOCK,
    ]);
    if (!lock[0]?.taken) return { channelsQueued: 0, deputiesAlerted: 0 };
    const channelsQueued = await nextChannels(tx, now);
    const deputiesAlerted = await deputiesForUncoveredRoles(tx, now);
    return { channelsQueued, deputiesAlerted };
  });
}

async function nextChannels(tx: Transaction, now: Date): Promise<number> {
  const { rows } = await executorFor(tx).executeSql(
    `select r.id, r.alert_id, r.organisation_id, r.channel_plan, r.channels_used, a.escalation_minutes
     from alert_recipients r join alerts a on a.id = r.alert_id
     where r.next_escalation_at <= $1 and r.response is null and a.status = 'active'
     order by r.next_escalation_at limit ${PEOPLE_PER_SWEEP}`,
    [now.toISOString()],
  );
  const planned = rows.map((row) => {
    const plan = row.channel_plan as string[];
    const used = Number(row.channels_used);
    const channel = plan[used];
    const more = used + 1 < plan.length;
    return {
      id: String(row.id),
      alertId: String(row.alert_id),
      organisationId: String(row.organisation_id),
      channel,
      used: channel ? used + 1 : used,
      next:
        channel && more
          ? new Date(now.getTime() + Number(row.escalation_minutes) * 60_000).toISOString()
          : null,
    };
  });
  if (planned.length === 0) return 0;
  // One statement for the whole sweep, and only while still unanswered: an answer may have
  // committed since the select.
  const { rows: moved } = await executorFor(tx).executeSql(
    `update alert_recipients r set channels_used = v.used, next_escalation_at = v.next
     from unnest($1::uuid[], $2::int[], $3::timestamptz[]) as v(id, used, next)
     where r.id = v.id and r.response is null
     returning r.id`,
    [planned.map((row) => row.id), planned.map((row) => row.used), planned.map((row) => row.next)],
  );
  const stillUnanswered = new Set(moved.map((row) => String(row.id)));
  const byAlert = new Map<
    string,
    { organisationId: string; ids: string[]; recipients: string[]; channels: string[] }
  >();
  for (const row of planned) {
    if (!row.channel || !stillUnanswered.has(row.id)) continue;
    const entry = byAlert.get(row.alertId) ?? {
      organisationId: row.organisationId,
      ids: [],
      recipients: [],
      channels: [],
    };
    entry.ids.push(uuidv7());
    entry.recipients.push(row.id);
    entry.channels.push(row.channel);
    byAlert.set(row.alertId, entry);
  }
  let queued = 0;
  for (const [alertId, entry] of byAlert) {
    queued += await insertDeliveries(
      tx,
      entry.organisationId,
      alertId,
      {
        id: entry.ids,
        recipientId: entry.recipients,
        channel: entry.channels,
        dueAt: entry.ids.map(() => now.toISOString()),
      },
      now,
    );
    const [alert] = await tx.select().from(alerts).where(eq(alerts.id, alertId));
    if (alert)
      await publishRecipients(
        tx,
        alert,
        await recipientViews(tx, alert.organisationId, alertId, entry.recipients),
        null,
      );
  }
  return queued;
}

async function deputiesForUncoveredRoles(tx: Transaction, now: Date): Promise<number> {
  // Per active recent alert and role (not yet escalated): how many hold it, answered, are coming.
  // The minutes count from the first message handed over (or finally failed) to someone holding
  // the role, not from the alert: a normal alert waits for quiet hours, and deputies must not be
  // woken at night for people who have not been called yet. Null (nobody called yet) is not overdue.
  const { rows } = await executorFor(tx).executeSql(
    `select a.id as alert_id, r.role_id, r.role_name,
            count(*) as holders,
            count(*) filter (where r.response = 'unavailable') as unavailable,
            count(*) filter (where r.response = 'coming') as coming,
            (select min(coalesce(d.sent_at, d.failed_at))
             from alert_deliveries d join alert_recipients h on h.id = d.recipient_id
             where d.alert_id = a.id and h.role_id = r.role_id and h.reason <> 'deputy')
              + make_interval(mins => a.escalation_minutes) <= $1 as overdue
     from alerts a join alert_recipients r on r.alert_id = a.id
     where a.status = 'active' and a.created_at >= $2 and r.role_id is not null and r.reason <> 'deputy'
       and not (a.escalated_role_ids ? r.role_id::text)
     group by a.id, r.role_id, r.role_name, a.created_at, a.escalation_minutes`,
    [now.toISOString(), new Date(now.getTime() - DEPUTY_WINDOW_MS).toISOString()],
  );
  let alerted = 0;
  for (const row of rows) {
    const coming = Number(row.coming);
    const nobodyCan = Number(row.unavailable) === Number(row.holders);
    if (coming > 0 || !(row.overdue === true || nobodyCan)) continue;
    const [alert] = await tx
      .select()
      .from(alerts)
      .where(eq(alerts.id, String(row.alert_id)));
    if (!alert) continue;
    alerted += await alertDeputies(
      tx,
      alert,
      String(row.role_id),
      (row.role_name as string | null) ?? null,
      now,
    );
  }
  return alerted;
}

async function alertDeputies(
  tx: Transaction,
  alert: AlertRow,
  roleId: string,
  roleName: string | null,
  now: Date,
) {
  await tx
    .update(alerts)
    .set({ escalatedRoleIds: sql`${alerts.escalatedRoleIds} || ${JSON.stringify([roleId])}::jsonb` })
    .where(eq(alerts.id, alert.id));
  const deputies = await tx
    .select({ userId: roleDeputies.userId })
    .from(roleDeputies)
    .where(and(eq(roleDeputies.organisationId, alert.organisationId), eq(roleDeputies.roleId, roleId)))
    .orderBy(asc(roleDeputies.position));
  const people = await reachablePeople(
    tx,
    alert.organisationId,
    deputies.map((deputy) => ({ userId: deputy.userId, reason: 'deputy' as const, roleId, roleName })),
  );
  const { recipientIds, userIds } = await addRecipients(tx, alert, people, now);
  if (recipientIds.length === 0) return 0;
  const added = people.filter((person) => userIds.includes(person.userId));
  if (alert.incidentId && (await joinAlertedToIncident(tx, alert.organisationId, alert.incidentId, added)))
    await publishParticipants(tx, { organisationId: alert.organisationId, userId: null }, alert.incidentId, {
      left: [],
    });
  await publishRecipients(
    tx,
    alert,
    await recipientViews(tx, alert.organisationId, alert.id, recipientIds),
    null,
  );
  await announceToRecipients(tx, alert.organisationId, alert.id, userIds);
  return recipientIds.length;
}
