import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { uuidv7 } from '../../db/ids.js';
import { chatMessages } from '../../db/schema/incidents.js';
import { inTenant } from '../../db/tenant-transaction.js';
import { recordEvent } from '../../events/record-event.js';
import type { Actor } from '../../policies/actor.js';
import { DomainError } from '../domain-error.js';
import { incidentTopic, writableIncident } from '../incidents/incident-access.js';
import { type ChatMessage, presentChatMessages } from './chat-message-view.js';

/**
 * Posts a message in the incident's chat: 409 `incident_closed` after closing, 409
 * `chat_disabled` when the incident has no chat. Its time is taken under the incident's lock, so
 * the chat's order is the order in which messages were accepted.
 */
export async function postChatMessage(
  db: Database,
  actor: Actor,
  incidentId: string,
  body: string,
): Promise<ChatMessage> {
  const organisationId = actor.organisationId;
  return inTenant(db, organisationId, async (tx) => {
    const { incident } = await writableIncident(tx, actor, incidentId);
    if (!incident.chatEnabled) throw new DomainError('chat_disabled', 409);
    const [row] = await tx
      .insert(chatMessages)
      .values({
        id: uuidv7(),
        organisationId,
        incidentId: incident.id,
        authorId: actor.userId,
        body,
        createdAt: sql`clock_timestamp()`,
      })
      .returning();
    if (!row) throw new Error('chat insert returned no row');
    const [message] = await presentChatMessages(tx, organisationId, [row]);
    if (!message) throw new Error('chat message could not be presented');
    await recordEvent(tx, {
      organisationId,
      topic: incidentTopic(incident.id),
      type: 'chat.message',
      payload: { message },
      actorId: actor.userId,
    });
    return message;
  });
}
