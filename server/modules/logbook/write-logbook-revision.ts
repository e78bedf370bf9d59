import { sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Transaction } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { logbookEntries } from '../../db/schema/incidents.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { incidentTopic } from '../incidents/incident-access.js';
import { type LogbookEntry, presentLogbookEntries } from './logbook-entry-view.js';

type RevisionValues = Omit<
  PgInsertValue<typeof logbookEntries>,
  'id' | 'organisationId' | 'incidentId' | 'authorId' | 'createdAt'
>;

/**
 * Inserts one logbook revision (a new entry or a correction) written by the actor, marks the
 * incident as changed and announces the revision, as GET shows it, to everyone in the room, all in
 * the caller's transaction: the event is only seen when the revision is.
 */
export async function writeLogbookRevision(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  values: RevisionValues,
  eventType: 'logbook.entry_added' | 'logbook.entry_corrected',
): Promise<LogbookEntry> {
  const organisationId = actor.organisationId;
  const [row] = await tx
    .insert(logbookEntries)
    .values({
      ...values,
      id: uuidv7(),
      organisationId,
      incidentId,
      authorId: actor.userId,
      createdAt: sql`clock_timestamp()`,
    })
    .returning();
  if (!row) throw new Error('logbook insert returned no row');
  const [entry] = await presentLogbookEntries(
    tx,
    organisationId,
    [row],
    [{ id: actor.userId, name: actor.name }],
  );
  if (!entry) throw new Error('logbook entry could not be presented');
  await recordEvent(tx, {
    organisationId,
    topic: incidentTopic(incidentId),
    type: eventType,
    payload: { entry },
    actorId: actor.userId,
  });
  return entry;
}
