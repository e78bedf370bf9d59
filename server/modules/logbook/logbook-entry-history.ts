import type { Transaction } from '../../db/database.js';
import type { Actor } from '../../policies/actor.js';
import { readableIncident } from '../incidents/incident-access.js';
import { type LogbookEntry, presentLogbookEntries } from './logbook-entry-view.js';
import { revisionsOfEntry } from './logbook-revisions.js';

/** Every revision of one entry, the original first, each with its author, time and reason. */
export async function logbookEntryHistory(
  tx: Transaction,
  actor: Actor,
  incidentId: string,
  entryId: string,
): Promise<LogbookEntry[]> {
  const { incident } = await readableIncident(tx, actor, incidentId);
  const revisions = await revisionsOfEntry(tx, actor.organisationId, incident.id, entryId);
  return presentLogbookEntries(tx, actor.organisationId, revisions);
}
