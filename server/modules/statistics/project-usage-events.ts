import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/database.js';
import { usageProjectionCursor } from '../../db/schema/usage-statistics.js';
import { INCIDENT_LIST_TOPIC } from '../incidents/incident-access.js';
import {
  type CandidateFact,
  factsFromEvent,
  USAGE_EVENT_TYPES,
  type UsageEvent,
} from './facts-from-events.js';
import { outsideRestrictions } from './restriction-periods.js';
import { lockUsageFacts } from './usage-lock.js';

const PROJECTION = 'usage-facts';
// Small enough that a batch's transaction (which on PGlite holds the only connection) stays short.
const BATCH_SIZE = 500;
// A run stops after this many batches; the next run (a minute later, or the next dashboard) goes on.
const MAX_BATCHES = 20;

type Row = Record<string, unknown>;
const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;

async function readCursor(tx: Transaction): Promise<number> {
  await tx
    .insert(usageProjectionCursor)
    .values({ projection: PROJECTION, lastEventId: 0 })
    .onConflictDoNothing();
  const [row] = rowsOf(
    await tx.execute(
      sql`select last_event_id from ${usageProjectionCursor} where projection = ${PROJECTION} for update`,
    ),
  );
  return Number(row?.last_event_id ?? 0);
}

/**
 * The events after the cursor, up to the highest id visible now. Event ids commit in id order
 * (record-event.ts), so every id below the highest visible one has committed: nothing is skipped.
 * Only the fields a fact needs are read, never a logbook entry's or a message's content.
 */
async function readEvents(tx: Transaction, after: number) {
  const [top] = rowsOf(await tx.execute(sql`select coalesce(max(id), 0) as id from events`));
  const highest = Number(top?.id ?? 0);
  const types = sql.join(
    USAGE_EVENT_TYPES.map((type) => sql`${type}`),
    sql`, `,
  );
  const rows = rowsOf(
    await tx.execute(sql`
      select e.id, e.organisation_id, e.type, e.actor_id, e.created_at,
        coalesce(e.payload->>'incidentId', e.payload->>'alertId',
          case when e.type = 'alert.sent' then e.payload->>'id' end) as record_id,
        case when e.type = 'alert.sent' then coalesce((e.payload->>'isExercise')::boolean, false)
          when e.type = 'incident.started' then coalesce(i.is_exercise, false)
          else false end as is_exercise,
        case when jsonb_typeof(e.payload->'audience') = 'array' then e.payload->'audience' else '[]'::jsonb end as audience
      from events e
      left join incidents i on e.type = 'incident.started' and i.id = (e.payload->>'incidentId')::uuid
      where e.id > ${after} and e.id <= ${highest} and e.organisation_id is not null and e.type in (${types})
        -- A start is announced on the incident and on the incident lists: the incident's counts.
        and not (e.type = 'incident.started' and e.topic = ${INCIDENT_LIST_TOPIC})
      order by e.id
      limit ${BATCH_SIZE}`),
  );
  const events: UsageEvent[] = rows.map((row) => ({
    id: Number(row.id),
    organisationId: String(row.organisation_id),
    type: String(row.type),
    actorId: row.actor_id ? String(row.actor_id) : null,
    recordId: row.record_id ? String(row.record_id) : null,
    isExercise: row.is_exercise === true,
    audience: Array.isArray(row.audience) ? row.audience.map(String) : [],
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(String(row.created_at)),
  }));
  const full = events.length === BATCH_SIZE;
  return { events, readUpTo: full ? (events.at(-1)?.id ?? after) : highest, full };
}

/**
 * Keeps one fact per person, kind and incident or alert: an alert is re-announced on escalation
 * and a changed answer is announced again, but a person is alerted, or answers, once per alert.
 */
function oncePerRecord(facts: CandidateFact[]): CandidateFact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    if (fact.recordId === null) return true;
    const key = `${fact.kind}:${fact.userId}:${fact.recordId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Inserts the facts of people who may be counted: an active account of the event's organisation,
 * not restricted now (art. 18; a restriction already lifted is checked before), and without an objection in force at the moment of the event (P10);
 * after a withdrawn objection only events from the withdrawal on count. An answer's response
 * time is read from the alert itself: from being put on the alert to the first answer.
 */
async function insertFacts(tx: Transaction, facts: CandidateFact[]): Promise<number> {
  if (facts.length === 0) return 0;
  const json = JSON.stringify(
    facts.map((fact) => ({
      organisation_id: fact.organisationId,
      user_id: fact.userId,
      kind: fact.kind,
      record_id: fact.recordId,
      is_exercise: fact.isExercise,
      source_event_id: fact.sourceEventId,
      occurred_at: fact.occurredAt.toISOString(),
    })),
  );
  const inserted = rowsOf(
    await tx.execute(sql`
      insert into usage_facts (organisation_id, user_id, kind, record_id, is_exercise, response_seconds, source_event_id, occurred_at)
      select f.organisation_id, f.user_id, f.kind, f.record_id, f.is_exercise,
        case when f.kind = 'alert_answered' then (
          select greatest(0, round(extract(epoch from (r.responded_at - r.created_at))))::int
          from alert_recipients r
          where r.alert_id = f.record_id and r.user_id = f.user_id and r.responded_at is not null
        ) end,
        f.source_event_id, f.occurred_at
      from jsonb_to_recordset(${json}::jsonb) as f(organisation_id uuid, user_id uuid, kind text,
        record_id uuid, is_exercise boolean, source_event_id bigint, occurred_at timestamptz)
      join users u on u.id = f.user_id and u.organisation_id = f.organisation_id
        and u.status = 'active' and u.restricted_at is null
      where not exists (
          select 1 from usage_objections o
          where o.user_id = f.user_id and (o.withdrawn_at is null or f.occurred_at < o.withdrawn_at))
        and (f.record_id is null or not exists (
          select 1 from usage_facts a
          where a.user_id = f.user_id and a.kind = f.kind and a.record_id = f.record_id))
      on conflict do nothing
      returning 1`),
  );
  return inserted.length;
}

export interface ProjectionRun {
  /** Events read that could make a fact. */
  read: number;
  recorded: number;
  /** The cursor after the run. */
  cursor: number;
}

/**
 * The statistics projector (P10): reads the events outbox from its stored cursor and records
 * person-linked usage facts. Each batch moves the cursor in the same transaction as its facts,
 * so a crash or a restart goes on where the last commit left off, and an event read twice (the
 * unique key on event, person and kind) makes no second fact. Runs as the platform, across
 * organisations; the events are kept 7 days, so a projector that runs every minute misses none.
 */
// @promise P10 usage statistics are collected from the events outbox, skipping people who objected or are restricted
export async function projectUsageEvents(db: Database): Promise<ProjectionRun> {
  const run: ProjectionRun = { read: 0, recorded: 0, cursor: 0 };
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { full } = await db.transaction(async (tx) => {
      await lockUsageFacts(tx);
      const after = await readCursor(tx);
      const { events, readUpTo, full } = await readEvents(tx, after);
      run.read += events.length;
      const facts = await outsideRestrictions(tx, oncePerRecord(events.flatMap(factsFromEvent)));
      run.recorded += await insertFacts(tx, facts);
      if (readUpTo !== after)
        await tx.execute(
          sql`update ${usageProjectionCursor} set last_event_id = ${readUpTo}, updated_at = now() where projection = ${PROJECTION}`,
        );
      run.cursor = readUpTo;
      return { full };
    });
    if (!full) break;
  }
  return run;
}
