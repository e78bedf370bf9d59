import { sql } from 'drizzle-orm';
import type { Transaction } from '../db/database.js';
import { events } from '../db/schema/events.js';

export interface NewEvent {
  organisationId: string | null;
  /** What a client subscribes to, e.g. `organisation` or `incident:<id>`. */
  topic: string;
  type: string;
  payload: Record<string, unknown>;
  actorId?: string | null;
}

// Any constant works; it only has to be the same for every writer of events.
const EVENT_ORDER_LOCK = 7302;

/**
 * Writes the event of a change in the change's own transaction. The transaction-scoped advisory
 * lock makes event ids commit in id order, so a reader that has seen id N has seen every id below
 * N: that is what makes Last-Event-ID replay exact. The lock is held only from here to commit.
 */
export async function recordEvent(tx: Transaction, event: NewEvent): Promise<number> {
  // One statement: the subquery takes the lock before the row (and its id) is made.
  const result = await tx.execute(sql`
    insert into ${events} (organisation_id, topic, type, payload, actor_id)
    select ${event.organisationId}::uuid, ${event.topic}, ${event.type}, ${JSON.stringify(event.payload)}::jsonb, ${event.actorId ?? null}::uuid
    from (select pg_advisory_xact_lock(${EVENT_ORDER_LOCK})) as event_order_lock
    returning id`);
  const [row] = (result as unknown as { rows: { id: number | string }[] }).rows;
  if (!row) throw new Error('event insert returned no row');
  return Number(row.id);
}
