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
  await tx.execute(sql`select pg_advisory_xact_lock(${EVENT_ORDER_LOCK})`);
  const [row] = await tx
    .insert(events)
    .values({
      organisationId: event.organisationId,
      topic: event.topic,
      type: event.type,
      payload: event.payload,
      actorId: event.actorId ?? null,
    })
    .returning({ id: events.id });
  if (!row) throw new Error('event insert returned no row');
  return row.id;
}
