import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.js';
import { users } from '../../db/schema/users.js';
import type { Actor } from '../../policies/actor.js';
import { readableIncident } from '../incidents/incident-access.js';
import { csvDocument, spreadsheetTime } from '../report/csv-document.js';
import { allChatMessages } from './list-chat-messages.js';

/**
 * The incident's whole chat as a CSV file (columns tijd, auteur, bericht), times in the reader's
 * own time zone. Readable by everyone who may read the incident, also after it is closed.
 */
export async function exportChatCsv(tx: Transaction, actor: Actor, incidentId: string) {
  const { incident } = await readableIncident(tx, actor, incidentId);
  const [reader] = await tx
    .select({ timeZone: users.timeZone })
    .from(users)
    .where(and(eq(users.id, actor.userId), eq(users.organisationId, actor.organisationId)));
  const timeZone = reader?.timeZone ?? 'Europe/Amsterdam';
  const messages = await allChatMessages(tx, actor.organisationId, incident.id);
  const csv = csvDocument(
    ['tijd', 'auteur', 'bericht'],
    messages.map((message) => [
      spreadsheetTime(new Date(message.createdAt), timeZone),
      message.author?.name ?? '',
      message.body,
    ]),
  );
  return { fileName: `incident-${incident.number}-chat.csv`, csv };
}
