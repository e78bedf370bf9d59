import type { Database } from '../../db/database.js';
import type { Actor } from '../../policies/actor.js';
import { canAnswerSiteChat } from '../../policies/site-chat.js';
import { forbidden } from '../domain-error.js';
import { operatorRoleOf } from '../operator/find-operator-role.js';

/** Refuses (403) anyone who does not answer the website chat, before anything is read. */
export async function requireChatStaff(db: Database, actor: Actor): Promise<void> {
  if (!canAnswerSiteChat(await operatorRoleOf(db, actor.userId))) throw forbidden();
}
