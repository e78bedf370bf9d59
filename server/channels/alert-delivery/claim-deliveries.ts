import type { DatabaseHandle } from '../../db/database.js';
import type { AlertChannel } from '../../db/schema/alerts.js';

/** A delivery a worker holds, with everything needed to render and address it. */
export interface ClaimedDelivery {
  id: string;
  channel: AlertChannel;
  attempts: number;
  alertId: string;
  organisationId: string;
  incidentId: string | null;
  recipientId: string;
  userId: string;
  answered: boolean;
  reachable: boolean;
  title: string;
  body: string;
  location: string;
  urgency: 'crisis' | 'normal';
  isExercise: boolean;
  organisationName: string;
  name: string;
  email: string;
  phone: string | null;
  language: 'nl' | 'en';
}

/**
 * Takes up to `limit` due deliveries of one channel, in one statement: queued ones whose time
 * has come, and ones a crashed worker held past their lease. Each is marked `sending` with a new
 * lease and a counted attempt before anything is handed over, so after a crash the row says
 * a hand-over may have started. SKIP LOCKED lets several workers take turns without waiting.
 */
export async function claimDeliveries(
  handle: DatabaseHandle,
  channel: AlertChannel,
  limit: number,
  now: Date,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  const { rows } = await handle.executeSql(
    `with picked as (
       select d.id from alert_deliveries d
       where d.channel = $1
         and ((d.status = 'queued' and d.due_at <= $2) or (d.status = 'sending' and d.lease_until < $2))
       order by d.due_at
       limit $3
       for update skip locked
     ), claimed as (
       update alert_deliveries d
       set status = 'sending', attempts = d.attempts + 1, lease_until = $4
       from picked where d.id = picked.id
       returning d.id, d.channel, d.attempts, d.alert_id, d.recipient_id, d.organisation_id
     )
     select c.id, c.channel, c.attempts, c.alert_id, c.recipient_id, c.organisation_id,
            a.incident_id, a.title, a.body, a.location, a.urgency, a.is_exercise, a.status as alert_status,
            r.user_id, r.response is not null as answered,
            u.name, u.email, u.phone, u.language,
            (u.status in ('active', 'invited') and u.restricted_at is null) as reachable,
            o.name as organisation_name
     from claimed c
     join alerts a on a.id = c.alert_id
     join alert_recipients r on r.id = c.recipient_id
     join users u on u.id = r.user_id
     join organisations o on o.id = c.organisation_id`,
    [channel, now.toISOString(), limit, new Date(now.getTime() + leaseMs).toISOString()],
  );
  return rows.map((row) => ({
    id: String(row.id),
    channel: row.channel as AlertChannel,
    attempts: Number(row.attempts),
    alertId: String(row.alert_id),
    organisationId: String(row.organisation_id),
    incidentId: row.incident_id ? String(row.incident_id) : null,
    recipientId: String(row.recipient_id),
    userId: String(row.user_id),
    // A cancelled alert is treated like an answered one: nothing more goes out.
    answered: row.answered === true || row.alert_status === 'cancelled',
    reachable: row.reachable === true,
    title: String(row.title),
    body: String(row.body),
    location: String(row.location),
    urgency: row.urgency as 'crisis' | 'normal',
    isExercise: row.is_exercise === true,
    organisationName: String(row.organisation_name),
    name: String(row.name),
    email: String(row.email),
    phone: typeof row.phone === 'string' && row.phone.trim() !== '' ? row.phone.trim() : null,
    language: row.language === 'en' ? 'en' : 'nl',
  }));
}
